/*
 * stuck_task_repository.c: Repository\StuckTaskRepository (finds stuck tasks of a queue) and
 * Service\RestartStuckTaskService (puts one back to work), TAO's names and messages (spec
 * §2.2). Both need the queue on PostgreSQL (RdsQueueBroker, as TAO); with a Task Log on
 * PostgreSQL (RdsTaskLogBroker) the rules and SQL are src/pg/tq_pg_stuck, shared with the
 * dashboard, with another Task Log TAO's way through its methods (stuck_generic.c); beyond
 * TAO, an SQS queue's messages kept aside (stuck_sqs.c), with any Task Log. Services come from the locator set with setServiceLocator() (TAO's
 * ServiceManager), else from the TAO root's config files, as the CLI tools get theirs.
 * May touch: the Zend API, common/common, cli/tools, pg/rds, src/pg/tq_pg_stuck.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_exceptions.h"
#include "../common/common.h"
#include "../cli/tools.h"
#include "../pg/pg.h"
#include "../pg/rds.h"
#include "stuck.h"
#include "pg/tq_pg_stuck.h"

/* What findAll() and restart() work on: the dispatcher, the queue's RDS broker and the
 * Task Log with its PostgreSQL store. */
typedef struct stuck_ctx {
    zval dispatcher, broker, task_log, log_broker;
    bool sqs;                   /* an SqsQueueBroker queue (stuck_sqs.c) */
    bool generic;               /* a Task Log not on PostgreSQL (stuck_generic.c) */
    tq_pg *log_pg;
    const char *log_table;
} stuck_ctx;

static void stuck_ctx_free(stuck_ctx *c)
{
    zval_ptr_dtor(&c->dispatcher);
    zval_ptr_dtor(&c->broker);
    zval_ptr_dtor(&c->task_log);
    zval_ptr_dtor(&c->log_broker);
}

/* TAO: only RdsQueueBroker queues have stuck tasks it can find. */
static zend_result stuck_rds_broker(zval *broker, zend_string *queue)
{
    if (Z_TYPE_P(broker) == IS_OBJECT && instanceof_function(Z_OBJCE_P(broker), php_tq_ce_RdsQueueBroker)) {
        return SUCCESS;
    }
    zval id;
    zend_string *name = NULL;
    if (Z_TYPE_P(broker) == IS_OBJECT && php_tq_call(broker, "getBrokerId", &id, 0, NULL) == SUCCESS) {
        name = zval_get_string(&id);
        zval_ptr_dtor(&id);
    }
    zend_clear_exception();
    php_tq_throw(spl_ce_InvalidArgumentException, "Broker %s for queue %s is not supported. Supported only %s",
                 name ? ZSTR_VAL(name) : zend_zval_type_name(broker), ZSTR_VAL(queue), TQ_CLASS_RDS_BROKER);
    if (name) {
        zend_string_release(name);
    }
    return FAILURE;
}

