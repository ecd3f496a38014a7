/*
 * rds_queue_broker.c: RdsQueueBroker (TAO's RDS queue broker over src/pg/tq_pg_queue) and
 * CallbackTaskDecorator.
 * Statements per task. A Queue whose TaskLog keeps its rows in an RdsTaskLogBroker on the
 * same database binds that log broker to its RdsQueueBroker (the bind_task_log hook), so:
 *   enqueue  queue row + 'enqueued' log row in one statement (the enqueue hook);
 *   claim    up to `receive` rows leased AND their log rows moved to 'running' in one
 *            statement; the claim registry (pg/claims.h) tells Queue::dequeue() and the
 *            worker that the task is started, so they send nothing more;
 *   finish   the worker's setReport() of a task claimed here is kept until its ack, which
 *            stores report + status and deletes the row in one statement.
 * So a task costs about 1 (enqueue) + 1/receive (claim) + 1 (finish) statements. Without a
 * bound log broker every path is TAO's (plain claim, guarded updates from the worker).
 * A message that cannot be decoded is set aside (invisible, no lease: TAO's stuck-task tools
 * see it) with a failed Task Log entry saying why, never deleted.
 * Claiming and the hooks for Queue and the workers live in rds_claiming.c (pg/rds_queue_broker.h).
 * May touch: the Zend API, src/pg/tq_pg*, src/pg/tq_lease_keeper, src/task_log/tq_report, pg/claims, pg/rds.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif
#include "rds_queue_broker.h"
#include "rds_queue_broker_arginfo.h"

zend_class_entry *php_tq_ce_RdsQueueBroker;
static zend_class_entry *php_tq_ce_NewSqlQueueBroker;
zend_class_entry *php_tq_ce_CallbackTaskDecorator;

/* ======================================================================================
 * objects
 * ====================================================================================== */

static zend_object_handlers rds_queue_handlers;



static void rds_queue_drop_core(php_tq_rds_queue *o)
{
    if (o->owner) {
        php_tq_claims_drop_owner(o->owner);
    }
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

/* Ending the claims stores the reports deferred to their acks (one guarded statement each,
 * on the request's connection). This network I/O stays in the destructor rather than moving
 * to the end of the request: the claims name this broker's core queue, which goes with it,
 * and a worker's request lasts as long as the worker, so finished tasks would stay 'running'
 * (their leases renewed) for hours. Who can be blocked: only a process whose claims of this
 * broker were acknowledged and not yet completed, which LongRunningWorker avoids (the release
 * when run() ends completes them), so normally nothing is sent; otherwise one statement per
 * deferred report, each as long as the server takes (no statement timeout of ours). Failures
 * are not logged (the logger is PHP code, which free_obj must not run); a report lost here
 * only means the task runs again. Claims of brokers still alive at the end of the request are
 * settled by php_tq_claims_rshutdown() the same way. */
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

#define SELF_Q rds_queue_from(Z_OBJ_P(ZEND_THIS))

/* The core broker for the current queue name (built, and the connection resolved, on first
 * use; rebuilt after a rename). NULL with an exception. */
tq_broker *php_tq_rdsq_core(zend_object *obj)
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

zend_result php_tq_rds_queue_target(zend_object *obj, tq_pg **pg, const char **table)
{
    tq_broker *b = php_tq_rdsq_core(obj);
    if (!b) {
        return FAILURE;
    }
    *pg = tq_pg_queue_conn(b);
    *table = tq_pg_queue_table(b);
    return SUCCESS;
}

static tq_broker *rds_queue_native(zend_object *obj)
{
    tq_broker *b = php_tq_rdsq_core(obj);
    if (!b) {
        zend_clear_exception();
    }
    return b;
}

int64_t php_tq_rdsq_lease_ms(zend_object *obj)
{
    zval *v = PHP_TQ_PROP(obj, QB_SCOPE, "leaseTime");
    zend_long s = v && Z_TYPE_P(v) == IS_LONG ? Z_LVAL_P(v) : 60;
    return (int64_t)(s > 0 ? s : 60) * 1000;
}

/* The store of the bound RdsTaskLogBroker when it is on this broker's connection (claims can
 * then start tasks in it); NULL otherwise, never an exception. */
tq_pg_log *php_tq_rdsq_bound_log(zend_object *obj)
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
 * RdsQueueBroker: methods
 * ====================================================================================== */

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, __construct)
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

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, __toPhpCode)
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

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, setQueueName)
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

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, createQueue)
{
    ZEND_PARSE_PARAMETERS_NONE();
    tq_broker *q = php_tq_rdsq_core(Z_OBJ_P(ZEND_THIS));
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

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, push)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
    ZEND_PARSE_PARAMETERS_END();
    tq_broker *q = php_tq_rdsq_core(Z_OBJ_P(ZEND_THIS));
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
    char *existing = NULL;
    int rc = tq_pg_queue_push(q, ZSTR_VAL(json), ZSTR_LEN(json), ZSTR_LEN(sid) ? ZSTR_VAL(sid) : NULL, NULL,
                              &existing, &err);
    zend_string_release(json);
    zend_string_release(sid);
    if (rc < 0) {
        php_tq_rds_throw(Z_OBJ_P(ZEND_THIS), QB_SCOPE, &err, "RdsQueueBroker::push()");
        RETURN_THROWS();
    }
    /* the uniqueness key is held: the task becomes the one holding it (doc/compatibility.md) */
    zend_result r = rc == 1 ? php_tq_rds_adopt_id(task, existing) : SUCCESS;
    free(existing);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
    RETURN_TRUE;
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, pushMany)
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
    tq_broker *q = php_tq_rdsq_core(obj);
    if (!q) {
        RETURN_THROWS();
    }
    tq_pg_log *log = php_tq_rdsq_bound_log(obj);
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
    php_tq_strings_free(jsons, n);
    for (uint32_t i = 0; i < n; i++) {
        php_tq_log_row_parts_free(&parts[i]);
    }
    efree(bodies);
    efree(ids);
    efree(rows);
    efree(parts);
    if (EG(exception)) {
        RETURN_THROWS();
    }
    RETURN_LONG((zend_long)n);
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, doPop)
{
    ZEND_PARSE_PARAMETERS_NONE();
    if (php_tq_rdsq_do_pop(ZEND_THIS) == FAILURE) {
        RETURN_THROWS();
    }
}

