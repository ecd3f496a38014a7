/*
 * http/dashboard.c: the operator routes of the task dashboard, tao/TaskQueueDashboard/...
 * (managers; README "Task dashboard", doc/taskApi.yml): the queues of the tao/taskQueue
 * service with their broker, weight, depth, oldest waiting task, tasks per second and
 * failures; the live workers (tq_workers, written by their heartbeats); stuck and failed
 * tasks; and retry, restart, cancel, archive-finished, each answering what it did. The
 * Task Log must be an RdsTaskLogBroker's (the figures are SQL in src/pg/tq_pg_dashboard).
 * May touch: the Zend API, common/common, http/http.h, pg/pg.h, pg/rds.h, queue/queue.h (task_rerun),
 * task/task.h, task_log/task_log.h, src/pg (tq_pg_dashboard, tq_pg_workers).
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "../pg/pg.h"
#include "../pg/rds.h"
#include "../queue/queue.h"
#include "../sqs/sqs.h"
#include "../task/task.h"
#include "../task_log/task_log.h"
#include "http.h"
#include "pg/tq_pg_dashboard.h"
#include "pg/tq_pg_stuck.h"
#include "pg/tq_pg_workers.h"

#define TQ_SERVICE_QUEUES "tao/taskQueue"
#define TQ_ARCHIVE_BATCH 500
#define TQ_ARCHIVE_MAX_BATCHES 10000

static void dash_fail(php_tq_http_ctx *ctx, int status, const char *msg, const char *arg)
{
    tq_http_fail(&ctx->err, status, msg, arg ? arg : "");
    ctx->failed = true;
}

void php_tq_http_dash_fail_error(php_tq_http_ctx *ctx, const tq_error *err)
{
    if (ctx->debug) {
        dash_fail(ctx, 500, "%s", err->message);
    } else {
        dash_fail(ctx, 500, "Unexpected error. Please contact administrator%s", NULL);
    }
}

/* The PostgreSQL store of the Task Log's broker. FAILURE with the answer filled. */
zend_result php_tq_http_dash_log(php_tq_http_ctx *ctx, php_tq_dash_log *out)
{
    zval broker;
    if (php_tq_call(ctx->task_log, "getBroker", &broker, 0, NULL) == FAILURE) {
        php_tq_http_fail_exception(ctx, false);
        return FAILURE;
    }
    tq_pg_log *store = NULL;
    if (Z_TYPE(broker) == IS_OBJECT && instanceof_function(Z_OBJCE(broker), php_tq_ce_RdsTaskLogBroker)) {
        store = php_tq_rds_log_store(Z_OBJ(broker));
        if (!store) {
            zval_ptr_dtor(&broker);
            php_tq_http_fail_exception(ctx, false);
            return FAILURE;
        }
    }
    zval_ptr_dtor(&broker);      /* the store lives in the broker, which the Task Log keeps */
    if (!store) {
        dash_fail(ctx, 400, "%s needs a Task Log on PostgreSQL (RdsTaskLogBroker)",
                  ctx->call.route->action == TQ_ACT_METRICS ? "/metrics" : "The operator view");
        return FAILURE;
    }
    out->pg = tq_pg_log_conn(store);
    out->table = tq_pg_log_table(store);
    return SUCCESS;
}

/* The tao/taskQueue service. FAILURE with the answer filled. */
/* The TAO root's queue service, quietly: FAILURE when there is none (no exception left). */
static zend_result dash_load_dispatcher(zval *out)
{
    tq_error err;
    tq_error_clear(&err);
    zend_string *id = zend_string_init(TQ_SERVICE_QUEUES, sizeof(TQ_SERVICE_QUEUES) - 1, 0);
    zend_result r = php_tq_load_service_config(id, out, &err);
    zend_string_release(id);
    if (r == SUCCESS && Z_TYPE_P(out) == IS_OBJECT && instanceof_function(Z_OBJCE_P(out), php_tq_ce_QueueDispatcherInterface)) {
        return SUCCESS;
    }
    if (r == SUCCESS) {
        zval_ptr_dtor(out);
    }
    zend_clear_exception();
    return FAILURE;
}

