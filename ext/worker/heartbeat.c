/*
 * worker/heartbeat.c: the glue of a worker's heartbeat (heartbeat.h): finds the Task
 * Log's PostgreSQL persistence, the host and the queue, and hands them to the core's
 * tq_heartbeat, kept in TQ_G(heartbeat) for the run; counts the tasks it runs per queue
 * (README "Metrics").
 * May touch: the Zend API, common/common, pg/pg.h, pg/rds.h, queue/queue.h,
 * pg/tq_heartbeat.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <unistd.h>
#include "php.h"
#include "zend_exceptions.h"
#include "ext/standard/hrtime.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "../pg/pg.h"
#include "../pg/rds.h"
#include "../queue/queue.h"
#include "heartbeat.h"
#include "pg/tq_heartbeat.h"

/* The conninfo of the Task Log's RdsTaskLogBroker persistence, else NULL. */
static const char *hb_conninfo(zval *task_log)
{
    zval broker;
    const char *conninfo = NULL;
    if (!task_log || Z_TYPE_P(task_log) != IS_OBJECT || php_tq_call(task_log, "getBroker", &broker, 0, NULL) == FAILURE) {
        return NULL;
    }
    if (Z_TYPE(broker) == IS_OBJECT && instanceof_function(Z_OBJCE(broker), php_tq_ce_RdsTaskLogBroker)) {
        const char *pid = php_tq_rds_persistence_of(Z_OBJ(broker), php_tq_ce_RdsTaskLogBroker);
        zend_string *id = zend_string_init(pid, strlen(pid), 0);
        php_tq_pg_conn *conn = php_tq_pg_for(id);      /* process memory: outlives the broker */
        zend_string_release(id);
        conninfo = conn ? conn->conninfo : NULL;
    }
    zval_ptr_dtor(&broker);
    return conninfo;
}

void php_tq_heartbeat_begin(zval *task_log, zval *queuer)
{
    php_tq_heartbeat_end();
    const char *conninfo = hb_conninfo(task_log);
    if (EG(exception)) {
        zend_clear_exception();     /* a worker runs without a heartbeat rather than not at all */
    }
    if (!conninfo) {
        return;
    }
    char host[256] = "";
    gethostname(host, sizeof(host) - 1);
    zend_string *queue = NULL;
    zval name;
    if (Z_TYPE_P(queuer) == IS_OBJECT && instanceof_function(Z_OBJCE_P(queuer), php_tq_ce_QueueInterface)
        && php_tq_call(queuer, "getName", &name, 0, NULL) == SUCCESS) {
        queue = zval_get_string(&name);
        zval_ptr_dtor(&name);
    }
    zend_clear_exception();
    tq_error err;
    tq_error_clear(&err);
    TQ_G(heartbeat) = tq_heartbeat_new(conninfo, host, queue ? ZSTR_VAL(queue) : NULL, &err);
    if (queue) {
        zend_string_release(queue);
    }
}

static zend_string *hb_string(zval *task, const char *method)
{
    zval v;
    zend_string *s = NULL;
    if (php_tq_call(task, method, &v, 0, NULL) == SUCCESS) {
        s = Z_TYPE(v) == IS_NULL ? NULL : zval_get_string(&v);
        zval_ptr_dtor(&v);
    }
    zend_clear_exception();
    return s;
}

void php_tq_heartbeat_task(zval *task)
{
    if (!TQ_G(heartbeat)) {
        return;
    }
    if (!task || Z_TYPE_P(task) != IS_OBJECT) {
        tq_heartbeat_task(TQ_G(heartbeat), NULL, NULL);
        return;
    }
    zend_object *pending = EG(exception);
    if (pending) {
        return;
    }
    zend_string *id = hb_string(task, "getId"), *label = hb_string(task, "getLabel");
    tq_heartbeat_task(TQ_G(heartbeat), id ? ZSTR_VAL(id) : "?", label ? ZSTR_VAL(label) : NULL);
    if (id) {
        zend_string_release(id);
    }
    if (label) {
        zend_string_release(label);
    }
}

/* The queue of a task the worker runs (see php_tq_heartbeat_run_begin), "" when unknown. */
static zend_string *hb_queue_of(zval *queuer, zval *task)
{
    zend_string *name = php_tq_dispatcher_source_of(queuer, task);
    zval q, v;
    if (name || !queuer || Z_TYPE_P(queuer) != IS_OBJECT) {
        return name ? name : ZSTR_EMPTY_ALLOC();
    }
    if (instanceof_function(Z_OBJCE_P(queuer), php_tq_ce_QueueInterface)) {
        ZVAL_COPY(&q, queuer);
    } else if (!instanceof_function(Z_OBJCE_P(queuer), php_tq_ce_QueueDispatcherInterface)
               || php_tq_call(queuer, "getQueueForTask", &q, 1, task) == FAILURE) {
        zend_clear_exception();                 /* a dispatcher written in PHP: where it routes */
        return ZSTR_EMPTY_ALLOC();
    }
    if (Z_TYPE(q) == IS_OBJECT && php_tq_call(&q, "getName", &v, 0, NULL) == SUCCESS) {
        name = zval_get_string(&v);
        zval_ptr_dtor(&v);
    }
    zval_ptr_dtor(&q);
    zend_clear_exception();
    return name ? name : ZSTR_EMPTY_ALLOC();
}

void php_tq_heartbeat_run_begin(php_tq_hb_run *run, zval *queuer, zval *task)
{
    run->queue = NULL;
    if (!TQ_G(heartbeat) || EG(exception)) {
        return;
    }
    run->queue = hb_queue_of(queuer, task);
    run->started_ns = php_hrtime_current();
    tq_heartbeat_count(TQ_G(heartbeat), ZSTR_VAL(run->queue), TQ_M_STARTED, -1);
}

void php_tq_heartbeat_run_end(php_tq_hb_run *run, const char *status)
{
    if (!run->queue) {
        return;
    }
    if (status && TQ_G(heartbeat)) {
        bool ok = strcmp(status, "completed") == 0 || strcmp(status, "child_running") == 0;
        double seconds = (double)(php_hrtime_current() - run->started_ns) / 1e9;
        /* "retried": a failed run whose task runs again (worker/retry.c) */
        int m = ok ? TQ_M_COMPLETED : strcmp(status, "retried") == 0 ? TQ_M_RETRIED : TQ_M_FAILED;
        tq_heartbeat_count(TQ_G(heartbeat), ZSTR_VAL(run->queue), m, seconds);
    }
    zend_string_release(run->queue);
    run->queue = NULL;
}

void php_tq_heartbeat_end(void)
{
    if (TQ_G(heartbeat)) {
        tq_heartbeat_free(TQ_G(heartbeat));
        TQ_G(heartbeat) = NULL;
    }
}
