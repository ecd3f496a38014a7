/*
 * worker_generis.c: what TAO's AbstractWorker takes from generis and tao-core services:
 * the ServiceManagerAwareTrait and OntologyAwareTrait methods (getServiceManager(),
 * setModel(), getModel()), the task owner's generis session and the TaskLanguageLoader
 * call before a task runs, and the report handed to setReport() as generis' Report. Kept apart from worker.c, which runs the task,
 * because none of it changes how a task runs.
 * May touch: the Zend API, common/common, task/task.h (the native TaskLanguageLoader), task_log/task_log.h (report objects).
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "../task/task.h"
#include "../task_log/task_log.h"
#include "worker.h"

#define W_CE php_tq_ce_AbstractWorker
/* tao-core registers its loader under its class name */
#define TQ_LANGUAGE_LOADER "oat\\tao\\model\\taskQueue\\Task\\TaskLanguageLoader"

ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, getServiceManager)
{
    php_tq_m_getProp(INTERNAL_FUNCTION_PARAM_PASSTHRU, W_CE, "serviceLocator");
}

ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, setModel)
{
    php_tq_m_setProp(INTERNAL_FUNCTION_PARAM_PASSTHRU, W_CE, "model");
}

/* The Ontology: the one set, else the locator's generis/ontology (OntologyAwareTrait). */
static zend_result tq_model(zval *worker, zval *out)
{
    zval *model = php_tq_prop(Z_OBJ_P(worker), W_CE, "model", sizeof("model") - 1);
    if (model && Z_TYPE_P(model) == IS_OBJECT) {
        ZVAL_COPY(out, model);
        return SUCCESS;
    }
    ZVAL_NULL(out);
    zval *locator = php_tq_prop(Z_OBJ_P(worker), W_CE, "serviceLocator", sizeof("serviceLocator") - 1);
    if (!locator || Z_TYPE_P(locator) != IS_OBJECT) {
        return SUCCESS;
    }
    zval id;
    ZVAL_STRING(&id, "generis/ontology");
    zend_result r = php_tq_call(locator, "get", out, 1, &id);
    zval_ptr_dtor(&id);
    return r;
}

ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, getModel)
{
    ZEND_PARSE_PARAMETERS_NONE();
    if (tq_model(ZEND_THIS, return_value) == FAILURE) {
        RETURN_THROWS();
    }
}

/* $locator->get(id) when $locator->has(id); out is null otherwise. */
static zend_result tq_service(zval *locator, const char *id, zval *out)
{
    ZVAL_NULL(out);
    zval name, has;
    ZVAL_STRING(&name, id);
    zend_result r = php_tq_call(locator, "has", &has, 1, &name);
    if (r == SUCCESS) {
        bool found = zend_is_true(&has);
        zval_ptr_dtor(&has);
        if (found) {
            r = php_tq_call(locator, "get", out, 1, &name);
        }
    }
    zval_ptr_dtor(&name);
    return r;
}

/* $a->m1()->m2()... into out; FAILURE with an exception pending. */
static zend_result tq_chain(zval *start, const char *const *methods, size_t n, zval *out)
{
    ZVAL_COPY(out, start);
    for (size_t i = 0; i < n; i++) {
        zval next;
        if (Z_TYPE_P(out) != IS_OBJECT) {
            zend_throw_error(NULL, "Call to a member function %s() on %s", methods[i], zend_zval_type_name(out));
            zval_ptr_dtor(out);
            ZVAL_NULL(out);
            return FAILURE;
        }
        zend_result r = php_tq_call(out, methods[i], &next, 0, NULL);
        zval_ptr_dtor(out);
        if (r == FAILURE) {
            ZVAL_NULL(out);
            return FAILURE;
        }
        ZVAL_COPY_VALUE(out, &next);
    }
    return SUCCESS;
}

