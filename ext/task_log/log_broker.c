/*
 * log_broker.c: the one glue of the Task Log brokers (log_broker.h): the methods of
 * TaskLogBrokerInterface that InMemoryTaskLogBroker and RdsTaskLogBroker share, written once
 * over the store interface (src/task_log/tq_log_store.h). Arguments are read and checked here
 * (log_rows.c), the store does the work, a store error becomes the class's exception, and the
 * class's hooks keep back what its store defers (RdsTaskLogBroker's reports, section 8.4 of
 * doc/ARCHITECTURE.md).
 * May touch: the Zend API, ext/date, common/common, task_log/task_log_shared.h,
 * src/task_log/tq_log_store, src/task_log/tq_log.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/date/php_date.h"
#include "ext/spl/spl_exceptions.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "../task/task.h"
#include "task_log.h"
#include "task_log_shared.h"
#include "log_broker.h"
#include "task_log/tq_log.h"
#include "task_log/tq_log_store.h"

#define SELF Z_OBJ_P(ZEND_THIS)
#define HOOK(name) (cls->hooks && cls->hooks->name ? cls->hooks->name : NULL)

/* The store, after everything kept back was written (for reads and changes of many rows).
 * NULL with an exception pending. */
static const tq_log_store *lb_store_flushed(zend_object *obj, const php_tq_log_broker_class *cls,
                                            const char *method)
{
    const tq_log_store *s = cls->store(obj);
    if (s && cls->hooks && cls->hooks->flush_all && cls->hooks->flush_all(obj, method) == FAILURE) {
        return NULL;
    }
    return s;
}

/* A store's count (rows changed, found) as the method's int, or its error as the exception. */
static void lb_return_count(zval *return_value, zend_object *obj, const php_tq_log_broker_class *cls, int64_t n,
                            const tq_error *err, const char *method)
{
    if (n < 0) {
        cls->throw_error(obj, err, method);
        return;
    }
    RETVAL_LONG((zend_long)n);
}

/* The one task id argument of a method, and what the class keeps back for that task. */
typedef struct lb_id {
    zend_string *id;
    bool kept;                  /* a report is kept back: kept_status, kept_report */
    const char *kept_status;
    const char *kept_report;
} lb_id;

/* A task id with a NUL byte: the store would act on the id up to the NUL (another task). */
static zend_result lb_refuse_nul(zend_object *obj, zend_string *id)
{
    return php_tq_refuse_nul(ZSTR_VAL(id), ZSTR_LEN(id), obj->ce, get_active_function_name(), "task id");
}

/* Reads the id argument into a and returns the store. NULL with an exception pending. */
static const tq_log_store *lb_id_arg(INTERNAL_FUNCTION_PARAMETERS, const php_tq_log_broker_class *cls, lb_id *a)
{
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(a->id)
    ZEND_PARSE_PARAMETERS_END_EX(return NULL);
    if (lb_refuse_nul(SELF, a->id) == FAILURE) {
        return NULL;
    }
    const tq_log_store *s = cls->store(SELF);
    a->kept = s && HOOK(kept) && cls->hooks->kept(SELF, a->id, &a->kept_status, &a->kept_report);
    return s;
}

void php_tq_lb_create_container(PHP_TQ_LB_ARGS)
{
    ZEND_PARSE_PARAMETERS_NONE();
    const tq_log_store *s = cls->store(SELF);
    if (!s) {
        RETURN_THROWS();
    }
    tq_error err;
    tq_error_clear(&err);
    if (tq_log_store_create_container(s, &err) != 0) {
        cls->throw_error(SELF, &err, "createContainer");
        RETURN_THROWS();
    }
}

void php_tq_lb_get_table_name(PHP_TQ_LB_ARGS)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *v = PHP_TQ_PROP(SELF, *cls->scope, "containerName");
    const char *c = v && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) ? Z_STRVAL_P(v) : "task_log";
    zend_string *name = zend_strpprintf(0, "tq_%s", c);
    RETVAL_STR(zend_string_tolower(name));
    zend_string_release(name);
}

void php_tq_lb_add(PHP_TQ_LB_ARGS)
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
    const tq_log_store *s = cls->store(SELF);
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
    if (tq_log_store_add(s, &row, &err) != 0) {
        cls->throw_error(SELF, &err, "add");
    }
    php_tq_log_row_parts_free(&parts);
}

/* --- one row: status and report -------------------------------------------------------- */

void php_tq_lb_update_status(PHP_TQ_LB_ARGS)
{
    zend_string *id, *status, *prev = NULL;
    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_STR(id)
        Z_PARAM_STR(status)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR_OR_NULL(prev)
    ZEND_PARSE_PARAMETERS_END();
    /* TAO guards only on a non-empty previous status */
    const char *guard = prev && ZSTR_LEN(prev) ? ZSTR_VAL(prev) : NULL;
    if (lb_refuse_nul(SELF, id) == FAILURE || php_tq_log_check_status(ZSTR_VAL(status)) == FAILURE
        || (guard && php_tq_log_check_status(guard) == FAILURE)) {
        RETURN_THROWS();
    }
    const tq_log_store *s = cls->store(SELF);
    if (!s) {
        RETURN_THROWS();
    }
    tq_error err;
    tq_error_clear(&err);
    if (HOOK(flush_one) && cls->hooks->flush_one(SELF, id, &err) == FAILURE) {
        cls->throw_error(SELF, &err, "updateStatus");
        RETURN_THROWS();
    }
    int n = tq_log_store_update_status(s, ZSTR_VAL(id), ZSTR_VAL(status), guard, &err);
    lb_return_count(return_value, SELF, cls, n, &err, "updateStatus");
}

