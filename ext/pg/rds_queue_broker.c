/*
 * rds_queue_broker.c: RdsQueueBroker (TAO's RDS queue broker over src/pg/tq_pg_queue) and
 * CallbackTaskDecorator.
 * Statements per task. A Queue whose TaskLog keeps its rows in an RdsTaskLogBroker on the
 * same database binds that log broker to its RdsQueueBroker (php_tq_rds_bind_task_log), so:
 *   enqueue  queue row + 'enqueued' log row in one statement (php_tq_rds_enqueue);
 *   claim    up to `receive` rows leased AND their log rows moved to 'running' in one
 *            statement; the claim registry (pg/claims.h) tells Queue::dequeue() and the
 *            worker that the task is started, so they send nothing more;
 *   finish   the worker's setReport() of a task claimed here is kept until its ack, which
 *            stores report + status and deletes the row in one statement.
 * So a task costs about 1 (enqueue) + 1/receive (claim) + 1 (finish) statements. Without a
 * bound log broker every path is TAO's (plain claim, guarded updates from the worker).
 * A message that cannot be decoded is set aside (invisible, no lease: TAO's stuck-task tools
 * see it) with a failed Task Log entry saying why, never deleted.
 * May touch: the Zend API, src/pg/tq_pg*, src/pg/tq_lease_keeper, src/task_log/tq_report, pg/claims, pg/rds.
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
#include "../task_log/task_log_shared.h"
#include "claims.h"
#include "pg/tq_pg.h"
#include "pg/tq_pg_queue.h"
#include "pg/tq_pg_log.h"
#include "pg/tq_lease_keeper.h"
#include "task_log/tq_report.h"
#include "task_log/tq_status.h"
#include "rds.h"
#include "rds_queue_broker_arginfo.h"

zend_class_entry *php_tq_ce_RdsQueueBroker;
zend_class_entry *php_tq_ce_CallbackTaskDecorator;

#define ABSTRACT_SCOPE php_tq_ce_AbstractQueueBroker
#define QB_SCOPE php_tq_ce_RdsQueueBroker
#define LB_SCOPE php_tq_ce_RdsTaskLogBroker
#define MESSAGE_ID_KEY "RdsMessageId"

/* ======================================================================================
 * objects
 * ====================================================================================== */


typedef struct php_tq_rds_queue {
    php_tq_pg_conn *conn;       /* resolved on first use */
    tq_broker *queue;           /* built on first use, for queue_name */
    zend_string *queue_name;
    zend_object std;
} php_tq_rds_queue;

static zend_object_handlers rds_queue_handlers;

static inline php_tq_rds_queue *rds_queue_from(zend_object *obj)
{
    return (php_tq_rds_queue *)((char *)obj - XtOffsetOf(php_tq_rds_queue, std));
}


static void rds_queue_drop_core(php_tq_rds_queue *o)
{
    php_tq_claims_drop_broker(&o->std);
    if (o->queue) {
        o->queue->ops->destroy(o->queue);
        o->queue = NULL;
    }
    if (o->queue_name) {
        zend_string_release(o->queue_name);
        o->queue_name = NULL;
    }
}

static zend_object *rds_queue_create(zend_class_entry *ce)
{
    php_tq_rds_queue *o = zend_object_alloc(sizeof(php_tq_rds_queue), ce);
    zend_object_std_init(&o->std, ce);
    object_properties_init(&o->std, ce);
    o->std.handlers = &rds_queue_handlers;
    return &o->std;
}

static void rds_queue_free(zend_object *obj)
{
    rds_queue_drop_core(rds_queue_from(obj));
    zend_object_std_dtor(obj);
}

/* A clone has the settings, not the claims: its prefetch buffer starts empty (the buffered
 * tasks stay the original's to acknowledge). */
static zend_object *rds_queue_clone(zend_object *old)
{
    zend_object *obj = rds_queue_create(old->ce);
    zend_objects_clone_members(obj, old);
    zval empty;
    array_init(&empty);
    PHP_TQ_PROP_SET(obj, ABSTRACT_SCOPE, "preFetchedQueue", &empty);
    zval_ptr_dtor(&empty);
    return obj;
}


/* ======================================================================================
 * RdsQueueBroker: core access
 * ====================================================================================== */

#define QB_METHOD(name) ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, name)
#define SELF_Q rds_queue_from(Z_OBJ_P(ZEND_THIS))

/* The core broker for the current queue name (built, and the connection resolved, on first
 * use; rebuilt after a rename). NULL with an exception. */
static tq_broker *rds_core(zend_object *obj)
{
    php_tq_rds_queue *o = rds_queue_from(obj);
    zend_string *name = php_tq_rds_prop_string(obj, ABSTRACT_SCOPE, "queueName");
    if (!name || !ZSTR_LEN(name)) {
        php_tq_throw(spl_ce_LogicException, "RdsQueueBroker has no queue name: Queue sets it (setQueueName())");
        return NULL;
    }
    if (o->queue && zend_string_equals(o->queue_name, name)) {
        return o->queue;
    }
    php_tq_pg_conn *c = php_tq_rds_conn(obj, QB_SCOPE, &o->conn);
    if (!c) {
        return NULL;
    }
    rds_queue_drop_core(o);
    tq_error err;
    tq_error_clear(&err);
    o->queue = tq_pg_queue_new(c->pg, ZSTR_VAL(name), &err);
    if (!o->queue) {
        php_tq_throw_error(spl_ce_InvalidArgumentException, &err, "RdsQueueBroker");
        return NULL;
    }
    /* taskqueue.rds_async_ack: claims and completions need not wait for the WAL flush */
    tq_pg_queue_set_async_ack(o->queue, TQ_G(rds_async_ack));
    o->queue_name = zend_string_copy(name);
    return o->queue;
}

