/*
 * pg/claims: what this process's claims know about the tasks they handed out, keyed by task
 * id (TQ_G(claims), one request's worth). An RdsQueueBroker records each message it claims:
 * whether the claim itself started the task in the Task Log (dequeued/running in the claim
 * statement), the log status it saw otherwise, and where the row lives, so that
 *   - Queue::dequeue() skips its guarded 'dequeued' update (the claim decided already),
 *   - AbstractWorker::processTask() skips its own claim step and status read, or acts on the
 *     status the claim saw (cancelled, or already finished),
 *   - the lease keeper renews the row while the task waits in the prefetch buffer and runs,
 *   - an RdsTaskLogBroker on the same database can keep the report of a task that ran here
 *     until its ack, which then stores report + status and deletes the row in ONE statement.
 * An entry ends with the ack (delete), a release, the task being set aside, the end of
 * processTask() without an ack (its lease then runs out: delivered again), the broker object
 * being freed, or the end of the request. Brokers other than RdsQueueBroker never add any,
 * so every other path is unchanged.
 * May touch: the Zend API, src/pg/tq_lease_keeper, src/pg/tq_pg_log.
 */
#ifndef PHP_TQ_CLAIMS_H
#define PHP_TQ_CLAIMS_H

#include "php.h"
#include "queue/tq_broker.h"

struct tq_lease_keeper;
struct tq_pg_log;

typedef struct php_tq_claim {
    zend_string *task_id;           /* the key (set by php_tq_claims_add) */
    zend_object *broker;            /* the RdsQueueBroker; no reference (it drops its claims when freed) */
    const zend_object *task;        /* the task object handed out, compared by identity only: a second
                                       message of the same task id is not this claim */
    tq_broker *queue;               /* its core broker */
    char queue_name[64];            /* as the lease keeper knows the queue */
    struct tq_lease_keeper *keeper; /* renews the lease while the entry lives; NULL: nobody does */
    struct tq_pg_log *log;          /* the Task Log table the claim started the task in; NULL: plain claim */
    int64_t row_id;
    int deliveries;
    bool started;                   /* the claim moved the log row to 'running' */
    zend_string *status;            /* log status the claim saw; NULL: no log row / plain claim */
    /* a report deferred to the ack by an RdsTaskLogBroker (setReport() of a started task) */
    struct tq_pg_log *report_log;
    zend_string *report;            /* report JSON; NULL: none pending */
    char report_status[16];
    /* acknowledged while later tasks of its batch were still buffered: its report + row deletion
     * wait for the batch's last ack, and all go out in one statement */
    bool acked;
} php_tq_claim;

/* Records a claim (copied; status copied). A task id already claimed in this process keeps its
 * first entry (a duplicate message): returns false and registers nothing. */
bool php_tq_claims_add(zend_string *task_id, const php_tq_claim *c);
php_tq_claim *php_tq_claims_find(zend_string *task_id);
/* The entry of task_id only when it is for this broker's row row_id. */
php_tq_claim *php_tq_claims_find_row(zend_string *task_id, zend_object *broker, int64_t row_id);
/* Ends the entry (stops renewing its lease). A pending report is dropped: call
 * php_tq_claims_flush() first when it must be kept. */
void php_tq_claims_remove(zend_string *task_id);
/* Ends every entry of a broker (it is being freed, or renamed); pending reports are stored. */
void php_tq_claims_drop_broker(zend_object *broker);

/* The entry of task_id when it was recorded for this very task object. */
php_tq_claim *php_tq_claims_find_task(zend_string *task_id, const zend_object *task);
/* For the worker: 1 this process's claim started this task; 0 it claimed it without starting
 * it (*status: the log status it saw, NULL when unknown); -1 not claimed here. */
int php_tq_claims_state(zend_string *task_id, const zend_object *task, zend_string **status);
/* processTask() is over: an entry still there was not acknowledged; stop renewing its lease
 * so the message comes back (to any worker) when the lease runs out. */
void php_tq_claims_settle(zend_string *task_id, const zend_object *task);

/* Stores the deferred report of one entry now (guarded on 'running'). FAILURE with err. */
zend_result php_tq_claims_flush(php_tq_claim *c, tq_error *err);
/* Stores every report deferred by log (before a read that must see them, or when the log
 * broker goes away). Errors are returned for the first failure; the others are tried too. */
zend_result php_tq_claims_flush_log(struct tq_pg_log *log, tq_error *err);
/* A log store is going away: its deferred reports are stored (best effort) and no entry
 * refers to it any more. */
void php_tq_claims_forget_log(struct tq_pg_log *log);
/* Whether log has deferred reports waiting. */
bool php_tq_claims_has_pending(struct tq_pg_log *log);

/* Finishes, in one statement, every acknowledged entry of this broker whose completion waits
 * (report + status + queue row deleted) and ends those entries. FAILURE with err. */
zend_result php_tq_claims_complete_acked(zend_object *broker, tq_error *err);
void php_tq_claims_rshutdown(void);

#endif