void php_tq_lb_get_status(PHP_TQ_LB_ARGS)
{
    lb_id a;
    const tq_log_store *s = lb_id_arg(INTERNAL_FUNCTION_PARAM_PASSTHRU, cls, &a);
    if (!s) {
        RETURN_THROWS();
    }
    if (a.kept) {
        RETURN_STRING(a.kept_status);   /* what the store will hold */
    }
    char *status = NULL;
    tq_error err;
    tq_error_clear(&err);
    int rc = tq_log_store_get_status(s, ZSTR_VAL(a.id), &status, &err);
    if (rc < 0) {
        cls->throw_error(SELF, &err, "getStatus");
        RETURN_THROWS();
    }
    RETVAL_STRING(rc == 1 && status ? status : "unknown");
    free(status);
}

void php_tq_lb_add_report(PHP_TQ_LB_ARGS)
{
    zend_string *id, *status = NULL;
    zval *report;
    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_STR(id)
        Z_PARAM_ZVAL(report)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR_OR_NULL(status)
    ZEND_PARSE_PARAMETERS_END();
    if (lb_refuse_nul(SELF, id) == FAILURE || (status && php_tq_log_check_status(ZSTR_VAL(status)) == FAILURE)) {
        RETURN_THROWS();
    }
    const tq_log_store *s = cls->store(SELF);
    if (!s) {
        RETURN_THROWS();
    }
    zend_string *json = php_tq_report_encode(report);
    if (!json) {
        RETURN_THROWS();
    }
    if (HOOK(defer) && cls->hooks->defer(SELF, id, json, status)) {
        zend_string_release(json);
        RETURN_LONG(1);
    }
    tq_error err;
    tq_error_clear(&err);
    if (HOOK(flush_one)) {
        /* a second report for a task with one kept back: the kept one goes first; if it
         * cannot, the newer report below replaces it anyway */
        cls->hooks->flush_one(SELF, id, &err);
        tq_error_clear(&err);
    }
    int n = tq_log_store_add_report(s, ZSTR_VAL(id), ZSTR_VAL(json), status ? ZSTR_VAL(status) : NULL, NULL, &err);
    zend_string_release(json);
    lb_return_count(return_value, SELF, cls, n, &err, "addReport");
}

void php_tq_lb_get_report(PHP_TQ_LB_ARGS)
{
    lb_id a;
    const tq_log_store *s = lb_id_arg(INTERNAL_FUNCTION_PARAM_PASSTHRU, cls, &a);
    if (!s) {
        RETURN_THROWS();
    }
    if (a.kept) {
        if (php_tq_report_from_json(a.kept_report, strlen(a.kept_report), return_value) == FAILURE) {
            RETURN_THROWS();
        }
        return;
    }
    char *json = NULL;
    tq_error err;
    tq_error_clear(&err);
    if (tq_log_store_get_report(s, ZSTR_VAL(a.id), &json, &err) < 0) {
        cls->throw_error(SELF, &err, "getReport");
        RETURN_THROWS();
    }
    if (!json) {
        RETURN_NULL();
    }
    zend_result r = php_tq_report_from_json(json, strlen(json), return_value);
    free(json);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
}

/* --- many rows: search, count, stats, execution times ------------------------------------ */

/* Parses the one TaskLogFilter argument into q (full: sort, paging, columns too) and returns
 * the store, everything kept back written. NULL with an exception pending. */
static const tq_log_store *lb_filter_arg(INTERNAL_FUNCTION_PARAMETERS, const php_tq_log_broker_class *cls,
                                         const char *method, bool full, php_tq_log_query *q)
{
    zval *filter;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(filter, php_tq_ce_TaskLogFilter)
    ZEND_PARSE_PARAMETERS_END_EX(return NULL);
    const tq_log_store *s = lb_store_flushed(SELF, cls, method);
    if (!s || php_tq_log_query_from(filter, q, full) == FAILURE) {
        return NULL;
    }
    return s;
}