static tq_broker *rds_queue_native(zend_object *obj)
{
    tq_broker *b = rds_core(obj);
    if (!b) {
        zend_clear_exception();
    }
    return b;
}

static int64_t rds_lease_ms(zend_object *obj)
{
    zval *v = PHP_TQ_PROP(obj, QB_SCOPE, "leaseTime");
    zend_long s = v && Z_TYPE_P(v) == IS_LONG ? Z_LVAL_P(v) : 60;
    return (int64_t)(s > 0 ? s : 60) * 1000;
}

/* The store of the bound RdsTaskLogBroker when it is on this broker's connection (claims can
 * then start tasks in it); NULL otherwise, never an exception. */
static tq_pg_log *rds_bound_log(zend_object *obj)
{
    zval *lb = PHP_TQ_PROP(obj, QB_SCOPE, "taskLogBroker");
    if (!lb || Z_TYPE_P(lb) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(lb), LB_SCOPE)) {
        return NULL;
    }
    php_tq_rds_queue *o = rds_queue_from(obj);
    tq_pg_log *store = php_tq_rds_log_store(Z_OBJ_P(lb));
    if (!store) {
        zend_clear_exception();
        return NULL;
    }
    return o->conn && tq_pg_log_conn(store) == o->conn->pg ? store : NULL;
}

/* ======================================================================================
 * RdsQueueBroker: claiming
 * ====================================================================================== */

/* metadata.__id__ and taskFqcn of a message, when it is JSON enough to say. */
static void message_facts(const char *body, size_t len, char **task_id, char **fqcn)
{
    json_t *root = json_loadb(body, len, 0, NULL);
    const char *id = json_string_value(json_object_get(json_object_get(root, "metadata"), "__id__"));
    const char *cls = json_string_value(json_object_get(root, "taskFqcn"));
    *task_id = id && *id ? strdup(id) : NULL;
    *fqcn = cls && *cls ? strdup(cls) : NULL;
    json_decref(root);
}

/* A message that does not decode: kept aside (invisible, no lease) and a failed Task Log
 * entry says why. Never throws; what fails is logged. */
static void rds_bury(zend_object *obj, tq_broker *q, tq_pg_log *log, tq_pg_claimed *c, zend_string *reason)
{
    tq_error err;
    tq_error_clear(&err);
    const char *queue = tq_pg_queue_table(q) + 3;
    char *json_id = NULL, *fqcn = NULL;
    message_facts(c->msg.body, c->msg.len, &json_id, &fqcn);
    const char *known = c->task_id ? c->task_id : json_id;
    char synthetic[160];
    snprintf(synthetic, sizeof(synthetic), "RdsQueueBroker:%s:%lld", queue, (long long)c->row_id);
    const char *id = known ? known : synthetic;

    if (tq_pg_queue_bury(q, &c->msg, &err) != 0) {
        php_tq_log(obj, ABSTRACT_SCOPE, "error", NULL,
                   "Message %lld of queue \"%s\" cannot be decoded (%s) and could not be set aside: %s; it comes "
                   "back when its lease runs out", (long long)c->row_id, queue, ZSTR_VAL(reason), err.message);
        free(json_id);
        free(fqcn);
        return;
    }
    php_tq_log(obj, ABSTRACT_SCOPE, "error", NULL,
               "Message %lld of queue \"%s\" (task %s) cannot be decoded and is set aside (invisible, not deleted): %s",
               (long long)c->row_id, queue, id, ZSTR_VAL(reason));

    /* the failed entry: in the bound log, else in TAO's default container on this database */
    tq_pg_log *own = NULL;
    if (!log) {
        own = log = tq_pg_log_new(tq_pg_queue_conn(q), "task_log", &err);
    }
    json_t *report = tq_report_newf(TQ_REPORT_ERROR, NULL, &err,
                                    "Message %lld of queue \"%s\" cannot be run and was set aside: %s",
                                    (long long)c->row_id, queue, ZSTR_VAL(reason));
    char *report_json = report ? tq_json_dumps_php(report, NULL) : NULL;
    json_decref(report);
    char *status = NULL;
    int rc = log && report_json ? tq_pg_log_get_status(log, id, &status, &err) : -1;
    if (rc == 0) {
        tq_log_row row;
        memset(&row, 0, sizeof(row));
        row.id = (char *)id;
        row.task_name = fqcn ? fqcn : "unknown";
        row.label = "";
        row.owner = "";
        row.status = "failed";
        row.created_at = (int64_t)time(NULL);
        rc = tq_pg_log_add(log, &row, &err) == 0 ? 1 : -1;
        status = rc == 1 ? strdup("failed") : NULL;
    }
    if (rc == 1 && status) {
        tq_status st = tq_status_parse(status);
        if (st == TQ_STATUS_ENQUEUED || st == TQ_STATUS_DEQUEUED || st == TQ_STATUS_RUNNING
            || st == TQ_STATUS_FAILED) {
            rc = tq_pg_log_add_report(log, id, report_json, "failed", status, &err) < 0 ? -1 : 1;
        } else {
            php_tq_log(obj, ABSTRACT_SCOPE, "warning", NULL,
                       "Task %s of the set-aside message keeps its Task Log status \"%s\"", id, status);
        }
    }
    if (rc < 0) {
        php_tq_log(obj, ABSTRACT_SCOPE, "error", NULL, "The failed Task Log entry of task %s could not be written: %s",
                   id, err.message);
    }
    free(status);
    free(report_json);
    free(json_id);
    free(fqcn);
    tq_pg_log_free(own);
}

