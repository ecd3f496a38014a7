/*
 * long_running_worker.c: LongRunningWorker (doc/ARCHITECTURE.md, section 9), the worker a
 * supervisor runs (StderrLogger, the logger it falls back to, is in stderr_logger.c).
 *
 * The loop is C; the queue, the tasks, the task log and the logger are reached through
 * their PHP methods (dequeue(), processTask(), getWaitTime(), ...), so PHP queues and
 * test doubles work as with TAO's PHP worker. What differs from TAO:
 *  - the limit counts tasks handled, not polls, and is not multiplied by the batch size
 *    (quirk 15); before each poll a hook (set_claim_cap) tells native brokers how many tasks
 *    the worker still may take, and for brokers written in PHP TAO's hasEnoughSpace() rule
 *    applies (a batch is claimed only when there is room for it or the broker can give
 *    the surplus back);
 *  - whatever way the loop ends (limit, time, memory, signal, empty queue, exception),
 *    tasks still buffered in a broker are given back (releasePreFetchedMessages());
 *  - signals are handled natively (worker/signals.c) and every wait wakes on them at once;
 *    an idle worker waits on its native broker's wait op (LISTEN/NOTIFY) when there is
 *    one, else sleeps on the signal pipe;
 *  - time and memory limits, a stop-when-empty mode, and stderr logging without a logger.
 * May touch: the Zend API, common/common, worker/signals, src/queue/tq_broker, src/worker/tq_signal.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/json/php_json.h"
#include "ext/standard/hrtime.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "../task/task.h"
#include "../task_log/task_log.h"
#include "../queue/queue.h"
#include "worker.h"
#include "signals.h"
#include "stderr_logger.h"
#include "heartbeat.h"
#include "queue/tq_broker.h"
#include "long_running_worker_arginfo.h"

#ifdef PHP_WIN32
#include <process.h>
#else
#include <unistd.h>
#endif

zend_class_entry *php_tq_ce_LongRunningWorker;
zend_class_entry *php_tq_ce_StderrLogger;

#define LRW_CE php_tq_ce_LongRunningWorker
#define W_CE php_tq_ce_AbstractWorker
#define SELF Z_OBJ_P(ZEND_THIS)

#define LRW_WAIT_INTERVAL 1          /* s, LongRunningWorker::WAIT_INTERVAL */
#define LRW_MAX_SLEEP 30             /* s, MAX_SLEEPING_TIME_FOR_DEDICATED_QUEUE */
#define LRW_PAUSE_STEP_MS 1000       /* a paused worker looks at its limits this often */
#define LRW_DISPATCH_SLICE_MS 200    /* without our handlers: pcntl handlers run this often */
#define LRW_RETRY_MS 20              /* stop-when-empty: re-poll while count() says there is work */

/* --- properties ------------------------------------------------------------------------ */

static zend_long lrw_long(zend_object *self, const char *name)
{
    zval *v = php_tq_prop(self, LRW_CE, name, strlen(name));
    return v ? zval_get_long(v) : 0;
}

static void lrw_set_long(zend_object *self, const char *name, zend_long n)
{
    zval v;
    ZVAL_LONG(&v, n);
    php_tq_prop_set(self, LRW_CE, name, strlen(name), &v);
}

static bool lrw_bool(zend_object *self, const char *name)
{
    zval *v = php_tq_prop(self, LRW_CE, name, strlen(name));
    return v && zend_is_true(v);
}

static void lrw_set_bool(zend_object *self, const char *name, bool b)
{
    zval v;
    ZVAL_BOOL(&v, b);
    php_tq_prop_set(self, LRW_CE, name, strlen(name), &v);
}

static bool lrw_is(zval *v, zend_class_entry *ce)
{
    return v && Z_TYPE_P(v) == IS_OBJECT && instanceof_function(Z_OBJCE_P(v), ce);
}

/* --- exceptions -------------------------------------------------------------------------- */

/* Takes a pending \Exception (not an \Error, not exit()) and returns its message; NULL
 * (exception left pending) otherwise. */