zend_result php_tq_http_dash_dispatcher(php_tq_http_ctx *ctx, zval *out)
{
    if (dash_load_dispatcher(out) == SUCCESS) {
        return SUCCESS;
    }
    dash_fail(ctx, 400, "No queue service (tao/taskQueue) in the TAO root%s", NULL);
    return FAILURE;
}

/* The PostgreSQL connection and table of an RdsQueueBroker queue, else false. */
bool php_tq_http_dash_rds_queue(zval *broker, zend_string *queue_name, tq_pg **pg, char table[64])
{
    if (Z_TYPE_P(broker) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(broker), php_tq_ce_RdsQueueBroker)) {
        return false;
    }
    tq_error err;
    if (tq_pg_table_name("queue", ZSTR_VAL(queue_name), table, 64, &err) != 0) {
        return false;
    }
    const char *pid = php_tq_rds_persistence_of(Z_OBJ_P(broker), php_tq_ce_RdsQueueBroker);
    zend_string *id = zend_string_init(pid, strlen(pid), 0);
    php_tq_pg_conn *conn = php_tq_pg_for(id);
    zend_string_release(id);
    if (!conn) {
        zend_clear_exception();
        return false;
    }
    *pg = conn->pg;
    return true;
}

static const char *dash_broker_kind(zval *broker)
{
    if (Z_TYPE_P(broker) != IS_OBJECT) {
        return "unknown";
    }
    zend_class_entry *ce = Z_OBJCE_P(broker);
    if (instanceof_function(ce, php_tq_ce_RdsQueueBroker)) return "rds";
    if (instanceof_function(ce, php_tq_ce_SqsQueueBroker)) return "sqs";
    if (instanceof_function(ce, php_tq_ce_InMemoryQueueBroker)) return "memory";
    return ZSTR_VAL(ce->name);
}

/* --- reads ---------------------------------------------------------------------------- */

static void dash_queue_row(zval *queue, tq_dash_name_count *fin, size_t nfin, zval *links, zend_string *def, zval *row)
{
    zval name, weight, broker, count;
    array_init(row);
    if (php_tq_call(queue, "getName", &name, 0, NULL) == FAILURE) {
        zend_clear_exception();
        ZVAL_STRING(&name, "?");
    }
    zend_string *qname = zval_get_string(&name);
    add_assoc_str(row, "name", zend_string_copy(qname));
    if (php_tq_call(queue, "getWeight", &weight, 0, NULL) == SUCCESS) {
        add_assoc_long(row, "weight", zval_get_long(&weight));
        zval_ptr_dtor(&weight);
    } else {
        zend_clear_exception();
        add_assoc_null(row, "weight");
    }
    ZVAL_NULL(&broker);
    if (php_tq_call(queue, "getBroker", &broker, 0, NULL) == FAILURE) {
        zend_clear_exception();
    }
    add_assoc_string(row, "broker", dash_broker_kind(&broker));
    tq_pg *pg;
    char table[64];
    int64_t waiting = 0;
    double oldest = -1;
    tq_error err;
    if (php_tq_http_dash_rds_queue(&broker, qname, &pg, table) && tq_pg_dash_queue(pg, table, &waiting, &oldest, &err) == 0) {
        add_assoc_long(row, "depth", (zend_long)waiting);
    } else if (php_tq_call(queue, "count", &count, 0, NULL) == SUCCESS) {
        add_assoc_long(row, "depth", zval_get_long(&count));
        zval_ptr_dtor(&count);
    } else {
        zend_clear_exception();
        add_assoc_null(row, "depth");
    }
    if (oldest >= 0) {
        add_assoc_double(row, "oldestWaitingAge", oldest);
    } else {
        add_assoc_null(row, "oldestWaitingAge");
    }
    int64_t done = 0, failed = 0;
    for (size_t i = 0; i < nfin; i++) {
        zend_string *q = php_tq_queue_of_task(links, def, fin[i].task_name);
        if (q && zend_string_equals(q, qname)) {
            done += fin[i].finished;
            failed += fin[i].failed;
        }
    }
    add_assoc_double(row, "tasksPerSecond", (double)done / TQ_DASH_RATE_S);
    add_assoc_long(row, "failures", (zend_long)failed);
    zval_ptr_dtor(&broker);
    zval_ptr_dtor(&name);
    zend_string_release(qname);
}