/* Decodes one claimed message into the prefetch buffer and records the claim; a message
 * that does not decode is set aside. FAILURE only when exit() is unwinding. */
static zend_result rds_accept(zval *self, tq_broker *q, tq_pg_log *log, tq_lease_keeper *keeper, tq_pg_claimed *c)
{
    zend_object *obj = Z_OBJ_P(self);
    zval task;
    if (php_tq_task_deserialize(c->msg.body, c->msg.len, &task) == FAILURE) {
        if (EG(exception) && (zend_is_unwind_exit(EG(exception)) || zend_is_graceful_exit(EG(exception)))) {
            return FAILURE;
        }
        zend_string *reason = php_tq_take_exception_message();
        if (keeper) {
            tq_lease_keeper_remove(keeper, rds_queue_from(obj)->queue_name
                                   ? ZSTR_VAL(rds_queue_from(obj)->queue_name) : "", c->row_id);
        }
        rds_bury(obj, q, log, c, reason);
        zend_string_release(reason);
        return SUCCESS;
    }
    zval key, rid, id;
    ZVAL_STRING(&key, MESSAGE_ID_KEY);
    ZVAL_LONG(&rid, (zend_long)c->row_id);
    zval args[2] = {key, rid};
    zend_result r = php_tq_call(&task, "setMetadata", NULL, 2, args);
    zval_ptr_dtor(&key);
    if (r == SUCCESS) {
        r = php_tq_call(&task, "getId", &id, 0, NULL);
    }
    if (r == FAILURE) {
        zval_ptr_dtor(&task);
        if (EG(exception) && (zend_is_unwind_exit(EG(exception)) || zend_is_graceful_exit(EG(exception)))) {
            return FAILURE;
        }
        zend_string *reason = php_tq_take_exception_message();
        rds_bury(obj, q, log, c, reason);
        zend_string_release(reason);
        return SUCCESS;
    }
    zend_string *task_id = zval_get_string(&id);
    zval_ptr_dtor(&id);
    php_tq_rds_queue *o = rds_queue_from(obj);
    php_tq_claim claim;
    memset(&claim, 0, sizeof(claim));
    claim.broker = obj;
    claim.task = Z_OBJ(task);
    claim.queue = q;
    snprintf(claim.queue_name, sizeof(claim.queue_name), "%s", ZSTR_VAL(o->queue_name));
    claim.keeper = keeper;
    claim.log = log;
    claim.row_id = c->row_id;
    claim.deliveries = c->msg.deliveries;
    claim.started = c->started;
    claim.status = c->status ? zend_string_init(c->status, strlen(c->status), 0) : NULL;
    if (!php_tq_claims_add(task_id, &claim) && keeper) {
        /* the same task twice in this process (a duplicated message): the first one rules;
         * this row is not renewed (it comes back after its lease if not acknowledged) */
        tq_lease_keeper_remove(keeper, claim.queue_name, c->row_id);
    }
    if (claim.status) {
        zend_string_release(claim.status);
    }
    zend_string_release(task_id);
    r = php_tq_call_hook(self, "pushPreFetchedMessage", NULL, 1, &task);
    zval_ptr_dtor(&task);
    return r;
}

/* doPop(): one statement claims up to receive (capped by the worker's claim cap) messages,
 * leased; with a bound Task Log it also starts their tasks. */
/* Finishes the acknowledged tasks of this broker whose completion waits for their batch. */
static zend_result rds_complete_acked(zend_object *obj)
{
    tq_error err;
    tq_error_clear(&err);
    if (php_tq_claims_complete_acked(obj, &err) == FAILURE) {
        php_tq_rds_throw(obj, QB_SCOPE, &err, "RdsQueueBroker (completing acknowledged tasks)");
        return FAILURE;
    }
    return SUCCESS;
}

/* Whether claimed tasks of this broker still wait in its pre-fetch buffer. */
static bool rds_has_buffered(zend_object *obj)
{
    zval *q = PHP_TQ_PROP(obj, ABSTRACT_SCOPE, "preFetchedQueue");
    if (q) {
        ZVAL_DEREF(q);
    }
    return q && Z_TYPE_P(q) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(q)) > 0;
}

