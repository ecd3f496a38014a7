/*
 * task_log_broker.c: TaskLogBrokerInterface, RdsTaskLogBrokerInterface and
 * InMemoryTaskLogBroker, a task log held in this process by src/task_log/tq_log_mem with the
 * semantics of RdsTaskLogBroker's SQL (src/pg/tq_pg_log.h). The store lives in a C struct
 * behind the zend_object; cloning is refused (one store, one owner). What it shares with
 * RdsTaskLogBroker (filters to queries, rows to arrays and entities) is in log_rows.c.
 * May touch: the Zend API, ext/date, src/task_log/tq_log, src/task_log/tq_status.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "ext/date/php_date.h"
#include "ext/spl/spl_exceptions.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "../task/task.h"
#include "task_log.h"
#include "task_log_shared.h"
#include "task_log_broker_arginfo.h"
#include "task_log/tq_log.h"
#include "common/tq_time.h"
#include "task_log/tq_status.h"

zend_class_entry *php_tq_ce_TaskLogBrokerInterface;
zend_class_entry *php_tq_ce_RdsTaskLogBrokerInterface;
zend_class_entry *php_tq_ce_InMemoryTaskLogBroker;


typedef struct php_tq_log_broker {
    tq_log_mem *store;
    zend_object std;
} php_tq_log_broker;

static zend_object_handlers tq_broker_handlers;

static inline php_tq_log_broker *tq_broker_from(zend_object *obj)
{
    return (php_tq_log_broker *)((char *)obj - XtOffsetOf(php_tq_log_broker, std));
}

#define STORE() (tq_broker_from(Z_OBJ_P(ZEND_THIS))->store)

static zend_object *tq_broker_create(zend_class_entry *ce)
{
    php_tq_log_broker *b = zend_object_alloc(sizeof(php_tq_log_broker), ce);
    zend_object_std_init(&b->std, ce);
    object_properties_init(&b->std, ce);
    b->std.handlers = &tq_broker_handlers;
    b->store = tq_log_mem_new();
    if (!b->store) {
        zend_error_noreturn(E_ERROR, "taskqueue: out of memory while creating an in-memory task log");
    }
    return &b->std;
}

static void tq_broker_free(zend_object *obj)
{
    php_tq_log_broker *b = tq_broker_from(obj);
    tq_log_mem_free(b->store);
    b->store = NULL;
    zend_object_std_dtor(obj);
}

/* --- values ------------------------------------------------------------------------- */