static void act_queues(php_tq_http_ctx *ctx)
{
    php_tq_dash_log log;
    zval dispatcher, queues, links, *q;
    tq_error err;
    tq_dash_name_count *fin = NULL;
    size_t nfin = 0;
    if (php_tq_http_dash_log(ctx, &log) == FAILURE || php_tq_http_dash_dispatcher(ctx, &dispatcher) == FAILURE) {
        return;
    }
    if (tq_pg_dash_finished(log.pg, log.table, &fin, &nfin, &err) != 0) {
        zval_ptr_dtor(&dispatcher);
        php_tq_http_dash_fail_error(ctx, &err);
        return;
    }
    if (php_tq_call(&dispatcher, "getQueues", &queues, 0, NULL) == FAILURE) {
        free(fin);
        zval_ptr_dtor(&dispatcher);
        php_tq_http_fail_exception(ctx, false);
        return;
    }
    if (php_tq_call(&dispatcher, "getLinkedTasks", &links, 0, NULL) == FAILURE) {
        zend_clear_exception();
        ZVAL_NULL(&links);
    }
    zend_string *def = php_tq_dispatcher_default_queue(&dispatcher);
    array_init(&ctx->data);
    if (Z_TYPE(queues) == IS_ARRAY) {
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL(queues), q) {
            zval row;
            dash_queue_row(q, fin, nfin, &links, def, &row);
            add_next_index_zval(&ctx->data, &row);
        } ZEND_HASH_FOREACH_END();
    }
    if (def) {
        zend_string_release(def);
    }
    free(fin);
    zval_ptr_dtor(&links);
    zval_ptr_dtor(&queues);
    zval_ptr_dtor(&dispatcher);
}

static void act_workers(php_tq_http_ctx *ctx)
{
    php_tq_dash_log log;
    tq_worker_row *w = NULL;
    size_t n = 0;
    tq_error err;
    if (php_tq_http_dash_log(ctx, &log) == FAILURE) {
        return;
    }
    if (tq_pg_workers_list(log.pg, &w, &n, &err) != 0) {
        php_tq_http_dash_fail_error(ctx, &err);
        return;
    }
    array_init(&ctx->data);
    for (size_t i = 0; i < n; i++) {
        zval row;
        array_init(&row);
        add_assoc_string(&row, "id", w[i].id);
        add_assoc_string(&row, "host", w[i].host);
        add_assoc_long(&row, "pid", w[i].pid);
        w[i].queue[0] ? add_assoc_string(&row, "queue", w[i].queue) : add_assoc_null(&row, "queue");
        add_assoc_long(&row, "tasksDone", (zend_long)w[i].tasks_done);
        w[i].current_task[0] ? add_assoc_string(&row, "currentTask", w[i].current_task) : add_assoc_null(&row, "currentTask");
        w[i].current_label[0] ? add_assoc_string(&row, "currentTaskLabel", w[i].current_label)
                              : add_assoc_null(&row, "currentTaskLabel");
        add_assoc_long(&row, "memory", (zend_long)w[i].memory);
        add_assoc_double(&row, "heartbeatAge", w[i].heartbeat_age);
        add_assoc_double(&row, "uptime", w[i].uptime);
        add_next_index_zval(&ctx->data, &row);
    }
    free(w);
}

/* Task ids over the dispatcher's PostgreSQL queues, one per line, as list() gives them for
 * one queue table: tq_pg_stuck_not_due (delayed, not due yet: not stuck) or
 * tq_pg_stuck_set_aside (kept aside: dead letters and undecodable messages; with it, the
 * task ids of SQS queues' TQ_<name>_poison, dashboard_sqs.c). A queue that cannot be read adds
 * none. */