static zend_result rds_do_pop(zval *self)
{
    zend_object *obj = Z_OBJ_P(self);
    /* the batch before this one is over: nothing of it may wait any longer */
    if (rds_complete_acked(obj) == FAILURE) {
        return FAILURE;
    }
    tq_broker *q = rds_core(obj);
    if (!q) {
        return FAILURE;
    }
    php_tq_rds_queue *o = rds_queue_from(obj);
    zval *rv = PHP_TQ_PROP(obj, ABSTRACT_SCOPE, "receiveTasks");
    zend_long max = rv ? zval_get_long(rv) : 1;
    if (TQ_G(claim_cap) > 0 && TQ_G(claim_cap) < max) {
        max = TQ_G(claim_cap);
    }
    if (max < 1) {
        max = 1;
    }
    int64_t lease = rds_lease_ms(obj);
    tq_lease_keeper *keeper = php_tq_pg_keeper(o->conn);
    if (!keeper) {
        return FAILURE;
    }
    tq_pg_log *log = rds_bound_log(obj);
    tq_pg_claimed *out = ecalloc((size_t)max, sizeof(*out));
    tq_error err;
    tq_error_clear(&err);
    int n;
    if (log) {
        /* TAKEOVER: a re-delivered task whose worker died (its lease ran out) starts again */
        n = tq_pg_queue_claim_and_start(q, log, (size_t)max, lease, TQ_PG_TAKEOVER, out, &err);
    } else {
        tq_message *msgs = ecalloc((size_t)max, sizeof(*msgs));
        n = q->ops->claim(q, (size_t)max, lease, msgs, &err);
        for (int i = 0; i < n; i++) {
            out[i].msg = msgs[i];
            out[i].row_id = tq_pg_queue_row_id(&msgs[i]);
        }
        efree(msgs);
    }
    if (n < 0) {
        efree(out);
        php_tq_rds_throw(obj, QB_SCOPE, &err, "RdsQueueBroker::pop()");
        return FAILURE;
    }
    zend_result r = SUCCESS;
    for (int i = 0; i < n; i++) {
        if (r == SUCCESS) {
            tq_error kerr;
            if (tq_lease_keeper_add(keeper, ZSTR_VAL(o->queue_name), out[i].row_id, out[i].msg.deliveries, lease,
                                    &kerr) != 0) {
                php_tq_log(obj, ABSTRACT_SCOPE, "warning", NULL,
                           "The lease of message %lld is not renewed (%s): it comes back after %lld s",
                           (long long)out[i].row_id, kerr.message, (long long)(lease / 1000));
            }
            r = rds_accept(self, q, log, keeper, &out[i]);
        }
        tq_pg_claimed_clear(&out[i]);
    }
    efree(out);
    return r;
}

/* The task's row id (metadata RdsMessageId) and id. FAILURE with an exception. */
static zend_result task_row(zval *task, int64_t *row_id, zend_string **task_id)
{
    zval key, v, id;
    ZVAL_STRING(&key, MESSAGE_ID_KEY);
    zend_result r = php_tq_call(task, "getMetadata", &v, 1, &key);
    zval_ptr_dtor(&key);
    if (r == FAILURE) {
        return FAILURE;
    }
    *row_id = Z_TYPE(v) == IS_NULL ? -1 : (int64_t)zval_get_long(&v);
    zval_ptr_dtor(&v);
    if (php_tq_call(task, "getId", &id, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    *task_id = zval_get_string(&id);
    zval_ptr_dtor(&id);
    return SUCCESS;
}

/* Ends the claim registered for a row of this broker, whatever its task id. */
static void rds_forget_row(zend_object *obj, int64_t row_id)
{
    HashTable *ht = TQ_G(claims);
    if (!ht) {
        return;
    }
    php_tq_claim *c;
    zend_string *key;
    ZEND_HASH_FOREACH_STR_KEY_PTR(ht, key, c) {
        if (c->broker == obj && c->row_id == row_id) {
            zend_hash_del(ht, key);
            break;
        }
    } ZEND_HASH_FOREACH_END();
}

/* ======================================================================================
 * RdsQueueBroker: methods
 * ====================================================================================== */

QB_METHOD(__construct)
{
    zval *pid, *receive = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL(pid)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(receive)
    ZEND_PARSE_PARAMETERS_END();
    if (!zend_is_true(pid) || Z_TYPE_P(pid) == IS_ARRAY || Z_TYPE_P(pid) == IS_OBJECT) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Persistence id needs to be set for RdsQueueBroker");
        RETURN_THROWS();
    }
    zval one;
    ZVAL_LONG(&one, 1);
    zend_call_known_instance_method_with_1_params(ABSTRACT_SCOPE->constructor, Z_OBJ_P(ZEND_THIS), NULL,
                                                  receive ? receive : &one);
    if (EG(exception)) {
        RETURN_THROWS();
    }
    zval s, lease;
    ZVAL_STR(&s, zval_get_string(pid));
    PHP_TQ_PROP_SET(Z_OBJ_P(ZEND_THIS), QB_SCOPE, "persistenceId", &s);
    zval_ptr_dtor(&s);
    ZVAL_LONG(&lease, TQ_G(lease_time) > 0 ? TQ_G(lease_time) : 60);
    PHP_TQ_PROP_SET(Z_OBJ_P(ZEND_THIS), QB_SCOPE, "leaseTime", &lease);
}

QB_METHOD(__toPhpCode)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *n = PHP_TQ_PROP(Z_OBJ_P(ZEND_THIS), ABSTRACT_SCOPE, "receiveTasks");
    smart_str out = {0};
    smart_str_appends(&out, "new \\");
    smart_str_append(&out, Z_OBJCE_P(ZEND_THIS)->name);
    smart_str_appendc(&out, '(');
    php_tq_rds_php_literal(&out, php_tq_rds_persistence_of(Z_OBJ_P(ZEND_THIS), QB_SCOPE));
    smart_str_appends(&out, ", ");
    smart_str_append_long(&out, n ? zval_get_long(n) : 1);
    smart_str_appendc(&out, ')');
    RETURN_STR(smart_str_extract(&out));
}