static zend_string *lrw_take_exception(void)
{
    zend_object *ex = EG(exception);
    if (!ex || zend_is_unwind_exit(ex) || zend_is_graceful_exit(ex)
        || !instanceof_function(ex->ce, zend_ce_exception)) {
        return NULL;
    }
    zend_string *msg = php_tq_exception_message(ex);
    zend_clear_exception();
    return msg;
}

/* Runs PHP code while an exception is on its way out: it is kept aside, and whatever the
 * code throws is dropped. */
typedef struct { zend_object *ex; } lrw_stash;

static void lrw_stash_begin(lrw_stash *s)
{
    s->ex = EG(exception);
    EG(exception) = NULL;
}

static void lrw_stash_end(lrw_stash *s)
{
    if (EG(exception)) {
        if (s->ex) {
            zend_clear_exception();
        } else {
            return; /* nothing was pending: a new exception (exit() included) goes on */
        }
    }
    EG(exception) = s->ex;
}

/* --- log context and logging --------------------------------------------------------------- */

/* The queue's name (dedicated queue), or the dispatcher's queue names joined with ",". */
static zend_string *lrw_queue_label(zval *queuer)
{
    zval rv;
    zend_string *out = NULL;
    if (lrw_is(queuer, php_tq_ce_QueueInterface)) {
        if (php_tq_call(queuer, "getName", &rv, 0, NULL) == SUCCESS) {
            out = zval_get_string(&rv);
            zval_ptr_dtor(&rv);
        }
    } else if (lrw_is(queuer, php_tq_ce_QueueDispatcherInterface)) {
        if (php_tq_call(queuer, "getQueueNames", &rv, 0, NULL) == SUCCESS) {
            if (Z_TYPE(rv) == IS_ARRAY) {
                smart_str buf = {0};
                zval *n;
                ZEND_HASH_FOREACH_VAL(Z_ARRVAL(rv), n) {
                    zend_string *s = zval_get_string(n);
                    if (buf.s) {
                        smart_str_appendc(&buf, ',');
                    }
                    smart_str_append(&buf, s);
                    zend_string_release(s);
                } ZEND_HASH_FOREACH_END();
                out = buf.s ? smart_str_extract(&buf) : ZSTR_EMPTY_ALLOC();
            }
            zval_ptr_dtor(&rv);
        }
    }
    if (EG(exception)) {
        zend_clear_exception();
    }
    return out;
}

/* getLogContext(): PID, Iteration, QueueName (TAO's keys). */
static void lrw_context(zend_object *self, zval *out)
{
    array_init(out);
    add_assoc_long(out, "PID", (zend_long)getpid());
    add_assoc_long(out, "Iteration", lrw_long(self, "iterations"));
    zval *queuer = PHP_TQ_PROP(self, W_CE, "queuer");
    if (!queuer || Z_TYPE_P(queuer) != IS_OBJECT) {
        return;
    }
    lrw_stash st;
    lrw_stash_begin(&st);
    zval q;
    ZVAL_COPY(&q, queuer);
    zend_string *label = lrw_queue_label(&q);
    zval_ptr_dtor(&q);
    lrw_stash_end(&st);
    if (label) {
        add_assoc_str(out, "QueueName", label);
    }
}

static void lrw_log(zend_object *self, const char *level, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 3, 4);

/* Through the worker's logger (during run() there always is one: StderrLogger when the
 * user set none). */