/* TAO's startUserSession(): a task with an owner runs in a generis session of that user
 * (a StatelessSession of UserFactoryService::createUser($model->getResource($owner))) unless
 * the current session is already that user's; a task without one ends the session (anonymous).
 * Only when the locator has generis' SessionService (a TAO install). */
static zend_result tq_start_session(zval *worker, zval *task)
{
    zval *locator = php_tq_prop(Z_OBJ_P(worker), W_CE, "serviceLocator", sizeof("serviceLocator") - 1);
    if (!locator || Z_TYPE_P(locator) != IS_OBJECT || !php_tq_has_method(locator, "has")) {
        return SUCCESS;
    }
    zval sessions, owner, current, factory, model, resource, user, session;
    ZVAL_UNDEF(&owner);
    ZVAL_UNDEF(&current);
    ZVAL_UNDEF(&factory);
    ZVAL_UNDEF(&model);
    ZVAL_UNDEF(&resource);
    ZVAL_UNDEF(&user);
    ZVAL_UNDEF(&session);
    if (tq_service(locator, "oat\\oatbox\\session\\SessionService", &sessions) == FAILURE) {
        return FAILURE;
    }
    zend_result r = SUCCESS;
    if (Z_TYPE(sessions) != IS_OBJECT) {
        goto done;
    }
    if ((r = php_tq_call(task, "getOwner", &owner, 0, NULL)) == FAILURE) {
        goto done;
    }
    if (!zend_is_true(&owner)) {
        /* common_session_SessionManager::endSession(), when generis is there */
        zend_string *cls = zend_string_init("common_session_SessionManager", sizeof("common_session_SessionManager") - 1, 0);
        zend_class_entry *ce = zend_lookup_class(cls);
        zend_string_release(cls);
        zend_function *end = ce ? zend_hash_str_find_ptr(&ce->function_table, "endsession", sizeof("endsession") - 1) : NULL;
        if (end && (end->common.fn_flags & ZEND_ACC_STATIC)) {
            zval rv;
            zend_call_known_function(end, NULL, ce, &rv, 0, NULL, NULL);
            zval_ptr_dtor(&rv);
        }
        r = EG(exception) ? FAILURE : SUCCESS;
        goto done;
    }
    static const char *const who[] = {"getCurrentSession", "getUser", "getIdentifier"};
    if ((r = tq_chain(&sessions, who, 3, &current)) == FAILURE) {
        goto done;
    }
    if (zend_is_identical(&current, &owner)) {
        goto done;
    }
    if ((r = tq_service(locator, "generis/userFactory", &factory)) == FAILURE || (r = tq_model(worker, &model)) == FAILURE) {
        goto done;
    }
    if (Z_TYPE(factory) != IS_OBJECT || Z_TYPE(model) != IS_OBJECT) {
        php_tq_throw_named("common_exception_Error", spl_ce_LogicException,
                           "Task of owner %s: no %s to start its session", Z_TYPE(owner) == IS_STRING ? Z_STRVAL(owner) : "?",
                           Z_TYPE(factory) != IS_OBJECT ? "generis/userFactory service" : "Ontology");
        r = FAILURE;
        goto done;
    }
    if ((r = php_tq_call(&model, "getResource", &resource, 1, &owner)) == FAILURE
        || (r = php_tq_call(&factory, "createUser", &user, 1, &resource)) == FAILURE) {
        goto done;
    }
    zend_string *cls = zend_string_init("oat\\oatbox\\session\\StatelessSession", sizeof("oat\\oatbox\\session\\StatelessSession") - 1, 0);
    zend_class_entry *ce = zend_lookup_class(cls);
    zend_string_release(cls);
    if (!ce) {
        if (!EG(exception)) {
            php_tq_throw_named("common_exception_Error", spl_ce_LogicException,
                               "oat\\oatbox\\session\\StatelessSession cannot be loaded: the task's session cannot start");
        }
        r = FAILURE;
        goto done;
    }
    if ((r = object_init_ex(&session, ce)) == FAILURE) {
        goto done;
    }
    if (ce->constructor) {
        zend_call_known_instance_method_with_1_params(ce->constructor, Z_OBJ(session), NULL, &user);
        if (EG(exception)) {
            r = FAILURE;
            goto done;
        }
    }
    r = php_tq_call(&sessions, "setSession", NULL, 1, &session);
done:
    zval_ptr_dtor(&sessions);
    zval_ptr_dtor(&owner);
    zval_ptr_dtor(&current);
    zval_ptr_dtor(&factory);
    zval_ptr_dtor(&model);
    zval_ptr_dtor(&resource);
    zval_ptr_dtor(&user);
    zval_ptr_dtor(&session);
    return r;
}

