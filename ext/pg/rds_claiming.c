/*
 * pg/rds_claiming.c: how an RdsQueueBroker claims: one statement leases up to `receive` rows
 * (and, with a bound RdsTaskLogBroker, starts their tasks), each decoded into the prefetch
 * buffer and recorded in the claim ledger (pg/claims.h) with its lease keeper; a message that
 * does not decode is set aside; acknowledged tasks of a batch are completed together. Also
 * the broker's hooks for Queue and the workers (php_tq_broker_hooks).
 * May touch: the Zend API, src/pg/tq_pg*, src/pg/tq_lease_keeper, src/task_log/tq_report,
 * pg/claims, pg/rds.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "rds_queue_broker.h"

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

/* Characters of a UTF-8 id, as PostgreSQL's VARCHAR counts them. */
static size_t rds_id_chars(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    }
    return n;
}

/* A message that cannot run (what: "cannot be decoded", ...): kept aside (invisible, no
 * lease) and a failed Task Log entry says why. Never throws; what fails is logged. */
static void rds_bury(zend_object *obj, tq_broker *q, tq_pg_log *log, tq_pg_claimed *c, const char *what,
                     zend_string *reason)
{
    tq_error err;
    tq_error_clear(&err);
    const char *queue = tq_pg_queue_table(q) + 3;
    char *json_id = NULL, *fqcn = NULL;
    message_facts(c->msg.body, c->msg.len, &json_id, &fqcn);
    const char *known = c->task_id ? c->task_id : json_id;
    if (known && rds_id_chars(known, strlen(known)) > TQ_PG_TASK_ID_MAX) {
        known = NULL;    /* the Task Log cannot hold it: the entry takes the row's name */
    }
    char synthetic[160];
    snprintf(synthetic, sizeof(synthetic), "RdsQueueBroker:%s:%lld", queue, (long long)c->row_id);
    const char *id = known ? known : synthetic;

    if (tq_pg_queue_bury(q, &c->msg, &err) != 0) {
        php_tq_log(obj, ABSTRACT_SCOPE, "error", NULL,
                   "Message %lld of queue \"%s\" %s (%s) and could not be set aside: %s; it comes "
                   "back when its lease runs out", (long long)c->row_id, queue, what, ZSTR_VAL(reason), err.message);
        free(json_id);
        free(fqcn);
        return;
    }
    php_tq_log(obj, ABSTRACT_SCOPE, "error", NULL,
               "Message %lld of queue \"%s\" (task %s) %s and is set aside (invisible, not deleted): %s",
               (long long)c->row_id, queue, id, what, ZSTR_VAL(reason));

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

/* The row stops being renewed: it is not recorded as a claim (only ending a claim would
 * unregister it), so nobody else would. */
static void rds_unlease(zend_object *obj, tq_lease_keeper *keeper, int64_t row_id)
{
    php_tq_rds_queue *o = rds_queue_from(obj);
    if (keeper) {
        tq_lease_keeper_remove(keeper, o->queue_name ? ZSTR_VAL(o->queue_name) : "", row_id);
    }
}

/* A claimed message whose task could not be built: set aside; with exit() unwinding (FAILURE)
 * it is only left to come back when its lease runs out. */
/* A claimed message that cannot run: no longer renewed, then buried; reason released. */
static void rds_set_aside(zend_object *obj, tq_broker *q, tq_pg_log *log, tq_lease_keeper *keeper,
                          tq_pg_claimed *c, zend_string *reason)
{
    rds_unlease(obj, keeper, c->row_id);
    rds_bury(obj, q, log, c, "cannot be decoded", reason);
    zend_string_release(reason);
}

/* A message claimed more than taskqueue.max_deliveries times: every worker that took it died
 * or gave it back before finishing it. Set aside before decoding (decoding may be what
 * kills). true when it was. */
static bool rds_delivered_too_often(zend_object *obj, tq_broker *q, tq_pg_log *log, tq_lease_keeper *keeper,
                                    tq_pg_claimed *c)
{
    zend_long max = TQ_G(max_deliveries);
    if (max <= 0 || c->msg.deliveries <= max) {
        return false;
    }
    zend_string *reason = zend_strpprintf(0, "it was delivered %d times and no worker finished it (each one died or "
                                          "gave it back first: killed, crashed, out of memory); "
                                          "taskqueue.max_deliveries is " ZEND_LONG_FMT, c->msg.deliveries, max);
    rds_unlease(obj, keeper, c->row_id);
    rds_bury(obj, q, log, c, "has been delivered too often", reason);
    zend_string_release(reason);
    return true;
}

static zend_result rds_reject(zend_object *obj, tq_broker *q, tq_pg_log *log, tq_lease_keeper *keeper,
                              tq_pg_claimed *c)
{
    if (EG(exception) && (zend_is_unwind_exit(EG(exception)) || zend_is_graceful_exit(EG(exception)))) {
        rds_unlease(obj, keeper, c->row_id);
        return FAILURE;
    }
    rds_set_aside(obj, q, log, keeper, c, php_tq_take_exception_message());
    return SUCCESS;
}

/* Decodes one claimed message into the prefetch buffer and records the claim; a message
 * that does not decode is set aside. FAILURE only when exit() is unwinding. */
static zend_result rds_accept(zval *self, tq_broker *q, tq_pg_log *log, tq_lease_keeper *keeper, tq_pg_claimed *c)
{
    zend_object *obj = Z_OBJ_P(self);
    if (rds_delivered_too_often(obj, q, log, keeper, c)) {
        return SUCCESS;
    }
    zval task;
    if (php_tq_task_deserialize(c->msg.body, c->msg.len, &task) == FAILURE) {
        return rds_reject(obj, q, log, keeper, c);
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
        return rds_reject(obj, q, log, keeper, c);
    }
    zend_string *task_id = zval_get_string(&id);
    zval_ptr_dtor(&id);
    size_t chars = rds_id_chars(ZSTR_VAL(task_id), ZSTR_LEN(task_id));
    if (chars > TQ_PG_TASK_ID_MAX) {
        /* TAO's PHP can write such a row; its Task Log entry could never be written */
        zend_string *reason = zend_strpprintf(0, "the task id is %zu characters long; at most %d fit in the Task Log",
                                              chars, TQ_PG_TASK_ID_MAX);
        zend_string_release(task_id);
        zval_ptr_dtor(&task);
        rds_set_aside(obj, q, log, keeper, c, reason);
        return SUCCESS;
    }
    php_tq_rds_queue *o = rds_queue_from(obj);
    if (!o->owner) {
        o->owner = php_tq_claims_owner();
    }
    php_tq_claim *claim = php_tq_claims_add(task_id, o->owner, Z_OBJ(task), keeper, ZSTR_VAL(o->queue_name),
                                            c->row_id);
    if (claim) {
        claim->queue = q;
        claim->log = log;
        claim->deliveries = c->msg.deliveries;
        claim->started = c->started;
        tq_claim_set_status(claim, c->status);
    } else {
        /* the same task twice in this process (a duplicated message): the first one rules;
         * this row is not renewed (it comes back after its lease if not acknowledged) */
        rds_unlease(obj, keeper, c->row_id);
    }
    zend_string_release(task_id);
    r = php_tq_call_hook(self, "pushPreFetchedMessage", NULL, 1, &task);
    zval_ptr_dtor(&task);
    return r;
}

/* doPop(): one statement claims up to receive (capped by the worker's claim cap) messages,
 * leased; with a bound Task Log it also starts their tasks. */
/* Finishes the acknowledged tasks of this broker whose completion waits for their batch. */
zend_result php_tq_rdsq_complete_acked(zend_object *obj)
{
    tq_error err;
    tq_error_clear(&err);
    php_tq_rds_queue *o = rds_queue_from(obj);
    if (o->owner && php_tq_claims_complete_acked(o->owner, &err) == FAILURE) {
        php_tq_rds_throw(obj, QB_SCOPE, &err, "RdsQueueBroker (completing acknowledged tasks)");
        return FAILURE;
    }
    return SUCCESS;
}

/* Whether claimed tasks of this broker still wait in its pre-fetch buffer. */
bool php_tq_rdsq_has_buffered(zend_object *obj)
{
    zval *q = PHP_TQ_PROP(obj, ABSTRACT_SCOPE, "preFetchedQueue");
    if (q) {
        ZVAL_DEREF(q);
    }
    return q && Z_TYPE_P(q) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(q)) > 0;
}

