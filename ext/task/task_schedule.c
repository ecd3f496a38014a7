/*
 * task_schedule.c: delayed, scheduled and unique tasks on AbstractTask (setDelay, setRunAt,
 * getRunAt, setUniqueKey, getUniqueKey). The values travel in the task's metadata under our
 * keys (src/task/tq_message_key.h), so TAO's PHP code reads and writes such a task like any
 * other; the limits are src/task/tq_schedule.h's, shared with the brokers that read them.
 * A refused value throws \InvalidArgumentException naming the problem and changes nothing.
 * May touch: the Zend API, ext/date, ext/spl, common/common, task_shared, task/tq_schedule.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/date/php_date.h"
#include "ext/spl/spl_exceptions.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "task.h"
#include "task_shared.h"
#include "task/tq_message_key.h"
#include "task/tq_schedule.h"

/* The error of a refused value as \InvalidArgumentException. */
static void tq_sched_throw(const tq_error *err)
{
    php_tq_throw(spl_ce_InvalidArgumentException, "%s", err->message);
}

/* metadata[__run_at__] = the ISO-8601 text of at_ms, or removed when remove. */
static void tq_sched_set_run_at(zend_object *obj, int64_t at_ms, bool remove)
{
    if (remove) {
        zend_hash_str_del(php_tq_task_bag_write(obj, "metadata"), TQ_KEY_RUN_AT, sizeof(TQ_KEY_RUN_AT) - 1);
        return;
    }
    char buf[48];
    tq_schedule_format(at_ms, 0, buf, sizeof(buf));   /* in range: checked against now + a year */
    zval zs;
    ZVAL_STRING(&zs, buf);
    php_tq_task_bag_set_owned(obj, "metadata", TQ_KEY_RUN_AT, &zs);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, setDelay)
{
    zend_long seconds;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(seconds)
    ZEND_PARSE_PARAMETERS_END();
    tq_error err;
    tq_error_clear(&err);
    if (tq_schedule_check_delay((int64_t)seconds, &err) != 0) {
        tq_sched_throw(&err);
        RETURN_THROWS();
    }
    tq_sched_set_run_at(Z_OBJ_P(ZEND_THIS), tq_schedule_now_ms() + (int64_t)seconds * 1000, seconds == 0);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, setRunAt)
{
    zval *at;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(at, php_date_get_interface_ce())
    ZEND_PARSE_PARAMETERS_END();
    zval fmt, ms;
    ZVAL_STRING(&fmt, "Uv");   /* seconds and milliseconds since the epoch */
    zend_result r = php_tq_call(at, "format", &ms, 1, &fmt);
    zval_ptr_dtor(&fmt);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
    int64_t at_ms = (int64_t)zval_get_long(&ms);
    zval_ptr_dtor(&ms);
    tq_error err;
    tq_error_clear(&err);
    if (tq_schedule_check_run_at(at_ms, tq_schedule_now_ms(), &err) != 0) {
        tq_sched_throw(&err);
        RETURN_THROWS();
    }
    tq_sched_set_run_at(Z_OBJ_P(ZEND_THIS), at_ms, false);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, getRunAt)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *v = php_tq_task_bag_find(Z_OBJ_P(ZEND_THIS), "metadata", TQ_KEY_RUN_AT);
    if (!v || Z_TYPE_P(v) != IS_STRING) {
        RETURN_NULL();
    }
    php_date_instantiate(php_date_get_immutable_ce(), return_value);
    if (!php_date_initialize(Z_PHPDATE_P(return_value), Z_STRVAL_P(v), Z_STRLEN_P(v), NULL, NULL, 0)) {
        zval_ptr_dtor(return_value);
        if (!EG(exception)) {
            php_tq_throw(spl_ce_UnexpectedValueException, "metadata " TQ_KEY_RUN_AT " is not a date-time");
        }
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, setUniqueKey)
{
    zend_string *key;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR_OR_NULL(key)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    if (!key) {
        zend_hash_str_del(php_tq_task_bag_write(obj, "metadata"), TQ_KEY_UNIQUE_KEY, sizeof(TQ_KEY_UNIQUE_KEY) - 1);
        RETURN_OBJ_COPY(obj);
    }
    tq_error err;
    tq_error_clear(&err);
    if (tq_schedule_check_unique_key(ZSTR_VAL(key), ZSTR_LEN(key), &err) != 0) {
        tq_sched_throw(&err);
        RETURN_THROWS();
    }
    zval zs;
    ZVAL_STR_COPY(&zs, key);
    php_tq_task_bag_set_owned(obj, "metadata", TQ_KEY_UNIQUE_KEY, &zs);
    RETURN_OBJ_COPY(obj);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, getUniqueKey)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *v = php_tq_task_bag_find(Z_OBJ_P(ZEND_THIS), "metadata", TQ_KEY_UNIQUE_KEY);
    if (v && Z_TYPE_P(v) == IS_STRING) {
        RETURN_COPY(v);
    }
    RETURN_NULL();
}