zend_result php_tq_worker_prepare_run(zval *worker, zval *task)
{
    return tq_start_session(worker, task);
}

/* A TAO install: generis' service manager is loaded (never autoloaded from here). */
static bool tq_generis_loaded(void)
{
    zend_string *n = zend_string_init("oat\\oatbox\\service\\ServiceManager", sizeof("oat\\oatbox\\service\\ServiceManager") - 1, 0);
    zend_class_entry *ce = zend_lookup_class_ex(n, NULL, ZEND_FETCH_CLASS_NO_AUTOLOAD);
    zend_string_release(n);
    return ce != NULL;
}

void php_tq_worker_load_translations(zval *worker, zval *task, zend_string *task_id, zval *log_context)
{
    zval *locator = php_tq_prop(Z_OBJ_P(worker), W_CE, "serviceLocator", sizeof("serviceLocator") - 1);
    if (!locator || Z_TYPE_P(locator) != IS_OBJECT || !php_tq_has_method(locator, "has")) {
        return;
    }
    zval id, has, loader;
    ZVAL_UNDEF(&loader);
    ZVAL_STRING(&id, TQ_LANGUAGE_LOADER);
    if (php_tq_call(locator, "has", &has, 1, &id) == SUCCESS) {
        bool found = zend_is_true(&has);
        zval_ptr_dtor(&has);
        if (found && php_tq_call(locator, "get", &loader, 1, &id) == SUCCESS && Z_TYPE(loader) == IS_OBJECT) {
            php_tq_call(&loader, "loadTranslations", NULL, 1, task);
        } else if (!found && !EG(exception) && tq_generis_loaded()) {
            /* generis autowires TAO's loader, a ConfigurableService; the native one is not
             * one, so a TAO locator has none to give: the worker builds it, as generis would */
            object_init_ex(&loader, php_tq_ce_TaskLanguageLoader);
            php_tq_call(&loader, "setServiceLocator", NULL, 1, locator);
            if (!EG(exception)) {
                php_tq_call(&loader, "loadTranslations", NULL, 1, task);
            }
        }
    }
    zval_ptr_dtor(&id);
    zval_ptr_dtor(&loader);
    /* translations only change a report's wording: the task runs anyway (exit() goes on up) */
    if (EG(exception) && !zend_is_unwind_exit(EG(exception)) && !zend_is_graceful_exit(EG(exception))) {
        zend_string *msg = php_tq_take_exception_message();
        php_tq_log(Z_OBJ_P(worker), W_CE, "warning", log_context, "Loading the translations for task %s failed: %s",
                   ZSTR_VAL(task_id), ZSTR_VAL(msg));
        zend_string_release(msg);
    }
}

void php_tq_worker_report_value(json_t *report, zval *out)
{
    zval arr;
    php_tq_json_to_zval(report, &arr);
    if (php_tq_report_from_array_ex(&arr, out, true) == FAILURE) {
        /* a Report class that cannot take it: the array still says everything */
        zend_clear_exception();
        ZVAL_NULL(out);
    }
    if (Z_TYPE_P(out) == IS_NULL) {
        ZVAL_COPY_VALUE(out, &arr);
        return;
    }
    zval_ptr_dtor(&arr);
}
