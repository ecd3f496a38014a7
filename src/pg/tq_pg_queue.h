/*
 * tq_pg_queue: the PostgreSQL queue broker behind RdsQueueBroker, over TAO's own table
 * tq_<queue> (TAO's columns: id serial PK, message, visible, created_at) plus five columns of
 * ours, added with ADD COLUMN IF NOT EXISTS so TAO's rows and TAO's PHP code keep working:
 *
 *   lease_until  timestamptz  when a claim by us runs out (NULL: never claimed by us); for a
 *                             delayed row not claimed yet, its due time
 *   deliveries   integer      how many times we handed the row out (0 for TAO's rows)
 *   task_id      varchar(255) metadata.__id__ of the message, written at push
 *   run_at       timestamptz  due time of a delayed row until it is claimed (index *_due)
 *   unique_key   varchar(255) uniqueness key (unique index *_uniq: one unfinished row per key)
 *
 * A row is claimable when visible, or when our lease ran out. A row TAO's PHP worker made
 * invisible has no lease and stays with that worker, as TAO expects. Claims take rows in id
 * order with FOR UPDATE SKIP LOCKED in one statement, so workers never wait on each other.
 * Times of leases are the server's (one clock for every worker host).
 *
 * The receipt of a message is its row id in decimal; extend and release are fenced by the
 * delivery count (only the latest holder may renew or give back a row; 0 skips the fence).
 *
 * The broker does not own the connection: several brokers and the log store share one.
 * May touch: libpq (through tq_pg), jansson (task id of a pushed message), libc.
 */
#ifndef TQ_PG_QUEUE_H
#define TQ_PG_QUEUE_H

#include <stddef.h>
#include <stdint.h>
#include "queue/tq_broker.h"
#include "common/tq_error.h"
#include "pg/tq_pg.h"
#include "task_log/tq_log.h"

/* The longest task id (in characters) the queue's task_id and the Task Log's id columns
 * hold (VARCHAR(255)); a claimed message with a longer one is set aside. */
#define TQ_PG_TASK_ID_MAX 255
#define TQ_PG_TASK_ID_MAX_S "255"

typedef struct tq_pg_log tq_pg_log;

/* Queue name: [A-Za-z0-9_]+ (TQ_ERR_INVALID otherwise); table "tq_<lower-cased name>".
 * Nothing is sent to the server here. ops->id is "rds". */
tq_broker *tq_pg_queue_new(tq_pg *pg, const char *queue_name, tq_error *err);
const char *tq_pg_queue_table(const tq_broker *b);
tq_pg *tq_pg_queue_conn(const tq_broker *b);

/* Row id from a message receipt; -1 if the receipt is not a row id. */
int64_t tq_pg_queue_row_id(const tq_message *m);

/* The ops (also reachable as b->ops->...):
 *   create_queue  idempotent; takes no lock when everything exists already
 *   push          one INSERT; task_id taken from metadata.__id__ of the JSON (NULL if absent)
 *   claim         one statement: up to max rows, leased for lease_ms (<= 0: 5 minutes)
 *   ack           DELETE by id (done is done, whoever holds the row now)
 *   extend        renews the lease; TQ_ERR_STATE if the row is gone or re-claimed
 *   release       visible again now; TQ_ERR_STATE if gone or re-claimed
 *   count         visible rows + rows whose lease ran out
 *   wait          an idle worker's wait: for the listener token of the connection's queues
 *                 (READY when it comes: claim), then, holding it, until a NOTIFY on
 *                 tq_<queue> (every push, push_many, enqueue and enqueue_many sends one), a
 *                 signal or the timeout (tq_pg_wait_notify). A claim that brings work hands
 *                 the token on, so one push wakes one idle worker */

/* push with the task id given (NULL: taken from the JSON). *row_id may be NULL. The due time
 * and uniqueness key come from the JSON's metadata (src/task/tq_schedule.h): a delayed row
 * is claimed from its due time on; when a row with the same uniqueness key exists (its task
 * waits or runs), nothing is pushed, 1 is returned and *existing (may be NULL) gets that
 * task's id (malloc'd; NULL if unknown). 0 pushed, -1 error. */
