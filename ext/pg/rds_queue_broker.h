/*
 * pg/rds_queue_broker.h: what the files of RdsQueueBroker share (private to ext/pg): the native
 * object and the helpers each file offers the other. rds_queue_broker.c: the class (methods,
 * handlers, core access) and CallbackTaskDecorator; rds_claiming.c: claiming into the
 * prefetch buffer, batch completion, and the broker's hooks for Queue and the workers.
 * May touch: the Zend API, src/pg/tq_pg_queue, src/pg/tq_pg_log, src/pg/tq_lease_keeper.
 */
#ifndef PHP_TQ_RDS_QUEUE_BROKER_H
#define PHP_TQ_RDS_QUEUE_BROKER_H

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
#include "../common/common.h"
#include "../task/task.h"
#include "../task_log/task_log.h"
#include "../queue/queue.h"
#include "pg.h"
#include "../task_log/task_log_shared.h"
#include "claims.h"
#include "pg/tq_pg.h"
#include "pg/tq_pg_queue.h"
#include "pg/tq_pg_log.h"
#include "pg/tq_lease_keeper.h"
#include "task_log/tq_report.h"
#include "task_log/tq_status.h"
#include "task/tq_message_key.h"
#include "rds.h"

#define ABSTRACT_SCOPE php_tq_ce_AbstractQueueBroker
#define QB_SCOPE php_tq_ce_RdsQueueBroker
#define LB_SCOPE php_tq_ce_RdsTaskLogBroker
#define MESSAGE_ID_KEY TQ_KEY_RDS_MESSAGE_ID

typedef struct php_tq_rds_queue {
    php_tq_pg_conn *conn;       /* resolved on first use */
    tq_broker *queue;           /* built on first use, for queue_name */
    zend_string *queue_name;
    uint64_t owner;             /* names its claims in the ledger (pg/claims.h); 0 until the first */
    zend_long claim_cap;        /* the worker's limit for the next claims (set_claim_cap); 0 none */
    zend_object std;
} php_tq_rds_queue;

static inline php_tq_rds_queue *rds_queue_from(zend_object *obj)
{
    return (php_tq_rds_queue *)((char *)obj - XtOffsetOf(php_tq_rds_queue, std));
}


/* rds_claiming.c */
void php_tq_rdsq_bind_task_log(zend_object *obj, zval *task_log);
zend_result php_tq_rdsq_complete_acked(zend_object *obj);
zend_result php_tq_rdsq_do_pop(zval *self);
int php_tq_rdsq_enqueue(zend_object *obj, zval *task_log, zval *task, zval *label);
int php_tq_rdsq_reschedule(zend_object *obj, zval *task, zend_string *task_id, zend_string *body, int64_t delay_ms,
                           bool dead, tq_error *err);
/* The task takes existing (a task id holding its uniqueness key) as its id; NULL: unchanged. */
zend_result php_tq_rds_adopt_id(zval *task, const char *existing);
bool php_tq_rdsq_has_buffered(zend_object *obj);
void php_tq_rdsq_set_claim_cap(zend_object *obj, zend_long cap);
int php_tq_rdsq_claim_state(zend_string *task_id, const zend_object *task, bool hand_out, const char **status);
zend_result php_tq_rdsq_task_row(zval *task, int64_t *row_id, zend_string **task_id);

/* rds_queue_broker.c */
tq_pg_log *php_tq_rdsq_bound_log(zend_object *obj);
tq_broker *php_tq_rdsq_core(zend_object *obj);
int64_t php_tq_rdsq_lease_ms(zend_object *obj);

#endif