static zend_string *dash_queue_ids(int (*list)(tq_pg *, const char *, char **, tq_error *))
{
    smart_str ids = {0};
    zval dispatcher, queues, *q;
    ZVAL_UNDEF(&queues);
    if (dash_load_dispatcher(&dispatcher) == FAILURE) {
        return ZSTR_EMPTY_ALLOC();
    }
    if (php_tq_call(&dispatcher, "getQueues", &queues, 0, NULL) == SUCCESS && Z_TYPE(queues) == IS_ARRAY) {
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL(queues), q) {
            zval broker, name;
            tq_pg *pg;
            char table[64], *one = NULL;
            tq_error err;
            ZVAL_UNDEF(&broker);
            ZVAL_UNDEF(&name);
            if (php_tq_call(q, "getBroker", &broker, 0, NULL) == SUCCESS
                && php_tq_call(q, "getName", &name, 0, NULL) == SUCCESS) {
                zend_string *qn = zval_get_string(&name);
                if (php_tq_http_dash_rds_queue(&broker, qn, &pg, table) && list(pg, table, &one, &err) == 0) {
                    if (*one) {
                        smart_str_appends(&ids, one);
                        smart_str_appendc(&ids, '\n');
                    }
                    free(one);
                } else if (list == tq_pg_stuck_set_aside) {
                    php_tq_http_dash_sqs_kept(&broker, &ids);
                }
                zend_string_release(qn);
            }
            zend_clear_exception();
            zval_ptr_dtor(&broker);
            zval_ptr_dtor(&name);
        } ZEND_HASH_FOREACH_END();
    }
    if (Z_TYPE(queues) != IS_UNDEF) {
        zval_ptr_dtor(&queues);
    }
    zend_clear_exception();
    zval_ptr_dtor(&dispatcher);
    smart_str_0(&ids);
    return ids.s ? ids.s : ZSTR_EMPTY_ALLOC();
}

/* Whether task_id's message is kept aside in one of the dispatcher's PostgreSQL queues. */
static bool dash_is_set_aside(const char *task_id)
{
    zend_string *aside = dash_queue_ids(tq_pg_stuck_set_aside);
    size_t len = strlen(task_id);
    bool found = false;
    for (const char *p = ZSTR_VAL(aside); *p && !found; ) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        found = n == len && memcmp(p, task_id, len) == 0;
        p += n + (nl ? 1 : 0);
    }
    zend_string_release(aside);
    return found;
}

static void act_stuck(php_tq_http_ctx *ctx)
{
    php_tq_dash_log log;
    tq_stuck_task *t = NULL;
    size_t n = 0;
    tq_error err;
    if (php_tq_http_dash_log(ctx, &log) == FAILURE) {
        return;
    }
    zend_string *not_due = dash_queue_ids(tq_pg_stuck_not_due), *aside = dash_queue_ids(tq_pg_stuck_set_aside);
    tq_stuck_query q = { NULL, TQ_STUCK_STATUSES_ALL "\nfailed", TQ_STUCK_QUEUED_S, TQ_DASH_MAX_ROWS, NULL,
                         ZSTR_VAL(aside), ZSTR_VAL(not_due) };
    int rc = tq_pg_stuck_list(log.pg, log.table, &q, &t, &n, &err);
    zend_string_release(not_due);
    zend_string_release(aside);
    if (rc != 0) {
        php_tq_http_dash_fail_error(ctx, &err);
        return;
    }
    array_init(&ctx->data);
    for (size_t i = 0; i < n; i++) {
        zval row;
        array_init(&row);
        add_assoc_string(&row, "id", t[i].id);
        add_assoc_string(&row, "label", t[i].label);
        add_assoc_string(&row, "taskName", t[i].task_name);
        add_assoc_string(&row, "owner", t[i].owner);
        add_assoc_string(&row, "status", t[i].status);
        add_assoc_double(&row, "age", t[i].age);
        add_assoc_string(&row, "reason", strcmp(t[i].status, "enqueued") == 0 ? "waiting for a worker too long"
                                         : strcmp(t[i].status, "failed") == 0
                                         ? "kept aside: it failed its last attempt (a dead letter) or cannot be decoded"
                                         : "no live worker runs it");
        add_next_index_zval(&ctx->data, &row);
    }
    free(t);
}