QB_METHOD(setQueueName)
{
    zval *name;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(name)
    ZEND_PARSE_PARAMETERS_END();
    zval v;
    if (Z_TYPE_P(name) == IS_NULL) {
        ZVAL_NULL(&v);
    } else if (Z_TYPE_P(name) == IS_ARRAY || Z_TYPE_P(name) == IS_OBJECT) {
        php_tq_throw(spl_ce_InvalidArgumentException, "RdsQueueBroker::setQueueName(): the queue name must be a "
                     "string, %s given", zend_zval_type_name(name));
        RETURN_THROWS();
    } else {
        zend_string *s = zval_get_string(name);
        char table[64];
        tq_error err;
        tq_error_clear(&err);
        if (tq_pg_table_name("queue", ZSTR_VAL(s), table, sizeof(table), &err) != 0
            || strlen(ZSTR_VAL(s)) != ZSTR_LEN(s)) {
            if (err.code == TQ_OK) {
                tq_error_set(&err, TQ_ERR_INVALID, "invalid queue name: it contains a NUL byte");
            }
            zend_string_release(s);
            php_tq_throw_error(spl_ce_InvalidArgumentException, &err, "RdsQueueBroker");
            RETURN_THROWS();
        }
        ZVAL_STR(&v, s);
    }
    PHP_TQ_PROP_SET(Z_OBJ_P(ZEND_THIS), ABSTRACT_SCOPE, "queueName", &v);
    zval_ptr_dtor(&v);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

QB_METHOD(createQueue)
{
    ZEND_PARSE_PARAMETERS_NONE();
    tq_broker *q = rds_core(Z_OBJ_P(ZEND_THIS));
    if (!q) {
        RETURN_THROWS();
    }
    tq_error err;
    tq_error_clear(&err);
    if (q->ops->create_queue(q, &err) != 0) {
        php_tq_rds_throw(Z_OBJ_P(ZEND_THIS), QB_SCOPE, &err, "RdsQueueBroker::createQueue()");
        RETURN_THROWS();
    }
    php_tq_log(Z_OBJ_P(ZEND_THIS), ABSTRACT_SCOPE, "debug", NULL, "Queue table %s created or up to date",
               tq_pg_queue_table(q));
}

QB_METHOD(push)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
    ZEND_PARSE_PARAMETERS_END();
    tq_broker *q = rds_core(Z_OBJ_P(ZEND_THIS));
    if (!q) {
        RETURN_THROWS();
    }
    zend_string *json = php_tq_task_serialize(task);
    if (!json) {
        RETURN_THROWS();
    }
    zval id;
    if (php_tq_call(task, "getId", &id, 0, NULL) == FAILURE) {
        zend_string_release(json);
        RETURN_THROWS();
    }
    zend_string *sid = zval_get_string(&id);
    zval_ptr_dtor(&id);
    tq_error err;
    tq_error_clear(&err);
    int rc = tq_pg_queue_push(q, ZSTR_VAL(json), ZSTR_LEN(json), ZSTR_LEN(sid) ? ZSTR_VAL(sid) : NULL, NULL, &err);
    zend_string_release(json);
    zend_string_release(sid);
    if (rc != 0) {
        php_tq_rds_throw(Z_OBJ_P(ZEND_THIS), QB_SCOPE, &err, "RdsQueueBroker::push()");
        RETURN_THROWS();
    }
    RETURN_TRUE;
}

QB_METHOD(pushMany)
{
    HashTable *tasks;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY_HT(tasks)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    uint32_t n = zend_hash_num_elements(tasks);
    if (n == 0) {
        RETURN_LONG(0);
    }
    tq_broker *q = rds_core(obj);
    if (!q) {
        RETURN_THROWS();
    }
    tq_pg_log *log = rds_bound_log(obj);
    zend_string **jsons = ecalloc(n, sizeof(*jsons));
    const char **bodies = ecalloc(n, sizeof(*bodies));
    const char **ids = ecalloc(n, sizeof(*ids));
    tq_log_row *rows = ecalloc(n, sizeof(*rows));
    php_tq_log_row_parts *parts = ecalloc(n, sizeof(*parts));
    uint32_t k = 0;
    zval *task;
    ZEND_HASH_FOREACH_VAL(tasks, task) {
        ZVAL_DEREF(task);
        if (Z_TYPE_P(task) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(task), php_tq_ce_TaskInterface)) {
            php_tq_throw(spl_ce_InvalidArgumentException, "RdsQueueBroker::pushMany(): element %u is %s, not a "
                         "TaskInterface; nothing was queued", k,
                         Z_TYPE_P(task) == IS_OBJECT ? ZSTR_VAL(Z_OBJCE_P(task)->name) : zend_zval_type_name(task));
            break;
        }
        if (!(jsons[k] = php_tq_task_serialize(task))
            || php_tq_log_row_collect(task, NULL, &rows[k], &parts[k]) == FAILURE) {
            break;
        }
        bodies[k] = ZSTR_VAL(jsons[k]);
        ids[k] = rows[k].id;
        rows[k].status = "enqueued";
        k++;
    } ZEND_HASH_FOREACH_END();
    if (!EG(exception)) {
        tq_error err;
        tq_error_clear(&err);
        int rc = log ? tq_pg_queue_enqueue_many(q, log, bodies, rows, n, NULL, &err)
                     : tq_pg_queue_push_many(q, bodies, ids, n, NULL, &err);
        if (rc != 0) {
            php_tq_rds_throw(obj, QB_SCOPE, &err, "RdsQueueBroker::pushMany()");
        }
    }
    for (uint32_t i = 0; i < n; i++) {
        if (jsons[i]) {
            zend_string_release(jsons[i]);
        }
        php_tq_log_row_parts_free(&parts[i]);
    }
    efree(jsons);
    efree(bodies);
    efree(ids);
    efree(rows);
    efree(parts);
    if (EG(exception)) {
        RETURN_THROWS();
    }
    RETURN_LONG((zend_long)n);
}

