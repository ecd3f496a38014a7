/*
 * worker_generis.c: what TAO's AbstractWorker takes from generis and tao-core services:
 * the ServiceManagerAwareTrait and OntologyAwareTrait methods (getServiceManager(),
 * setModel(), getModel()), the TaskLanguageLoader call before a task runs and the report
 * handed to setReport() as generis' Report. Kept apart from worker.c, which runs the task,
 * because none of it changes how a task runs.
 * May touch: the Zend API, common/common, task_log/task_log.h (report objects).
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
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

ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, getModel)
{
    php_tq_m_getProp(INTERNAL_FUNCTION_PARAM_PASSTHRU, W_CE, "model");
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
    if (php_tq_report_from_array(&arr, out) == FAILURE) {
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
