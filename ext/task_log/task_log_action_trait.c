/*
 * task_log/task_log_action_trait.c: tao-core's TaskLogActionTrait, native (the JSON a TAO
 * controller answers when it has created a task). The engine copies an internal trait's
 * methods into the using class (doc/compatibility.md, "Traits"), so $this is the controller:
 * its hooks (getServiceManager(), returnJson() and the trait's own protected methods, which
 * it may override) are called on it by name. The legacy trait (ext/legacy) shares these
 * methods but for getTaskLogEntity()'s service id. May touch: the Zend API, ext/spl,
 * common/common, task (task.h), task_log (task_log.h, task_log_shared.h, decorators.h).
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/standard/php_array.h"
#include "../common/common.h"
#include "../task/task.h"
#include "task_log.h"
#include "task_log_shared.h"
#include "decorators.h"
#include "task_log_action_trait_arginfo.h"

#define THIS_CLASS (execute_data->func->common.scope)

/* $this->name(...argv) on the controller: protected methods are its own. */
static zend_result hook(zval *self, const char *name, zval *rv, uint32_t argc, zval *argv)
{
    return php_tq_call_hook(self, name, rv, argc, argv);
}

void php_tq_task_log_action_entity(INTERNAL_FUNCTION_PARAMETERS, const char *service_id)
{
    zval *task_id, *user_id = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL(task_id)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(user_id)
    ZEND_PARSE_PARAMETERS_END();
    zval sm, id, log, user, args[2];
    if (hook(ZEND_THIS, "getServiceManager", &sm, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
    if (Z_TYPE(sm) != IS_OBJECT) {
        zval_ptr_dtor(&sm);
        zend_type_error("%s::getServiceManager() did not return a service locator", ZSTR_VAL(THIS_CLASS->name));
        RETURN_THROWS();
    }
    ZVAL_STRING(&id, service_id);
    zend_result r = php_tq_call(&sm, "get", &log, 1, &id);
    zval_ptr_dtor(&id);
    zval_ptr_dtor(&sm);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
    if (!user_id || Z_TYPE_P(user_id) == IS_NULL) {
        r = hook(ZEND_THIS, "getUserId", &user, 0, NULL);
    } else {
        ZVAL_COPY(&user, user_id);
    }
    if (r == SUCCESS && Z_TYPE(log) != IS_OBJECT) {
        zval_ptr_dtor(&user);
        zend_type_error("The service %s is not a task log", service_id);
        r = FAILURE;
    }
    if (r == SUCCESS) {
        /* (string) casts, as TAO's */
        ZVAL_STR(&args[0], zval_get_string(task_id));
        ZVAL_STR(&args[1], zval_get_string(&user));
        zval_ptr_dtor(&user);
        if (!EG(exception)) {
            php_tq_call(&log, "getByIdAndUser", return_value, 2, args);
        }
        zval_ptr_dtor(&args[0]);
        zval_ptr_dtor(&args[1]);
    }
    zval_ptr_dtor(&log);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLogActionTrait, getTaskLogEntity)
{
    php_tq_task_log_action_entity(INTERNAL_FUNCTION_PARAM_PASSTHRU, "tao/taskLog");
}

/* generis' session user, when generis is loaded. */
ZEND_METHOD(oat_tao_model_taskQueue_TaskLogActionTrait, getUserId)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval session;
    bool missing;
    if (php_tq_static_call("common_session_SessionManager", "getSession", &session, 0, NULL, &missing) == FAILURE) {
        if (missing) {
            php_tq_throw(spl_ce_LogicException, "%s::getUserId(): generis' common_session_SessionManager is not "
                         "loaded; give the user id or override getUserId()", ZSTR_VAL(THIS_CLASS->name));
        }
        RETURN_THROWS();
    }
    if (Z_TYPE(session) != IS_OBJECT) {
        zval_ptr_dtor(&session);
        zend_throw_error(NULL, "%s::getUserId(): there is no session", ZSTR_VAL(THIS_CLASS->name));
        RETURN_THROWS();
    }
    php_tq_call(&session, "getUserUri", return_value, 0, NULL);
    zval_ptr_dtor(&session);
}

/* $this->method($entity) into out. */
static zend_result on_entity(zval *self, const char *method, zval *entity, zval *out)
{
    return hook(self, method, out, 1, entity);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLogActionTrait, getTaskLogReturnData)
{
    zval *task_id, *forced = NULL, *user_id = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_ZVAL(task_id)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(forced)
        Z_PARAM_ZVAL(user_id)
    ZEND_PARSE_PARAMETERS_END();
    zval args[2], entity, v, extra;
    ZVAL_COPY_VALUE(&args[0], task_id);
    if (user_id) {
        ZVAL_COPY_VALUE(&args[1], user_id);
    } else {
        ZVAL_NULL(&args[1]);
    }
    if (hook(ZEND_THIS, "getTaskLogEntity", &entity, 2, args) == FAILURE) {
        RETURN_THROWS();
    }
    if (Z_TYPE(entity) != IS_OBJECT) {
        zval_ptr_dtor(&entity);
        zend_type_error("%s::getTaskLogEntity() did not return a task log entity", ZSTR_VAL(THIS_CLASS->name));
        RETURN_THROWS();
    }
    zend_result r = SUCCESS;
    if (forced && Z_TYPE_P(forced) != IS_NULL) {
        zval name;
        if ((r = php_tq_call(&entity, "getTaskName", &name, 0, NULL)) == SUCCESS) {
            if (!zend_is_identical(&name, forced)) {
                php_tq_throw_named("common_exception_BadRequest", spl_ce_InvalidArgumentException, "Wrong task type");
                r = FAILURE;
            }
            zval_ptr_dtor(&name);
        }
    }
    array_init(return_value);
    if (r == SUCCESS && (r = on_entity(ZEND_THIS, "getTaskId", &entity, &v)) == SUCCESS) {
        add_assoc_zval(return_value, "id", &v);
    }
    if (r == SUCCESS && (r = on_entity(ZEND_THIS, "getTaskStatus", &entity, &v)) == SUCCESS) {
        add_assoc_zval(return_value, "status", &v);
    }
    if (r == SUCCESS && (r = php_tq_call(&entity, "getReport", &v, 0, NULL)) == SUCCESS) {
        bool has = zend_is_true(&v);
        zval_ptr_dtor(&v);
        if (has) {
            r = on_entity(ZEND_THIS, "getTaskReport", &entity, &v);
        } else {
            array_init(&v);
        }
        if (r == SUCCESS) {
            add_assoc_zval(return_value, "report", &v);
        }
    }
    /* array_merge($result, (array) $this->addExtraReturnData($entity)) */
    if (r == SUCCESS && (r = on_entity(ZEND_THIS, "addExtraReturnData", &entity, &extra)) == SUCCESS) {
        convert_to_array(&extra);
        zval merged;
        array_init(&merged);
        php_array_merge(Z_ARRVAL(merged), Z_ARRVAL_P(return_value));
        php_array_merge(Z_ARRVAL(merged), Z_ARRVAL(extra));
        zval_ptr_dtor(&extra);
        zval_ptr_dtor(return_value);
        ZVAL_COPY_VALUE(return_value, &merged);
    }
    zval_ptr_dtor(&entity);
    if (r == FAILURE) {
        zval_ptr_dtor(return_value);
        ZVAL_NULL(return_value);
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLogActionTrait, returnTaskJson)
{
    zval *task, *extra = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY(extra)
    ZEND_PARSE_PARAMETERS_END();
    zval id, data, inner, body;
    if (php_tq_call(task, "getId", &id, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
    zend_result r = hook(ZEND_THIS, "getTaskLogReturnData", &data, 1, &id);
    zval_ptr_dtor(&id);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
    zval ex;
    if (extra) {
        ZVAL_COPY(&ex, extra);
    } else {
        array_init(&ex);
    }
    array_init(&inner);
    add_assoc_zval(&inner, "extra", &ex);
    add_assoc_zval(&inner, "task", &data);
    array_init(&body);
    add_assoc_bool(&body, "success", true);
    add_assoc_zval(&body, "data", &inner);
    hook(ZEND_THIS, "returnJson", return_value, 1, &body);
    zval_ptr_dtor(&body);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLogActionTrait, getTaskId)
{
    zval *entity;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(entity)
    ZEND_PARSE_PARAMETERS_END();
    php_tq_call(entity, "getId", return_value, 0, NULL);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLogActionTrait, getTaskStatus)
{
    zval *entity, status;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(entity)
    ZEND_PARSE_PARAMETERS_END();
    if (php_tq_call(entity, "getStatus", &status, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
    php_tq_call(&status, "getLabel", return_value, 0, NULL);
    zval_ptr_dtor(&status);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLogActionTrait, getTaskReport)
{
    zval *entity, report;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(entity)
    ZEND_PARSE_PARAMETERS_END();
    if (php_tq_call(entity, "getReport", &report, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
    hook(ZEND_THIS, "getReportAsAssociativeArray", return_value, 1, &report);
    zval_ptr_dtor(&report);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLogActionTrait, addExtraReturnData)
{
    zval *entity;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(entity)
    ZEND_PARSE_PARAMETERS_END();
    RETURN_EMPTY_ARRAY();
}

typedef struct {
    zval *self;
    zval *out;
} plain_ctx;

/* array_merge($reports, $this->getPlainReport($child)) for each child. */
static zend_result plain_child(zval *child, void *p)
{
    plain_ctx *c = p;
    zval sub, *v;
    if (hook(c->self, "getPlainReport", &sub, 1, child) == FAILURE) {
        return FAILURE;
    }
    if (Z_TYPE(sub) == IS_ARRAY) {
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL(sub), v) {
            Z_TRY_ADDREF_P(v);
            add_next_index_zval(c->out, v);
        } ZEND_HASH_FOREACH_END();
    }
    zval_ptr_dtor(&sub);
    return SUCCESS;
}

/* The report first, then each child's own plain list, depth first; children are the
 * report's iteration (generis' reports are IteratorAggregates), else its getChildren(). A
 * report in the extension's array form (what the Task Log gives without generis) has them
 * under "children". */
ZEND_METHOD(oat_tao_model_taskQueue_TaskLogActionTrait, getPlainReport)
{
    zval *report, has, children;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(report)
    ZEND_PARSE_PARAMETERS_END();
    array_init(return_value);
    Z_TRY_ADDREF_P(report);
    add_next_index_zval(return_value, report);
    plain_ctx c = { ZEND_THIS, return_value };
    if (Z_TYPE_P(report) == IS_ARRAY) {
        zval *kids = zend_hash_str_find_deref(Z_ARRVAL_P(report), "children", sizeof("children") - 1);
        if (kids && Z_TYPE_P(kids) == IS_ARRAY && php_tq_each(kids, plain_child, &c) == FAILURE) {
            goto fail;
        }
        return;
    }
    if (php_tq_call(report, "hasChildren", &has, 0, NULL) == FAILURE) {
        goto fail;
    }
    bool more = zend_is_true(&has);
    zval_ptr_dtor(&has);
    if (!more) {
        return;
    }
    if (instanceof_function(Z_OBJCE_P(report), zend_ce_traversable)) {
        if (php_tq_each(report, plain_child, &c) == FAILURE) {
            goto fail;
        }
        return;
    }
    if (php_tq_call(report, "getChildren", &children, 0, NULL) == FAILURE) {
        goto fail;
    }
    zend_result r = php_tq_each(&children, plain_child, &c);
    zval_ptr_dtor(&children);
    if (r == SUCCESS) {
        return;
    }
fail:
    zval_ptr_dtor(return_value);
    ZVAL_NULL(return_value);
    RETURN_THROWS();
}

/* $r->getType() / getMessage(), or an array report's "type" / "message". */
static zend_result report_field(zval *r, const char *getter, const char *key, zval *out)
{
    if (Z_TYPE_P(r) == IS_ARRAY) {
        zval *v = zend_hash_str_find_deref(Z_ARRVAL_P(r), key, strlen(key));
        if (v) {
            ZVAL_COPY(out, v);
        } else {
            ZVAL_NULL(out);
        }
        return SUCCESS;
    }
    return php_tq_call(r, getter, out, 0, NULL);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLogActionTrait, getReportAsAssociativeArray)
{
    zval *report, plain, *r, type, message;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(report)
    ZEND_PARSE_PARAMETERS_END();
    if (hook(ZEND_THIS, "getPlainReport", &plain, 1, report) == FAILURE) {
        RETURN_THROWS();
    }
    array_init(return_value);
    if (Z_TYPE(plain) == IS_ARRAY) {
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL(plain), r) {
            ZVAL_DEREF(r);
            if (report_field(r, "getType", "type", &type) == FAILURE) {
                break;
            }
            if (report_field(r, "getMessage", "message", &message) == FAILURE) {
                zval_ptr_dtor(&type);
                break;
            }
            zval one;
            array_init(&one);
            add_assoc_zval(&one, "type", &type);
            add_assoc_zval(&one, "message", &message);
            add_next_index_zval(return_value, &one);
        } ZEND_HASH_FOREACH_END();
    }
    zval_ptr_dtor(&plain);
    if (EG(exception)) {
        zval_ptr_dtor(return_value);
        ZVAL_NULL(return_value);
        RETURN_THROWS();
    }
}

void php_tq_task_log_action_trait_minit(void)
{
    php_tq_trait_pad_methods(register_class_oat_tao_model_taskQueue_TaskLogActionTrait());
}