static zend_result stuck_log_store(stuck_ctx *c)
{
    if (php_tq_call(&c->task_log, "getBroker", &c->log_broker, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    if (Z_TYPE(c->log_broker) != IS_OBJECT || !instanceof_function(Z_OBJCE(c->log_broker), php_tq_ce_RdsTaskLogBroker)) {
        c->generic = true;
        return SUCCESS;
    }
    tq_pg_log *store = php_tq_rds_log_store(Z_OBJ(c->log_broker));
    if (!store) {
        return FAILURE;
    }
    c->log_pg = tq_pg_log_conn(store);
    c->log_table = tq_pg_log_table(store);
    return SUCCESS;
}

static zend_result stuck_ctx_init(stuck_ctx *c, zval *self, zend_class_entry *scope, zend_string *queue)
{
    zval name, q;
    c->sqs = false;
    c->generic = false;
    ZVAL_UNDEF(&c->dispatcher);
    ZVAL_UNDEF(&c->broker);
    ZVAL_UNDEF(&c->task_log);
    ZVAL_UNDEF(&c->log_broker);
    if (php_tq_cli_tool_service(self, scope, TQ_SERVICE_QUEUE, &c->dispatcher) == FAILURE) {
        return FAILURE;
    }
    ZVAL_STR(&name, queue);
    if (php_tq_call(&c->dispatcher, "getQueue", &q, 1, &name) == FAILURE) {
        return FAILURE;
    }
    zend_result r = php_tq_call(&q, "getBroker", &c->broker, 0, NULL);
    zval_ptr_dtor(&q);
    c->sqs = r == SUCCESS && php_tq_stuck_is_sqs(&c->broker);
    if (r == FAILURE || (!c->sqs && stuck_rds_broker(&c->broker, queue) == FAILURE)) {
        return FAILURE;
    }
    if (php_tq_cli_tool_task_log(self, scope, &c->dispatcher, &c->task_log) == FAILURE) {
        return FAILURE;
    }
    return c->sqs ? SUCCESS : stuck_log_store(c);
}

/* The whitelist as one name per line (tq_stuck_query.names). */
static zend_string *stuck_names(zval *query)
{
    zval list;
    smart_str s = {0};
    if (php_tq_call(query, "getWhitelist", &list, 0, NULL) == FAILURE) {
        return NULL;
    }
    zval *v;
    if (Z_TYPE(list) == IS_ARRAY) {
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL(list), v) {
            if (Z_TYPE_P(v) == IS_STRING) {
                smart_str_append(&s, Z_STR_P(v));
                smart_str_appendc(&s, '\n');
            }
        } ZEND_HASH_FOREACH_END();
    }
    zval_ptr_dtor(&list);
    smart_str_0(&s);
    return s.s ? smart_str_extract(&s) : ZSTR_EMPTY_ALLOC();
}

zend_result php_tq_stuck_add_entity(zval *broker, zend_string *queue, zval *entity, zval *id, zval *collection)
{
    zval args[4], msg, st;
    ZVAL_COPY(&args[0], entity);
    ZVAL_STR(&args[1], queue);
    ZVAL_NULL(&args[2]);
    ZVAL_NULL(&args[3]);
    ZVAL_UNDEF(&msg);
    zend_result r = php_tq_call(broker, "getTaskByTaskLogId", &msg, 1, id);
    if (r == SUCCESS && Z_TYPE(msg) == IS_OBJECT) {
        r = php_tq_call(&msg, "getTask", &args[2], 0, NULL);
        if (r == SUCCESS) {
            r = php_tq_call(&msg, "getTaskId", &args[3], 0, NULL);
        }
    }
    if (r == SUCCESS && (r = php_tq_cli_new_object(php_tq_ce_StuckTask, &st, 4, args)) == SUCCESS) {
        r = php_tq_call(collection, "add", NULL, 1, &st);
        zval_ptr_dtor(&st);
    }
    zval_ptr_dtor(&msg);
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&args[2]);
    zval_ptr_dtor(&args[3]);
    return r;
}

/* The StuckTask of log id (its entity read back through the Task Log) into collection. */
static zend_result stuck_add(stuck_ctx *c, zend_string *queue, const char *id, zval *collection)
{
    zval zid, entity;
    ZVAL_STRING(&zid, id);
    zend_result r = php_tq_call(&c->task_log, "getById", &entity, 1, &zid);
    if (r == SUCCESS) {
        r = php_tq_stuck_add_entity(&c->broker, queue, &entity, &zid, collection);
        zval_ptr_dtor(&entity);
    }
    zval_ptr_dtor(&zid);
    return r;
}

/* Ids of the queue's messages by one of tq_pg_stuck_set_aside / tq_pg_stuck_not_due, or NULL
 * with an exception. */
static char *stuck_ids(stuck_ctx *c, int (*list)(tq_pg *, const char *, char **, tq_error *))
{
    tq_pg *qpg;
    const char *qtable;
    char *ids = NULL;
    tq_error err;
    tq_error_clear(&err);
    if (php_tq_rds_queue_target(Z_OBJ(c->broker), &qpg, &qtable) == FAILURE) {
        return NULL;
    }
    if (list(qpg, qtable, &ids, &err) != 0) {
        php_tq_throw_error(spl_ce_RuntimeException, &err, "stuck tasks");
        return NULL;
    }
    return ids;
}

