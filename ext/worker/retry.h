/*
 * worker/retry.h: what AbstractWorker::processTask() does with a task that failed under a retry
 * policy (retry.c; README "Retries and dead letters"): plan the next attempt or the dead
 * letter, then apply it on the broker that delivered the task.
 * May touch: the Zend API, jansson.
 */
#ifndef PHP_TQ_WORKER_RETRY_H
#define PHP_TQ_WORKER_RETRY_H

#include "php.h"
#include <jansson.h>
#include "common/tq_error.h"

typedef enum {
    PHP_TQ_RETRY_NONE,      /* no policy (TAO's behaviour), or a queue that cannot retry */
    PHP_TQ_RETRY_AGAIN,     /* the task runs again later: Task Log 'enqueued' */
    PHP_TQ_RETRY_DEAD       /* last attempt, or an exception the policy does not retry */
} php_tq_retry_kind;

typedef struct php_tq_retry_plan {
    php_tq_retry_kind kind;
    int attempt;            /* the run that failed, from 1 */
    int attempts;           /* the policy's */
    int64_t delay_ms;       /* AGAIN: before the next run */
    json_t *report;         /* what the Task Log gets (owned) */
    zval queue;             /* the Queue that delivered the task (UNDEF when unknown) */
    zend_string *body;      /* the task's JSON with its retry metadata updated */
    char note[400];         /* NONE with a policy: why the policy was not applied ("" none) */
} php_tq_retry_plan;

/* After a failed run of task (id) handed out by queuer: exc is the class of the exception the
 * run threw, exc_msg its message (NULL: it returned an error report), run_report the run's report. With AGAIN or DEAD the task's
 * metadata is already updated and plan->body holds its JSON. Never throws (an exception met
 * on the way makes the plan NONE with a note). */
void php_tq_retry_plan_make(zval *queuer, zval *task, zend_string *id, zend_class_entry *exc, zend_string *exc_msg,
                            const json_t *run_report, php_tq_retry_plan *plan);
/* Carries the plan out on the queue's broker: in one step where the broker can (its
 * reschedule hook), else a copy pushed and the original acknowledged (AGAIN) or the original
 * only acknowledged (DEAD). 1 done, 0 the message is no longer this worker's (nothing done),
 * -1 failed (err; the message comes back when its lease runs out). Never throws. */
int php_tq_retry_apply(zval *queuer, zval *task, zend_string *id, php_tq_retry_plan *plan, tq_error *err);
void php_tq_retry_plan_free(php_tq_retry_plan *plan);

#endif
