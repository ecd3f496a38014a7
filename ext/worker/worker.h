/*
 * worker/worker.h: the worker groups' class entries (worker.c, long_running_worker.c)
 * and their start-up functions; what worker_generis.c adds for TAO's generis services. The worker's signal handling is in signals.h.
 * May touch: the Zend API.
 */
#ifndef PHP_TQ_WORKER_H
#define PHP_TQ_WORKER_H

#include "php.h"
#include <jansson.h>

extern zend_class_entry *php_tq_ce_WorkerInterface;
extern zend_class_entry *php_tq_ce_AbstractWorker;
extern zend_class_entry *php_tq_ce_OneTimeWorker;
extern zend_class_entry *php_tq_ce_OneTimeTask;
extern zend_class_entry *php_tq_ce_LongRunningWorker;
extern zend_class_entry *php_tq_ce_StderrLogger;

void php_tq_worker_minit(void);
/* TAO's worker loads the translations of the task's extension before running it:
 * $locator->get(TaskLanguageLoader::class)->loadTranslations($task), when the worker's
 * locator has that service (worker_generis.c). A failure is logged, never fatal. */
void php_tq_worker_load_translations(zval *worker, zval *task, zend_string *task_id, zval *log_context);
/* What TAO's worker does in a task's try block before running it: the task owner's generis
 * session (only with generis' SessionService in the worker's locator). FAILURE with an
 * exception pending: the task fails with it, as in TAO (worker_generis.c). */
zend_result php_tq_worker_prepare_run(zval *worker, zval *task);
/* A task's report as TAO's worker hands it to TaskLog::setReport(): generis' Report when
 * that class is loaded (a TaskLog written in PHP may call its methods), else its array
 * form (worker_generis.c). */
void php_tq_worker_report_value(json_t *report, zval *out);
void php_tq_long_running_worker_minit(void);

#endif