static zend_result stuck_find(stuck_ctx *c, zval *query, zend_string *queue, zval *collection)
{
    zend_string *names = stuck_names(query);
    if (!names) {
        return FAILURE;
    }
    zend_string *statuses = php_tq_stuck_query_statuses(query);
    if (c->sqs) {
        zend_result r = php_tq_stuck_sqs_find(&c->broker, &c->task_log, queue, ZSTR_VAL(names), ZSTR_VAL(statuses),
                                              collection);
        zend_string_release(names);
        zend_string_release(statuses);
        return r;
    }
    if (c->generic) {
        zend_result r = php_tq_stuck_generic_find(&c->broker, &c->task_log, query, queue, ZSTR_VAL(statuses), collection);
        zend_string_release(names);
        zend_string_release(statuses);
        return r;
    }
    zval age;
    zend_result r = php_tq_call(query, "getAge", &age, 0, NULL);
    char *aside = NULL, *not_due = NULL;
    if (r == SUCCESS && strstr(ZSTR_VAL(statuses), "failed\n") && !(aside = stuck_ids(c, tq_pg_stuck_set_aside))) {
        r = FAILURE;
    }
    if (r == SUCCESS && !(not_due = stuck_ids(c, tq_pg_stuck_not_due))) {
        r = FAILURE;
    }
    tq_stuck_query q = { ZSTR_VAL(names), ZSTR_VAL(statuses), r == SUCCESS ? zval_get_long(&age) : 0, TQ_STUCK_LIST_MAX,
                         NULL, aside, not_due };
    tq_stuck_task *t = NULL;
    size_t n = 0;
    tq_error err;
    tq_error_clear(&err);
    if (r == SUCCESS && tq_pg_stuck_list(c->log_pg, c->log_table, &q, &t, &n, &err) != 0) {
        php_tq_throw_error(spl_ce_RuntimeException, &err, "StuckTaskRepository::findAll()");
        r = FAILURE;
    }
    for (size_t i = 0; i < n && r == SUCCESS; i++) {
        r = stuck_add(c, queue, t[i].id, collection);
    }
    free(t);
    free(aside);
    free(not_due);
    zend_string_release(names);
    zend_string_release(statuses);
    return r;
}

ZEND_METHOD(oat_taoTaskQueue_model_Repository_StuckTaskRepository, __construct)
{
    php_tq_m_constructOptions(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_tq_ce_StuckTaskRepository);
}

