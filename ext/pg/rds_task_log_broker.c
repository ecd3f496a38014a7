/*
 * rds_task_log_broker.c: RdsTaskLogBroker, TAO's SQL Task Log broker over src/pg/tq_pg_log.
 * Its interface methods are the one broker glue it shares with InMemoryTaskLogBroker
 * (ext/task_log/log_broker.c, over the store interface tq_pg_log_store()); here are only
 * construction, the persistence, its error messages and the hooks that keep a claimed task's
 * report for its acknowledgement (pg/claims; stored before any bulk read), and ours,
 * pruneArchived() (src/pg/tq_pg_log_prune).
 * May touch: the Zend API, ext/date, src/pg/tq_pg_log, src/pg/tq_pg_log_prune, src/pg/tq_pg_queue, src/task_log/tq_log_store,
 * src/task_log/tq_status, task_log/log_broker.h, pg/claims, pg/rds.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_exceptions.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "../task/task.h"
#include "../task_log/task_log.h"
#include "pg.h"
#include "../task_log/task_log_shared.h"
#include "../task_log/log_broker.h"
#include "claims.h"
#include "pg/tq_pg.h"
#include "pg/tq_pg_queue.h"
#include "pg/tq_pg_log.h"
#include "pg/tq_pg_log_prune.h"
#include "ext/date/php_date.h"
#include "task_log/tq_log_store.h"
#include "task_log/tq_status.h"
#include "rds.h"
#include "rds_task_log_broker_arginfo.h"

zend_class_entry *php_tq_ce_RdsTaskLogBroker;

#define LB_SCOPE php_tq_ce_RdsTaskLogBroker

typedef struct php_tq_rds_log {
    php_tq_pg_conn *conn;
    tq_pg_log *store;               /* what the queue broker and pg/claims name */
    tq_log_store iface;             /* store behind the store interface (it owns it) */
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
        /* Reports kept for an ack that has not come are stored now, one statement each (best
         * effort, unlogged: free_obj must not run the PHP logger). This stays in the destructor
         * rather than at request end because only this object knows what it owes and its
         * connection goes with it, and a worker's request lasts as long as the worker: deferring
         * would leave finished tasks without their report for hours. Only a process that
         * claimed tasks owes anything, so a web request is not held up by it (doc/ARCHITECTURE.md). */
        php_tq_claims_forget_log(o->store);
        tq_log_store_destroy(&o->iface);
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
        return NULL;
    }
    o->iface = tq_pg_log_store(o->store);
    return o->store;
}

/* --- the store and its errors ------------------------------------------------------------ */

static const tq_log_store *lb_store(zend_object *obj)
{
    return php_tq_rds_log_store(obj) ? &rds_log_from(obj)->iface : NULL;
}

static void lb_throw(zend_object *obj, const tq_error *err, const char *method)
{
    char what[96];
    snprintf(what, sizeof(what), "RdsTaskLogBroker::%s()", method);
    php_tq_rds_throw(obj, LB_SCOPE, err, what);
}

/* --- hooks: the reports kept for a claimed task's acknowledgement (pg/claims) ------------ */

/* Reports this broker kept for an ack are stored before anything that reads or changes rows
 * in bulk, so every reader sees them. */
static zend_result lb_flush_all(zend_object *obj, const char *method)
{
    tq_pg_log *store = rds_log_from(obj)->store;
    if (!php_tq_claims_has_pending(store)) {
        return SUCCESS;
    }
    tq_error err;
    tq_error_clear(&err);
    if (php_tq_claims_flush_log(store, &err) == FAILURE) {
        lb_throw(obj, &err, method);
        return FAILURE;
    }
    return SUCCESS;
}

static bool lb_kept(zend_object *obj, zend_string *id, const char **status, const char **report)
{
    php_tq_claim *c = php_tq_claims_pending(rds_log_from(obj)->store, id);
    if (!c) {
        return false;
    }
    *status = c->report_status;
    *report = c->report;
    return true;
}

