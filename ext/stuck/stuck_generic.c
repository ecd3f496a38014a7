/*
 * stuck_generic.c: the stuck tasks of an RDS queue whose Task Log is not on PostgreSQL (a
 * TaskLog over the in-memory broker, or any TaskLogInterface of the caller's, PHPUnit doubles
 * included). Without the log's table and the workers' heartbeats (tq_workers) the one SQL
 * definition (src/pg/tq_pg_stuck) cannot run, so this is TAO's way, through the Task Log's
 * and the broker's public methods: rows `enqueued` whose task name is listed, created and
 * changed at least the age ago (the query's other statuses need the heartbeats: none here);
 * restart: the message made visible (changeTaskVisibility()), the row set back to enqueued by
 * its log id (TAO passes the message's row id: quirk 8). A native broker is driven directly,
 * so a delayed message not due yet is never listed nor restarted, and a message whose lease
 * runs (a worker holds it) is refused: a task never runs twice at once.
 * May touch: the Zend API, common/common, task_log/task_log.h, pg/rds, src/pg/tq_pg_stuck.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "../common/common.h"
#include "../cli/tools.h"
#include "../task_log/task_log.h"
#include "../task_log/task_log_shared.h"
#include "../pg/rds.h"
#include "stuck.h"
#include "pg/tq_pg_stuck.h"

typedef struct generic_find {
    zval *broker;
    zend_string *queue;
    zval *collection;
    zend_long age_ts;           /* the query's age as a time stamp */
    const char *not_due;        /* ids of delayed messages not due yet, one per line; NULL: none */
    size_t added;
} generic_find;

/* The broker's own SQL runs unless PHP code overrides `lc_method` (a subclass, a double). */
static bool native_broker(zval *broker, const char *lc_method)
{
    return !php_tq_user_method(Z_OBJ_P(broker), lc_method);
}

static bool line_listed(const char *lines, zend_string *id)
{
    size_t n = ZSTR_LEN(id);
    for (const char *p = lines; p && *p;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        if (len == n && memcmp(p, ZSTR_VAL(id), n) == 0) {
            return true;
        }
        p = nl ? nl + 1 : NULL;
    }
    return false;
}

/* A date's time stamp (a DateTimeInterface's getTimestamp()); FAILURE when it throws or is no
 * date (what names the getter that gave it). */
static zend_result date_ts(zval *d, const char *what, zend_long *ts)
{
    zval t;
    if (Z_TYPE_P(d) == IS_OBJECT && php_tq_call(d, "getTimestamp", &t, 0, NULL) == SUCCESS) {
        *ts = zval_get_long(&t);
        zval_ptr_dtor(&t);
        return SUCCESS;
    }
    if (!EG(exception)) {
        php_tq_throw(spl_ce_UnexpectedValueException, "StuckTaskRepository::findAll(): %s gave %s, not a date", what,
                     zend_zval_type_name(d));
    }
    return FAILURE;
}