int tq_pg_queue_push(tq_broker *b, const char *body, size_t len, const char *task_id, int64_t *row_id,
                     char **existing, tq_error *err);

/* Pushes n messages in one statement, in order (ids ascend in input order). task_ids may
 * be NULL or hold NULLs (then taken from each JSON); row_ids (may be NULL) gets n ids. */
int tq_pg_queue_push_many(tq_broker *b, const char *const *bodies, const char *const *task_ids, size_t n,
                          int64_t *row_ids, tq_error *err);

/* Enqueue = push + task log row, in ONE statement (one round trip, one commit): the log row
 * exists the moment the message can be claimed, and a failing log insert (duplicate id)
 * leaves no message behind. row->id is the task id written to both tables. Due time and
 * uniqueness key as push: when the key is held, neither row is written, 1 is returned and
 * *existing (may be NULL) gets the holder's task id. */
int tq_pg_queue_enqueue(tq_broker *b, tq_pg_log *log, const char *body, size_t len, const tq_log_row *row,
                        int64_t *row_id, char **existing, tq_error *err);

/* enqueue for n tasks in ONE statement: n messages (ids ascend in input order) and n log
 * rows, all or nothing (a duplicate task id queues nothing). row_ids may be NULL. A batch
 * holding a delayed or unique task is refused whole (so is push_many's). */
int tq_pg_queue_enqueue_many(tq_broker *b, tq_pg_log *log, const char *const *bodies, const tq_log_row *rows,
                             size_t n, int64_t *row_ids, tq_error *err);

/* One claimed message with what the task log said about its task. */
typedef struct tq_pg_claimed {
    tq_message msg;      /* body, receipt = row id, deliveries */
    int64_t row_id;
    char *task_id;       /* task_id column, or extracted from a TAO-written message; NULL if unknown */
    int started;         /* 1: this claim moved the log row to 'running' */
    char *status;        /* log status after the claim: 'running' when started; else the current
                            one ('cancelled', 'completed', ...); NULL when there is no log row */
} tq_pg_claimed;

void tq_pg_claimed_clear(tq_pg_claimed *c);

#define TQ_PG_TAKEOVER 1 /* also start a re-delivered task (deliveries > 1) found 'running':
                            its worker died, its lease ran out */

/* Claims up to max messages AND starts their tasks in the task log, in ONE statement:
 * log rows go to 'running' (updated_at now) only from 'enqueued' or 'dequeued' (and from
 * 'running' on re-delivery with TQ_PG_TAKEOVER). Fills out[0..n-1] in id order (caller
 * clears each); returns n >= 0 or -1. Messages are leased whether started or not: the
 * caller acks, completes or releases each. */
int tq_pg_queue_claim_and_start(tq_broker *b, tq_pg_log *log, size_t max, int64_t lease_ms, int flags,
                                tq_pg_claimed *out, tq_error *err);

/* Claims (claim_and_start) and completions (complete) commit without waiting for their WAL
 * flush (synchronous_commit off for that transaction alone; enqueues stay synchronous).
 * A server crash can then undo the last few hundred milliseconds of claims and completions:
 * those tasks are delivered and run again (at least once), and no enqueued task is lost.
 * Off by default here; RdsQueueBroker turns it on per the taskqueue.rds_async_ack setting. */
void tq_pg_queue_set_async_ack(tq_broker *b, int on);

typedef struct tq_pg_completion {
    int deleted;         /* the queue row was deleted (0: gone already) */
    int updated;         /* the log row held prev_status and now holds status + report */
    char *status;        /* log status before this statement (malloc'd; NULL: no log row) */
} tq_pg_completion;

void tq_pg_completion_clear(tq_pg_completion *r);