QB_METHOD(doPop)
{
    ZEND_PARSE_PARAMETERS_NONE();
    if (rds_do_pop(ZEND_THIS) == FAILURE) {
        RETURN_THROWS();
    }
}

/* The ack. A task whose report an RdsTaskLogBroker kept for it is finished in one statement
 * (report + status + row deleted); any other goes through doDelete(), as in TAO. */
QB_METHOD(delete)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    int64_t row_id;
    zend_string *task_id;
    if (task_row(task, &row_id, &task_id) == FAILURE) {
        RETURN_THROWS();
    }
    php_tq_claim *c = php_tq_claims_find_row(task_id, obj, row_id);
    if (c && c->report && c->report_log) {
        /* Later tasks of the same claimed batch still wait in the buffer: this completion
         * waits for them, and the batch's last ack finishes all in one statement. A crash
         * before that only means those tasks are delivered again when their leases run out. */
        c->acked = true;
        zend_string_release(task_id);
        if (rds_has_buffered(obj)) {
            return;
        }
        if (rds_complete_acked(obj) == FAILURE) {
            RETURN_THROWS();
        }
        return;
    }
    zend_string_release(task_id);
    zval args[2];
    if (row_id > 0) {
        ZVAL_LONG(&args[0], (zend_long)row_id);
    } else {
        ZVAL_NULL(&args[0]);
    }
    array_init(&args[1]);
    zend_result r = php_tq_call_hook(ZEND_THIS, "doDelete", NULL, 2, args);
    zval_ptr_dtor(&args[1]);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
}

QB_METHOD(doDelete)
{
    zval *id, *ctx = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL(id)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY(ctx)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    zend_long row = Z_TYPE_P(id) == IS_NULL ? 0 : zval_get_long(id);
    if (row <= 0) {
        php_tq_log(obj, ABSTRACT_SCOPE, "warning", ctx, "RdsQueueBroker::doDelete(): no message id; nothing deleted");
        return;
    }
    tq_broker *q = rds_core(obj);
    if (!q) {
        RETURN_THROWS();
    }
    char receipt[24];
    snprintf(receipt, sizeof(receipt), ZEND_LONG_FMT, row);
    tq_message m;
    memset(&m, 0, sizeof(m));
    m.receipt = receipt;
    tq_error err;
    tq_error_clear(&err);
    int rc = q->ops->ack(q, &m, &err);
    rds_forget_row(obj, (int64_t)row);
    if (rc != 0) {
        php_tq_rds_throw(obj, QB_SCOPE, &err, "RdsQueueBroker::delete()");
        RETURN_THROWS();
    }
}

/* Gives one buffered task back: visible again now, and its log row back to 'enqueued' when
 * the claim had started it. */
QB_METHOD(doRelease)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    /* a worker giving back its buffer is stopping: finish what it acknowledged first */
    if (rds_complete_acked(obj) == FAILURE) {
        RETURN_THROWS();
    }
    int64_t row_id;
    zend_string *task_id;
    if (task_row(task, &row_id, &task_id) == FAILURE) {
        RETURN_THROWS();
    }
    tq_broker *q = row_id > 0 ? rds_core(obj) : NULL;
    if (!q) {
        zend_string_release(task_id);
        if (EG(exception)) {
            RETURN_THROWS();
        }
        RETURN_FALSE;
    }
    php_tq_claim *c = php_tq_claims_find_row(task_id, obj, row_id);
    char receipt[24];
    snprintf(receipt, sizeof(receipt), "%lld", (long long)row_id);
    tq_pg_claimed cl;
    memset(&cl, 0, sizeof(cl));
    cl.msg.receipt = receipt;
    cl.msg.deliveries = c ? c->deliveries : 0;
    cl.row_id = row_id;
    cl.task_id = ZSTR_VAL(task_id);
    tq_error err;
    tq_error_clear(&err);
    int back;
    if (c && c->started && c->log) {
        back = tq_pg_queue_unclaim(q, c->log, &cl, &err);
    } else {
        back = tq_pg_queue_release_after(q, &cl.msg, 0, &err) == 0 ? 1 : (err.code == TQ_ERR_STATE ? 0 : -1);
    }
    if (c) {
        if (c->report) {
            zend_string_release(c->report);        /* given back: it will run again */
            c->report = NULL;
        }
        php_tq_claims_remove(task_id);
    }
    zend_string_release(task_id);
    if (back < 0) {
        php_tq_rds_throw(obj, QB_SCOPE, &err, "RdsQueueBroker::releasePreFetchedMessages()");
        RETURN_THROWS();
    }
    RETURN_BOOL(back > 0);
}