static zend_string *tq_container(zend_object *obj)
{
    zval *v = PHP_TQ_PROP(obj, php_tq_ce_InMemoryTaskLogBroker, "containerName");
    return v && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) ? Z_STR_P(v) : NULL;
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, __construct)
{
    zend_string *name = NULL;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR_OR_NULL(name)
    ZEND_PARSE_PARAMETERS_END();
    zval v;
    if (name && ZSTR_LEN(name)) {
        ZVAL_STR(&v, name);
    } else {
        ZVAL_STRING(&v, "task_log");
    }
    PHP_TQ_PROP_SET(Z_OBJ_P(ZEND_THIS), php_tq_ce_InMemoryTaskLogBroker, "containerName", &v);
    if (!name || !ZSTR_LEN(name)) {
        zval_ptr_dtor(&v);
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, __toPhpCode)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_string *c = tq_container(Z_OBJ_P(ZEND_THIS));
    smart_str out = {0};
    smart_str_appends(&out, "new \\");
    smart_str_append(&out, Z_OBJCE_P(ZEND_THIS)->name);
    smart_str_appends(&out, "('");
    const char *s = c ? ZSTR_VAL(c) : "task_log";
    size_t len = c ? ZSTR_LEN(c) : strlen("task_log");
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '\\' || s[i] == '\'') {
            smart_str_appendc(&out, '\\');
        }
        smart_str_appendc(&out, s[i]);
    }
    smart_str_appends(&out, "')");
    RETURN_STR(smart_str_extract(&out));
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, createContainer)
{
    ZEND_PARSE_PARAMETERS_NONE();
    /* the store exists from the start */
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, getTableName)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_string *c = tq_container(Z_OBJ_P(ZEND_THIS));
    zend_string *name = zend_strpprintf(0, "tq_%s", c ? ZSTR_VAL(c) : "task_log");
    zend_string *lower = zend_string_tolower(name);
    zend_string_release(name);
    RETURN_STR(lower);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, add)
{
    zval *task;
    zend_string *status, *label = NULL;
    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
        Z_PARAM_STR(status)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR_OR_NULL(label)
    ZEND_PARSE_PARAMETERS_END();
    if (php_tq_log_check_status(ZSTR_VAL(status)) == FAILURE) {
        RETURN_THROWS();
    }
    tq_log_row row;
    memset(&row, 0, sizeof(row));
    php_tq_log_row_parts parts = {0};
    if (php_tq_log_row_collect(task, label, &row, &parts) == FAILURE) {
        php_tq_log_row_parts_free(&parts);
        RETURN_THROWS();
    }
    row.status = ZSTR_VAL(status);
    row.updated_at = (int64_t)php_time();
    tq_error err;
    tq_error_clear(&err);
    if (tq_log_mem_add(STORE(), &row, &err) != 0) {
        php_tq_throw_error(err.code == TQ_ERR_NOMEM ? spl_ce_RuntimeException : spl_ce_InvalidArgumentException,
                           &err, "Cannot add the task log");
    }
    php_tq_log_row_parts_free(&parts);
}

/* --- status and report --------------------------------------------------------------- */

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, updateStatus)
{
    zend_string *id, *status, *prev = NULL;
    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_STR(id)
        Z_PARAM_STR(status)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR_OR_NULL(prev)
    ZEND_PARSE_PARAMETERS_END();
    if (php_tq_log_check_status(ZSTR_VAL(status)) == FAILURE) {
        RETURN_THROWS();
    }
    /* TAO guards only on a non-empty previous status */
    int n = tq_log_mem_update_status(STORE(), ZSTR_VAL(id), ZSTR_VAL(status),
                                     prev && ZSTR_LEN(prev) ? ZSTR_VAL(prev) : NULL, (int64_t)php_time());
    if (n < 0) {
        php_tq_log_out_of_memory();
        RETURN_THROWS();
    }
    RETURN_LONG(n);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, getStatus)
{
    zend_string *id;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(id)
    ZEND_PARSE_PARAMETERS_END();
    const tq_log_row *r = tq_log_mem_get(STORE(), ZSTR_VAL(id));
    RETURN_STRING(r ? r->status : "unknown");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, addReport)
{
    zend_string *id, *status = NULL;
    zval *report;
    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_STR(id)
        Z_PARAM_ZVAL(report)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR_OR_NULL(status)
    ZEND_PARSE_PARAMETERS_END();
    if (status && php_tq_log_check_status(ZSTR_VAL(status)) == FAILURE) {
        RETURN_THROWS();
    }
    zend_string *json = php_tq_report_encode(report);
    if (!json) {
        RETURN_THROWS();
    }
    int n = tq_log_mem_add_report(STORE(), ZSTR_VAL(id), ZSTR_VAL(json), status ? ZSTR_VAL(status) : NULL,
                                  (int64_t)php_time());
    zend_string_release(json);
    if (n < 0) {
        php_tq_log_out_of_memory();
        RETURN_THROWS();
    }
    RETURN_LONG(n);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, getReport)
{
    zend_string *id;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(id)
    ZEND_PARSE_PARAMETERS_END();
    const tq_log_row *r = tq_log_mem_get(STORE(), ZSTR_VAL(id));
    if (!r || !r->report) {
        RETURN_NULL();
    }
    if (php_tq_report_from_json(r->report, strlen(r->report), return_value) == FAILURE) {
        RETURN_THROWS();
    }
}

