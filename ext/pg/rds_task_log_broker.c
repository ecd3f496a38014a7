/*
 * rds_task_log_broker.c: RdsTaskLogBroker, TAO's SQL Task Log broker over
 * src/pg/tq_pg_log, with InMemoryTaskLogBroker's PHP surface and behaviour. Reports kept
 * for a claimed task's acknowledgement (pg/claims) are stored before any bulk read.
 * May touch: the Zend API, src/pg/tq_pg_log, src/task_log/tq_report, pg/claims, pg/rds.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <time.h>
#include <unistd.h>
#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/standard/php_var.h"
#include "ext/date/php_date.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "../task/task.h"
#include "../task_log/task_log.h"
#include "pg.h"
#include "../task_log/task_log_shared.h"
#include "claims.h"
#include "pg/tq_pg.h"
#include "pg/tq_pg_queue.h"
#include "pg/tq_pg_log.h"
#include "pg/tq_lease_keeper.h"
#include "task_log/tq_report.h"
#include "task_log/tq_status.h"
#include "rds.h"
#include "rds_task_log_broker_arginfo.h"

zend_class_entry *php_tq_ce_RdsTaskLogBroker;

#define LB_SCOPE php_tq_ce_RdsTaskLogBroker

typedef struct php_tq_rds_log {
    php_tq_pg_conn *conn;
    tq_pg_log *store;
    zend_object std;
} php_tq_rds_log;

static zend_object_handlers rds_log_handlers;

static inline php_tq_rds_log *rds_log_from(zend_object *obj)
{
    return (php_tq_rds_log *)((char *)obj - XtOffsetOf(php_tq_rds_log, std));
}

static zend_object *rds_log_create(zend_class_entry *ce)
{
    php_tq_rds_log *o = zend_object_alloc(sizeof(php_tq_rds_log), ce);
    zend_object_std_init(&o->std, ce);
    object_properties_init(&o->std, ce);
    o->std.handlers = &rds_log_handlers;
    return &o->std;
}

static void rds_log_free(zend_object *obj)
{
    php_tq_rds_log *o = rds_log_from(obj);
    if (o->store) {
        /* reports kept for an ack that has not come: store them now (best effort) */
        php_tq_claims_forget_log(o->store);
        tq_pg_log_free(o->store);
        o->store = NULL;
    }
    zend_object_std_dtor(obj);
}

static zend_object *rds_log_clone(zend_object *old)
{
    zend_object *obj = rds_log_create(old->ce);
    zend_objects_clone_members(obj, old);
    return obj;
}


/* ======================================================================================
 * RdsTaskLogBroker: core access (needed by the queue broker too)
 * ====================================================================================== */

tq_pg_log *php_tq_rds_log_store(zend_object *obj)
{
    php_tq_rds_log *o = rds_log_from(obj);
    if (o->store) {
        return o->store;
    }
    php_tq_pg_conn *c = php_tq_rds_conn(obj, LB_SCOPE, &o->conn);
    if (!c) {
        return NULL;
    }
    zend_string *container = php_tq_rds_prop_string(obj, LB_SCOPE, "containerName");
    tq_error err;
    tq_error_clear(&err);
    o->store = tq_pg_log_new(c->pg, container && ZSTR_LEN(container) ? ZSTR_VAL(container) : "task_log", &err);
    if (!o->store) {
        php_tq_throw_error(spl_ce_InvalidArgumentException, &err, "RdsTaskLogBroker");
    }
    return o->store;
}


/* ======================================================================================
 * RdsTaskLogBroker
 * ====================================================================================== */


static tq_pg_log *lb_store(zval *self)
{
    return php_tq_rds_log_store(Z_OBJ_P(self));
}

static void lb_throw(zval *self, const tq_error *err, const char *what)
{
    php_tq_rds_throw(Z_OBJ_P(self), LB_SCOPE, err, what);
}

/* Reports this broker kept for an ack are stored before anything that reads or changes rows
 * in bulk, so every reader sees them. */
static zend_result lb_flush(zval *self, tq_pg_log *store, const char *what)
{
    if (!php_tq_claims_has_pending(store)) {
        return SUCCESS;
    }
    tq_error err;
    tq_error_clear(&err);
    if (php_tq_claims_flush_log(store, &err) == FAILURE) {
        lb_throw(self, &err, what);
        return FAILURE;
    }
    return SUCCESS;
}

