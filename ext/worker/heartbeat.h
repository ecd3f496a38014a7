/*
 * worker/heartbeat.h: a LongRunningWorker's heartbeat row in tq_workers (README "Task
 * dashboard"), for workers whose Task Log is on PostgreSQL: the core's tq_heartbeat
 * thread beats; these calls tell it when the run starts and ends and which task runs.
 * May touch: the Zend API.
 */
#ifndef PHP_TQ_HEARTBEAT_H
#define PHP_TQ_HEARTBEAT_H

#include "php.h"

/* Starts beating for a run of a worker with this Task Log over this queue or dispatcher
 * (nothing when the Task Log is not an RdsTaskLogBroker's). Never throws. */
void php_tq_heartbeat_begin(zval *task_log, zval *queuer);
/* The task the worker starts (NULL: the last one ended). */
void php_tq_heartbeat_task(zval *task);
/* Stops beating and deletes the row (also at request shutdown). */
void php_tq_heartbeat_end(void);

#endif
