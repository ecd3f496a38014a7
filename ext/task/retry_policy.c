/*
 * retry_policy.c: TaskQueue\RetryPolicy, and AbstractTask::setRetryPolicy() /
 * getRetryPolicy(). A policy is its array form checked by src/task/tq_retry (one set of
 * checks for the class, the dispatcher's option and the worker that reads it back from
 * metadata __retry__); the worker's side is ext/worker/retry.c.
 * May touch: the Zend API, ext/spl, common/common, task_shared, src/task/tq_retry.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/spl/spl_exceptions.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "task.h"
#include "task_shared.h"
#include "task/tq_message_key.h"
#include "task/tq_retry.h"
#include "retry_policy_arginfo.h"

zend_class_entry *php_tq_ce_RetryPolicy;

#define RP_CE php_tq_ce_RetryPolicy

zend_result php_tq_retry_policy_check(zval *settings, const char *where, zval *out)
{
    tq_error err;
    tq_error_clear(&err);
    json_t *j = php_tq_zval_to_json(settings, &err);
    if (!j) {
        if (!EG(exception)) {
            php_tq_throw(spl_ce_InvalidArgumentException, "%s: %s", where, err.message);
        }
        return FAILURE;
    }
    tq_retry p;
    int rc = tq_retry_of_json(j, &p, &err);
    json_decref(j);
    if (rc != 0) {
        php_tq_throw(spl_ce_InvalidArgumentException, "%s: %s", where, err.message);
        return FAILURE;
    }
    json_t *norm = tq_retry_to_json(&p);
    tq_retry_clear(&p);
    if (!norm) {
        php_tq_throw(spl_ce_RuntimeException, "%s: out of memory", where);
        return FAILURE;
    }
    php_tq_json_to_zval(norm, out);
    json_decref(norm);
    return SUCCESS;
}

zend_result php_tq_retry_policy_new(zval *settings, const char *where, zval *out)
{
    zval norm;
    if (php_tq_retry_policy_check(settings, where, &norm) == FAILURE) {
        return FAILURE;
    }
    object_init_ex(out, RP_CE);
    PHP_TQ_PROP_SET(Z_OBJ_P(out), RP_CE, "settings", &norm);
    zval_ptr_dtor(&norm);
    return SUCCESS;
}

static zval *rp_settings(zend_object *obj)
{
    zval *s = PHP_TQ_PROP(obj, RP_CE, "settings");
    return s && Z_TYPE_P(s) == IS_ARRAY ? s : NULL;
}

ZEND_METHOD(TaskQueue_RetryPolicy, __construct)
{
    zend_long attempts;
    double backoff = 1.0, max_backoff = 300.0, multiplier = 2.0, jitter = 0.5;
    HashTable *retry_on = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 6)
        Z_PARAM_LONG(attempts)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(backoff)
        Z_PARAM_DOUBLE(max_backoff)
        Z_PARAM_DOUBLE(multiplier)
        Z_PARAM_DOUBLE(jitter)
        Z_PARAM_ARRAY_HT(retry_on)
    ZEND_PARSE_PARAMETERS_END();
    const char *names[] = {"backoff", "max_backoff", "multiplier", "jitter"};
    double values[] = {backoff, max_backoff, multiplier, jitter};
    for (size_t i = 0; i < 4; i++) {
        if (!zend_finite(values[i])) {
            php_tq_throw(spl_ce_InvalidArgumentException, "RetryPolicy: retry policy: %s must be a finite number",
                         names[i]);
            RETURN_THROWS();
        }
    }
    zval s, list;
    array_init(&s);
    add_assoc_long(&s, "attempts", attempts);
    add_assoc_double(&s, "backoff", backoff);
    add_assoc_double(&s, "multiplier", multiplier);
    add_assoc_double(&s, "max_backoff", max_backoff);
    add_assoc_double(&s, "jitter", jitter);
    if (retry_on) {
        ZVAL_ARR(&list, zend_array_dup(retry_on));
    } else {
        array_init(&list);
    }
    add_assoc_zval(&s, "retry_on", &list);
    zval norm;
    if (php_tq_retry_policy_check(&s, "RetryPolicy", &norm) == SUCCESS) {
        PHP_TQ_PROP_SET(Z_OBJ_P(ZEND_THIS), RP_CE, "settings", &norm);
        zval_ptr_dtor(&norm);
    }
    zval_ptr_dtor(&s);
}

ZEND_METHOD(TaskQueue_RetryPolicy, fromArray)
{
    zval *settings;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY(settings)
    ZEND_PARSE_PARAMETERS_END();
    if (php_tq_retry_policy_new(settings, "RetryPolicy::fromArray()", return_value) == FAILURE) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(TaskQueue_RetryPolicy, toArray)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *s = rp_settings(Z_OBJ_P(ZEND_THIS));
    if (!s) {
        zend_throw_error(NULL, "RetryPolicy is not constructed");
        RETURN_THROWS();
    }
    RETURN_COPY(s);
}

ZEND_METHOD(TaskQueue_RetryPolicy, getAttempts)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *s = rp_settings(Z_OBJ_P(ZEND_THIS));
    zval *a = s ? zend_hash_str_find(Z_ARRVAL_P(s), "attempts", 8) : NULL;
    RETURN_LONG(a ? zval_get_long(a) : 1);
}

ZEND_METHOD(TaskQueue_RetryPolicy, getDelay)
{
    zend_long attempt;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(attempt)
    ZEND_PARSE_PARAMETERS_END();
    if (attempt < 1 || attempt > TQ_RETRY_ATTEMPTS_MAX) {
        zend_argument_value_error(1, "must be from 1 to %d", TQ_RETRY_ATTEMPTS_MAX);
        RETURN_THROWS();
    }
    zval *s = rp_settings(Z_OBJ_P(ZEND_THIS));
    tq_error err;
    tq_error_clear(&err);
    json_t *j = s ? php_tq_zval_to_json(s, &err) : NULL;
    tq_retry p;
    if (!j || tq_retry_of_json(j, &p, &err) != 0) {
        json_decref(j);
        zend_throw_error(NULL, "RetryPolicy is not constructed");
        RETURN_THROWS();
    }
    json_decref(j);
    int64_t ms = tq_retry_delay_ms(&p, (int)attempt, 0);
    tq_retry_clear(&p);
    RETURN_DOUBLE((double)ms / 1000.0);
}

/* --- on the task ------------------------------------------------------------------------ */

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, setRetryPolicy)
{
    zval *policy;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS_OR_NULL(policy, RP_CE)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    zval *s = policy ? rp_settings(Z_OBJ_P(policy)) : NULL;
    if (!s) {
        zend_hash_str_del(php_tq_task_bag_write(obj, "metadata"), TQ_KEY_RETRY, sizeof(TQ_KEY_RETRY) - 1);
    } else {
        php_tq_task_bag_set(obj, "metadata", TQ_KEY_RETRY, s);
    }
    RETURN_OBJ_COPY(obj);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, getRetryPolicy)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *s = php_tq_task_bag_find(Z_OBJ_P(ZEND_THIS), "metadata", TQ_KEY_RETRY);
    if (!s || Z_TYPE_P(s) == IS_NULL) {
        RETURN_NULL();
    }
    if (php_tq_retry_policy_new(s, "metadata " TQ_KEY_RETRY, return_value) == FAILURE) {
        RETURN_THROWS();
    }
}

void php_tq_retry_policy_minit(void)
{
    php_tq_ce_RetryPolicy = register_class_TaskQueue_RetryPolicy();
}
