/*
 * long_running_worker_brokers.c: LongRunningWorker and the brokers of the queues it polls
 * (doc/ARCHITECTURE.md, section 9): the idle wait (on a native broker's wait op when one has
 * it, else on the signal pipe), the claim cap passed to native brokers through their hooks,
 * TAO's hasEnoughSpace() rule for brokers written in PHP, and buffered tasks given back when
 * run() ends. Brokers are reached through Queue::getBroker() and the broker hooks only.
 * May touch: the Zend API, common/common, queue/queue.h (broker hooks), worker/long_running_worker.h,
 * src/queue/tq_broker, src/worker/tq_signal.
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
#include "long_running_worker.h"
#include "queue/tq_broker.h"

#define LRW_DISPATCH_SLICE_MS 200    /* without our handlers: pcntl handlers run this often */

/* queue->getBroker(); FAILURE (nothing pending) when it cannot be had. */
static zend_result lrw_broker_of(zval *queue, zval *broker)
{
    if (!php_tq_lrw_is(queue, php_tq_ce_QueueInterface)
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
static void lrw_brokers(php_tq_lrw_run *r, zval *out)
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

/* Before an idle wait: every native broker that can wait is asked without waiting (0 ms),
 * which makes it listen for its queue (PostgreSQL: LISTEN, once per connection) and says
 * whether a task came since its last claim. true: one did (or a signal), do not sleep.
 * *native: the first of them, to wait on. Queues on one persistence share a connection,
 * so waiting on it wakes for any of them (doc/ARCHITECTURE.md, section 9). */
static bool lrw_wait_ready(zval *brokers, php_tq_lrw_run *r, tq_broker **native)
{
    zval *b;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(brokers), b) {
        tq_broker *nb = php_tq_native_broker(Z_OBJ_P(b));
        if (!nb || !nb->ops->wait) {
            continue;
        }
        if (!*native) {
            *native = nb;
        }
        tq_error err;
        tq_error_clear(&err);
        int w = nb->ops->wait(nb, 0, r->sig, &err);
        if (w == TQ_WAIT_READY || w == TQ_WAIT_SIGNAL) {
            return true;
        }
    } ZEND_HASH_FOREACH_END();
    return false;
}

/* Waits up to ms, waking at once on a signal. With use_broker, on the first native
 * broker that can wait (PostgreSQL: LISTEN/NOTIFY), which also wakes when a task comes to
 * any queue on its connection; not at all when one came already (lrw_wait_ready). */
zend_result php_tq_lrw_wait(php_tq_lrw_run *r, zend_long ms, bool use_broker)
{
    zend_long left = php_tq_lrw_time_left_ms(r);
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
        if (lrw_wait_ready(&brokers, r, &native)) {
            zval_ptr_dtor(&brokers);
            return SUCCESS;
        }
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
                php_tq_lrw_log(r->self, "warning", "Waiting on the queue broker failed (%s); sleeping instead.",
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
            if (php_tq_lrw_dispatch_pcntl(r) == FAILURE) {
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
    if (!php_tq_lrw_is(broker, php_tq_ce_AbstractQueueBroker)) {
        return false;
    }
    zend_function *f = zend_hash_str_find_ptr(&Z_OBJCE_P(broker)->function_table, "dorelease",
                                              sizeof("dorelease") - 1);
    return f && f->common.scope != php_tq_ce_AbstractQueueBroker;
}

/* Tells every native broker of the run how many tasks it may claim at most (0: no cap), through
 * its set_claim_cap hook; brokers written in PHP are left to php_tq_lrw_may_claim(). */
void php_tq_lrw_cap_claims(php_tq_lrw_run *r, zend_long cap)
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

/* Before a poll with a limit. Native brokers are capped (php_tq_lrw_cap_claims). A broker in
 * PHP claims its whole batch: TAO's hasEnoughSpace() rule, in tasks — poll when tasks are
 * buffered or the batch fits in what is left; else only if the broker can give the
 * surplus back (it is, on exit). false (logged): stop. */
bool php_tq_lrw_may_claim(php_tq_lrw_run *r, zend_long remaining)
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
            php_tq_lrw_log(r->self, "info", ZEND_LONG_FMT " task(s) left before the limit, fewer than the "
                    ZEND_LONG_FMT " the broker claims at once, and it cannot give tasks back; stopping.",
                    remaining, batch);
            ok = false;
        }
    }
    zval_ptr_dtor(&broker);
    return ok;
}

/* Gives every buffered task back to its broker (any exception pending is kept). */
void php_tq_lrw_release(php_tq_lrw_run *r)
{
    php_tq_lrw_stash st;
    php_tq_lrw_stash_begin(&st);
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
            zend_string *msg = php_tq_lrw_take_exception();
            if (!msg) {
                break; /* exit() or an \Error: it goes on up */
            }
            php_tq_lrw_log(r->self, "error", "Giving buffered tasks back to the %s broker failed: %s",
                    ZSTR_VAL(Z_OBJCE_P(b)->name), ZSTR_VAL(msg));
            zend_string_release(msg);
            continue;
        }
        zend_long n = zval_get_long(&rv);
        zval_ptr_dtor(&rv);
        if (n > 0) {
            php_tq_lrw_log(r->self, "info", ZEND_LONG_FMT " buffered task(s) given back to the queue.", n);
        }
        if (php_tq_call(b, "hasPreFetchedMessages", &rv, 0, NULL) == SUCCESS) {
            if (zend_is_true(&rv)) {
                php_tq_lrw_log(r->self, "warning", "The %s broker still holds buffered tasks it cannot give back; "
                        "they stay claimed until the backend hands them out again.", ZSTR_VAL(Z_OBJCE_P(b)->name));
            }
            zval_ptr_dtor(&rv);
        } else if (EG(exception) && !zend_is_unwind_exit(EG(exception))) {
            zend_clear_exception();
        }
    } ZEND_HASH_FOREACH_END();
    zval_ptr_dtor(&brokers);
    php_tq_lrw_stash_end(&st);
}