QB_METHOD(count)
{
    ZEND_PARSE_PARAMETERS_NONE();
    tq_broker *q = rds_core(Z_OBJ_P(ZEND_THIS));
    if (!q) {
        RETURN_THROWS();
    }
    tq_error err;
    tq_error_clear(&err);
    int64_t n = q->ops->count(q, &err);
    if (n < 0) {
        php_tq_rds_throw(Z_OBJ_P(ZEND_THIS), QB_SCOPE, &err, "RdsQueueBroker::count()");
        RETURN_THROWS();
    }
    RETURN_LONG((zend_long)n);
}

QB_METHOD(getTaskByTaskLogId)
{
    zend_string *log_id;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(log_id)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    tq_broker *q = rds_core(obj);
    if (!q) {
        RETURN_THROWS();
    }
    tq_pg_claimed found;
    tq_error err;
    tq_error_clear(&err);
    int rc = tq_pg_queue_find_task(q, ZSTR_VAL(log_id), &found, &err);
    if (rc < 0) {
        php_tq_rds_throw(obj, QB_SCOPE, &err, "RdsQueueBroker::getTaskByTaskLogId()");
        RETURN_THROWS();
    }
    if (rc == 0) {
        RETURN_NULL();
    }
    zval task;
    if (php_tq_task_deserialize(found.msg.body, found.msg.len, &task) == FAILURE) {
        zend_string *reason = php_tq_take_exception_message();
        php_tq_log(obj, ABSTRACT_SCOPE, "warning", NULL, "Message %lld of task %s cannot be decoded: %s",
                   (long long)found.row_id, ZSTR_VAL(log_id), ZSTR_VAL(reason));
        zend_string_release(reason);
        tq_pg_claimed_clear(&found);
        RETURN_NULL();
    }
    object_init_ex(return_value, php_tq_ce_CallbackTaskDecorator);
    PHP_TQ_PROP_SET(Z_OBJ_P(return_value), php_tq_ce_CallbackTaskDecorator, "task", &task);
    zval rid;
    ZVAL_STR(&rid, zend_strpprintf(0, "%lld", (long long)found.row_id));
    PHP_TQ_PROP_SET(Z_OBJ_P(return_value), php_tq_ce_CallbackTaskDecorator, "taskId", &rid);
    zval_ptr_dtor(&rid);
    zval_ptr_dtor(&task);
    tq_pg_claimed_clear(&found);
}

QB_METHOD(changeTaskVisibility)
{
    zend_string *task_id;
    bool visible;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_STR(task_id)
        Z_PARAM_BOOL(visible)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    char *end = NULL;
    long long row = strtoll(ZSTR_VAL(task_id), &end, 10);
    if (!ZSTR_LEN(task_id) || *end || row <= 0) {
        php_tq_throw(spl_ce_InvalidArgumentException, "RdsQueueBroker::changeTaskVisibility(): \"%s\" is not a "
                     "message id (the row id getTaskByTaskLogId() returns)", ZSTR_VAL(task_id));
        RETURN_THROWS();
    }
    tq_broker *q = rds_core(obj);
    if (!q) {
        RETURN_THROWS();
    }
    tq_error err;
    tq_error_clear(&err);
    if (tq_pg_queue_set_visible(q, (int64_t)row, visible, &err) < 0) {
        php_tq_rds_throw(obj, QB_SCOPE, &err, "RdsQueueBroker::changeTaskVisibility()");
        RETURN_THROWS();
    }
}

QB_METHOD(setLeaseTime)
{
    zend_long seconds;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(seconds)
    ZEND_PARSE_PARAMETERS_END();
    if (seconds < 1 || seconds > 86400) {
        zend_argument_value_error(1, "must be between 1 and 86400 seconds, " ZEND_LONG_FMT " given", seconds);
        RETURN_THROWS();
    }
    zval v;
    ZVAL_LONG(&v, seconds);
    PHP_TQ_PROP_SET(Z_OBJ_P(ZEND_THIS), QB_SCOPE, "leaseTime", &v);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

QB_METHOD(getLeaseTime)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(rds_lease_ms(Z_OBJ_P(ZEND_THIS)) / 1000);
}

QB_METHOD(setTaskLogBroker)
{
    zval *lb;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS_OR_NULL(lb, php_tq_ce_TaskLogBrokerInterface)
    ZEND_PARSE_PARAMETERS_END();
    zval v;
    if (lb) {
        ZVAL_COPY_VALUE(&v, lb);
    } else {
        ZVAL_NULL(&v);
    }
    PHP_TQ_PROP_SET(Z_OBJ_P(ZEND_THIS), QB_SCOPE, "taskLogBroker", &v);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

QB_METHOD(getPersistenceId)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_STRING(php_tq_rds_persistence_of(Z_OBJ_P(ZEND_THIS), QB_SCOPE));
}

QB_METHOD(getTableName)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_string *name = php_tq_rds_prop_string(Z_OBJ_P(ZEND_THIS), ABSTRACT_SCOPE, "queueName");
    zend_string *t = zend_strpprintf(0, "tq_%s", name ? ZSTR_VAL(name) : "");
    RETVAL_STR(zend_string_tolower(t));
    zend_string_release(t);
}

/* ======================================================================================
 * glue for Queue (queue.c)
 * ====================================================================================== */