static void lrw_log(zend_object *self, const char *level, const char *fmt, ...)
{
    zval *logger = PHP_TQ_PROP(self, W_CE, "logger");
    if (!logger || Z_TYPE_P(logger) != IS_OBJECT) {
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    zend_string *msg = zend_vstrpprintf(0, fmt, ap);
    va_end(ap);
    zval ctx;
    lrw_context(self, &ctx);
    php_tq_log(self, W_CE, level, &ctx, "%s", ZSTR_VAL(msg));
    zval_ptr_dtor(&ctx);
    zend_string_release(msg);
}

/* --- one run() ------------------------------------------------------------------------------ */

typedef struct lrw_run {
    zend_object *self;
    zval queuer;               /* held for the whole run */
    bool dedicated;            /* a QueueInterface: back-off, limit, one broker */
    bool dispatcher;           /* a QueueDispatcherInterface: getWaitTime(), several brokers */
    bool signals;              /* our handlers are installed for this run */
    bool own_logger;           /* a StderrLogger was set for this run */
    tq_signal_state *sig;
    zend_function *dispatch;   /* pcntl_signal_dispatch(), when pcntl is loaded */
    zend_long limit;           /* tasks; 0: none */
    zend_long time_limit;      /* s; 0: none */
    zend_long memory_limit;    /* MB; 0: none */
    bool stop_when_empty;
    php_hrtime_t started;
    zend_long processed;
    zend_long empty_polls;
    bool logged_stop;          /* the stop request was logged */
    bool logged_paused;        /* the paused state last logged */
} lrw_run;

/* Runs pcntl_signal_dispatch() (TAO's loop calls it at every check, so handlers the user
 * registered with pcntl_signal() run between tasks as they did). */
static zend_result lrw_dispatch_pcntl(lrw_run *r)
{
    if (!r->dispatch) {
        return SUCCESS;
    }
    zval rv;
    zend_call_known_function(r->dispatch, NULL, NULL, &rv, 0, NULL, NULL);
    zval_ptr_dtor(&rv);
    return EG(exception) ? FAILURE : SUCCESS;
}

static zend_long lrw_elapsed_ms(lrw_run *r)
{
    return (zend_long)((php_hrtime_current() - r->started) / 1000000);
}

/* Milliseconds left before the time limit (LONG_MAX without one). */
static zend_long lrw_time_left_ms(lrw_run *r)
{
    if (r->time_limit <= 0) {
        return ZEND_LONG_MAX;
    }
    zend_long left = r->time_limit * 1000 - lrw_elapsed_ms(r);
    return left > 0 ? left : 0;
}

/* Logs what the flags say once per change (signals and the public callbacks set them). */
static zend_result lrw_check_flags(lrw_run *r)
{
    if (tq_signal_take(r->sig) != 0) {
        /* a signal that came during a task left a byte in the pipe: drop it, or the next
         * idle wait would end at once */
        (void)tq_signal_wait(r->sig, -1, 0);
    }
    if (lrw_dispatch_pcntl(r) == FAILURE) {
        return FAILURE;
    }
    if (r->sig->stop && !r->logged_stop) {
        r->logged_stop = true;
        lrw_log(r->self, "info", "TERM/INT/QUIT received; shutting down gracefully...");
    }
    bool paused = r->sig->paused != 0;
    if (paused != r->logged_paused && !r->sig->stop) {
        r->logged_paused = paused;
        lrw_log(r->self, "info", paused ? "USR2 received; pausing task processing..."
                                        : "CONT received; resuming task processing...");
    }
    return SUCCESS;
}

/* true (logged) when a limit says the worker is done. */
static bool lrw_limit_reached(lrw_run *r)
{
    if (r->limit > 0 && r->processed >= r->limit) {
        lrw_log(r->self, "info", "Limit of " ZEND_LONG_FMT " task(s) reached; stopping.", r->limit);
        return true;
    }
    if (r->time_limit > 0 && lrw_time_left_ms(r) <= 0) {
        lrw_log(r->self, "info", "Time limit of " ZEND_LONG_FMT " s reached after " ZEND_LONG_FMT
                " task(s); stopping.", r->time_limit, r->processed);
        return true;
    }
    if (r->memory_limit > 0) {
        size_t used = zend_memory_usage(true);
        if (used >= (size_t)r->memory_limit * 1024 * 1024) {
            lrw_log(r->self, "info", "Memory limit of " ZEND_LONG_FMT " MB reached (%zu MB in use) after "
                    ZEND_LONG_FMT " task(s); stopping.", r->memory_limit, used / (1024 * 1024), r->processed);
            return true;
        }
    }
    return false;
}

/* queue->getBroker(); FAILURE (nothing pending) when it cannot be had. */
static zend_result lrw_broker_of(zval *queue, zval *broker)
{
    if (!lrw_is(queue, php_tq_ce_QueueInterface)
        || php_tq_call(queue, "getBroker", broker, 0, NULL) == FAILURE || Z_TYPE_P(broker) != IS_OBJECT) {
        if (EG(exception) && !zend_is_unwind_exit(EG(exception))) {
            zend_clear_exception();
        }
        if (Z_TYPE_P(broker) != IS_UNDEF) {
            zval_ptr_dtor(broker);
        }
        ZVAL_UNDEF(broker);
        return FAILURE;
    }
    return SUCCESS;
}

/* The broker objects of the queues the worker polls. */
static void lrw_brokers(lrw_run *r, zval *out)
{
    array_init(out);
    zval queues, b;
    if (r->dedicated) {
        if (lrw_broker_of(&r->queuer, &b) == SUCCESS) {
            add_next_index_zval(out, &b);
        }
        return;
    }
    if (!r->dispatcher || php_tq_call(&r->queuer, "getQueues", &queues, 0, NULL) == FAILURE) {
        if (EG(exception) && !zend_is_unwind_exit(EG(exception))) {
            zend_clear_exception();
        }
        return;
    }
    if (Z_TYPE(queues) == IS_ARRAY) {
        zval *q;
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL(queues), q) {
            ZVAL_DEREF(q);
            if (lrw_broker_of(q, &b) == SUCCESS) {
                add_next_index_zval(out, &b);
            }
        } ZEND_HASH_FOREACH_END();
    }
    zval_ptr_dtor(&queues);
}