/* A TaskLogFilter: new, then each call of calls (name, 1 arg) in turn. */
static zend_result dash_filter(zval *filter, const char *status, zend_long limit, zend_long offset, bool newest_first)
{
    if (object_init_ex(filter, php_tq_ce_TaskLogFilter) == FAILURE) {
        return FAILURE;
    }
    zval rv, args[2];
    ZVAL_STRING(&args[0], "status");
    ZVAL_STRING(&args[1], status);
    zend_result r = php_tq_call(filter, "eq", &rv, 2, args);
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&args[1]);
    zval_ptr_dtor(&rv);
    if (r == SUCCESS) {
        ZVAL_LONG(&args[0], limit);
        r = php_tq_call(filter, "setLimit", &rv, 1, &args[0]);
        zval_ptr_dtor(&rv);
    }
    if (r == SUCCESS && offset > 0) {
        ZVAL_LONG(&args[0], offset);
        r = php_tq_call(filter, "setOffset", &rv, 1, &args[0]);
        zval_ptr_dtor(&rv);
    }
    if (r == SUCCESS) {
        ZVAL_STRING(&args[0], newest_first ? "updated_at" : "created_at");
        r = php_tq_call(filter, "setSortBy", &rv, 1, &args[0]);
        zval_ptr_dtor(&args[0]);
        zval_ptr_dtor(&rv);
    }
    if (r == SUCCESS && newest_first) {
        ZVAL_STRING(&args[0], "DESC");
        r = php_tq_call(filter, "setSortOrder", &rv, 1, &args[0]);
        zval_ptr_dtor(&args[0]);
        zval_ptr_dtor(&rv);
    }
    if (r == FAILURE) {
        zval_ptr_dtor(filter);
    }
    return r;
}