/* The ack. A task whose report an RdsTaskLogBroker kept for it is finished in one statement
 * (report + status + row deleted); any other goes through doDelete(), as in TAO. */
ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, delete)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    int64_t row_id;
    zend_string *task_id;
    if (php_tq_rdsq_task_row(task, &row_id, &task_id) == FAILURE) {
        RETURN_THROWS();
    }
    php_tq_claim *c = php_tq_claims_find_row(task_id, rds_queue_from(obj)->owner, row_id);
    if (c && c->report && c->report_sink) {
        /* Later tasks of the same claimed batch still wait in the buffer: this completion
         * waits for them, and the batch's last ack finishes all in one statement. A crash
         * before that only means those tasks are delivered again when their leases run out. */
        c->state = TQ_CLAIM_ACKED;
        zend_string_release(task_id);
        if (php_tq_rdsq_has_buffered(obj)) {
            return;
        }
        if (php_tq_rdsq_complete_acked(obj) == FAILURE) {
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

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, doDelete)
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
    tq_broker *q = php_tq_rdsq_core(obj);
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
    if (rds_queue_from(obj)->owner) {
        php_tq_claims_end_row(rds_queue_from(obj)->owner, (int64_t)row);
    }
    if (rc != 0) {
        php_tq_rds_throw(obj, QB_SCOPE, &err, "RdsQueueBroker::delete()");
        RETURN_THROWS();
    }
}