/* Waits up to ms, waking at once on a signal. With use_broker, on the first native
 * broker that can wait (PostgreSQL: LISTEN/NOTIFY), which also wakes when a task comes. */
static zend_result lrw_wait(lrw_run *r, zend_long ms, bool use_broker)
{
    zend_long left = lrw_time_left_ms(r);
    if (ms > left) {
        ms = left;
    }
    if (ms <= 0) {
        return SUCCESS;
    }
    zval brokers;
    ZVAL_UNDEF(&brokers);
    tq_broker *native = NULL;
    if (use_broker) {
        lrw_brokers(r, &brokers);
        zval *b;
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL(brokers), b) {
            tq_broker *nb = php_tq_native_broker(Z_OBJ_P(b));
            if (nb && nb->ops->wait) {
                native = nb;
                break;
            }
        } ZEND_HASH_FOREACH_END();
    }
    php_hrtime_t deadline = php_hrtime_current() + (php_hrtime_t)ms * 1000000;
    zend_result result = SUCCESS;
    for (;;) {
        php_hrtime_t now = php_hrtime_current();
        if (now >= deadline || r->sig->stop) {
            break;
        }
        zend_long slice = (zend_long)((deadline - now) / 1000000) + 1;
        /* Without our handlers a signal only interrupts the wait (EINTR) and pcntl
         * handlers run only when dispatched: wait in slices and dispatch between. */
        if (!r->signals && r->dispatch && slice > LRW_DISPATCH_SLICE_MS) {
            slice = LRW_DISPATCH_SLICE_MS;
        }
        int w;
        if (native) {
            tq_error err;
            tq_error_clear(&err);
            w = native->ops->wait(native, (int)slice, r->sig, &err);
            if (w < 0) {
                lrw_log(r->self, "warning", "Waiting on the queue broker failed (%s); sleeping instead.",
                        err.message);
                native = NULL;
                if (EG(exception)) {
                    result = FAILURE;
                    break;
                }
                continue;
            }
        } else {
            w = tq_signal_wait(r->sig, -1, (int)slice);
        }
        if (w == TQ_WAIT_SIGNAL || w == TQ_WAIT_READY) {
            break;
        }
        if (!r->signals && r->dispatch) {
            if (lrw_dispatch_pcntl(r) == FAILURE) {
                result = FAILURE;
                break;
            }
        }
        if (w < 0) {
            break; /* poll() failed: go round the loop (its checks) rather than spin here */
        }
    }
    zval_ptr_dtor(&brokers);
    return result;
}

