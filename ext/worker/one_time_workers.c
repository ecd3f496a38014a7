/*
 * one_time_workers.c: OneTimeWorker, the worker a sync queue runs inline (one dequeue, one
 * processTask()), and OneTimeTask, the worker of one given task (TAO's RunTask). Both are
 * registered with the other worker classes in worker.c.
 * May touch: the Zend API, common/common, task/task.h, worker.h, src/task_log/tq_status.
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
#include "worker.h"
#include "task_log/tq_status.h"

#define W_CE php_tq_ce_AbstractWorker
#define SELF Z_OBJ_P(ZEND_THIS)

/* --- OneTimeWorker ---------------------------------------------------------------------- */

ZEND_METHOD(oat_tao_model_taskQueue_Worker_OneTimeWorker, run)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *queuer = PHP_TQ_PROP(SELF, W_CE, "queuer");
    if (!queuer || Z_TYPE_P(queuer) != IS_OBJECT) {
        php_tq_throw(spl_ce_LogicException, "The worker has no queue to take a task from.");
        RETURN_THROWS();
    }
    zval q, task;
    ZVAL_COPY(&q, queuer);
    zend_result r = php_tq_call(&q, "dequeue", &task, 0, NULL);
    zval_ptr_dtor(&q);
    if (r == SUCCESS) {
        if (Z_TYPE(task) == IS_OBJECT && instanceof_function(Z_OBJCE(task), php_tq_ce_TaskInterface)) {
            r = php_tq_call(ZEND_THIS, "processTask", NULL, 1, &task);
        } else if (Z_TYPE(task) != IS_NULL) {
            php_tq_log(SELF, W_CE, "warning", NULL, "The received queue item (%s) not processable.",
                       Z_TYPE(task) == IS_OBJECT ? ZSTR_VAL(Z_OBJCE(task)->name) : zend_zval_type_name(&task));
        }
        zval_ptr_dtor(&task);
    }
    if (r == SUCCESS) {
        return;
    }
    /* as TAO: an \Exception is logged, anything else goes on */
    if (EG(exception) && instanceof_function(EG(exception)->ce, zend_ce_exception)) {
        zend_string *msg = php_tq_exception_message(EG(exception));
        zend_clear_exception();
        php_tq_log(SELF, W_CE, "error", NULL, "Fetching data from queue failed with MSG: %s", msg ? ZSTR_VAL(msg) : "");
        if (msg) {
            zend_string_release(msg);
        }
    }
}

/* --- OneTimeTask ------------------------------------------------------------------------ */

ZEND_METHOD(oat_tao_model_taskQueue_Worker_OneTimeTask, setTask)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(task)
    ZEND_PARSE_PARAMETERS_END();
    PHP_TQ_PROP_SET(SELF, php_tq_ce_OneTimeTask, "task", task);
}

/* processTask() of the task set; an \Exception is logged and the answer is "failed", as
 * TAO's; an Error (no task set: processTask's TypeError) reaches the caller. */
ZEND_METHOD(oat_tao_model_taskQueue_Worker_OneTimeTask, run)
{
    ZEND_PARSE_PARAMETERS_NONE();
    php_tq_log(SELF, W_CE, "debug", NULL, "Starting Task.");
    zval task;
    zval *t = PHP_TQ_PROP(SELF, php_tq_ce_OneTimeTask, "task");
    ZVAL_COPY(&task, t ? t : &EG(uninitialized_zval));
    zend_result r = php_tq_call(ZEND_THIS, "processTask", return_value, 1, &task);
    zval_ptr_dtor(&task);
    if (r == SUCCESS) {
        return;
    }
    if (!EG(exception) || !instanceof_function(EG(exception)->ce, zend_ce_exception)) {
        RETURN_THROWS();
    }
    zend_string *msg = php_tq_exception_message(EG(exception));
    zend_clear_exception();
    php_tq_log(SELF, W_CE, "error", NULL, "Error processing task %s", msg ? ZSTR_VAL(msg) : "");
    if (msg) {
        zend_string_release(msg);
    }
    php_tq_log(SELF, W_CE, "debug", NULL, "Task finished.");
    RETURN_STRING(tq_status_name(TQ_STATUS_FAILED));
}