/* --- search, count, stats ------------------------------------------------------------ */

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, search)
{
    zval *filter;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(filter, php_tq_ce_TaskLogFilter)
    ZEND_PARSE_PARAMETERS_END();
    php_tq_log_query q;
    if (php_tq_log_query_from(filter, &q, true) == FAILURE) {
        RETURN_THROWS();
    }
    zval entities;
    array_init(&entities);
    if (!q.nothing) {
        tq_log_row *rows = NULL;
        tq_error err;
        tq_error_clear(&err);
        int64_t n = tq_log_mem_search(STORE(), &q.f, &rows, &err);
        if (n < 0) {
            php_tq_throw_error(err.code == TQ_ERR_NOMEM ? spl_ce_RuntimeException : spl_ce_InvalidArgumentException,
                               &err, "Task log search");
        }
        php_tq_log_rows_to_entities(rows, n, &q.columns, &entities);
    }
    php_tq_log_query_clear(&q);
    if (EG(exception)) {
        zval_ptr_dtor(&entities);
        RETURN_THROWS();
    }
    php_tq_collection_new(&entities, return_value);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, count)
{
    zval *filter;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(filter, php_tq_ce_TaskLogFilter)
    ZEND_PARSE_PARAMETERS_END();
    php_tq_log_query q;
    if (php_tq_log_query_from(filter, &q, false) == FAILURE) {
        RETURN_THROWS();
    }
    int64_t n = q.nothing ? 0 : tq_log_mem_count(STORE(), &q.f);
    php_tq_log_query_clear(&q);
    RETURN_LONG((zend_long)n);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, getStats)
{
    zval *filter;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(filter, php_tq_ce_TaskLogFilter)
    ZEND_PARSE_PARAMETERS_END();
    php_tq_log_query q;
    if (php_tq_log_query_from(filter, &q, false) == FAILURE) {
        RETURN_THROWS();
    }
    tq_log_stats st;
    memset(&st, 0, sizeof(st));
    if (!q.nothing) {
        tq_log_mem_stats(STORE(), &q.f, &st);
    }
    php_tq_log_query_clear(&q);
    php_tq_stats_new((zend_long)st.completed, (zend_long)st.failed, (zend_long)st.in_progress,
                     (zend_long)st.enqueued, return_value);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, getTaskExecutionTimesByDateRange)
{
    zval *from, *to;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_OBJECT_OF_CLASS(from, php_date_get_date_ce())
        Z_PARAM_OBJECT_OF_CLASS(to, php_date_get_date_ce())
    ZEND_PARSE_PARAMETERS_END();
    int64_t t_from, t_to;
    if (php_tq_log_timestamp(from, "$from", &t_from) == FAILURE || php_tq_log_timestamp(to, "$to", &t_to) == FAILURE) {
        RETURN_THROWS();
    }
    char a[32], b[32];
    snprintf(a, sizeof(a), "%lld", (long long)t_from);
    snprintf(b, sizeof(b), "%lld", (long long)t_to);
    const char *statuses[] = {"completed", "archived"};
    const char *pa = a, *pb = b;
    tq_log_filter f;
    tq_log_filter_init(&f);
    tq_error err;
    tq_error_clear(&err);
    tq_log_filter_add(&f, "status", TQ_OP_IN, statuses, 2, &err);
    tq_log_filter_add(&f, "created_at", TQ_OP_GTE, &pa, 1, &err);
    tq_log_filter_add(&f, "created_at", TQ_OP_LTE, &pb, 1, &err);
    f.sort_desc = 0;
    tq_log_row *rows = NULL;
    int64_t n = err.code == TQ_OK ? tq_log_mem_search(STORE(), &f, &rows, &err) : -1;
    tq_log_filter_clear(&f);
    if (n < 0) {
        php_tq_throw_error(spl_ce_RuntimeException, &err, "Task log search");
        RETURN_THROWS();
    }
    array_init(return_value);
    for (int64_t i = 0; i < n; i++) {
        if (rows[i].updated_at != TQ_LOG_NO_TIME) {
            add_assoc_long(return_value, rows[i].id, (zend_long)(rows[i].updated_at - rows[i].created_at));
        }
        tq_log_row_clear(&rows[i]);
    }
    free(rows);
}