/* Whether the broker can give claimed tasks back: an AbstractQueueBroker whose doRelease()
 * is not the default (which cannot). */
static bool lrw_can_release(zval *broker)
{
    if (!lrw_is(broker, php_tq_ce_AbstractQueueBroker)) {
        return false;
    }
    zend_function *f = zend_hash_str_find_ptr(&Z_OBJCE_P(broker)->function_table, "dorelease",
                                              sizeof("dorelease") - 1);
    return f && f->common.scope != php_tq_ce_AbstractQueueBroker;
}

/* Tells every native broker of the run how many tasks it may claim at most (0: no cap), through
 * its set_claim_cap hook; brokers written in PHP are left to lrw_may_claim(). */
static void lrw_cap_claims(lrw_run *r, zend_long cap)
{
    zval brokers;
    lrw_brokers(r, &brokers);
    zval *b;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL(brokers), b) {
        const php_tq_broker_hooks *h = php_tq_broker_hooks_of(Z_OBJ_P(b));
        if (h && h->set_claim_cap) {
            h->set_claim_cap(Z_OBJ_P(b), cap);
        }
    } ZEND_HASH_FOREACH_END();
    zval_ptr_dtor(&brokers);
}

/* Before a poll with a limit. Native brokers are capped (lrw_cap_claims). A broker in
 * PHP claims its whole batch: TAO's hasEnoughSpace() rule, in tasks — poll when tasks are
 * buffered or the batch fits in what is left; else only if the broker can give the
 * surplus back (it is, on exit). false (logged): stop. */
static bool lrw_may_claim(lrw_run *r, zend_long remaining)
{
    if (r->limit <= 0 || !r->dedicated) {
        return true;
    }
    zval broker, rv;
    if (lrw_broker_of(&r->queuer, &broker) == FAILURE) {
        return true; /* dequeue() will say what is wrong */
    }
    bool ok = true;
    if (!php_tq_native_broker(Z_OBJ(broker))) {
        zend_long batch = 1;
        bool buffered = false;
        if (php_tq_call(&r->queuer, "hasPreFetchedMessages", &rv, 0, NULL) == SUCCESS) {
            buffered = zend_is_true(&rv);
            zval_ptr_dtor(&rv);
        }
        if (!buffered && php_tq_call(&r->queuer, "getNumberOfTasksToReceive", &rv, 0, NULL) == SUCCESS) {
            batch = zval_get_long(&rv);
            zval_ptr_dtor(&rv);
        }
        if (EG(exception) && !zend_is_unwind_exit(EG(exception))) {
            zend_clear_exception();
        }
        if (!buffered && batch > remaining && !lrw_can_release(&broker)) {
            lrw_log(r->self, "info", ZEND_LONG_FMT " task(s) left before the limit, fewer than the "
                    ZEND_LONG_FMT " the broker claims at once, and it cannot give tasks back; stopping.",
                    remaining, batch);
            ok = false;
        }
    }
    zval_ptr_dtor(&broker);
    return ok;
}