void php_tq_lb_search(PHP_TQ_LB_ARGS)
{
    php_tq_log_query q;
    const tq_log_store *s = lb_filter_arg(INTERNAL_FUNCTION_PARAM_PASSTHRU, cls, "search", true, &q);
    if (!s) {
        RETURN_THROWS();
    }
    zval entities;
    array_init(&entities);
    if (!q.nothing) {
        tq_log_row *rows = NULL;
        tq_error err;
        tq_error_clear(&err);
        int64_t n = tq_log_store_search(s, &q.f, &rows, &err);
        if (n < 0) {
            cls->throw_error(SELF, &err, "search");
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

void php_tq_lb_count(PHP_TQ_LB_ARGS)
{
    php_tq_log_query q;
    const tq_log_store *s = lb_filter_arg(INTERNAL_FUNCTION_PARAM_PASSTHRU, cls, "count", false, &q);
    if (!s) {
        RETURN_THROWS();
    }
    tq_error err;
    tq_error_clear(&err);
    int64_t n = q.nothing ? 0 : tq_log_store_count(s, &q.f, &err);
    php_tq_log_query_clear(&q);
    lb_return_count(return_value, SELF, cls, n, &err, "count");
}

void php_tq_lb_get_stats(PHP_TQ_LB_ARGS)
{
    php_tq_log_query q;
    const tq_log_store *s = lb_filter_arg(INTERNAL_FUNCTION_PARAM_PASSTHRU, cls, "getStats", false, &q);
    if (!s) {
        RETURN_THROWS();
    }
    tq_log_stats st;
    memset(&st, 0, sizeof(st));
    tq_error err;
    tq_error_clear(&err);
    int rc = q.nothing ? 0 : tq_log_store_stats(s, &q.f, &st, &err);
    php_tq_log_query_clear(&q);
    if (rc != 0) {
        cls->throw_error(SELF, &err, "getStats");
        RETURN_THROWS();
    }
    php_tq_stats_new((zend_long)st.completed, (zend_long)st.failed, (zend_long)st.in_progress,
                     (zend_long)st.enqueued, return_value);
}

void php_tq_lb_execution_times(PHP_TQ_LB_ARGS)
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
    const tq_log_store *s = lb_store_flushed(SELF, cls, "getTaskExecutionTimesByDateRange");
    if (!s) {
        RETURN_THROWS();
    }
    tq_log_exec_time *times = NULL;
    tq_error err;
    tq_error_clear(&err);
    int64_t n = tq_log_store_execution_times(s, t_from, t_to, &times, &err);
    if (n < 0) {
        cls->throw_error(SELF, &err, "getTaskExecutionTimesByDateRange");
        RETURN_THROWS();
    }
    array_init(return_value);
    for (int64_t i = 0; i < n; i++) {
        add_assoc_long(return_value, times[i].id, (zend_long)times[i].seconds);
    }
    tq_log_exec_times_free(times, n);
}

/* --- archive, cancel, delete ------------------------------------------------------------ */

void php_tq_lb_set_entity_status(PHP_TQ_LB_ARGS, const char *status, const char *method)
{
    zval *entity;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(entity, php_tq_ce_EntityInterface)
    ZEND_PARSE_PARAMETERS_END();
    const tq_log_store *s = lb_store_flushed(SELF, cls, method);
    if (!s) {
        RETURN_THROWS();
    }
    zend_string *id;
    if (php_tq_log_call_string(entity, "getId", &id) == FAILURE) {
        RETURN_THROWS();
    }
    if (!id) {
        RETURN_FALSE;
    }
    if (lb_refuse_nul(SELF, id) == FAILURE) {
        zend_string_release(id);
        RETURN_THROWS();
    }
    tq_error err;
    tq_error_clear(&err);
    int n = tq_log_store_update_status(s, ZSTR_VAL(id), status, NULL, &err);
    zend_string_release(id);
    if (n < 0) {
        cls->throw_error(SELF, &err, method);
        RETURN_THROWS();
    }
    RETURN_BOOL(n > 0);
}

void php_tq_lb_set_collection_status(PHP_TQ_LB_ARGS, const char *status, const char *method)
{
    zval *collection;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(collection, php_tq_ce_CollectionInterface)
    ZEND_PARSE_PARAMETERS_END();
    const tq_log_store *s = lb_store_flushed(SELF, cls, method);
    if (!s) {
        RETURN_THROWS();
    }
    php_tq_log_ids ids;
    if (php_tq_log_ids_from(collection, &ids) == FAILURE) {
        RETURN_THROWS();
    }
    tq_error err;
    tq_error_clear(&err);
    int64_t changed = ids.n > 0 ? tq_log_store_update_many(s, ids.ids, ids.n, status, NULL, 0, &err) : 0;
    php_tq_log_ids_free(&ids);
    lb_return_count(return_value, SELF, cls, changed, &err, method);
}

void php_tq_lb_delete_by_id(PHP_TQ_LB_ARGS)
{
    lb_id a;
    const tq_log_store *s = lb_id_arg(INTERNAL_FUNCTION_PARAM_PASSTHRU, cls, &a);
    if (!s) {
        RETURN_THROWS();
    }
    if (a.kept && HOOK(forget)) {
        cls->hooks->forget(SELF, a.id);      /* the row goes: nothing to store for it */
    }
    tq_error err;
    tq_error_clear(&err);
    if (tq_log_store_delete(s, ZSTR_VAL(a.id), &err) < 0) {
        /* as TAO: false, logged */
        php_tq_log(SELF, *cls->scope, "error", NULL, "Deleting task log entry %s failed: %s", ZSTR_VAL(a.id),
                   err.message);
        RETURN_FALSE;
    }
    /* true whether or not the row existed */
    RETURN_TRUE;
}
