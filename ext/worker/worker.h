/*
 * worker/worker.h: the worker groups' class entries (worker.c, long_running_worker.c)
 * and their start-up functions. The worker's signal handling is in signals.h.
 * May touch: the Zend API.
 */
#ifndef PHP_TQ_WORKER_H
#define PHP_TQ_WORKER_H

#include "php.h"

extern zend_class_entry *php_tq_ce_WorkerInterface;
extern zend_class_entry *php_tq_ce_AbstractWorker;
extern zend_class_entry *php_tq_ce_OneTimeWorker;
extern zend_class_entry *php_tq_ce_OneTimeTask;
extern zend_class_entry *php_tq_ce_LongRunningWorker;
extern zend_class_entry *php_tq_ce_StderrLogger;

void php_tq_worker_minit(void);
void php_tq_long_running_worker_minit(void);

#endif