/* Gives every buffered task back to its broker (any exception pending is kept). */
static void lrw_release(lrw_run *r)
{
    lrw_stash st;
    lrw_stash_begin(&st);
    zval brokers;
    lrw_brokers(r, &brokers);
    zval *b;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL(brokers), b) {
        if (!zend_hash_str_exists(&Z_OBJCE_P(b)->function_table, "releaseprefetchedmessages",
                                  sizeof("releaseprefetchedmessages") - 1)) {
            continue;
        }
        zval rv;
        if (php_tq_call(b, "releasePreFetchedMessages", &rv, 0, NULL) == FAILURE) {
            zend_string *msg = lrw_take_exception();
            if (!msg) {
                break; /* exit() or an \Error: it goes on up */
            }
            lrw_log(r->self, "error", "Giving buffered tasks back to the %s broker failed: %s",
                    ZSTR_VAL(Z_OBJCE_P(b)->name), ZSTR_VAL(msg));
            zend_string_release(msg);
            continue;
        }
        zend_long n = zval_get_long(&rv);
        zval_ptr_dtor(&rv);
        if (n > 0) {
            lrw_log(r->self, "info", ZEND_LONG_FMT " buffered task(s) given back to the queue.", n);
        }
        if (php_tq_call(b, "hasPreFetchedMessages", &rv, 0, NULL) == SUCCESS) {
            if (zend_is_true(&rv)) {
                lrw_log(r->self, "warning", "The %s broker still holds buffered tasks it cannot give back; "
                        "they stay claimed until the backend hands them out again.", ZSTR_VAL(Z_OBJCE_P(b)->name));
            }
            zval_ptr_dtor(&rv);
        } else if (EG(exception) && !zend_is_unwind_exit(EG(exception))) {
            zend_clear_exception();
        }
    } ZEND_HASH_FOREACH_END();
    zval_ptr_dtor(&brokers);
    lrw_stash_end(&st);
}

