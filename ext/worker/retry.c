/*
 * worker/retry.c: a failed task under a retry policy (README "Retries and dead letters").
 * The policy, the attempt number and the earlier attempts' errors travel in the task's
 * metadata (src/task/tq_retry.h), so any worker on any host decides alone: another attempt
 * after an exponential, jittered, capped delay (the same task id; Task Log 'enqueued'), or,
 * after the last attempt or an exception the policy does not retry, a dead letter: 'failed'
 * with every attempt's error in its report, the message kept aside where the stuck-task tools
 * list and restart it. The broker's reschedule hook does either in one step; other brokers
 * get a pushed copy and an acknowledgement.
 * May touch: the Zend API, common/common, queue/queue.h, task/task.h, src/task/tq_retry,
 * src/task/tq_schedule, src/task_log/tq_report, src/queue/tq_selector (its generator).
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "../queue/queue.h"
#include "../task/task.h"
#include "retry.h"
#include "task/tq_message_key.h"
#include "task/tq_retry.h"
#include "task/tq_schedule.h"
#include "task_log/tq_report.h"
#include "queue/tq_selector.h"

#define ATTEMPT_MAX 1000000   /* an __attempt__ beyond this is not ours: read as 1 */

/* task->getMetadata(key) into out (UNDEF when it throws; the exception is cleared). */
static void md_get(zval *task, const char *key, zval *out)
{
    if (php_tq_task_metadata(task, key, out) == FAILURE) {
        zend_clear_exception();
    }
}

/* task->setMetadata(key, value); value is taken. FAILURE with the exception cleared. */
static zend_result md_set(zval *task, const char *key, zval *value)
{
    zval a[2], rv;
    ZVAL_STRING(&a[0], key);
    ZVAL_COPY_VALUE(&a[1], value);
    zend_result r = php_tq_call(task, "setMetadata", &rv, 2, a);
    if (r == SUCCESS) {
        zval_ptr_dtor(&rv);
    }
    zend_clear_exception();
    zval_ptr_dtor(&a[0]);
    zval_ptr_dtor(&a[1]);
    return r;
}

/* The Queue the task came from: the dispatcher's record of its dequeue (or its only queue),
 * or the queuer itself when it is a Queue. */
static bool source_queue(zval *queuer, zval *task, zval *out)
{
    ZVAL_UNDEF(out);
    if (Z_TYPE_P(queuer) != IS_OBJECT) {
        return false;
    }
    if (instanceof_function(Z_OBJCE_P(queuer), php_tq_ce_QueueInterface)) {
        ZVAL_COPY(out, queuer);
        return true;
    }
    zend_string *name = php_tq_dispatcher_source_of(queuer, task);
    if (!name) {
        zval qs;
        if (php_tq_call(queuer, "getQueues", &qs, 0, NULL) == SUCCESS && Z_TYPE(qs) == IS_ARRAY
            && zend_hash_num_elements(Z_ARRVAL(qs)) == 1) {
            zval *only = zend_hash_get_current_data(Z_ARRVAL(qs));
            if (Z_TYPE_P(only) == IS_OBJECT) {
                ZVAL_COPY(out, only);
            }
        }
        zend_clear_exception();
        zval_ptr_dtor(&qs);
        return Z_TYPE_P(out) == IS_OBJECT;
    }
    zval arg;
    ZVAL_STR(&arg, name);
    if (php_tq_call(queuer, "getQueue", out, 1, &arg) == FAILURE || Z_TYPE_P(out) != IS_OBJECT) {
        zend_clear_exception();
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
    }
    zend_string_release(name);
    return Z_TYPE_P(out) == IS_OBJECT;
}

/* The task's policy; 0 none, 1 read, -1 present but not usable (note written). */
static int read_policy(zval *task, tq_retry *p, php_tq_retry_plan *plan)
{
    zval v;
    md_get(task, TQ_KEY_RETRY, &v);
    if (Z_TYPE(v) == IS_UNDEF || Z_TYPE(v) == IS_NULL) {
        return 0;
    }
    tq_error err;
    tq_error_clear(&err);
    json_t *j = php_tq_zval_to_json(&v, &err);
    zend_clear_exception();
    zval_ptr_dtor(&v);
    int rc = j ? tq_retry_of_json(j, p, &err) : -1;
    json_decref(j);
    if (rc != 0) {
        snprintf(plan->note, sizeof(plan->note), "metadata " TQ_KEY_RETRY " is not a usable policy (%s)", err.message);
        return -1;
    }
    return 1;
}

static int read_attempt(zval *task)
{
    zval v;
    md_get(task, TQ_KEY_ATTEMPT, &v);
    zend_long n = Z_TYPE(v) == IS_LONG ? Z_LVAL(v) : 1;
    zval_ptr_dtor(&v);
    return n >= 1 && n <= ATTEMPT_MAX ? (int)n : 1;
}

