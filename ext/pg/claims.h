/*
 * pg/claims: the request's claim ledger (src/queue/tq_claim_ledger, in TQ_G(claims)), keyed by
 * task id. An RdsQueueBroker records each message it claims: whether the claim itself started
 * the task in the Task Log (dequeued/running in the claim statement), the log status it saw
 * otherwise, and where the row lives, so that
 *   - Queue::dequeue() skips its guarded 'dequeued' update (the claim decided already),
 *   - AbstractWorker::processTask() skips its own claim step and status read, or acts on the
 *     status the claim saw (cancelled, or already finished),
 *   - the lease keeper renews the row while the task waits in the prefetch buffer and runs,
 *   - an RdsTaskLogBroker on the same database can keep the report of a task that ran here
 *     until its ack, which then stores report + status and deletes the row in ONE statement.
 * An entry ends with the ack (delete), a release, the task being set aside, the end of
 * processTask() without an ack (its lease then runs out: delivered again), the broker object
 * being freed, or the end of the request. Brokers other than RdsQueueBroker never add any,
 * so every other path is unchanged. An entry names its broker by the owner number the ledger
 * gave it and holds a reference to the task object it handed out. Queue and the workers name
 * none of this: they reach it through RdsQueueBroker's claim_state and claim_settle hooks
 * (queue/queue.h).
 * May touch: the Zend API, src/queue/tq_claim_ledger, src/pg/tq_lease_keeper, src/pg/tq_pg_log,
 * src/pg/tq_pg_queue.
 */
#ifndef PHP_TQ_CLAIMS_H
#define PHP_TQ_CLAIMS_H

#include "php.h"
#include "queue/tq_broker.h"
#include "queue/tq_claim_ledger.h"

struct tq_lease_keeper;
struct tq_pg_log;

typedef tq_claim php_tq_claim;

/* A fresh owner number for one broker object (its claims are named by it). */
uint64_t php_tq_claims_owner(void);
/* Records a claim of task_id for the task object handed out (a reference is taken), renewed by
 * keeper (NULL: nobody) under lease_name/row_id. A task id already claimed in this process
 * keeps its first entry (a duplicate message): returns NULL and registers nothing. */
php_tq_claim *php_tq_claims_add(zend_string *task_id, uint64_t owner, zend_object *task,
                                struct tq_lease_keeper *keeper, const char *lease_name, int64_t row_id);
php_tq_claim *php_tq_claims_find(zend_string *task_id);
/* The entry of task_id only when it is for this owner's row row_id. */
php_tq_claim *php_tq_claims_find_row(zend_string *task_id, uint64_t owner, int64_t row_id);
/* Ends the entry (stops renewing its lease). A pending report is dropped: call
 * php_tq_claims_flush() first when it must be kept. */
void php_tq_claims_end(php_tq_claim *c);
/* Ends the entry of owner's row row_id, whatever its task id. */
void php_tq_claims_end_row(uint64_t owner, int64_t row_id);
/* Ends every entry of an owner (it is being freed, or renamed); pending reports are stored. */
void php_tq_claims_drop_owner(uint64_t owner);

/* The entry of task_id when it was recorded for this very task object. */
php_tq_claim *php_tq_claims_find_task(zend_string *task_id, const zend_object *task);
/* For the worker: 1 this process's claim started this task; 0 it claimed it without starting
 * it (*status: the log status it saw, NULL when unknown); -1 not claimed here. */
int php_tq_claims_state(zend_string *task_id, const zend_object *task, const char **status);
/* processTask() is over: an entry still there was not acknowledged; stop renewing its lease
 * so the message comes back (to any worker) when the lease runs out. */
void php_tq_claims_settle(zend_string *task_id, const zend_object *task);

/* The entry holding a report deferred for store and task id, or NULL. */
php_tq_claim *php_tq_claims_pending(struct tq_pg_log *store, zend_string *task_id);
/* Keeps report json with its final status for store until the ack. */
void php_tq_claims_defer(php_tq_claim *c, struct tq_pg_log *store, zend_string *json, zend_string *status);
/* Forgets a deferred report (the row goes, or the task runs again). */
void php_tq_claims_drop_report(php_tq_claim *c);
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

/* Finishes, in one statement per queue/log pair, every acknowledged entry of this owner whose
 * completion waits (report + status + queue row deleted) and ends those entries. FAILURE with
 * err. */
zend_result php_tq_claims_complete_acked(uint64_t owner, tq_error *err);
void php_tq_claims_rshutdown(void);

#endif