/* Seconds to wait after an empty poll, as TAO's loop waits (doc/ARCHITECTURE.md, section 9). */
static zend_long lrw_backoff(lrw_run *r)
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
static bool lrw_drained(lrw_run *r)
{
    zval rv;
    if (php_tq_call(&r->queuer, "count", &rv, 0, NULL) == FAILURE) {
        zend_string *msg = lrw_take_exception();
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
        zend_string *msg = lrw_take_exception();
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
static zend_result lrw_iteration(lrw_run *r, bool *stop)
{
    zend_long iteration = lrw_long(r->self, "iterations") + 1;
    lrw_set_long(r->self, "iterations", iteration);

    zval task;
    if (r->limit > 0) {
        lrw_cap_claims(r, r->limit - r->processed);
    }
    zend_result got = php_tq_call(&r->queuer, "dequeue", &task, 0, NULL);
    if (r->limit > 0) {
        lrw_cap_claims(r, 0);
    }
    if (got == FAILURE) {
        zend_string *msg = lrw_take_exception();
        if (!msg) {
            return FAILURE;
        }
        lrw_log(r->self, "error", "Fetching data from queue failed with MSG: %s", ZSTR_VAL(msg));
        zend_string_release(msg);
        if (EG(exception)) {
            return FAILURE; /* from the logger */
        }
        /* a broken backend is not polled in a tight loop */
        r->empty_polls++;
        return lrw_wait(r, lrw_backoff(r) * 1000, false);
    }
    if (Z_TYPE(task) == IS_NULL || Z_TYPE(task) == IS_FALSE) {
        zval_ptr_dtor(&task);
        r->empty_polls++;
        if (r->sig->stop) {
            return SUCCESS; /* a signal cut a broker's long poll short */
        }
        if (r->stop_when_empty) {
            if (lrw_drained(r)) {
                lrw_log(r->self, "info", "No task left in the queue; stopping.");
                if (EG(exception)) {
                    return FAILURE;
                }
                *stop = true;
                return SUCCESS;
            }
            /* another queue of the dispatcher may have work: poll again soon */
            return lrw_wait(r, LRW_RETRY_MS, false);
        }
        zend_long s = lrw_backoff(r);
        lrw_log(r->self, "debug", "No tasks found. Sleeping for " ZEND_LONG_FMT " sec", s);
        return EG(exception) ? FAILURE : lrw_wait(r, s * 1000, true);
    }
    r->empty_polls = 0;
    if (!lrw_is(&task, php_tq_ce_TaskInterface)) {
        lrw_log(r->self, "warning", "The received queue item (%s) not processable.",
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
    lrw_set_long(r->self, "processed", r->processed);
    if (done == FAILURE) {
        zend_string *msg = lrw_take_exception();
        if (!msg) {
            return FAILURE;
        }
        lrw_log(r->self, "error", "Fetching data from queue failed with MSG: %s", ZSTR_VAL(msg));
        zend_string_release(msg);
        return SUCCESS;
    }
    zval_ptr_dtor(&status);
    return SUCCESS;
}

/* A logger that throws ends run() with its exception, as it would in TAO's PHP loop. */
static zend_result lrw_loop(lrw_run *r)
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
            if (lrw_wait(r, LRW_PAUSE_STEP_MS, false) == FAILURE) {
                return FAILURE;
            }
            continue;
        }
        if (!lrw_may_claim(r, r->limit - r->processed)) {
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

/* The log level of the StderrLogger a worker without a logger uses. */
static const char *lrw_default_level(void)
{
    const char *env = getenv("TASKQUEUE_LOG_LEVEL");
    if (env && php_tq_stderr_level_of(env, strlen(env)) >= 0) {
        return env;
    }
    return "info";
}

static void lrw_start(lrw_run *r, zend_object *self, zval *queuer)
{
    memset(r, 0, sizeof(*r));
    r->self = self;
    ZVAL_COPY(&r->queuer, queuer);
    r->dedicated = lrw_is(queuer, php_tq_ce_QueueInterface);
    r->dispatcher = lrw_is(queuer, php_tq_ce_QueueDispatcherInterface);
    r->limit = r->dedicated ? lrw_long(self, "maxIterations") : 0;
    r->time_limit = lrw_long(self, "timeLimit");
    r->memory_limit = lrw_long(self, "memoryLimit");
    r->stop_when_empty = lrw_bool(self, "stopWhenEmpty");
    r->started = php_hrtime_current();
    r->sig = php_tq_signals_state();
    r->dispatch = zend_hash_str_find_ptr(EG(function_table), "pcntl_signal_dispatch",
                                         sizeof("pcntl_signal_dispatch") - 1);
    lrw_set_long(self, "iterations", 0);
    lrw_set_long(self, "processed", 0);

    zval *logger = PHP_TQ_PROP(self, W_CE, "logger");
    if (!logger || Z_TYPE_P(logger) != IS_OBJECT) {
        zval l, lvl;
        object_init_ex(&l, php_tq_ce_StderrLogger);
        ZVAL_STRING(&lvl, lrw_default_level());
        zend_call_known_instance_method_with_1_params(php_tq_ce_StderrLogger->constructor, Z_OBJ(l), NULL, &lvl);
        zval_ptr_dtor(&lvl);
        PHP_TQ_PROP_SET(self, W_CE, "logger", &l);
        zval_ptr_dtor(&l);
        r->own_logger = true;
    }
    if (lrw_bool(self, "handleSignals")) {
        php_tq_signals_install();
        r->signals = true;
    }
    r->logged_paused = r->sig->paused != 0;
}

static void lrw_finish(lrw_run *r)
{
    lrw_release(r);
    if (r->signals) {
        php_tq_signals_restore();
    }
    lrw_stash st;
    lrw_stash_begin(&st);
    lrw_log(r->self, "info", "LongRunningWorker finished.");
    lrw_stash_end(&st);
    /* the stop request is used up; a later run() starts afresh */
    r->sig->stop = 0;
    r->sig->paused = 0;
    if (r->own_logger) {
        zval null;
        ZVAL_NULL(&null);
        PHP_TQ_PROP_SET(r->self, W_CE, "logger", &null);
    }
    zval_ptr_dtor(&r->queuer);
}

/* --- LongRunningWorker ----------------------------------------------------------------------- */


ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, __construct)
{
    zval *queuer, *task_log, *signals = NULL;
    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_OBJECT_OF_CLASS(queuer, php_tq_ce_QueuerInterface)
        Z_PARAM_OBJECT_OF_CLASS(task_log, php_tq_ce_TaskLogInterface)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(signals)
    ZEND_PARSE_PARAMETERS_END();
    PHP_TQ_PROP_SET(SELF, W_CE, "queuer", queuer);
    PHP_TQ_PROP_SET(SELF, W_CE, "taskLog", task_log);
#ifdef PHP_WIN32
    lrw_set_bool(SELF, "handleSignals", false);
#else
    lrw_set_bool(SELF, "handleSignals", signals ? zend_is_true(signals) : true);
#endif
}

ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, run)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *queuer = PHP_TQ_PROP(SELF, W_CE, "queuer");
    if (!queuer || Z_TYPE_P(queuer) != IS_OBJECT) {
        php_tq_throw(spl_ce_LogicException, "The worker has no queue to take tasks from.");
        RETURN_THROWS();
    }
    lrw_run r;
    lrw_start(&r, SELF, queuer);
    php_tq_heartbeat_begin(PHP_TQ_PROP(SELF, W_CE, "taskLog"), queuer);
    lrw_log(SELF, "info", "Starting LongRunningWorker.");
    zend_result res = lrw_loop(&r);
    php_tq_heartbeat_end();
    lrw_finish(&r);
    if (res == FAILURE || EG(exception)) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, setMaxIterations)
{
    zval *n;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(n)
    ZEND_PARSE_PARAMETERS_END();
    zval *queuer = PHP_TQ_PROP(SELF, W_CE, "queuer");
    if (!lrw_is(queuer, php_tq_ce_QueueInterface)) {
        php_tq_throw(spl_ce_LogicException, "Limit can be set only if a dedicated queue is set.");
        RETURN_THROWS();
    }
    zend_long limit = zval_get_long(n);
    if (limit < 0) {
        php_tq_throw(spl_ce_InvalidArgumentException, "LongRunningWorker::setMaxIterations(): the limit must be "
                     "0 (none) or a number of tasks, " ZEND_LONG_FMT " given", limit);
        RETURN_THROWS();
    }
    /* tasks, not polls; not multiplied by the batch size (quirk 15) */
    lrw_set_long(SELF, "maxIterations", limit);
    RETURN_OBJ_COPY(SELF);
}

static void lrw_set_limit(INTERNAL_FUNCTION_PARAMETERS, const char *prop, const char *what)
{
    zend_long n;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(n)
    ZEND_PARSE_PARAMETERS_END();
    if (n < 0) {
        php_tq_throw(spl_ce_InvalidArgumentException, "LongRunningWorker::%s(): must be 0 (no limit) or more, "
                     ZEND_LONG_FMT " given", what, n);
        RETURN_THROWS();
    }
    lrw_set_long(SELF, prop, n);
    RETURN_OBJ_COPY(SELF);
}

ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, setTimeLimit)
{
    lrw_set_limit(INTERNAL_FUNCTION_PARAM_PASSTHRU, "timeLimit", "setTimeLimit");
}

ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, setMemoryLimit)
{
    lrw_set_limit(INTERNAL_FUNCTION_PARAM_PASSTHRU, "memoryLimit", "setMemoryLimit");
}

ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, stopWhenEmpty)
{
    bool stop = true;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_BOOL(stop)
    ZEND_PARSE_PARAMETERS_END();
    lrw_set_bool(SELF, "stopWhenEmpty", stop);
    RETURN_OBJ_COPY(SELF);
}

ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, getProcessedCount)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(lrw_long(SELF, "processed"));
}

/* TAO's signal callbacks, public: they set the same flags as the signals (per process,
 * as signals are), so calling them from a task or a pcntl handler works as in TAO. */
ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, shutdown)
{
    ZEND_PARSE_PARAMETERS_NONE();
    php_tq_signals_state()->stop = 1;
}

ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, pauseProcessing)
{
    ZEND_PARSE_PARAMETERS_NONE();
    php_tq_signals_state()->paused = 1;
}

ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, unPauseProcessing)
{
    ZEND_PARSE_PARAMETERS_NONE();
    php_tq_signals_state()->paused = 0;
}

ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, getLogContext)
{
    ZEND_PARSE_PARAMETERS_NONE();
    lrw_context(SELF, return_value);
}

void php_tq_long_running_worker_minit(void)
{
    php_tq_ce_LongRunningWorker = register_class_oat_taoTaskQueue_model_LongRunningWorker(php_tq_ce_AbstractWorker);
    php_tq_ce_StderrLogger = register_class_oat_taoTaskQueue_model_Log_StderrLogger();
}