zend_result php_tq_rdsq_do_pop(zval *self)
{
    zend_object *obj = Z_OBJ_P(self);
    /* the batch before this one is over: nothing of it may wait any longer */
    if (php_tq_rdsq_complete_acked(obj) == FAILURE) {
        return FAILURE;
    }
    tq_broker *q = php_tq_rdsq_core(obj);
    if (!q) {
        return FAILURE;
    }
    php_tq_rds_queue *o = rds_queue_from(obj);
    zval *rv = PHP_TQ_PROP(obj, ABSTRACT_SCOPE, "receiveTasks");
    zend_long max = rv ? zval_get_long(rv) : 1;
    if (o->claim_cap > 0 && o->claim_cap < max) {
        max = o->claim_cap;
    }
    if (max < 1) {
        max = 1;
    }
    int64_t lease = php_tq_rdsq_lease_ms(obj);
    tq_lease_keeper *keeper = php_tq_pg_keeper(o->conn);
    if (!keeper) {
        return FAILURE;
    }
    tq_pg_log *log = php_tq_rdsq_bound_log(obj);
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
zend_result php_tq_rdsq_task_row(zval *task, int64_t *row_id, zend_string **task_id)
{
    zval v, id;
    zend_result r = php_tq_task_metadata(task, MESSAGE_ID_KEY, &v);
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


/* ======================================================================================
 * hooks for Queue and the workers (php_tq_broker_hooks)
 * ====================================================================================== */

/* bind_task_log hook: when task_log is a TaskLogInterface whose getBroker() is an
 * RdsTaskLogBroker, that log broker becomes this broker's (its claims then start tasks in the
 * same statement); it is forgotten when the TaskLog's broker is another kind. */
void php_tq_rdsq_bind_task_log(zend_object *obj, zval *task_log)
{
    if (Z_TYPE_P(task_log) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(task_log), php_tq_ce_TaskLogInterface)) {
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
    zval *cur = PHP_TQ_PROP(obj, QB_SCOPE, "taskLogBroker");
    bool rds = Z_TYPE(lb) == IS_OBJECT && instanceof_function(Z_OBJCE(lb), LB_SCOPE);
    if (rds && !(cur && Z_TYPE_P(cur) == IS_OBJECT && Z_OBJ_P(cur) == Z_OBJ(lb))) {
        PHP_TQ_PROP_SET(obj, QB_SCOPE, "taskLogBroker", &lb);
    } else if (!rds && cur && Z_TYPE_P(cur) == IS_OBJECT) {
        zval none;
        ZVAL_NULL(&none);
        PHP_TQ_PROP_SET(obj, QB_SCOPE, "taskLogBroker", &none);
    }
    zval_ptr_dtor(&lb);
}

/* reschedule hook: the claimed row itself takes the next attempt or becomes a dead letter
 * (tq_pg_queue_reschedule), so the task keeps its row, id and uniqueness key throughout. */
int php_tq_rdsq_reschedule(zend_object *obj, zval *task, zend_string *task_id, zend_string *body, int64_t delay_ms,
                           bool dead, tq_error *err)
{
    php_tq_claim *c = php_tq_claims_find_task(task_id, Z_OBJ_P(task));
    if (!c) {
        c = php_tq_claims_find(task_id);   /* the task handed on in a wrapper: still this claim */
    }
    if (!c || !c->queue || c->row_id < 0) {
        return 0;
    }
    /* a report deferred for this run is the worker's to write again, after the row changed */
    php_tq_claims_drop_report(c);
    int rc = tq_pg_queue_reschedule(c->queue, c->row_id, c->deliveries, ZSTR_VAL(body), ZSTR_LEN(body), delay_ms,
                                    dead, err);
    if (rc < 0) {
        return -1;
    }
    php_tq_claims_end(c);
    return rc == 1 ? 1 : 2;
}

/* enqueue hook: Queue::enqueue() in one statement (queue row + 'enqueued' log row) when
 * task_log is our TaskLog over an RdsTaskLogBroker on the same database. 1 done, 0 not
 * applicable (take the usual path), -1 exception pending. */
int php_tq_rdsq_enqueue(zend_object *obj, zval *task_log, zval *task, zval *label)
{
    if (Z_TYPE_P(task_log) != IS_OBJECT || Z_OBJCE_P(task_log) != php_tq_ce_TaskLog) {
        return 0;
    }
    php_tq_rdsq_bind_task_log(obj, task_log);
    zval *lb = PHP_TQ_PROP(obj, QB_SCOPE, "taskLogBroker");
    if (!lb || Z_TYPE_P(lb) != IS_OBJECT || Z_OBJCE_P(lb) != LB_SCOPE) {
        return 0;                    /* a subclass may do more in add(): the usual path */
    }
    tq_broker *q = php_tq_rdsq_core(obj);
    if (!q) {
        return -1;
    }
    tq_pg_log *log = php_tq_rdsq_bound_log(obj);
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
        char *existing = NULL;
        int done = tq_pg_queue_enqueue(q, log, ZSTR_VAL(json), ZSTR_LEN(json), &row, NULL, &existing, &err);
        if (done >= 0) {
            rc = done == 1 && php_tq_rds_adopt_id(task, existing) == FAILURE ? -1 : 1;
            free(existing);
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

/* A task whose uniqueness key another task holds takes that task's id: what createTask()
 * returns and enqueue()'s caller holds is then the task that will run. */
zend_result php_tq_rds_adopt_id(zval *task, const char *existing)
{
    if (!existing) {
        return SUCCESS;   /* the holder's row has no task id (written by other code) */
    }
    zval args[2];
    ZVAL_STRING(&args[0], "__id__");
    ZVAL_STRING(&args[1], existing);
    zend_result r = php_tq_call(task, "setMetadata", NULL, 2, args);
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&args[1]);
    return r;
}

void php_tq_rdsq_set_claim_cap(zend_object *obj, zend_long cap)
{
    rds_queue_from(obj)->claim_cap = cap;
}

/* claim_state hook: the request's claim ledger (pg/claims.h) is not one object's, so every
 * RdsQueueBroker answers for all of them. */
int php_tq_rdsq_claim_state(zend_string *task_id, const zend_object *task, bool hand_out, const char **status)
{
    if (hand_out) {
        return php_tq_claims_state(task_id, task, status);
    }
    php_tq_claim *c = php_tq_claims_find_task(task_id, task);
    *status = c ? c->status : NULL;
    return c ? (c->started ? 1 : 0) : -1;
}
