/*
 * long_running_worker_loop.c: the loop of LongRunningWorker::run() (doc/ARCHITECTURE.md,
 * section 9): noted signals and pcntl handlers between tasks, the task, time and memory
 * limits, one poll (dequeue() with the claim cap, then processTask()), the back-off after an
 * empty poll and stop-when-empty. Waits and brokers are in long_running_worker_brokers.c.
 * May touch: the Zend API, common/common, worker/long_running_worker.h, src/worker/tq_signal.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/standard/hrtime.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "../task/task.h"
#include "../task_log/task_log.h"
#include "../queue/queue.h"
#include "worker.h"
#include "signals.h"
#include "heartbeat.h"
#include "long_running_worker.h"

#define LRW_WAIT_INTERVAL 1          /* s, LongRunningWorker::WAIT_INTERVAL */
#define LRW_MAX_SLEEP 30             /* s, MAX_SLEEPING_TIME_FOR_DEDICATED_QUEUE */
#define LRW_PAUSE_STEP_MS 1000       /* a paused worker looks at its limits this often */
#define LRW_RETRY_MS 20              /* stop-when-empty: re-poll while count() says there is work */

/* Runs pcntl_signal_dispatch() (TAO's loop calls it at every check, so handlers the user
 * registered with pcntl_signal() run between tasks as they did). */
zend_result php_tq_lrw_dispatch_pcntl(php_tq_lrw_run *r)
{
    if (!r->dispatch) {
        return SUCCESS;
    }
    zval rv;
    zend_call_known_function(r->dispatch, NULL, NULL, &rv, 0, NULL, NULL);
    zval_ptr_dtor(&rv);
    return EG(exception) ? FAILURE : SUCCESS;
}

static zend_long lrw_elapsed_ms(php_tq_lrw_run *r)
{
    return (zend_long)((php_hrtime_current() - r->started) / 1000000);
}

/* Milliseconds left before the time limit (LONG_MAX without one). */
zend_long php_tq_lrw_time_left_ms(php_tq_lrw_run *r)
{
    if (r->time_limit <= 0) {
        return ZEND_LONG_MAX;
    }
    zend_long left = r->time_limit * 1000 - lrw_elapsed_ms(r);
    return left > 0 ? left : 0;
}

/* Logs what the flags say once per change (signals and the public callbacks set them). */
static zend_result lrw_check_flags(php_tq_lrw_run *r)
{
    if (tq_signal_take(r->sig) != 0) {
        /* a signal that came during a task left a byte in the pipe: drop it, or the next
         * idle wait would end at once */
        (void)tq_signal_wait(r->sig, -1, 0);
    }
    if (php_tq_lrw_dispatch_pcntl(r) == FAILURE) {
        return FAILURE;
    }
    if (r->sig->stop && !r->logged_stop) {
        r->logged_stop = true;
        php_tq_lrw_log(r->self, "info", "TERM/INT/QUIT received; shutting down gracefully...");
    }
    bool paused = r->sig->paused != 0;
    if (paused != r->logged_paused && !r->sig->stop) {
        r->logged_paused = paused;
        php_tq_lrw_log(r->self, "info", paused ? "USR2 received; pausing task processing..."
                                        : "CONT received; resuming task processing...");
    }
    return SUCCESS;
}

/* true (logged) when a limit says the worker is done. */
static bool lrw_limit_reached(php_tq_lrw_run *r)
{
    if (r->limit > 0 && r->processed >= r->limit) {
        php_tq_lrw_log(r->self, "info", "Limit of " ZEND_LONG_FMT " task(s) reached; stopping.", r->limit);
        return true;
    }
    if (r->time_limit > 0 && php_tq_lrw_time_left_ms(r) <= 0) {
        php_tq_lrw_log(r->self, "info", "Time limit of " ZEND_LONG_FMT " s reached after " ZEND_LONG_FMT
                " task(s); stopping.", r->time_limit, r->processed);
        return true;
    }
    if (r->memory_limit > 0) {
        size_t used = zend_memory_usage(true);
        if (used >= (size_t)r->memory_limit * 1024 * 1024) {
            php_tq_lrw_log(r->self, "info", "Memory limit of " ZEND_LONG_FMT " MB reached (%zu MB in use) after "
                    ZEND_LONG_FMT " task(s); stopping.", r->memory_limit, used / (1024 * 1024), r->processed);
            return true;
        }
    }
    return false;
}

/* Seconds to wait after an empty poll, as TAO's loop waits (doc/ARCHITECTURE.md, section 9). */
static zend_long lrw_backoff(php_tq_lrw_run *r)
{
    if (r->dedicated) {
        zend_long s = r->empty_polls * LRW_WAIT_INTERVAL;
        return s > LRW_MAX_SLEEP ? LRW_MAX_SLEEP : s;
    }
    if (r->dispatcher) {
        zval rv;
        if (php_tq_call(&r->queuer, "getWaitTime", &rv, 0, NULL) == SUCCESS) {
            zend_long s = zval_get_long(&rv);
            zval_ptr_dtor(&rv);
            return s < 0 ? 0 : s;
        }
        if (EG(exception) && !zend_is_unwind_exit(EG(exception))) {
            zend_clear_exception();
        }
    }
    return LRW_WAIT_INTERVAL;
}