ZEND_METHOD(oat_taoTaskQueue_model_Repository_StuckTaskRepository, findAll)
{
    zval *query, name;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(query, php_tq_ce_StuckTaskQuery)
    ZEND_PARSE_PARAMETERS_END();
    if (php_tq_call(query, "getQueryName", &name, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
    zend_string *queue = zval_get_string(&name);
    zval_ptr_dtor(&name);
    stuck_ctx c;
    zval collection;
    ZVAL_UNDEF(&collection);
    zend_result r = stuck_ctx_init(&c, ZEND_THIS, php_tq_ce_StuckTaskRepository, queue);
    if (r == SUCCESS) {
        r = php_tq_cli_new_object(php_tq_ce_StuckTaskCollection, &collection, 0, NULL);
    }
    if (r == SUCCESS) {
        r = stuck_find(&c, query, queue, &collection);
    }
    stuck_ctx_free(&c);
    zend_string_release(queue);
    if (r == FAILURE) {
        zval_ptr_dtor(&collection);
        RETURN_THROWS();
    }
    RETURN_COPY_VALUE(&collection);
}

PHP_TQ_LOCATOR_METHODS(oat_taoTaskQueue_model_Repository_StuckTaskRepository, php_tq_ce_StuckTaskRepository)

/* === RestartStuckTaskService ============================================================ */

zend_result php_tq_stuck_move_status(zval *task_log, zend_string *id, const char *to, const char *from, bool *moved)
{
    zval args[3], rv;
    ZVAL_STR(&args[0], id);
    ZVAL_STRING(&args[1], to);
    ZVAL_STRING(&args[2], from);
    zend_result r = php_tq_call(task_log, "setStatus", &rv, 3, args);
    zval_ptr_dtor(&args[1]);
    zval_ptr_dtor(&args[2]);
    if (r == FAILURE) {
        return FAILURE;
    }
    *moved = !(Z_TYPE(rv) == IS_FALSE || (Z_TYPE(rv) == IS_LONG && Z_LVAL(rv) <= 0));
    zval_ptr_dtor(&rv);
    return SUCCESS;
}

/* The status the orphan's row has now: TAO's way on a generic Task Log (it was found
 * `enqueued`), the log's own answer on PostgreSQL (it may be running under a dead worker). */
static zend_string *orphan_status(stuck_ctx *c, zend_string *id)
{
    if (c->generic) {
        return zend_string_init("enqueued", sizeof("enqueued") - 1, 0);
    }
    zval arg, rv;
    ZVAL_STR(&arg, id);
    if (php_tq_call(&c->task_log, "getStatus", &rv, 1, &arg) == FAILURE) {
        return NULL;
    }
    zend_string *s = zval_get_string(&rv);
    zval_ptr_dtor(&rv);
    return s;
}

/* The new task from the log row's task name, parameters and label. */
static zend_result orphan_recreate(stuck_ctx *c, zval *entity, zend_string *id)
{
    zval name, args[3];
    if (php_tq_call(entity, "getTaskName", &name, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    zend_string *cls = zval_get_string(&name);
    zval_ptr_dtor(&name);
    zend_class_entry *ce = zend_lookup_class(cls);
    if (!ce) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Task class \"%s\" does not exist: task %s cannot be recreated",
                     ZSTR_VAL(cls), ZSTR_VAL(id));
        zend_string_release(cls);
        return FAILURE;
    }
    zend_string_release(cls);
    ZVAL_UNDEF(&args[1]);
    ZVAL_UNDEF(&args[2]);
    zend_result r = php_tq_cli_new_object(ce, &args[0], 0, NULL);
    if (r == SUCCESS && (r = php_tq_call(entity, "getParameters", &args[1], 0, NULL)) == SUCCESS
        && (r = php_tq_call(entity, "getLabel", &args[2], 0, NULL)) == SUCCESS) {
        if (Z_TYPE(args[1]) != IS_ARRAY) {
            zval_ptr_dtor(&args[1]);
            array_init(&args[1]);
        }
        r = php_tq_call(&c->dispatcher, "createTask", NULL, 3, args);
    }
    for (int i = 0; i < 3; i++) {
        zval_ptr_dtor(&args[i]);
    }
    return r;
}

/* An orphan (its message is gone): its row cancelled, guarded by the status it had, then a
 * new task. Of two restarts of one orphan only the first makes a task; when the new task
 * cannot be made the row gets its status back (TAO cancels first and leaves it cancelled). */
static zend_result restart_orphan(stuck_ctx *c, zval *entity, zend_string *id)
{
    zend_string *prev = orphan_status(c, id);
    if (!prev) {
        return FAILURE;
    }
    bool taken = false;
    zend_result r = php_tq_stuck_move_status(&c->task_log, id, "cancelled", ZSTR_VAL(prev), &taken);
    if (r == SUCCESS && !taken) {
        php_tq_throw(spl_ce_RuntimeException, "Task %s was not restarted: its Task Log row could not be moved from "
                     "%s to cancelled (another restart or a worker changed it, or the Task Log failed: see the log)",
                     ZSTR_VAL(id), ZSTR_VAL(prev));
        r = FAILURE;
    } else if (r == SUCCESS && orphan_recreate(c, entity, id) == FAILURE) {
        zend_object *pending = EG(exception);
        EG(exception) = NULL;
        bool back = false;
        if (php_tq_stuck_move_status(&c->task_log, id, ZSTR_VAL(prev), "cancelled", &back) == FAILURE) {
            back = false;
        }
        zend_clear_exception();
        EG(exception) = pending;
        if (!back) {        /* the cause stays the previous exception of this one */
            php_tq_throw(spl_ce_RuntimeException, "Task %s: its new task could not be made and its Task Log row could "
                         "not be set back to %s: the row stays cancelled, restart the task by hand",
                         ZSTR_VAL(id), ZSTR_VAL(prev));
        }
        r = FAILURE;
    }
    zend_string_release(prev);
    return r;
}

/* A task whose message still exists: message back in line, log row enqueued (by the log
 * id: TAO passes the message's row id, which matches nothing; doc/compatibility.md). */
static zend_result restart_message(stuck_ctx *c, zend_string *id, zend_string *queue)
{
    tq_pg *qpg;
    const char *qtable;
    tq_error err;
    tq_error_clear(&err);
    if (php_tq_rds_queue_target(Z_OBJ(c->broker), &qpg, &qtable) == FAILURE) {
        return FAILURE;
    }
    int found = tq_pg_stuck_requeue(qpg, qtable, ZSTR_VAL(id), false, &err);
    if (found == 0) {
        php_tq_throw(spl_ce_RuntimeException, "Task %s has no message left in queue %s: nothing to restart",
                     ZSTR_VAL(id), ZSTR_VAL(queue));
        return FAILURE;
    }
    if (found < 0 || tq_pg_stuck_reset_log(c->log_pg, c->log_table, ZSTR_VAL(id), true, &err) < 0) {
        php_tq_throw_error(spl_ce_RuntimeException, &err, "RestartStuckTaskService::restart()");
        return FAILURE;
    }
    return SUCCESS;
}

/* Never two runs at once: the task must still be stuck by the rules of tq_pg_stuck.h now
 * (a live worker's task, or one that changed in the last TQ_STUCK_RUNNING_S, is not; its
 * worker may not have announced it yet). */
static zend_result restart_refuse_live(stuck_ctx *c, zend_string *id)
{
    tq_error err;
    tq_error_clear(&err);
    char *aside = stuck_ids(c, tq_pg_stuck_set_aside);
    char *not_due = aside ? stuck_ids(c, tq_pg_stuck_not_due) : NULL;
    if (!not_due) {
        free(aside);
        return FAILURE;
    }
    tq_stuck_query q = { NULL, TQ_STUCK_STATUSES_ALL "\nfailed", TQ_STUCK_QUEUED_S, 1, ZSTR_VAL(id), aside, not_due };
    tq_stuck_task *t = NULL;
    size_t n = 0;
    int rc = tq_pg_stuck_list(c->log_pg, c->log_table, &q, &t, &n, &err);
    free(t);
    free(aside);
    free(not_due);
    if (rc != 0) {
        php_tq_throw_error(spl_ce_RuntimeException, &err, "RestartStuckTaskService::restart()");
        return FAILURE;
    }
    if (n == 0) {
        php_tq_throw(spl_ce_RuntimeException, "Task %s is not stuck (a live worker runs it, it changed in the last "
                     "%d s, or it is delayed and not due yet): not restarted", ZSTR_VAL(id), TQ_STUCK_RUNNING_S);
        return FAILURE;
    }
    return SUCCESS;
}

static zend_result restart_one(zval *self, zval *stuck)
{
    zval qn, entity, zid;
    if (php_tq_call(stuck, "getQueueName", &qn, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    if (php_tq_call(stuck, "getTaskLog", &entity, 0, NULL) == FAILURE) {
        zval_ptr_dtor(&qn);
        return FAILURE;
    }
    zend_string *queue = zval_get_string(&qn);
    zval_ptr_dtor(&qn);
    stuck_ctx c;
    zend_result r = stuck_ctx_init(&c, self, php_tq_ce_RestartStuckTaskService, queue);
    zend_string *id = NULL;
    if (r == SUCCESS && (r = php_tq_call(&entity, "getId", &zid, 0, NULL)) == SUCCESS) {
        id = zval_get_string(&zid);
        zval_ptr_dtor(&zid);
        r = c.sqs ? php_tq_stuck_sqs_restart(&c.broker, id, queue) : c.generic ? SUCCESS : restart_refuse_live(&c, id);
    }
    if (r == SUCCESS && !c.sqs) {
        zval orphan;
        r = php_tq_call(stuck, "isOrphan", &orphan, 0, NULL);
        if (r == SUCCESS) {
            r = zend_is_true(&orphan) ? restart_orphan(&c, &entity, id)
                : c.generic ? php_tq_stuck_generic_restart(&c.broker, &c.task_log, stuck, id, queue)
                : restart_message(&c, id, queue);
        }
    }
    if (id) {
        zend_string_release(id);
    }
    stuck_ctx_free(&c);
    zval_ptr_dtor(&entity);
    zend_string_release(queue);
    return r;
}

ZEND_METHOD(oat_taoTaskQueue_model_Service_RestartStuckTaskService, __construct)
{
    php_tq_m_constructOptions(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_tq_ce_RestartStuckTaskService);
}

ZEND_METHOD(oat_taoTaskQueue_model_Service_RestartStuckTaskService, restart)
{
    zval *stuck;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(stuck, php_tq_ce_StuckTask)
    ZEND_PARSE_PARAMETERS_END();
    if (restart_one(ZEND_THIS, stuck) == FAILURE) {
        RETURN_THROWS();
    }
}

PHP_TQ_LOCATOR_METHODS(oat_taoTaskQueue_model_Service_RestartStuckTaskService, php_tq_ce_RestartStuckTaskService)
