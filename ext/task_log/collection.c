/*
 * collection.c: TasksLogsStats (counts by category) and CollectionInterface /
 * TaskLogCollection (the entities a search returns).
 * State lives in the declared properties of the stubs. May touch: the Zend API, ext/json, ext/spl.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "ext/json/php_json.h"
#include "ext/spl/spl_array.h"
#include "ext/spl/spl_exceptions.h"
#include "../php_taskqueue.h"
#include "task_log_shared.h"
#include "collection_arginfo.h"

zend_class_entry *php_tq_ce_TasksLogsStats;
zend_class_entry *php_tq_ce_CollectionInterface;
zend_class_entry *php_tq_ce_TaskLogCollection;

#define THIS_OBJ Z_OBJ_P(ZEND_THIS)
/* Returns $this from a fluent method. */
#define RETURN_THIS() RETURN_OBJ_COPY(THIS_OBJ)

/* Drops a half-built return value and leaves with the pending exception. */
#define TQ_FAIL_RETURN() do { zval_ptr_dtor(return_value); ZVAL_NULL(return_value); RETURN_THROWS(); } while (0)

/* ========================================================================================
 * TasksLogsStats
 * ===================================================================================== */

static const char *const tq_stats_props[] = {
    "numberOfTasksCompleted", "numberOfTasksFailed", "numberOfTasksInProgress", "numberOfTasksEnqueued"
};

static void tq_stats_set(zend_object *obj, zval *values /* [4] */)
{
    for (int i = 0; i < 4; i++) {
        php_tq_prop_set(obj, php_tq_ce_TasksLogsStats, tq_stats_props[i], strlen(tq_stats_props[i]), &values[i]);
    }
}

void php_tq_stats_new(zend_long completed, zend_long failed, zend_long in_progress, zend_long enqueued, zval *out)
{
    zval v[4];
    ZVAL_LONG(&v[0], completed);
    ZVAL_LONG(&v[1], failed);
    ZVAL_LONG(&v[2], in_progress);
    ZVAL_LONG(&v[3], enqueued);
    object_init_ex(out, php_tq_ce_TasksLogsStats);
    tq_stats_set(Z_OBJ_P(out), v);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TasksLogsStats, __construct)
{
    zval v[4];
    zval *completed, *failed, *in_progress, *enqueued = NULL;
    ZEND_PARSE_PARAMETERS_START(3, 4)
        Z_PARAM_ZVAL(completed)
        Z_PARAM_ZVAL(failed)
        Z_PARAM_ZVAL(in_progress)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(enqueued)
    ZEND_PARSE_PARAMETERS_END();
    ZVAL_COPY_VALUE(&v[0], completed);
    ZVAL_COPY_VALUE(&v[1], failed);
    ZVAL_COPY_VALUE(&v[2], in_progress);
    /* TAO's three-figure stats (no 4th argument) keep TAO's three JSON keys */
    if (enqueued) {
        ZVAL_COPY_VALUE(&v[3], enqueued);
    } else {
        ZVAL_NULL(&v[3]);
    }
    tq_stats_set(THIS_OBJ, v);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TasksLogsStats, buildFromArray)
{
    HashTable *raw;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY_HT(raw)
    ZEND_PARSE_PARAMETERS_END();
    static const char *const keys[] = {"completedtasks", "failedtasks", "inprogresstasks"};
    zval v[4];
    for (int i = 0; i < 3; i++) {
        zval *x = zend_hash_str_find(raw, keys[i], strlen(keys[i]));
        if (!x) {
            php_tq_throw(spl_ce_InvalidArgumentException,
                         "TasksLogsStats::buildFromArray(): the key \"%s\" is missing", keys[i]);
            RETURN_THROWS();
        }
        ZVAL_COPY_VALUE(&v[i], x);
    }
    zval *x = zend_hash_str_find(raw, "enqueuedtasks", sizeof("enqueuedtasks") - 1);
    if (x) {
        ZVAL_COPY_VALUE(&v[3], x);
    } else {
        ZVAL_NULL(&v[3]);
    }
    object_init_ex(return_value, php_tq_ce_TasksLogsStats);
    tq_stats_set(Z_OBJ_P(return_value), v);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TasksLogsStats, getNumberOfTasksCompleted)
{
    php_tq_prop_return(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_tq_ce_TasksLogsStats, tq_stats_props[0]);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TasksLogsStats, getNumberOfTasksFailed)
{
    php_tq_prop_return(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_tq_ce_TasksLogsStats, tq_stats_props[1]);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TasksLogsStats, getNumberOfTasksInProgress)
{
    php_tq_prop_return(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_tq_ce_TasksLogsStats, tq_stats_props[2]);
}