/* The earlier attempts' errors (strings only, at most max) followed by this run's. */
static void collect_errors(zval *task, const char *now, int max, zval *out)
{
    array_init(out);
    zval v, *e;
    md_get(task, TQ_KEY_ERRORS, &v);
    if (Z_TYPE(v) == IS_ARRAY) {
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL(v), e) {
            if (Z_TYPE_P(e) == IS_STRING && (int)zend_hash_num_elements(Z_ARRVAL_P(out)) < max) {
                add_next_index_str(out, zend_string_copy(Z_STR_P(e)));
            }
        } ZEND_HASH_FOREACH_END();
    }
    zval_ptr_dtor(&v);
    add_next_index_string(out, now);
}

static bool retries_on(const tq_retry *p, zend_class_entry *exc)
{
    if (!exc) {
        return false;          /* an error report was the task's own verdict */
    }
    if (p->n_retry_on == 0) {
        return true;
    }
    for (size_t i = 0; i < p->n_retry_on; i++) {
        zend_string *name = zend_string_init(p->retry_on[i], strlen(p->retry_on[i]), 0);
        zend_class_entry *ce = zend_lookup_class_ex(name, NULL, ZEND_FETCH_CLASS_NO_AUTOLOAD);
        zend_string_release(name);
        if (ce && instanceof_function(exc, ce)) {
            return true;
        }
    }
    return false;
}

/* "Class: message" of the exception, or the run report's message. */
static char *error_text(zend_class_entry *exc, zend_string *exc_msg, const json_t *run_report)
{
    if (!exc) {
        const char *m = json_string_value(json_object_get(run_report, "message"));
        return tq_retry_error_text("Error report", m ? m : "the task reported an error");
    }
    return tq_retry_error_text(ZSTR_VAL(exc->name), exc_msg ? ZSTR_VAL(exc_msg) : "");
}

static json_t *again_report(php_tq_retry_plan *plan, zend_string *id, const json_t *run_report)
{
    tq_error err;
    tq_error_clear(&err);
    json_t *root = tq_report_newf(TQ_REPORT_WARNING, NULL, &err, "Attempt %d of %d of task %s failed; it runs again "
                                  "in %.1f s.", plan->attempt, plan->attempts, ZSTR_VAL(id),
                                  (double)plan->delay_ms / 1000.0);
    json_t *child = run_report ? json_deep_copy(run_report) : NULL;
    if (root && child && tq_report_add(root, child, &err) != 0) {
        json_decref(child);
    }
    return root;
}

static json_t *dead_report(php_tq_retry_plan *plan, zend_string *id, zend_class_entry *exc, bool retryable,
                           zval *errors)
{
    tq_error err;
    tq_error_clear(&err);
    json_t *root = retryable
        ? tq_report_newf(TQ_REPORT_ERROR, NULL, &err, "Task %s failed on attempt %d of %d; no attempt is left.",
                         ZSTR_VAL(id), plan->attempt, plan->attempts)
        : tq_report_newf(TQ_REPORT_ERROR, NULL, &err, "Task %s failed on attempt %d of %d with %s, which its retry "
                         "policy does not retry.", ZSTR_VAL(id), plan->attempt, plan->attempts,
                         exc ? ZSTR_VAL(exc->name) : "an error report");
    zval *e;
    int n = 0;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(errors), e) {
        json_t *c = tq_report_newf(TQ_REPORT_ERROR, NULL, &err, "Attempt %d: %s", ++n, Z_STRVAL_P(e));
        if (root && c && tq_report_add(root, c, &err) != 0) {
            json_decref(c);
        } else if (!root) {
            json_decref(c);
        }
    } ZEND_HASH_FOREACH_END();
    return root;
}

/* The metadata of the next message: the next attempt, or (dead) none of ours. */
static zend_result update_metadata(zval *task, php_tq_retry_plan *plan, zval *errors)
{
    zval a, e, at;
    if (plan->kind == PHP_TQ_RETRY_DEAD) {
        ZVAL_NULL(&a);
        ZVAL_NULL(&e);
        ZVAL_NULL(&at);
    } else {
        ZVAL_LONG(&a, plan->attempt + 1);
        ZVAL_COPY(&e, errors);
        ZVAL_NULL(&at);
        if (plan->delay_ms > 0) {
            char buf[48];
            tq_schedule_format(tq_schedule_now_ms() + plan->delay_ms, 0, buf, sizeof(buf));
            ZVAL_STRING(&at, buf);
        }
    }
    zend_result r = md_set(task, TQ_KEY_ATTEMPT, &a);
    r = md_set(task, TQ_KEY_ERRORS, &e) == SUCCESS ? r : FAILURE;
    r = md_set(task, TQ_KEY_RUN_AT, &at) == SUCCESS ? r : FAILURE;
    return r;
}