/* stop-when-empty: true when the queue has nothing left to hand out. */
static bool lrw_drained(php_tq_lrw_run *r)
{
    zval rv;
    if (php_tq_call(&r->queuer, "count", &rv, 0, NULL) == FAILURE) {
        zend_string *msg = php_tq_lrw_take_exception();
        if (msg) {
            zend_string_release(msg);
        }
        return true;
    }
    zend_long n = zval_get_long(&rv);
    zval_ptr_dtor(&rv);
    if (n > 0) {
        return false;
    }
    /* count() leaves out what a broker already claimed into its buffer: a selector that
     * polled an empty queue of a dispatcher says nothing about the others' batches */
    if (php_tq_call(&r->queuer, "hasPreFetchedMessages", &rv, 0, NULL) == FAILURE) {
        zend_string *msg = php_tq_lrw_take_exception();
        if (msg) {
            zend_string_release(msg);
        }
        return true;
    }
    bool buffered = zend_is_true(&rv);
    zval_ptr_dtor(&rv);
    return !buffered;
}

/* One poll and, when it brings a task, that task. FAILURE: run() must end with the
 * pending exception; *stop: end normally. */
static zend_result lrw_iteration(php_tq_lrw_run *r, bool *stop)
{
    zend_long iteration = php_tq_lrw_long(r->self, "iterations") + 1;
    php_tq_lrw_set_long(r->self, "iterations", iteration);

    zval task;
    if (r->limit > 0) {
        php_tq_lrw_cap_claims(r, r->limit - r->processed);
    }
    zend_result got = php_tq_call(&r->queuer, "dequeue", &task, 0, NULL);
    if (r->limit > 0) {
        php_tq_lrw_cap_claims(r, 0);
    }
    if (got == FAILURE) {
        zend_string *msg = php_tq_lrw_take_exception();
        if (!msg) {
            return FAILURE;
        }
        php_tq_lrw_log(r->self, "error", "Fetching data from queue failed with MSG: %s", ZSTR_VAL(msg));
        zend_string_release(msg);
        if (EG(exception)) {
            return FAILURE; /* from the logger */
        }
        /* a broken backend is not polled in a tight loop */
        r->empty_polls++;
        return php_tq_lrw_wait(r, lrw_backoff(r) * 1000, false);
    }
    if (Z_TYPE(task) == IS_NULL || Z_TYPE(task) == IS_FALSE) {
        zval_ptr_dtor(&task);
        r->empty_polls++;
        if (r->sig->stop) {
            return SUCCESS; /* a signal cut a broker's long poll short */
        }
        if (r->stop_when_empty) {
            if (lrw_drained(r)) {
                php_tq_lrw_log(r->self, "info", "No task left in the queue; stopping.");
                if (EG(exception)) {
                    return FAILURE;
                }
                *stop = true;
                return SUCCESS;
            }
            /* another queue of the dispatcher may have work: poll again soon */
            return php_tq_lrw_wait(r, LRW_RETRY_MS, false);
        }
        php_tq_lrw_prune_log(r);
        zend_long s = lrw_backoff(r);
        php_tq_lrw_log(r->self, "debug", "No tasks found. Sleeping for " ZEND_LONG_FMT " sec", s);
        return EG(exception) ? FAILURE : php_tq_lrw_wait(r, s * 1000, true);
    }
    r->empty_polls = 0;
    if (!php_tq_lrw_is(&task, php_tq_ce_TaskInterface)) {
        php_tq_lrw_log(r->self, "warning", "The received queue item (%s) not processable.",
                Z_TYPE(task) == IS_OBJECT ? ZSTR_VAL(Z_OBJCE(task)->name) : zend_zval_type_name(&task));
        zval_ptr_dtor(&task);
        return SUCCESS;
    }
    zval self, status;
    ZVAL_OBJ(&self, r->self);
    php_tq_heartbeat_task(&task);
    zend_result done = php_tq_call(&self, "processTask", &status, 1, &task);
    php_tq_heartbeat_task(NULL);
    zval_ptr_dtor(&task);
    r->processed++;
    php_tq_lrw_set_long(r->self, "processed", r->processed);
    if (done == FAILURE) {
        zend_string *msg = php_tq_lrw_take_exception();
        if (!msg) {
            return FAILURE;
        }
        php_tq_lrw_log(r->self, "error", "Fetching data from queue failed with MSG: %s", ZSTR_VAL(msg));
        zend_string_release(msg);
        return SUCCESS;
    }
    zval_ptr_dtor(&status);
    return SUCCESS;
}

/* A logger that throws ends run() with its exception, as it would in TAO's PHP loop. */
zend_result php_tq_lrw_loop(php_tq_lrw_run *r)
{
    for (;;) {
        if (lrw_check_flags(r) == FAILURE || EG(exception)) {
            return FAILURE;
        }
        if (r->sig->stop || lrw_limit_reached(r)) {
            return EG(exception) ? FAILURE : SUCCESS;
        }
        if (r->sig->paused) {
            /* claim nothing; SIGCONT (or a stop) ends the wait at once */
            if (php_tq_lrw_wait(r, LRW_PAUSE_STEP_MS, false) == FAILURE) {
                return FAILURE;
            }
            continue;
        }
        if (!php_tq_lrw_may_claim(r, r->limit - r->processed)) {
            return EG(exception) ? FAILURE : SUCCESS;
        }
        bool stop = false;
        if (lrw_iteration(r, &stop) == FAILURE || EG(exception)) {
            return FAILURE;
        }
        if (stop) {
            return SUCCESS;
        }
    }
}
