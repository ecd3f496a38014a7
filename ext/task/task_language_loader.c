/*
 * task_language_loader.c: TaskLanguageLoader, TAO's service that loads a task's extension
 * translations before it runs (the worker calls it through its locator, worker_generis.c).
 * Everything it does is generis': its extension manager, its UserLanguageService and
 * tao_helpers_I18n::init(); without them it only says it could not.
 * May touch: the Zend API, common/common, task/task.h, task_log/decorators.h (static calls).
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "../task_log/decorators.h"
#include "task.h"
#include "task_language_loader_arginfo.h"

zend_class_entry *php_tq_ce_TaskLanguageLoader;
#define TLL_CE php_tq_ce_TaskLanguageLoader

/* locator->get(id) into out; FAILURE with an exception (a missing service is generis' own). */
static zend_result tll_service(zval *locator, const char *id, zval *out)
{
    zval arg;
    ZVAL_STRING(&arg, id);
    zend_result r = php_tq_call(locator, "get", out, 1, &arg);
    zval_ptr_dtor(&arg);
    if (r == SUCCESS && Z_TYPE_P(out) != IS_OBJECT) {
        zval_ptr_dtor(out);
        zend_throw_error(NULL, "service %s is not an object", id);
        return FAILURE;
    }
    return r;
}

/* The extension id TAO derives: the second segment of the task class's namespace. */
static zend_string *tll_extension_id(zend_class_entry *ce)
{
    const char *name = ZSTR_VAL(ce->name), *first = strchr(name, '\\');
    const char *last = strrchr(name, '\\');
    if (!first || first == last) {
        return NULL;   /* no second namespace segment */
    }
    const char *end = strchr(first + 1, '\\');
    return zend_string_init(first + 1, (size_t)(end - first - 1), 0);
}

/* tao_helpers_I18n::init(<extension>, <default language>); the extension's id into *loaded. */
static zend_result tll_load(zval *locator, zval *task, zend_string **loaded)
{
    zend_string *ext_id = tll_extension_id(Z_OBJCE_P(task));
    if (!ext_id) {
        zend_throw_error(NULL, "the task class %s names no extension", ZSTR_VAL(Z_OBJCE_P(task)->name));
        return FAILURE;
    }
    zval args[2], manager, languages, id;
    ZVAL_UNDEF(&args[0]);
    ZVAL_UNDEF(&args[1]);
    ZVAL_STR(&id, ext_id);
    bool missing = false;
    zval rv;
    zend_result r = FAILURE;
    if (tll_service(locator, "generis/extensionManager", &manager) == SUCCESS) {
        r = php_tq_call(&manager, "getExtensionById", &args[0], 1, &id);
        zval_ptr_dtor(&manager);
    }
    if (r == SUCCESS && (r = tll_service(locator, "generis/UserLanguageService", &languages)) == SUCCESS) {
        r = php_tq_call(&languages, "getDefaultLanguage", &args[1], 0, NULL);
        zval_ptr_dtor(&languages);
    }
    if (r == SUCCESS && (r = php_tq_static_call("tao_helpers_I18n", "init", &rv, 2, args, &missing)) == SUCCESS) {
        zval_ptr_dtor(&rv);
        zval ext_name;
        if (Z_TYPE(args[0]) == IS_OBJECT && php_tq_call(&args[0], "getId", &ext_name, 0, NULL) == SUCCESS) {
            *loaded = zval_get_string(&ext_name);
            zval_ptr_dtor(&ext_name);
        } else {
            r = FAILURE;
        }
    } else if (r == FAILURE && missing && !EG(exception)) {
        zend_throw_error(NULL, "tao_helpers_I18n is not loaded");
    }
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&args[1]);
    zval_ptr_dtor(&id);
    return r;
}

/* exit() unwinding through a call: it goes on up. */
static bool tll_exiting(void)
{
    return EG(exception) && (zend_is_unwind_exit(EG(exception)) || zend_is_graceful_exit(EG(exception)));
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskLanguageLoader, __construct)
{
    php_tq_m_constructOptions(INTERNAL_FUNCTION_PARAM_PASSTHRU, TLL_CE);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskLanguageLoader, loadTranslations)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
    ZEND_PARSE_PARAMETERS_END();
    zval *locator = PHP_TQ_PROP(Z_OBJ_P(ZEND_THIS), TLL_CE, "serviceLocator");
    if (!locator || Z_TYPE_P(locator) != IS_OBJECT) {
        return;   /* no generis to load translations with, nor a logger to say so */
    }
    zend_string *loaded = NULL, *message;
    if (tll_load(locator, task, &loaded) == SUCCESS && loaded) {
        message = zend_strpprintf(0, "Translations loaded for extension \"%s\"", ZSTR_VAL(loaded));
        zend_string_release(loaded);
    } else {
        if (tll_exiting()) {
            return;
        }
        zend_clear_exception();   /* TAO catches every Throwable here */
        zval id;
        ZVAL_UNDEF(&id);
        if (php_tq_call(task, "getId", &id, 0, NULL) == FAILURE) {
            zend_clear_exception();
        }
        zend_string *tid = Z_TYPE(id) == IS_STRING ? zend_string_copy(Z_STR(id)) : ZSTR_EMPTY_ALLOC();
        message = zend_strpprintf(0, "Unable to load translations for task \"%s\".", ZSTR_VAL(tid));
        zend_string_release(tid);
        zval_ptr_dtor(&id);
    }
    zval logger, arg;
    ZVAL_STR(&arg, message);
    if (tll_service(locator, "generis/log", &logger) == SUCCESS) {
        php_tq_call(&logger, "notice", NULL, 1, &arg);
        zval_ptr_dtor(&logger);
    }
    zval_ptr_dtor(&arg);
    if (EG(exception) && !tll_exiting()) {
        zend_clear_exception();   /* never throws: the task runs without its translations */
    }
}

PHP_TQ_OPTION_METHODS(oat_tao_model_taskQueue_Task_TaskLanguageLoader, TLL_CE)
PHP_TQ_LOCATOR_METHODS(oat_tao_model_taskQueue_Task_TaskLanguageLoader, TLL_CE)

void php_tq_task_language_loader_minit(void)
{
    php_tq_ce_TaskLanguageLoader = register_class_oat_tao_model_taskQueue_Task_TaskLanguageLoader(
        php_tq_ce_TaskLanguageLoaderInterface);
}