void php_tq_retry_plan_make(zval *queuer, zval *task, zend_string *id, zend_class_entry *exc, zend_string *exc_msg,
                            const json_t *run_report, php_tq_retry_plan *plan)
{
    memset(plan, 0, sizeof(*plan));
    ZVAL_UNDEF(&plan->queue);
    tq_retry p;
    tq_retry_init(&p);
    if (read_policy(task, &p, plan) != 1) {
        return;
    }
    zval sync;
    if (!source_queue(queuer, task, &plan->queue)) {
        snprintf(plan->note, sizeof(plan->note), "the queue that delivered it is not known");
    } else if (php_tq_call(&plan->queue, "isSync", &sync, 0, NULL) == SUCCESS && zend_is_true(&sync)) {
        snprintf(plan->note, sizeof(plan->note), "a sync queue runs each task once");
    }
    zend_clear_exception();
    if (plan->note[0]) {
        tq_retry_clear(&p);
        return;
    }
    plan->attempt = read_attempt(task);
    plan->attempts = p.attempts;
    bool retryable = retries_on(&p, exc);
    plan->kind = retryable && plan->attempt < p.attempts ? PHP_TQ_RETRY_AGAIN : PHP_TQ_RETRY_DEAD;
    char *now = error_text(exc, exc_msg, run_report);
    zval errors;
    collect_errors(task, now ? now : "unknown error", p.attempts, &errors);
    free(now);
    if (plan->kind == PHP_TQ_RETRY_AGAIN) {
        tq_rng rng;
        tq_rng_seed_os(&rng);
        double u = (double)(tq_rng_next(&rng) >> 11) / 9007199254740992.0;   /* [0, 1) from 53 bits */
        plan->delay_ms = tq_retry_delay_ms(&p, plan->attempt, u);
        plan->report = again_report(plan, id, run_report);
    } else {
        plan->report = dead_report(plan, id, exc, retryable, &errors);
    }
    tq_retry_clear(&p);
    if (update_metadata(task, plan, &errors) == FAILURE || !(plan->body = php_tq_task_serialize(task))) {
        zend_clear_exception();
        snprintf(plan->note, sizeof(plan->note), "its metadata cannot be updated or its JSON written");
        plan->kind = PHP_TQ_RETRY_NONE;
    }
    zval_ptr_dtor(&errors);
}

/* Another broker: a copy pushed (due at once where the broker has no due times) and the
 * original acknowledged; a dead letter is only acknowledged. */
static int apply_generic(zval *queuer, zval *task, zval *broker, const php_tq_broker_hooks *hooks,
                         php_tq_retry_plan *plan, tq_error *err)
{
    if (plan->kind == PHP_TQ_RETRY_AGAIN) {
        if (!(hooks && (hooks->schedules & PHP_TQ_DELAYS))) {
            zval none;
            ZVAL_NULL(&none);
            md_set(task, TQ_KEY_RUN_AT, &none);
            plan->delay_ms = 0;
        }
        zval rv;
        if (php_tq_call(broker, "push", &rv, 1, task) == FAILURE) {
            zend_string *why = php_tq_take_exception_message();
            tq_error_set(err, TQ_ERR_IO, "pushing its next attempt failed: %s", why ? ZSTR_VAL(why) : "unknown error");
            if (why) {
                zend_string_release(why);
            }
            return -1;
        }
        zval_ptr_dtor(&rv);
    }
    if (php_tq_call(queuer, "acknowledge", NULL, 1, task) == FAILURE) {
        zend_string *why = php_tq_take_exception_message();
        tq_error_set(err, TQ_ERR_IO, "acknowledging the failed message failed: %s", why ? ZSTR_VAL(why) : "unknown error");
        if (why) {
            zend_string_release(why);
        }
        return -1;
    }
    return 1;
}

int php_tq_retry_apply(zval *queuer, zval *task, zend_string *id, php_tq_retry_plan *plan, tq_error *err)
{
    zval broker;
    if (php_tq_call(&plan->queue, "getBroker", &broker, 0, NULL) == FAILURE || Z_TYPE(broker) != IS_OBJECT) {
        zend_string *why = php_tq_take_exception_message();
        tq_error_set(err, TQ_ERR_IO, "its queue has no broker: %s", why ? ZSTR_VAL(why) : "getBroker() gave none");
        if (why) {
            zend_string_release(why);
        }
        zval_ptr_dtor(&broker);
        return -1;
    }
    const php_tq_broker_hooks *hooks = php_tq_broker_hooks_of(Z_OBJ(broker));
    int rc = 0;
    if (hooks && hooks->reschedule) {
        rc = hooks->reschedule(Z_OBJ(broker), task, id, plan->body, plan->delay_ms,
                               plan->kind == PHP_TQ_RETRY_DEAD, err);
        zend_clear_exception();
    }
    if (rc == 0) {
        rc = apply_generic(queuer, task, &broker, hooks, plan, err);
    } else if (rc > 0) {
        /* never acknowledged: the dispatcher's record of where it came from goes now */
        php_tq_dispatcher_forget_source(queuer, id);
        rc = rc == 2 ? 0 : 1;
    }
    zval_ptr_dtor(&broker);
    return rc;
}

void php_tq_retry_plan_free(php_tq_retry_plan *plan)
{
    json_decref(plan->report);
    zval_ptr_dtor(&plan->queue);
    if (plan->body) {
        zend_string_release(plan->body);
    }
    memset(plan, 0, sizeof(*plan));
    ZVAL_UNDEF(&plan->queue);
}