/* The enqueued figure: null when the stats were built from TAO's three figures only. */
static zval *tq_stats_enqueued(zend_object *obj)
{
    zval *v = php_tq_prop(obj, php_tq_ce_TasksLogsStats, tq_stats_props[3], strlen(tq_stats_props[3]));
    if (v) {
        ZVAL_DEREF(v);
    }
    return v && Z_TYPE_P(v) != IS_NULL ? v : NULL;
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TasksLogsStats, getNumberOfTasksEnqueued)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *v = tq_stats_enqueued(THIS_OBJ);
    if (!v) {
        RETURN_LONG(0);
    }
    RETURN_COPY(v);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TasksLogsStats, jsonSerialize)
{
    ZEND_PARSE_PARAMETERS_NONE();
    /* numberOfTasksEnqueued only when counted (quirk 10): stats built as TAO builds
     * them serialize to TAO's three keys */
    int n = tq_stats_enqueued(THIS_OBJ) ? 4 : 3;
    array_init_size(return_value, n);
    for (int i = 0; i < n; i++) {
        zval *v = php_tq_prop(THIS_OBJ, php_tq_ce_TasksLogsStats, tq_stats_props[i], strlen(tq_stats_props[i]));
        zval copy;
        if (v) {
            ZVAL_COPY_DEREF(&copy, v);
        } else {
            ZVAL_NULL(&copy);
        }
        add_assoc_zval(return_value, tq_stats_props[i], &copy);
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TasksLogsStats, toArray)
{
    ZEND_PARSE_PARAMETERS_NONE();
    php_tq_call(ZEND_THIS, "jsonSerialize", return_value, 0, NULL);
}

/* ========================================================================================
 * TaskLogCollection
 * ===================================================================================== */

static HashTable *tq_logs(zend_object *obj)
{
    zval *v = PHP_TQ_PROP(obj, php_tq_ce_TaskLogCollection, "taskLogs");
    if (!v) {
        return NULL;
    }
    ZVAL_DEREF(v);
    return Z_TYPE_P(v) == IS_ARRAY ? Z_ARRVAL_P(v) : NULL;
}

void php_tq_collection_new(zval *entities, zval *out)
{
    object_init_ex(out, php_tq_ce_TaskLogCollection);
    PHP_TQ_PROP_SET(Z_OBJ_P(out), php_tq_ce_TaskLogCollection, "taskLogs", entities);
    zval_ptr_dtor(entities);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, __construct)
{
    zval *logs;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY(logs)
    ZEND_PARSE_PARAMETERS_END();
    zend_string *key;
    zend_ulong idx;
    zval *v;
    ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(logs), idx, key, v) {
        ZVAL_DEREF(v);
        if (Z_TYPE_P(v) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(v), php_tq_ce_EntityInterface)) {
            if (key) {
                php_tq_throw(spl_ce_InvalidArgumentException,
                             "TaskLogCollection::__construct(): item \"%s\" is %s, not an EntityInterface",
                             ZSTR_VAL(key), zend_zval_type_name(v));
            } else {
                php_tq_throw(spl_ce_InvalidArgumentException,
                             "TaskLogCollection::__construct(): item " ZEND_ULONG_FMT " is %s, not an EntityInterface",
                             idx, zend_zval_type_name(v));
            }
            RETURN_THROWS();
        }
    } ZEND_HASH_FOREACH_END();
    PHP_TQ_PROP_SET(THIS_OBJ, php_tq_ce_TaskLogCollection, "taskLogs", logs);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, createFromArray)
{
    HashTable *rows;
    zend_string *format = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ARRAY_HT(rows)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR(format)
    ZEND_PARSE_PARAMETERS_END();
    zval logs;
    array_init_size(&logs, zend_hash_num_elements(rows));
    zval *row;
    ZEND_HASH_FOREACH_VAL(rows, row) {
        zval entity;
        if (php_tq_entity_from_row(row, format ? ZSTR_VAL(format) : PHP_TQ_LOG_DATE_FORMAT, &entity) == FAILURE) {
            zval_ptr_dtor(&logs);
            RETURN_THROWS();
        }
        add_next_index_zval(&logs, &entity);
    } ZEND_HASH_FOREACH_END();
    php_tq_new_object(zend_get_called_scope(execute_data), 1, &logs, return_value);
    zval_ptr_dtor(&logs);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, createEmptyCollection)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval logs;
    array_init(&logs);
    php_tq_new_object(zend_get_called_scope(execute_data), 1, &logs, return_value);
    zval_ptr_dtor(&logs);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, jsonSerialize)
{
    ZEND_PARSE_PARAMETERS_NONE();
    php_tq_call(ZEND_THIS, "toArray", return_value, 0, NULL);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, count)
{
    ZEND_PARSE_PARAMETERS_NONE();
    HashTable *logs = tq_logs(THIS_OBJ);
    RETURN_LONG(logs ? zend_hash_num_elements(logs) : 0);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, getIterator)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval arr;
    zval *logs = PHP_TQ_PROP(THIS_OBJ, php_tq_ce_TaskLogCollection, "taskLogs");
    if (logs) {
        ZVAL_COPY_DEREF(&arr, logs);    /* shared; ArrayIterator separates on write */
    } else {
        array_init(&arr);
    }
    php_tq_new_object(spl_ce_ArrayIterator, 1, &arr, return_value);
    zval_ptr_dtor(&arr);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, toArray)
{
    ZEND_PARSE_PARAMETERS_NONE();
    HashTable *logs = tq_logs(THIS_OBJ);
    array_init_size(return_value, logs ? zend_hash_num_elements(logs) : 0);
    if (!logs) {
        return;
    }
    zval *e;
    ZEND_HASH_FOREACH_VAL(logs, e) {
        zval item;
        ZVAL_DEREF(e);
        if (php_tq_call(e, "toArray", &item, 0, NULL) == FAILURE) {
            TQ_FAIL_RETURN();
        }
        add_next_index_zval(return_value, &item);
    } ZEND_HASH_FOREACH_END();
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, isEmpty)
{
    ZEND_PARSE_PARAMETERS_NONE();
    HashTable *logs = tq_logs(THIS_OBJ);
    RETURN_BOOL(!logs || zend_hash_num_elements(logs) == 0);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, first)
{
    ZEND_PARSE_PARAMETERS_NONE();
    HashTable *logs = tq_logs(THIS_OBJ);
    zval *e;
    if (logs) {
        ZEND_HASH_FOREACH_VAL(logs, e) {
            RETURN_COPY_DEREF(e);
        } ZEND_HASH_FOREACH_END();
    }
    RETURN_NULL();
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, last)
{
    ZEND_PARSE_PARAMETERS_NONE();
    HashTable *logs = tq_logs(THIS_OBJ);
    zval *e;
    if (logs) {
        ZEND_HASH_REVERSE_FOREACH_VAL(logs, e) {
            RETURN_COPY_DEREF(e);
        } ZEND_HASH_FOREACH_END();
    }
    RETURN_NULL();
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, getIds)
{
    ZEND_PARSE_PARAMETERS_NONE();
    HashTable *logs = tq_logs(THIS_OBJ);
    array_init(return_value);
    if (!logs) {
        return;
    }
    zval *e;
    ZEND_HASH_FOREACH_VAL(logs, e) {
        zval id;
        ZVAL_DEREF(e);
        if (php_tq_call(e, "getId", &id, 0, NULL) == FAILURE) {
            TQ_FAIL_RETURN();
        }
        add_next_index_zval(return_value, &id);
    } ZEND_HASH_FOREACH_END();
}

void php_tq_task_log_collection_minit(void)
{
    php_tq_ce_TasksLogsStats = register_class_oat_tao_model_taskQueue_TaskLog_TasksLogsStats(php_json_serializable_ce);
    php_tq_ce_CollectionInterface = register_class_oat_tao_model_taskQueue_TaskLog_CollectionInterface(php_json_serializable_ce, zend_ce_countable, zend_ce_aggregate);
    php_tq_ce_TaskLogCollection = register_class_oat_tao_model_taskQueue_TaskLog_TaskLogCollection(php_tq_ce_CollectionInterface);
}
