/*
 * worker/heartbeat.c: the glue of a worker's heartbeat (heartbeat.h): finds the Task
 * Log's PostgreSQL persistence, the host and the queue, and hands them to the core's
 * tq_heartbeat, kept in TQ_G(heartbeat) for the run.
 * May touch: the Zend API, common/common, pg/pg.h, pg/rds.h, queue/queue.h,
 * pg/tq_heartbeat.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <unistd.h>
#include "php.h"
#include "zend_exceptions.h"
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

void php_tq_heartbeat_end(void)
{
    if (TQ_G(heartbeat)) {
        tq_heartbeat_free(TQ_G(heartbeat));
        TQ_G(heartbeat) = NULL;
    }
}