void php_tq_rds_bind_task_log(zval *broker, zval *task_log)
{
    if (Z_TYPE_P(broker) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(broker), QB_SCOPE)
        || Z_TYPE_P(task_log) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(task_log), php_tq_ce_TaskLogInterface)) {
        return;
    }
    zval lb;
    zend_object *pending = EG(exception);
    if (pending) {
        return;
    }
    if (php_tq_call(task_log, "getBroker", &lb, 0, NULL) == FAILURE) {
        zend_clear_exception();      /* the TaskLog reports its own problem when used */
        return;
    }
    zval *cur = PHP_TQ_PROP(Z_OBJ_P(broker), QB_SCOPE, "taskLogBroker");
    bool rds = Z_TYPE(lb) == IS_OBJECT && instanceof_function(Z_OBJCE(lb), LB_SCOPE);
    if (rds && !(cur && Z_TYPE_P(cur) == IS_OBJECT && Z_OBJ_P(cur) == Z_OBJ(lb))) {
        PHP_TQ_PROP_SET(Z_OBJ_P(broker), QB_SCOPE, "taskLogBroker", &lb);
    } else if (!rds && cur && Z_TYPE_P(cur) == IS_OBJECT) {
        zval none;
        ZVAL_NULL(&none);
        PHP_TQ_PROP_SET(Z_OBJ_P(broker), QB_SCOPE, "taskLogBroker", &none);
    }
    zval_ptr_dtor(&lb);
}

int php_tq_rds_enqueue(zval *broker, zval *task_log, zval *task, zval *label)
{
    if (Z_TYPE_P(broker) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(broker), QB_SCOPE)
        || Z_TYPE_P(task_log) != IS_OBJECT || Z_OBJCE_P(task_log) != php_tq_ce_TaskLog) {
        return 0;
    }
    php_tq_rds_bind_task_log(broker, task_log);
    zval *lb = PHP_TQ_PROP(Z_OBJ_P(broker), QB_SCOPE, "taskLogBroker");
    if (!lb || Z_TYPE_P(lb) != IS_OBJECT || Z_OBJCE_P(lb) != LB_SCOPE) {
        return 0;                    /* a subclass may do more in add(): the usual path */
    }
    zend_object *obj = Z_OBJ_P(broker);
    tq_broker *q = rds_core(obj);
    if (!q) {
        return -1;
    }
    tq_pg_log *log = rds_bound_log(obj);
    if (!log) {
        return 0;
    }
    zend_string *json = php_tq_task_serialize(task);
    if (!json) {
        return -1;
    }
    tq_log_row row;
    memset(&row, 0, sizeof(row));
    php_tq_log_row_parts parts = {0};
    zend_string *l = label && Z_TYPE_P(label) != IS_NULL ? zval_get_string(label) : NULL;
    int rc = -1;
    if (php_tq_log_row_collect(task, l, &row, &parts) == SUCCESS) {
        row.status = "enqueued";
        tq_error err;
        tq_error_clear(&err);
        if (tq_pg_queue_enqueue(q, log, ZSTR_VAL(json), ZSTR_LEN(json), &row, NULL, &err) == 0) {
            rc = 1;
        } else {
            php_tq_rds_throw(obj, QB_SCOPE, &err, "Queue::enqueue()");
        }
    }
    if (l) {
        zend_string_release(l);
    }
    php_tq_log_row_parts_free(&parts);
    zend_string_release(json);
    return rc;
}

/* ======================================================================================
 * CallbackTaskDecorator
 * ====================================================================================== */

#define DEC_METHOD(name) ZEND_METHOD(oat_taoTaskQueue_model_Task_CallbackTaskDecorator, name)

DEC_METHOD(__construct)
{
    zval *task;
    zend_string *id;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
        Z_PARAM_STR(id)
    ZEND_PARSE_PARAMETERS_END();
    zval zid;
    ZVAL_STR(&zid, id);
    PHP_TQ_PROP_SET(Z_OBJ_P(ZEND_THIS), php_tq_ce_CallbackTaskDecorator, "task", task);
    PHP_TQ_PROP_SET(Z_OBJ_P(ZEND_THIS), php_tq_ce_CallbackTaskDecorator, "taskId", &zid);
}

DEC_METHOD(getTask)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *v = PHP_TQ_PROP(Z_OBJ_P(ZEND_THIS), php_tq_ce_CallbackTaskDecorator, "task");
    if (!v || Z_TYPE_P(v) != IS_OBJECT) {
        zend_throw_error(NULL, "CallbackTaskDecorator has no task: it was built without its constructor");
        RETURN_THROWS();
    }
    RETURN_COPY(v);
}

DEC_METHOD(getTaskId)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_string *s = php_tq_rds_prop_string(Z_OBJ_P(ZEND_THIS), php_tq_ce_CallbackTaskDecorator, "taskId");
    RETURN_STR_COPY(s ? s : ZSTR_EMPTY_ALLOC());
}

/* ====================================================================================== */

void php_tq_rds_queue_broker_minit(void)
{
    php_tq_ce_RdsQueueBroker = register_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker(ABSTRACT_SCOPE);
    php_tq_ce_RdsQueueBroker->create_object = rds_queue_create;
    memcpy(&rds_queue_handlers, &std_object_handlers, sizeof(zend_object_handlers));
    rds_queue_handlers.offset = XtOffsetOf(php_tq_rds_queue, std);
    rds_queue_handlers.free_obj = rds_queue_free;
    rds_queue_handlers.clone_obj = rds_queue_clone;
    php_tq_native_broker_register(php_tq_ce_RdsQueueBroker, rds_queue_native);

    php_tq_ce_CallbackTaskDecorator = register_class_oat_taoTaskQueue_model_Task_CallbackTaskDecorator();
}