/* --- archive, cancel, delete -------------------------------------------------------- */

static void tq_set_entity_status(INTERNAL_FUNCTION_PARAMETERS, const char *status)
{
    zval *entity;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(entity, php_tq_ce_EntityInterface)
    ZEND_PARSE_PARAMETERS_END();
    zend_string *id;
    if (php_tq_log_call_string(entity, "getId", &id) == FAILURE) {
        RETURN_THROWS();
    }
    int n = id ? tq_log_mem_update_status(STORE(), ZSTR_VAL(id), status, NULL, (int64_t)php_time()) : 0;
    if (id) {
        zend_string_release(id);
    }
    if (n < 0) {
        php_tq_log_out_of_memory();
        RETURN_THROWS();
    }
    RETURN_BOOL(n > 0);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, archive)
{
    tq_set_entity_status(INTERNAL_FUNCTION_PARAM_PASSTHRU, "archived");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, cancel)
{
    tq_set_entity_status(INTERNAL_FUNCTION_PARAM_PASSTHRU, "cancelled");
}

static void tq_set_collection_status(INTERNAL_FUNCTION_PARAMETERS, const char *status)
{
    zval *collection;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(collection, php_tq_ce_CollectionInterface)
    ZEND_PARSE_PARAMETERS_END();
    php_tq_log_ids ids;
    if (php_tq_log_ids_from(collection, &ids) == FAILURE) {
        RETURN_THROWS();
    }
    int64_t changed = tq_log_mem_update_many(STORE(), ids.ids, ids.n, status, (int64_t)php_time());
    php_tq_log_ids_free(&ids);
    if (changed < 0) {
        php_tq_log_out_of_memory();
        RETURN_THROWS();
    }
    RETURN_LONG((zend_long)changed);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, archiveCollection)
{
    tq_set_collection_status(INTERNAL_FUNCTION_PARAM_PASSTHRU, "archived");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, cancelCollection)
{
    tq_set_collection_status(INTERNAL_FUNCTION_PARAM_PASSTHRU, "cancelled");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, deleteById)
{
    zend_string *id;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(id)
    ZEND_PARSE_PARAMETERS_END();
    tq_log_mem_delete(STORE(), ZSTR_VAL(id));
    /* as TAO: true unless the store failed, whether or not the row existed */
    RETURN_TRUE;
}

PHP_TQ_LOGGER_METHODS(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, php_tq_ce_InMemoryTaskLogBroker)
PHP_TQ_LOCATOR_METHODS(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, php_tq_ce_InMemoryTaskLogBroker)

void php_tq_task_log_broker_minit(void)
{
    php_tq_ce_TaskLogBrokerInterface = register_class_oat_tao_model_taskQueue_TaskLog_Broker_TaskLogBrokerInterface();
    php_tq_ce_RdsTaskLogBrokerInterface = register_class_oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBrokerInterface();
    php_tq_ce_InMemoryTaskLogBroker = register_class_oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker(php_tq_ce_TaskLogBrokerInterface);
    php_tq_ce_InMemoryTaskLogBroker->create_object = tq_broker_create;

    memcpy(&tq_broker_handlers, &std_object_handlers, sizeof(zend_object_handlers));
    tq_broker_handlers.offset = XtOffsetOf(php_tq_log_broker, std);
    tq_broker_handlers.free_obj = tq_broker_free;
    /* one store per broker: a clone would have to copy it or share it; neither is
     * what a caller expects, so cloning is an Error */
    tq_broker_handlers.clone_obj = NULL;
}