/* The claim entry holding a report this store kept for task id, or NULL. */
static php_tq_claim *lb_pending(tq_pg_log *store, zend_string *id)
{
    return php_tq_claims_pending(store, id);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker, __construct)
{
    zend_string *pid, *container = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(pid)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR_OR_NULL(container)
    ZEND_PARSE_PARAMETERS_END();
    if (!ZSTR_LEN(pid)) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Persistence id needs to be set for RdsTaskLogBroker");
        RETURN_THROWS();
    }
    const char *name = container && ZSTR_LEN(container) ? ZSTR_VAL(container) : "task_log";
    char table[64];
    tq_error err;
    tq_error_clear(&err);
    if (tq_pg_table_name("task log container", name, table, sizeof(table), &err) != 0
        || (container && strlen(ZSTR_VAL(container)) != ZSTR_LEN(container))) {
        if (err.code == TQ_OK) {
            tq_error_set(&err, TQ_ERR_INVALID, "invalid task log container name: it contains a NUL byte");
        }
        php_tq_throw_error(spl_ce_InvalidArgumentException, &err, "RdsTaskLogBroker");
        RETURN_THROWS();
    }
    zval v;
    ZVAL_STR(&v, pid);
    PHP_TQ_PROP_SET(Z_OBJ_P(ZEND_THIS), LB_SCOPE, "persistenceId", &v);
    ZVAL_STRING(&v, name);
    PHP_TQ_PROP_SET(Z_OBJ_P(ZEND_THIS), LB_SCOPE, "containerName", &v);
    zval_ptr_dtor(&v);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker, __toPhpCode)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_string *c = php_tq_rds_prop_string(Z_OBJ_P(ZEND_THIS), LB_SCOPE, "containerName");
    smart_str out = {0};
    smart_str_appends(&out, "new \\");
    smart_str_append(&out, Z_OBJCE_P(ZEND_THIS)->name);
    smart_str_appendc(&out, '(');
    const char *pid = php_tq_rds_persistence_of(Z_OBJ_P(ZEND_THIS), LB_SCOPE);
    php_tq_php_string(&out, pid, strlen(pid));
    smart_str_appends(&out, ", ");
    php_tq_php_string(&out, c ? ZSTR_VAL(c) : "task_log", c ? ZSTR_LEN(c) : strlen("task_log"));
    smart_str_appendc(&out, ')');
    RETURN_STR(smart_str_extract(&out));
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker, createContainer)
{
    ZEND_PARSE_PARAMETERS_NONE();
    tq_pg_log *s = lb_store(ZEND_THIS);
    if (!s) {
        RETURN_THROWS();
    }
    tq_error err;
    tq_error_clear(&err);
    if (tq_pg_log_create_container(s, &err) != 0) {
        lb_throw(ZEND_THIS, &err, "RdsTaskLogBroker::createContainer()");
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker, getTableName)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_string *c = php_tq_rds_prop_string(Z_OBJ_P(ZEND_THIS), LB_SCOPE, "containerName");
    zend_string *t = zend_strpprintf(0, "tq_%s", c ? ZSTR_VAL(c) : "task_log");
    RETVAL_STR(zend_string_tolower(t));
    zend_string_release(t);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker, add)
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
    tq_pg_log *s = lb_store(ZEND_THIS);
    if (!s) {
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
    tq_error err;
    tq_error_clear(&err);
    if (tq_pg_log_add(s, &row, &err) != 0) {
        lb_throw(ZEND_THIS, &err, "RdsTaskLogBroker::add()");
    }
    php_tq_log_row_parts_free(&parts);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker, updateStatus)
{
    zend_string *id, *status, *prev = NULL;
    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_STR(id)
        Z_PARAM_STR(status)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR_OR_NULL(prev)
    ZEND_PARSE_PARAMETERS_END();
    if (php_tq_log_check_status(ZSTR_VAL(status)) == FAILURE
        || (prev && ZSTR_LEN(prev) && php_tq_log_check_status(ZSTR_VAL(prev)) == FAILURE)) {
        RETURN_THROWS();
    }
    tq_pg_log *s = lb_store(ZEND_THIS);
    if (!s) {
        RETURN_THROWS();
    }
    tq_error err;
    tq_error_clear(&err);
    php_tq_claim *c = lb_pending(s, id);
    if (c && php_tq_claims_flush(c, &err) == FAILURE) {
        lb_throw(ZEND_THIS, &err, "RdsTaskLogBroker::updateStatus()");
        RETURN_THROWS();
    }
    /* TAO guards only on a non-empty previous status */
    int n = tq_pg_log_update_status(s, ZSTR_VAL(id), ZSTR_VAL(status), prev && ZSTR_LEN(prev) ? ZSTR_VAL(prev) : NULL,
                                    &err);
    if (n < 0) {
        lb_throw(ZEND_THIS, &err, "RdsTaskLogBroker::updateStatus()");
        RETURN_THROWS();
    }
    RETURN_LONG(n);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker, getStatus)
{
    zend_string *id;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(id)
    ZEND_PARSE_PARAMETERS_END();
    tq_pg_log *s = lb_store(ZEND_THIS);
    if (!s) {
        RETURN_THROWS();
    }
    php_tq_claim *c = lb_pending(s, id);
    if (c) {
        RETURN_STRING(c->report_status);     /* what the ack will store */
    }
    char *status = NULL;
    tq_error err;
    tq_error_clear(&err);
    int rc = tq_pg_log_get_status(s, ZSTR_VAL(id), &status, &err);
    if (rc < 0) {
        lb_throw(ZEND_THIS, &err, "RdsTaskLogBroker::getStatus()");
        RETURN_THROWS();
    }
    RETVAL_STRING(rc == 1 && status ? status : "unknown");
    free(status);
}

