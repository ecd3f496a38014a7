/*
 * task_shared.c: what the Task group's class files share (task_shared.h): AbstractTask's
 * private array properties, its DateTime values in UTC, and the clone, worker-context
 * and JSON steps CallbackTask extends.
 * May touch: the Zend API, ext/date, ext/spl, common/common, src/task/tq_envelope.
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

/* --- the array properties ("bags") of AbstractTask ------------------------------------ */

/* The zval of AbstractTask's private array property `name`. Never NULL: a property
 * that is somehow not an array (only reachable through Reflection) is reset to []. */
zval *php_tq_task_bag(zend_object *obj, const char *name)
{
    zval *zv = php_tq_prop(obj, php_tq_ce_AbstractTask, name, strlen(name));
    if (zv) {
        ZVAL_DEREF(zv);
    }
    if (!zv || Z_TYPE_P(zv) != IS_ARRAY) {
        zval empty;
        ZVAL_EMPTY_ARRAY(&empty);
        php_tq_prop_set(obj, php_tq_ce_AbstractTask, name, strlen(name), &empty);
        zv = php_tq_prop(obj, php_tq_ce_AbstractTask, name, strlen(name));
        ZVAL_DEREF(zv);
    }
    return zv;
}

HashTable *php_tq_task_bag_read(zend_object *obj, const char *name)
{
    return Z_ARRVAL_P(php_tq_task_bag(obj, name));
}

/* Fetched again for every write: user code run in between (iterators, destructors)
 * may have replaced the array. */
HashTable *php_tq_task_bag_write(zend_object *obj, const char *name)
{
    zval *zv = php_tq_task_bag(obj, name);
    SEPARATE_ARRAY(zv);
    return Z_ARRVAL_P(zv);
}

/* bag[key] = value (value is copied), with PHP's array-key rules for the key. */
void php_tq_task_bag_set(zend_object *obj, const char *bag, const char *key, zval *value)
{
    Z_TRY_ADDREF_P(value);
    zend_symtable_str_update(php_tq_task_bag_write(obj, bag), key, strlen(key), value);
}

/* Same, taking over the caller's reference to value. */
void php_tq_task_bag_set_owned(zend_object *obj, const char *bag, const char *key, zval *value)
{
    zend_symtable_str_update(php_tq_task_bag_write(obj, bag), key, strlen(key), value);
}

zval *php_tq_task_bag_find(zend_object *obj, const char *bag, const char *key)
{
    zval *v = zend_symtable_str_find(php_tq_task_bag_read(obj, bag), key, strlen(key));
    if (v) {
        ZVAL_DEREF(v);
    }
    return v;
}

/* --- dates ------------------------------------------------------------------------ */

zend_result php_tq_task_child_id_is_new(HashTable *children, zval *id)
{
    zval *child;
    ZEND_HASH_FOREACH_VAL(children, child) {
        if (fast_equal_check_function(id, child)) {
            zend_string *s = zval_try_get_string(id);
            if (s) {
                php_tq_throw(spl_ce_InvalidArgumentException, "Child %s has been added.", ZSTR_VAL(s));
                zend_string_release(s);
            }
            return FAILURE;
        }
        if (EG(exception)) {
            return FAILURE;
        }
    } ZEND_HASH_FOREACH_END();
    return EG(exception) ? FAILURE : SUCCESS;
}

/* A \DateTime in UTC (timezone type 3, like `new \DateTime('now', new \DateTimeZone('UTC'))`)
 * from a date-time string that carries its zone. */
static zend_result tq_datetime(zval *out, const char *text, size_t len)
{
    php_date_instantiate(php_date_get_date_ce(), out);
    if (!php_date_initialize(Z_PHPDATE_P(out), text, len, NULL, NULL, PHP_DATE_INIT_CTOR)) {
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        if (!EG(exception)) {
            php_tq_throw(spl_ce_RuntimeException, "Cannot build a DateTime from \"%s\"", text);
        }
        return FAILURE;
    }
    return SUCCESS;
}

zend_result php_tq_task_now_utc(zval *out)
{
    return tq_datetime(out, "now UTC", sizeof("now UTC") - 1);
}

zend_result php_tq_task_datetime_from_instant(zval *out, const tq_instant *t)
{
    char buf[64];
    if (tq_instant_format_utc(t, buf, sizeof(buf) - 4) == 0) {
        strcat(buf, " UTC");
    } else {
        /* years outside 0000..9999: "@<seconds>" is the one form PHP reads for them */
        snprintf(buf, sizeof(buf), "@%lld.%06d", (long long)t->sec, (int)t->usec);
    }
    return tq_datetime(out, buf, strlen(buf));
}

/* DateTime::format('c') of the same instant in UTC ("2018-10-22T15:40:52+00:00"). */
static zend_string *tq_format_c_utc(zval *date)
{
    zval ts;
    if (php_tq_call(date, "getTimestamp", &ts, 0, NULL) == FAILURE) {
        return NULL;
    }
    zend_long sec = zval_get_long(&ts);
    zval_ptr_dtor(&ts);
    return php_format_date("c", 1, (time_t)sec, false);
}

/* --- task state ------------------------------------------------------------------ */

/* A clone is a new task: new id, new created-at, everything else copied. */
zend_result php_tq_task_clone(zend_object *obj)
{
    zval id, now;
    if (php_tq_task_now_utc(&now) == FAILURE) {
        return FAILURE;
    }
    ZVAL_STR(&id, php_tq_new_uri());
    php_tq_task_bag_set_owned(obj, "metadata", TQ_MD_ID, &id);
    php_tq_task_bag_set_owned(obj, "metadata", TQ_MD_CREATED_AT, &now);
    return SUCCESS;
}

void php_tq_task_set_worker_context(zend_object *obj)
{
    zval t;
    ZVAL_TRUE(&t);
    PHP_TQ_PROP_SET(obj, php_tq_ce_AbstractTask, "workerContext", &t);
}

/* ['taskFqcn' => runtime class, 'metadata' => copy with __created_at__ as 'c' in UTC,
 * 'parameters' => parameters]. */
void php_tq_task_json(zend_object *obj, zval *return_value)
{
    zval md;
    ZVAL_ARR(&md, zend_array_dup(php_tq_task_bag_read(obj, "metadata")));
    zval *at = zend_hash_str_find(Z_ARRVAL(md), TQ_MD_CREATED_AT, sizeof(TQ_MD_CREATED_AT) - 1);
    if (at) {
        ZVAL_DEREF(at);
    }
    if (at && Z_TYPE_P(at) == IS_OBJECT && instanceof_function(Z_OBJCE_P(at), php_date_get_interface_ce())) {
        zend_string *c = tq_format_c_utc(at);
        if (!c) {
            zval_ptr_dtor(&md);
            return;
        }
        zval zc;
        ZVAL_STR(&zc, c);
        zend_hash_str_update(Z_ARRVAL(md), TQ_MD_CREATED_AT, sizeof(TQ_MD_CREATED_AT) - 1, &zc);
    }
    array_init_size(return_value, 3);
    add_assoc_str(return_value, "taskFqcn", zend_string_copy(obj->ce->name));
    add_assoc_zval(return_value, "metadata", &md);
    zval *params = php_tq_task_bag(obj, "parameters");
    Z_TRY_ADDREF_P(params);
    add_assoc_zval(return_value, "parameters", params);
}