/* Finishes a task in ONE statement (one commit): deletes queue row row_id (<= 0: none) and
 * stores report + status in the log row of task_id when its status is prev_status (NULL:
 * 'running'). status: 'completed', 'failed', 'child_running' or, for a cancelled task,
 * 'cancelled' with prev 'cancelled'. The queue row goes first, so this never deadlocks with
 * a claim of the same row. fence (> 0) is the claim's delivery count: when the row no longer
 * carries it (another worker claimed it after the lease ran out, or a server crash lost the
 * claim's unflushed commit and the row is waiting again), nothing changes, neither the row
 * nor the log; 0: no fence. res may be NULL. */
int tq_pg_queue_complete(tq_broker *b, tq_pg_log *log, int64_t row_id, int fence, const char *task_id,
                         const char *report_json, const char *status, const char *prev_status,
                         tq_pg_completion *res, tq_error *err);

/* Renews the leases of several held messages in one statement (a worker's heartbeat for
 * the task it runs and the ones waiting in its prefetch buffer). Fenced like extend.
 * Returns how many were renewed (fewer: some were lost to another worker), or -1. */
int tq_pg_queue_extend_many(tq_broker *b, const tq_message *const *msgs, size_t n, int64_t lease_ms,
                            tq_error *err);

/* Gives a claimed-and-started task back untouched (e.g. a worker stopping with tasks still in
 * its prefetch buffer), in one statement: the row is visible again and the log row goes
 * back from 'running' to 'enqueued'. Fenced like release. Returns 1 if the row was given
 * back, 0 if it is gone or held by another worker, -1 on error. */
int tq_pg_queue_unclaim(tq_broker *b, tq_pg_log *log, const tq_pg_claimed *c, tq_error *err);

/* Finishes n tasks of one claimed batch in ONE statement (one commit): deletes their queue rows
 * and stores each report + status in the log rows still 'running'. fences (NULL: none) are
 * the claims' delivery counts, as tq_pg_queue_complete's fence: a task whose row no longer
 * carries its fence is left as it is. *deleted and *updated say how many rows each part
 * touched (fewer than n: some were gone, claimed again or no longer running). */
int tq_pg_queue_complete_many(tq_broker *b, tq_pg_log *log, size_t n, const int64_t *row_ids, const int *fences,
                              const char *const *task_ids, const char *const *reports,
                              const char *const *statuses, int64_t *deleted, int64_t *updated, tq_error *err);

/* release with a delay: the row is claimable again after delay_ms (0: now). Fenced like
 * release. For a task whose log row is not there yet, or a back-off on failure. */
int tq_pg_queue_release_after(tq_broker *b, const tq_message *m, int64_t delay_ms, tq_error *err);

/* Keeps a row aside: invisible with no lease, so nobody claims it again (as TAO leaves a
 * popped row); TAO's stuck-task tools can still show and restart it. For poison messages. */
int tq_pg_queue_bury(tq_broker *b, const tq_message *m, tq_error *err);

/* A failed task's next attempt or its end, on the row it was claimed as (row_id, claimed at
 * delivery count `deliveries`: fenced, so only the current holder acts): the message becomes
 * body; with dead, the row is kept aside (invisible, no lease: a dead letter, listed and
 * restarted by the stuck-task tools); otherwise it is due again after delay_ms of the
 * server's clock (idle workers are woken to see the new due time). The delivery count starts
 * again from 0, so taskqueue.max_deliveries counts each attempt's deliveries. 1 done, 0 the
 * row is gone or held by another worker, -1 on error. */
int tq_pg_queue_reschedule(tq_broker *b, int64_t row_id, int deliveries, const char *body, size_t len,
                           int64_t delay_ms, int dead, tq_error *err);

/* RdsQueueBroker::getTaskByTaskLogId: the row of a task id (task_id column, or for TAO's
 * rows the message containing the id's "#fragment"). 1 found (out filled, not claimed),
 * 0 none, -1 error. */
int tq_pg_queue_find_task(tq_broker *b, const char *task_id, tq_pg_claimed *out, tq_error *err);

/* RdsQueueBroker::changeTaskVisibility: sets visible and drops any lease. Rows changed. */
int tq_pg_queue_set_visible(tq_broker *b, int64_t row_id, int visible, tq_error *err);

#endif