/* The worker's setReport() of a task this process claimed and started, on the table it was
 * started in: kept until the ack, which stores it with the delete in one statement. */
static bool lb_defer(tq_pg_log *s, zend_string *id, zend_string *json, zend_string *status)
{
    php_tq_claim *c = php_tq_claims_find(id);
    if (!c || !c->started || !c->log || !c->queue || c->report || !status) {
        return false;
    }
    if (tq_pg_log_conn(s) != tq_pg_queue_conn(c->queue) || strcmp(tq_pg_log_table(s), tq_pg_log_table(c->log)) != 0) {
        return false;
    }
    tq_status st = tq_status_parse(ZSTR_VAL(status));
    if (st != TQ_STATUS_COMPLETED && st != TQ_STATUS_FAILED && st != TQ_STATUS_CHILD_RUNNING) {
        return false;
    }
    php_tq_claims_defer(c, s, json, status);
    return true;
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker, addReport)
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
    tq_pg_log *s = lb_store(ZEND_THIS);
    if (!s) {
        RETURN_THROWS();
    }
    zend_string *json = php_tq_report_encode(report);
    if (!json) {
        RETURN_THROWS();
    }
    if (lb_defer(s, id, json, status)) {
        zend_string_release(json);
        RETURN_LONG(1);
    }
    tq_error err;
    tq_error_clear(&err);
    php_tq_claim *c = lb_pending(s, id);
    if (c) {
        /* a second report for a task with one pending: the pending one goes first */
        php_tq_claims_flush(c, &err);
    }
    int n = tq_pg_log_add_report(s, ZSTR_VAL(id), ZSTR_VAL(json), status ? ZSTR_VAL(status) : NULL, NULL, &err);
    zend_string_release(json);
    if (n < 0) {
        lb_throw(ZEND_THIS, &err, "RdsTaskLogBroker::addReport()");
        RETURN_THROWS();
    }
    RETURN_LONG(n);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker, getReport)
{
    zend_string *id;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(id)
    ZEND_PARSE_PARAMETERS_END();
    tq_pg_log *s = lb_store(ZEND_THIS);
    if (!s) {
        RETURN_THROWS();
    }
    php_tq_claim *c = lb_pending(s, id);
    if (c) {
        if (php_tq_report_from_json(c->report, strlen(c->report), return_value) == FAILURE) {
            RETURN_THROWS();
        }
        return;
    }
    char *report = NULL;
    tq_error err;
    tq_error_clear(&err);
    int rc = tq_pg_log_get_report(s, ZSTR_VAL(id), &report, &err);
    if (rc < 0) {
        lb_throw(ZEND_THIS, &err, "RdsTaskLogBroker::getReport()");
        RETURN_THROWS();
    }
    if (!report) {
        RETURN_NULL();
    }
    zend_result r = php_tq_report_from_json(report, strlen(report), return_value);
    free(report);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker, search)
{
    zval *filter;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(filter, php_tq_ce_TaskLogFilter)
    ZEND_PARSE_PARAMETERS_END();
    tq_pg_log *s = lb_store(ZEND_THIS);
    if (!s || lb_flush(ZEND_THIS, s, "RdsTaskLogBroker::search()") == FAILURE) {
        RETURN_THROWS();
    }
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
        int64_t n = tq_pg_log_search(s, &q.f, &rows, &err);
        if (n < 0) {
            lb_throw(ZEND_THIS, &err, "RdsTaskLogBroker::search()");
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

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker, count)
{
    zval *filter;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(filter, php_tq_ce_TaskLogFilter)
    ZEND_PARSE_PARAMETERS_END();
    tq_pg_log *s = lb_store(ZEND_THIS);
    if (!s || lb_flush(ZEND_THIS, s, "RdsTaskLogBroker::count()") == FAILURE) {
        RETURN_THROWS();
    }
    php_tq_log_query q;
    if (php_tq_log_query_from(filter, &q, false) == FAILURE) {
        RETURN_THROWS();
    }
    tq_error err;
    tq_error_clear(&err);
    int64_t n = q.nothing ? 0 : tq_pg_log_count(s, &q.f, &err);
    php_tq_log_query_clear(&q);
    if (n < 0) {
        lb_throw(ZEND_THIS, &err, "RdsTaskLogBroker::count()");
        RETURN_THROWS();
    }
    RETURN_LONG((zend_long)n);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker, getStats)
{
    zval *filter;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(filter, php_tq_ce_TaskLogFilter)
    ZEND_PARSE_PARAMETERS_END();
    tq_pg_log *s = lb_store(ZEND_THIS);
    if (!s || lb_flush(ZEND_THIS, s, "RdsTaskLogBroker::getStats()") == FAILURE) {
        RETURN_THROWS();
    }
    php_tq_log_query q;
    if (php_tq_log_query_from(filter, &q, false) == FAILURE) {
        RETURN_THROWS();
    }
    tq_log_stats st;
    memset(&st, 0, sizeof(st));
    tq_error err;
    tq_error_clear(&err);
    int rc = q.nothing ? 0 : tq_pg_log_stats(s, &q.f, &st, &err);
    php_tq_log_query_clear(&q);
    if (rc != 0) {
        lb_throw(ZEND_THIS, &err, "RdsTaskLogBroker::getStats()");
        RETURN_THROWS();
    }
    php_tq_stats_new((zend_long)st.completed, (zend_long)st.failed, (zend_long)st.in_progress,
                     (zend_long)st.enqueued, return_value);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker, getTaskExecutionTimesByDateRange)
{
    zval *from, *to;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_OBJECT_OF_CLASS(from, php_date_get_date_ce())
        Z_PARAM_OBJECT_OF_CLASS(to, php_date_get_date_ce())
    ZEND_PARSE_PARAMETERS_END();
    int64_t t_from, t_to;
    if (php_tq_log_timestamp(from, "$from", &t_from) == FAILURE
        || php_tq_log_timestamp(to, "$to", &t_to) == FAILURE) {
        RETURN_THROWS();
    }
    tq_pg_log *s = lb_store(ZEND_THIS);
    if (!s || lb_flush(ZEND_THIS, s, "RdsTaskLogBroker::getTaskExecutionTimesByDateRange()") == FAILURE) {
        RETURN_THROWS();
    }
    tq_pg_exec_time *times = NULL;
    tq_error err;
    tq_error_clear(&err);
    int64_t n = tq_pg_log_execution_times(s, t_from, t_to, &times, &err);
    if (n < 0) {
        lb_throw(ZEND_THIS, &err, "RdsTaskLogBroker::getTaskExecutionTimesByDateRange()");
        RETURN_THROWS();
    }
    array_init(return_value);
    for (int64_t i = 0; i < n; i++) {
        add_assoc_long(return_value, times[i].id, (zend_long)times[i].seconds);
    }
    tq_pg_exec_times_free(times, n);
}

static void lb_set_entity_status(INTERNAL_FUNCTION_PARAMETERS, const char *status, const char *what)
{
    zval *entity;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(entity, php_tq_ce_EntityInterface)
    ZEND_PARSE_PARAMETERS_END();
    tq_pg_log *s = lb_store(ZEND_THIS);
    if (!s || lb_flush(ZEND_THIS, s, what) == FAILURE) {
        RETURN_THROWS();
    }
    zend_string *id;
    if (php_tq_log_call_string(entity, "getId", &id) == FAILURE) {
        RETURN_THROWS();
    }
    if (!id) {
        RETURN_FALSE;
    }
    tq_error err;
    tq_error_clear(&err);
    int n = tq_pg_log_update_status(s, ZSTR_VAL(id), status, NULL, &err);
    zend_string_release(id);
    if (n < 0) {
        lb_throw(ZEND_THIS, &err, what);
        RETURN_THROWS();
    }
    RETURN_BOOL(n > 0);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker, archive)
{
    lb_set_entity_status(INTERNAL_FUNCTION_PARAM_PASSTHRU, "archived", "RdsTaskLogBroker::archive()");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker, cancel)
{
    lb_set_entity_status(INTERNAL_FUNCTION_PARAM_PASSTHRU, "cancelled", "RdsTaskLogBroker::cancel()");
}

static void lb_set_collection_status(INTERNAL_FUNCTION_PARAMETERS, const char *status, const char *what)
{
    zval *collection;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(collection, php_tq_ce_CollectionInterface)
    ZEND_PARSE_PARAMETERS_END();
    tq_pg_log *s = lb_store(ZEND_THIS);
    if (!s || lb_flush(ZEND_THIS, s, what) == FAILURE) {
        RETURN_THROWS();
    }
    php_tq_log_ids ids;
    if (php_tq_log_ids_from(collection, &ids) == FAILURE) {
        RETURN_THROWS();
    }
    int64_t changed = 0;
    tq_error err;
    tq_error_clear(&err);
    if (ids.n > 0) {
        changed = tq_pg_log_update_many(s, ids.ids, ids.n, status, NULL, 0, &err);
    }
    php_tq_log_ids_free(&ids);
    if (changed < 0) {
        lb_throw(ZEND_THIS, &err, what);
        RETURN_THROWS();
    }
    RETURN_LONG((zend_long)changed);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker, archiveCollection)
{
    lb_set_collection_status(INTERNAL_FUNCTION_PARAM_PASSTHRU, "archived", "RdsTaskLogBroker::archiveCollection()");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker, cancelCollection)
{
    lb_set_collection_status(INTERNAL_FUNCTION_PARAM_PASSTHRU, "cancelled", "RdsTaskLogBroker::cancelCollection()");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker, deleteById)
{
    zend_string *id;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(id)
    ZEND_PARSE_PARAMETERS_END();
    tq_pg_log *s = lb_store(ZEND_THIS);
    if (!s) {
        RETURN_THROWS();
    }
    php_tq_claim *c = lb_pending(s, id);
    if (c) {
        php_tq_claims_drop_report(c);        /* the row goes: nothing to store for it */
    }
    tq_error err;
    tq_error_clear(&err);
    if (tq_pg_log_delete(s, ZSTR_VAL(id), &err) < 0) {
        /* as TAO: false, logged */
        php_tq_log(Z_OBJ_P(ZEND_THIS), LB_SCOPE, "error", NULL, "Deleting task log entry %s failed: %s",
                   ZSTR_VAL(id), err.message);
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker, getPersistenceId)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_STRING(php_tq_rds_persistence_of(Z_OBJ_P(ZEND_THIS), LB_SCOPE));
}

PHP_TQ_LOGGER_METHODS(oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker, LB_SCOPE)
PHP_TQ_LOCATOR_METHODS(oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker, LB_SCOPE)

/* ====================================================================================== */

void php_tq_rds_task_log_broker_minit(void)
{
    php_tq_ce_RdsTaskLogBroker = register_class_oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker(
        php_tq_ce_TaskLogBrokerInterface, php_tq_ce_RdsTaskLogBrokerInterface);
    php_tq_ce_RdsTaskLogBroker->create_object = rds_log_create;
    memcpy(&rds_log_handlers, &std_object_handlers, sizeof(zend_object_handlers));
    rds_log_handlers.offset = XtOffsetOf(php_tq_rds_log, std);
    rds_log_handlers.free_obj = rds_log_free;
    rds_log_handlers.clone_obj = rds_log_clone;
}
