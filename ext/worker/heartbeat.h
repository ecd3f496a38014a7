/*
 * worker/heartbeat.h: a LongRunningWorker's heartbeat row in tq_workers (README "Task
 * dashboard"), for workers whose Task Log is on PostgreSQL: the core's tq_heartbeat
 * thread beats; these calls tell it when the run starts and ends, which task runs and,
 * for the task counters, which tasks ran on which queue and how they ended.
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
/* A task processTask() runs (not one it only acknowledges): its queue and start, for the
 * counters of tq_metrics_counts (README "Metrics"). */
typedef struct php_tq_hb_run {
    zend_string *queue;      /* NULL: no heartbeat runs */
    uint64_t started_ns;
} php_tq_hb_run;
/* Counts the task as started on its queue: the worker's queue, or the one its dispatcher
 * handed it out from. Call before the task is acknowledged. Never throws. */
void php_tq_heartbeat_run_begin(php_tq_hb_run *run, zval *queuer, zval *task);
/* Counts the outcome with the task's duration: status is what processTask() stored
 * ("completed" and "child_running" count as completed, "failed" as failed); NULL: the
 * run was cut short (exit()), nothing more is counted. */
void php_tq_heartbeat_run_end(php_tq_hb_run *run, const char *status);
/* Stops beating and deletes the row (also at request shutdown). */
void php_tq_heartbeat_end(void);

#endif