/* Gives one buffered task back: visible again now, and its log row back to 'enqueued' when
 * the claim had started it. */
ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, doRelease)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    /* a worker giving back its buffer is stopping: finish what it acknowledged first */
    if (php_tq_rdsq_complete_acked(obj) == FAILURE) {
        RETURN_THROWS();
    }
    int64_t row_id;
    zend_string *task_id;
    if (php_tq_rdsq_task_row(task, &row_id, &task_id) == FAILURE) {
        RETURN_THROWS();
    }
    tq_broker *q = row_id > 0 ? php_tq_rdsq_core(obj) : NULL;
    if (!q) {
        zend_string_release(task_id);
        if (EG(exception)) {
            RETURN_THROWS();
        }
        RETURN_FALSE;
    }
    php_tq_claim *c = php_tq_claims_find_row(task_id, rds_queue_from(obj)->owner, row_id);
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
        php_tq_claims_end(c);        /* a deferred report goes with it: the task will run again */
    }
    zend_string_release(task_id);
    if (back < 0) {
        php_tq_rds_throw(obj, QB_SCOPE, &err, "RdsQueueBroker::releasePreFetchedMessages()");
        RETURN_THROWS();
    }
    RETURN_BOOL(back > 0);
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, count)
{
    ZEND_PARSE_PARAMETERS_NONE();
    tq_broker *q = php_tq_rdsq_core(Z_OBJ_P(ZEND_THIS));
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

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, getTaskByTaskLogId)
{
    zend_string *log_id;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(log_id)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    tq_broker *q = php_tq_rdsq_core(obj);
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

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, changeTaskVisibility)
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
    tq_broker *q = php_tq_rdsq_core(obj);
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

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, setLeaseTime)
{
    zend_long seconds;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(seconds)
    ZEND_PARSE_PARAMETERS_END();
    if (seconds < 1 || seconds > PHP_TQ_LEASE_TIME_MAX) {
        /* the bounds of ini taskqueue.lease_time */
        zend_argument_value_error(1, "must be between 1 and %d seconds, " ZEND_LONG_FMT " given", PHP_TQ_LEASE_TIME_MAX,
                                  seconds);
        RETURN_THROWS();
    }
    zval v;
    ZVAL_LONG(&v, seconds);
    PHP_TQ_PROP_SET(Z_OBJ_P(ZEND_THIS), QB_SCOPE, "leaseTime", &v);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, getLeaseTime)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(php_tq_rdsq_lease_ms(Z_OBJ_P(ZEND_THIS)) / 1000);
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, setTaskLogBroker)
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

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, getPersistenceId)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_STRING(php_tq_rds_persistence_of(Z_OBJ_P(ZEND_THIS), QB_SCOPE));
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, getTableName)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_string *name = php_tq_rds_prop_string(Z_OBJ_P(ZEND_THIS), ABSTRACT_SCOPE, "queueName");
    zend_string *t = zend_strpprintf(0, "tq_%s", name ? ZSTR_VAL(name) : "");
    RETVAL_STR(zend_string_tolower(t));
    zend_string_release(t);
}

/* ======================================================================================
 * CallbackTaskDecorator
 * ====================================================================================== */


ZEND_METHOD(oat_taoTaskQueue_model_Task_CallbackTaskDecorator, __construct)
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

ZEND_METHOD(oat_taoTaskQueue_model_Task_CallbackTaskDecorator, getTask)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *v = PHP_TQ_PROP(Z_OBJ_P(ZEND_THIS), php_tq_ce_CallbackTaskDecorator, "task");
    if (!v || Z_TYPE_P(v) != IS_OBJECT) {
        zend_throw_error(NULL, "CallbackTaskDecorator has no task: it was built without its constructor");
        RETURN_THROWS();
    }
    RETURN_COPY(v);
}

ZEND_METHOD(oat_taoTaskQueue_model_Task_CallbackTaskDecorator, getTaskId)
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
    static const php_tq_broker_hooks hooks = {
        .native = rds_queue_native,
        .bind_task_log = php_tq_rdsq_bind_task_log,
        .enqueue = php_tq_rdsq_enqueue,
        .set_claim_cap = php_tq_rdsq_set_claim_cap,
        .claim_state = php_tq_rdsq_claim_state,
        .claim_settle = php_tq_claims_settle,
        .reschedule = php_tq_rdsq_reschedule,
        .schedules = PHP_TQ_DELAYS | PHP_TQ_UNIQUE,
    };
    php_tq_native_broker_register(php_tq_ce_RdsQueueBroker, &hooks);
    php_tq_ce_NewSqlQueueBroker = register_class_oat_taoTaskQueue_model_QueueBroker_NewSqlQueueBroker(
        php_tq_ce_RdsQueueBroker);
    /* its own ID (getBrokerId() reads it). An internal class gets its own copy of each
     * inherited constant (freed with the class): the copy's value is replaced in place. */
    zend_class_constant *id = zend_hash_str_find_ptr(&php_tq_ce_NewSqlQueueBroker->constants_table, "ID",
                                                     sizeof("ID") - 1);
    ZEND_ASSERT(id && Z_TYPE(id->value) == IS_STRING && ZSTR_IS_INTERNED(Z_STR(id->value)));
    ZVAL_INTERNED_STR(&id->value, zend_string_init_interned("newsql", sizeof("newsql") - 1, 1));

    php_tq_ce_CallbackTaskDecorator = register_class_oat_taoTaskQueue_model_Task_CallbackTaskDecorator();
}