static zend_result lb_flush_one(zend_object *obj, zend_string *id, tq_error *err)
{
    php_tq_claim *c = php_tq_claims_pending(rds_log_from(obj)->store, id);
    return c ? php_tq_claims_flush(c, err) : SUCCESS;
}

/* The worker's setReport() of a task this process claimed and started, on the table it was
 * started in: kept until the ack, which stores it with the delete in one statement. */
static bool lb_defer(zend_object *obj, zend_string *id, zend_string *json, zend_string *status)
{
    tq_pg_log *s = rds_log_from(obj)->store;
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

static void lb_forget(zend_object *obj, zend_string *id)
{
    php_tq_claim *c = php_tq_claims_pending(rds_log_from(obj)->store, id);
    if (c) {
        php_tq_claims_drop_report(c);
    }
}

static const php_tq_log_hooks lb_hooks = {
    .flush_all = lb_flush_all,
    .kept = lb_kept,
    .flush_one = lb_flush_one,
    .defer = lb_defer,
    .forget = lb_forget,
};

static const php_tq_log_broker_class lb_class = {
    .scope = &php_tq_ce_RdsTaskLogBroker,
    .store = lb_store,
    .throw_error = lb_throw,
    .hooks = &lb_hooks,
};

/* --- what only this class has: persistence, construction ---------------------------------- */

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

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker, getPersistenceId)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_STRING(php_tq_rds_persistence_of(Z_OBJ_P(ZEND_THIS), LB_SCOPE));
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker, pruneArchived)
{
    zval *before;
    zend_long batch = 1000, max_rows = 0;
    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_OBJECT_OF_CLASS(before, php_date_get_interface_ce())
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(batch)
        Z_PARAM_LONG(max_rows)
    ZEND_PARSE_PARAMETERS_END();
    if (batch < 1 || batch > TQ_PRUNE_BATCH_MAX) {
        zend_argument_value_error(2, "must be from 1 to %d", TQ_PRUNE_BATCH_MAX);
        RETURN_THROWS();
    }
    if (max_rows < 0) {
        zend_argument_value_error(3, "must be 0 (no bound) or more");
        RETURN_THROWS();
    }
    zval ts;
    if (php_tq_call(before, "getTimestamp", &ts, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
    zend_long at = zval_get_long(&ts);
    zval_ptr_dtor(&ts);
    tq_pg_log *store = php_tq_rds_log_store(Z_OBJ_P(ZEND_THIS));
    if (!store || lb_flush_all(Z_OBJ_P(ZEND_THIS), "pruneArchived") == FAILURE) {
        RETURN_THROWS();
    }
    tq_error err;
    tq_error_clear(&err);
    int64_t deleted = 0;
    if (tq_pg_log_prune(store, (int64_t)at, (int)batch, (int64_t)max_rows, &deleted, &err) != 0) {
        lb_throw(Z_OBJ_P(ZEND_THIS), &err, "pruneArchived");
        RETURN_THROWS();
    }
    RETURN_LONG((zend_long)deleted);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker, getPersistence)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval locator, manager, id, pid;
    /* through the method: TAO's tests (and subclasses) override getServiceLocator() */
    if (php_tq_call_hook(ZEND_THIS, "getServiceLocator", &locator, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
    if (Z_TYPE(locator) != IS_OBJECT) {
        zval_ptr_dtor(&locator);
        php_tq_throw_named("common_exception_Error", spl_ce_LogicException,
                           "RdsTaskLogBroker has no service locator to get generis/persistences from");
        RETURN_THROWS();
    }
    ZVAL_STRING(&id, "generis/persistences");
    zend_result r = php_tq_call(&locator, "get", &manager, 1, &id);
    zval_ptr_dtor(&id);
    zval_ptr_dtor(&locator);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
    ZVAL_STRING(&pid, php_tq_rds_persistence_of(Z_OBJ_P(ZEND_THIS), LB_SCOPE));
    r = php_tq_call(&manager, "getPersistenceById", return_value, 1, &pid);
    zval_ptr_dtor(&pid);
    zval_ptr_dtor(&manager);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
}

PHP_TQ_LOG_BROKER_METHODS(oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker, lb_class)
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