/* A failed task: the entity JSON with its report, its owner and how long ago it failed. */
static zend_result dash_failed_row(zval *entity, zval *row)
{
    zval owner;
    if (php_tq_call(entity, "toArray", row, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    if (Z_TYPE_P(row) != IS_ARRAY || php_tq_call(entity, "getOwner", &owner, 0, NULL) == FAILURE) {
        zval_ptr_dtor(row);
        return FAILURE;
    }
    SEPARATE_ARRAY(row);
    add_assoc_str(row, "owner", zval_get_string(&owner));
    zval_ptr_dtor(&owner);
    zval *label = zend_hash_str_find(Z_ARRVAL_P(row), "taskLabel", sizeof("taskLabel") - 1);
    zval *age = zend_hash_str_find(Z_ARRVAL_P(row), "updatedAtElapsed", sizeof("updatedAtElapsed") - 1);
    add_assoc_str(row, "label", label ? zval_get_string(label) : ZSTR_EMPTY_ALLOC());
    add_assoc_long(row, "age", age ? zval_get_long(age) : 0);
    return SUCCESS;
}

/* Calls each(entity) for the entities of a collection (its iterator's valid/current/next). */
static zend_result dash_each(zval *coll, void (*each)(zval *entity, void *arg), void *arg)
{
    zval it, valid, cur;
    if (Z_TYPE_P(coll) != IS_OBJECT || php_tq_call(coll, "getIterator", &it, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    zend_result r = SUCCESS;
    while ((r = php_tq_call(&it, "valid", &valid, 0, NULL)) == SUCCESS && zend_is_true(&valid)) {
        zval_ptr_dtor(&valid);
        if ((r = php_tq_call(&it, "current", &cur, 0, NULL)) == FAILURE) {
            break;
        }
        each(&cur, arg);
        zval_ptr_dtor(&cur);
        if ((r = php_tq_call(&it, "next", NULL, 0, NULL)) == FAILURE) {
            break;
        }
    }
    if (r == SUCCESS) {
        zval_ptr_dtor(&valid);
    }
    zval_ptr_dtor(&it);
    return r;
}

static void dash_add_failed(zval *entity, void *arg)
{
    zval row;
    if (dash_failed_row(entity, &row) == SUCCESS) {
        add_next_index_zval((zval *)arg, &row);
    } else {
        zend_clear_exception();
    }
}

static void act_failed(php_tq_http_ctx *ctx)
{
    zval filter, coll;
    if (dash_filter(&filter, "failed", ctx->call.limit, ctx->call.offset, true) == FAILURE) {
        php_tq_http_fail_exception(ctx, false);
        return;
    }
    zend_result r = php_tq_call(ctx->task_log, "search", &coll, 1, &filter);
    zval_ptr_dtor(&filter);
    if (r == FAILURE) {
        php_tq_http_fail_exception(ctx, false);
        return;
    }
    array_init(&ctx->data);
    if (dash_each(&coll, dash_add_failed, &ctx->data) == FAILURE) {
        zval_ptr_dtor(&ctx->data);
        ZVAL_UNDEF(&ctx->data);
        php_tq_http_fail_exception(ctx, false);
    }
    zval_ptr_dtor(&coll);
}

/* --- actions ------------------------------------------------------------------------- */

/* The call's task (any owner) and its categorized status as a string. FAILURE with the
 * answer filled (404 for an unknown task). */
static zend_result dash_task(php_tq_http_ctx *ctx, zval *entity, zend_string **status)
{
    zval a, st;
    ZVAL_STRING(&a, ctx->call.task_id);
    zend_result r = php_tq_call(ctx->task_log, "getById", entity, 1, &a);
    zval_ptr_dtor(&a);
    if (r == SUCCESS && Z_TYPE_P(entity) != IS_OBJECT) {
        zval_ptr_dtor(entity);
        dash_fail(ctx, 404, "Task \"%s\" not found.", ctx->call.task_id);
        ctx->err.code = 404;
        return FAILURE;
    }
    if (r == SUCCESS && (r = php_tq_call(entity, "getStatus", &st, 0, NULL)) == SUCCESS) {
        *status = zval_try_get_string(&st);
        zval_ptr_dtor(&st);
        if (!*status) {
            zval_ptr_dtor(entity);
            r = FAILURE;
        }
    } else if (r == SUCCESS) {
        zval_ptr_dtor(entity);
    }
    if (r == FAILURE) {
        php_tq_http_fail_exception(ctx, false);
    }
    return r;
}

static void dash_done(php_tq_http_ctx *ctx, const char *action, zend_string *message)
{
    array_init(&ctx->data);
    add_assoc_string(&ctx->data, "action", action);
    if (ctx->call.task_id) {
        add_assoc_string(&ctx->data, "taskId", ctx->call.task_id);
    }
    add_assoc_str(&ctx->data, "message", message);
}

/* A new CallbackTask for a failed task (TAO's ReRunTask: same task name, parameters,
 * label; a new id), its owner kept so the user sees it, on the queue its name goes to. */
static void act_retry(php_tq_http_ctx *ctx)
{
    zval entity, dispatcher;
    zend_string *status;
    if (dash_task(ctx, &entity, &status) == FAILURE) {
        return;
    }
    bool failed = zend_string_equals_literal(status, "failed");
    zend_string_release(status);
    if (!failed) {
        zval_ptr_dtor(&entity);
        dash_fail(ctx, 400, "Task \"%s\" has not failed: only a failed task is retried.", ctx->call.task_id);
        return;
    }
    if (php_tq_http_dash_dispatcher(ctx, &dispatcher) == FAILURE) {
        zval_ptr_dtor(&entity);
        return;
    }
    php_tq_rerun r;
    bool ok = php_tq_task_rerun(&dispatcher, &entity, &r);
    zval_ptr_dtor(&entity);
    if (EG(exception)) {
        php_tq_http_fail_exception(ctx, false);
    } else if (!ok) {
        dash_fail(ctx, 400, "Task \"%s\" could not be enqueued again.", ctx->call.task_id);
    } else {
        dash_done(ctx, "retry", zend_strpprintf(0, "Task \"%s\" enqueued again on queue %s as %s",
                                               ZSTR_LEN(r.label) ? ZSTR_VAL(r.label) : ctx->call.task_id,
                                               ZSTR_VAL(r.queue), ZSTR_VAL(r.new_id)));
        add_assoc_str(&ctx->data, "newTaskId", zend_string_copy(r.new_id));
        add_assoc_str(&ctx->data, "queue", zend_string_copy(r.queue));
        php_tq_http_metrics_count_retry(ctx, r.queue);
    }
    php_tq_task_rerun_free(&r);
    zval_ptr_dtor(&dispatcher);
}

/* A stuck task's message back in line (visible, no lease) on its RDS queue and its log
 * row enqueued, so the next free worker starts it again (TAO's RestartStuckTaskService
 * for a message that still exists). */
static void act_restart(php_tq_http_ctx *ctx)
{
    php_tq_dash_log log;
    zval entity, dispatcher, queues, *q;
    zend_string *status;
    if (php_tq_http_dash_log(ctx, &log) == FAILURE || dash_task(ctx, &entity, &status) == FAILURE) {
        return;
    }
    zval_ptr_dtor(&entity);
    bool waiting = zend_string_equals_literal(status, "created") || zend_string_equals_literal(status, "in_progress");
    bool dead = zend_string_equals_literal(status, "failed") && dash_is_set_aside(ctx->call.task_id);
    zend_string_release(status);
    if (!waiting && !dead) {
        dash_fail(ctx, 400, "Task \"%s\" is neither queued, running nor kept aside: nothing to restart.",
                  ctx->call.task_id);
        return;
    }
    tq_error err;
    tq_error_clear(&err);
    int held = tq_pg_stuck_held(log.pg, ctx->call.task_id, &err);
    if (held < 0) {
        php_tq_http_dash_fail_error(ctx, &err);
        return;
    }
    if (held) {
        dash_fail(ctx, 400, "Task \"%s\" is running on a live worker: it is not stuck.", ctx->call.task_id);
        return;
    }
    if (php_tq_http_dash_dispatcher(ctx, &dispatcher) == FAILURE) {
        return;
    }
    if (php_tq_call(&dispatcher, "getQueues", &queues, 0, NULL) == FAILURE) {
        zval_ptr_dtor(&dispatcher);
        php_tq_http_fail_exception(ctx, false);
        return;
    }
    zend_string *found = NULL;
    if (Z_TYPE(queues) == IS_ARRAY) {
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL(queues), q) {
            zval broker, name;
            tq_pg *pg;
            char table[64];
            if (php_tq_call(q, "getBroker", &broker, 0, NULL) == FAILURE) {
                zend_clear_exception();
                continue;
            }
            if (php_tq_call(q, "getName", &name, 0, NULL) == SUCCESS) {
                zend_string *qn = zval_get_string(&name);
                if (php_tq_http_dash_rds_queue(&broker, qn, &pg, table) && tq_pg_stuck_requeue(pg, table, ctx->call.task_id, false, &err) > 0) {
                    found = zend_string_copy(qn);
                }
                zend_string_release(qn);
                zval_ptr_dtor(&name);
            }
            zend_clear_exception();
            zval_ptr_dtor(&broker);
            if (found || err.code) {
                break;
            }
        } ZEND_HASH_FOREACH_END();
    }
    if (!found && !err.code && dead && Z_TYPE(queues) == IS_ARRAY) {
        found = php_tq_http_dash_sqs_redrive(&queues, ctx->call.task_id);
    }
    zval_ptr_dtor(&queues);
    zval_ptr_dtor(&dispatcher);
    if (!found && EG(exception)) {
        php_tq_http_fail_exception(ctx, false);
        return;
    }
    if (err.code == TQ_ERR_INVALID) {           /* a delayed message not due yet: not stuck */
        dash_fail(ctx, 400, "%s", err.message);
    } else if (err.code) {
        php_tq_http_dash_fail_error(ctx, &err);
    } else if (!found) {
        dash_fail(ctx, 400, "Task \"%s\" has no message left in a queue on PostgreSQL: retry it instead.",
                  ctx->call.task_id);
    } else if (tq_pg_stuck_reset_log(log.pg, log.table, ctx->call.task_id, dead, &err) < 0) {
        php_tq_http_dash_fail_error(ctx, &err);
    } else {
        dash_done(ctx, "restart", zend_strpprintf(0, "Task \"%s\" put back in queue %s", ctx->call.task_id,
                                                 ZSTR_VAL(found)));
    }
    if (found) {
        zend_string_release(found);
    }
}

/* Any owner's queued task cancelled (TaskLog::cancel). */
static void act_cancel(php_tq_http_ctx *ctx)
{
    zval entity, ok;
    zend_string *status;
    if (dash_task(ctx, &entity, &status) == FAILURE) {
        return;
    }
    zend_string_release(status);
    zend_result r = php_tq_call(ctx->task_log, "cancel", &ok, 1, &entity);
    zval_ptr_dtor(&entity);
    if (r == FAILURE) {
        php_tq_http_fail_exception(ctx, true);
        return;
    }
    bool done = zend_is_true(&ok);
    zval_ptr_dtor(&ok);
    if (!done) {
        dash_fail(ctx, 400, "Task \"%s\" is not queued: it cannot be cancelled.", ctx->call.task_id);
        return;
    }
    dash_done(ctx, "cancel", zend_strpprintf(0, "Task \"%s\" cancelled", ctx->call.task_id));
}

/* Every owner's completed and failed tasks archived, in pages. */
static void act_archive_finished(php_tq_http_ctx *ctx)
{
    static const char *finished[] = { "completed", "failed" };
    zend_long archived = 0;
    for (size_t s = 0; s < 2; s++) {
        for (int i = 0; i < TQ_ARCHIVE_MAX_BATCHES; i++) {
            zval filter, coll, cnt, ok;
            if (dash_filter(&filter, finished[s], TQ_ARCHIVE_BATCH, 0, false) == FAILURE) {
                php_tq_http_fail_exception(ctx, false);
                return;
            }
            zend_result r = php_tq_call(ctx->task_log, "search", &coll, 1, &filter);
            zval_ptr_dtor(&filter);
            if (r == FAILURE || php_tq_call(&coll, "count", &cnt, 0, NULL) == FAILURE) {
                if (r == SUCCESS) {
                    zval_ptr_dtor(&coll);
                }
                php_tq_http_fail_exception(ctx, false);
                return;
            }
            zend_long n = zval_get_long(&cnt);
            bool moved = n > 0 && php_tq_call(ctx->task_log, "archiveCollection", &ok, 1, &coll) == SUCCESS;
            if (moved) {
                moved = zend_is_true(&ok);
                zval_ptr_dtor(&ok);
            }
            zval_ptr_dtor(&coll);
            if (EG(exception)) {
                php_tq_http_fail_exception(ctx, true);
                return;
            }
            if (moved) {
                archived += n;
            }
            if (!moved || n < TQ_ARCHIVE_BATCH) {
                break;
            }
        }
    }
    ctx->call.task_id = NULL;
    dash_done(ctx, "archiveFinished", zend_strpprintf(0, "Archived " ZEND_LONG_FMT " finished task%s", archived,
                                                     archived == 1 ? "" : "s"));
    add_assoc_long(&ctx->data, "archived", archived);
}

void php_tq_http_dashboard(php_tq_http_ctx *ctx)
{
    switch (ctx->call.route->action) {
    case TQ_ACT_DASH_QUEUES: act_queues(ctx); break;
    case TQ_ACT_DASH_WORKERS: act_workers(ctx); break;
    case TQ_ACT_DASH_STUCK: act_stuck(ctx); break;
    case TQ_ACT_DASH_FAILED: act_failed(ctx); break;
    case TQ_ACT_DASH_RETRY: act_retry(ctx); break;
    case TQ_ACT_DASH_RESTART: act_restart(ctx); break;
    case TQ_ACT_DASH_CANCEL: act_cancel(ctx); break;
    case TQ_ACT_DASH_ARCHIVE_FINISHED: act_archive_finished(ctx); break;
    default: break;
    }
}