static zend_result generic_entry(zval *entity, void *arg)
{
    generic_find *f = arg;
    zend_long created;
    zval d, zid;
    if (f->added >= TQ_STUCK_LIST_MAX || Z_TYPE_P(entity) != IS_OBJECT) {
        return SUCCESS;
    }
    if (php_tq_call(entity, "getCreatedAt", &d, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    zend_result dr = date_ts(&d, "a Task Log entry's getCreatedAt()", &created);
    zval_ptr_dtor(&d);
    if (dr == FAILURE) {
        return FAILURE;
    }
    if (created > f->age_ts) {          /* changed long ago, but created since: not stuck */
        return SUCCESS;
    }
    if (php_tq_call(entity, "getId", &zid, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    zend_string *id = zval_get_string(&zid);
    zend_result r = SUCCESS;
    if (!f->not_due || !line_listed(f->not_due, id)) {
        r = php_tq_stuck_add_entity(f->broker, f->queue, entity, &zid, f->collection);
        f->added++;
    }
    zend_string_release(id);
    zval_ptr_dtor(&zid);
    return r;
}

/* new TaskLogFilter() with name IN whitelist, status = enqueued, updated_at <= the age. */
static zend_result generic_filter(zval *query, zval *filter, zend_long *age_ts)
{
    zval names, age, when, fmt, args[3];
    ZVAL_UNDEF(&names);
    ZVAL_UNDEF(&age);
    ZVAL_UNDEF(&when);
    zend_result r = php_tq_call(query, "getWhitelist", &names, 0, NULL);
    if (r == SUCCESS) {
        r = php_tq_call(query, "getAgeDateTime", &age, 0, NULL);
    }
    if (r == SUCCESS) {
        r = date_ts(&age, "StuckTaskQuery::getAgeDateTime()", age_ts);
    }
    if (r == SUCCESS) {
        ZVAL_STRING(&fmt, "Y-m-d H:i:s");
        r = php_tq_call(&age, "format", &when, 1, &fmt);
        zval_ptr_dtor(&fmt);
    }
    if (r == SUCCESS) {
        r = php_tq_cli_new_object(php_tq_ce_TaskLogFilter, filter, 0, NULL);
    }
    const struct { const char *col, *op; zval *value; } conds[] = {
        { "task_name", "IN", &names }, { "status", "=", NULL }, { "updated_at", "<=", &when },
    };
    for (size_t i = 0; i < 3 && r == SUCCESS; i++) {
        ZVAL_STRING(&args[0], conds[i].col);
        ZVAL_STRING(&args[1], conds[i].op);
        if (conds[i].value) {
            ZVAL_COPY(&args[2], conds[i].value);
        } else {
            ZVAL_STRING(&args[2], "enqueued");
        }
        r = php_tq_call(filter, "addFilter", NULL, 3, args);
        for (int a = 0; a < 3; a++) {
            zval_ptr_dtor(&args[a]);
        }
    }
    zval_ptr_dtor(&names);
    zval_ptr_dtor(&age);
    zval_ptr_dtor(&when);
    return r;
}

zend_result php_tq_stuck_generic_find(zval *broker, zval *task_log, zval *query, zend_string *queue,
                                      const char *statuses, zval *collection)
{
    if (!strstr(statuses, "enqueued\n")) {
        return SUCCESS;                 /* the other statuses need tq_workers */
    }
    generic_find f = { broker, queue, collection, 0, NULL, 0 };
    char *not_due = NULL;
    tq_pg *pg;
    const char *table;
    tq_error err;
    tq_error_clear(&err);
    if (native_broker(broker, "gettaskbytasklogid")) {
        if (php_tq_rds_queue_target(Z_OBJ_P(broker), &pg, &table) == FAILURE) {
            return FAILURE;
        }
        if (tq_pg_stuck_not_due(pg, table, &not_due, &err) != 0) {
            php_tq_throw_error(spl_ce_RuntimeException, &err, "StuckTaskRepository::findAll()");
            return FAILURE;
        }
        f.not_due = not_due;
    }
    zval filter, found;
    ZVAL_UNDEF(&filter);
    ZVAL_UNDEF(&found);
    zend_result r = generic_filter(query, &filter, &f.age_ts);
    if (r == SUCCESS) {
        r = php_tq_call(task_log, "search", &found, 1, &filter);
    }
    if (r == SUCCESS) {
        r = php_tq_each(&found, generic_entry, &f);
    }
    zval_ptr_dtor(&filter);
    zval_ptr_dtor(&found);
    free(not_due);
    return r;
}

/* The broker's PHP override of changeTaskVisibility() with the message's row id. */
static zend_result generic_override(zval *broker, zval *stuck)
{
    zval args[2];
    if (php_tq_call(stuck, "getTaskId", &args[0], 0, NULL) == FAILURE) {
        return FAILURE;
    }
    convert_to_string(&args[0]);
    ZVAL_TRUE(&args[1]);
    zend_result r = php_tq_call(broker, "changeTaskVisibility", NULL, 2, args);
    zval_ptr_dtor(&args[0]);
    return r;
}

static zend_result generic_fail(tq_error *err, zend_string *id, zend_string *queue)
{
    if (err->code) {
        php_tq_throw_error(spl_ce_RuntimeException, err, "RestartStuckTaskService::restart()");
    } else {
        php_tq_throw(spl_ce_RuntimeException, "Task %s has no message left in queue %s: nothing to restart",
                     ZSTR_VAL(id), ZSTR_VAL(queue));
    }
    return FAILURE;
}

/* An override on a broker with its queue: it runs while this transaction holds the
 * message's row (a worker's claim skips it) and only when no worker holds the message, so
 * an override that calls the parent cannot hand a running task to a second worker. */
static zend_result generic_held_override(tq_pg *pg, const char *table, zval *broker, zval *stuck, zend_string *id,
                                         zend_string *queue)
{
    tq_error err;
    tq_error_clear(&err);
    if (tq_pg_begin(pg, &err) != 0) {
        return generic_fail(&err, id, queue);
    }
    int held = tq_pg_stuck_hold(pg, table, ZSTR_VAL(id), &err);
    if (held <= 0) {
        tq_pg_rollback(pg);
        return generic_fail(&err, id, queue);
    }
    if (generic_override(broker, stuck) == FAILURE || EG(exception)) {
        tq_pg_rollback(pg);
        return FAILURE;
    }
    return tq_pg_commit(pg, &err) == 0 ? SUCCESS : generic_fail(&err, id, queue);
}

/* The message back in line: by the native broker's SQL, which refuses a message a worker
 * holds, or by a PHP override of changeTaskVisibility() (held as above when the broker has
 * its queue; a double without one gets the call alone). */
static zend_result generic_requeue(zval *broker, zval *stuck, zend_string *id, zend_string *queue)
{
    tq_pg *pg;
    const char *table;
    tq_error err;
    tq_error_clear(&err);
    bool native = native_broker(broker, "changetaskvisibility");
    if (php_tq_rds_queue_target(Z_OBJ_P(broker), &pg, &table) == FAILURE) {
        if (native) {
            return FAILURE;
        }
        zend_clear_exception();
        return generic_override(broker, stuck);
    }
    if (!native) {
        return generic_held_override(pg, table, broker, stuck, id, queue);
    }
    int found = tq_pg_stuck_requeue(pg, table, ZSTR_VAL(id), true, &err);
    return found > 0 ? SUCCESS : generic_fail(&err, id, queue);
}

/* The log row first, guarded (enqueued to enqueued: it was found so; a worker that took
 * the task since has set it running, and the restart stops there), then the message: a
 * worker that claims it at once sets `running` after this, not before. */
zend_result php_tq_stuck_generic_restart(zval *broker, zval *task_log, zval *stuck, zend_string *id,
                                         zend_string *queue)
{
    bool kept = false;
    if (php_tq_stuck_move_status(task_log, id, "enqueued", "enqueued", &kept) == FAILURE) {
        return FAILURE;
    }
    if (!kept) {
        php_tq_throw(spl_ce_RuntimeException, "Task %s is no longer enqueued (a worker took it, or the Task Log "
                     "failed: see the log): not restarted", ZSTR_VAL(id));
        return FAILURE;
    }
    return generic_requeue(broker, stuck, id, queue);
}
