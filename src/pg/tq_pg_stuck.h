/*
 * tq_pg_stuck: the one definition of a stuck task and of its restart, shared by the
 * dashboard's operator view (ext/http/dashboard.c) and TAO's stuck-task classes and tools
 * (StuckTaskRepository, RestartStuckTaskService, StuckTaskSummary, StuckTaskRestart; README
 * "Operator tools", doc/compatibility.md "Stuck tasks").
 * A task is stuck when its Task Log row is
 *  - enqueued, created and last changed at least the query's age ago (TAO's rule, at least
 *    TQ_STUCK_QUEUED_S, TAO's StuckTaskRepository::MIN_AGE), or
 *  - dequeued, running or child_running, untouched for TQ_STUCK_RUNNING_S, and no live
 *    worker (tq_workers, tq_pg_workers.h) runs it: its worker died (beyond TAO), or
 *  - failed while its queue message is set aside (invisible, no lease: undecodable, or
 *    claimed more than taskqueue.max_deliveries times), asked for by id (beyond TAO).
 * Restarting puts the task's queue message back in line and its log row back to enqueued.
 * May touch: libpq, pg/tq_pg, pg/tq_pg_workers, libc.
 */
#ifndef TQ_PG_STUCK_H
#define TQ_PG_STUCK_H

#include <stdbool.h>
#include <stdint.h>
#include "common/tq_error.h"
#include "pg/tq_pg.h"

#define TQ_STUCK_RUNNING_S 10    /* running, no live worker holds it, untouched this long */
#define TQ_STUCK_QUEUED_S  180   /* TAO's StuckTaskRepository::MIN_AGE */
#define TQ_STUCK_STATUSES_ALL "enqueued\ndequeued\nrunning\nchild_running"

typedef struct tq_stuck_query {
    const char *names;       /* task names, one per line; NULL or "": any name */
    const char *statuses;    /* log statuses, one per line (of TQ_STUCK_STATUSES_ALL) */
    int64_t queued_age_s;    /* raised to TQ_STUCK_QUEUED_S */
    int limit;               /* rows at most */
    const char *id;          /* this task only; NULL: any */
    const char *set_aside;   /* ids whose message is set aside, one per line (tq_pg_stuck_set_aside); NULL: none */
    const char *not_due;     /* ids of delayed messages not due yet, never stuck (tq_pg_stuck_not_due); NULL: none */
} tq_stuck_query;

typedef struct tq_stuck_task {
    char id[256];
    char label[256];
    char task_name[256];
    char owner[256];
    char status[51];
    char created_at[32];     /* 'YYYY-MM-DD HH:MM:SS', UTC */
    char updated_at[32];     /* "" when never updated */
    double age;              /* seconds since its last update (queued: since created) */
} tq_stuck_task;

/* The stuck tasks of log_table that q selects, oldest first, without those a live worker
 * runs (*out malloc'd, NULL when none; the caller frees it). 0 or -1. */
int tq_pg_stuck_list(tq_pg *pg, const char *log_table, const tq_stuck_query *q, tq_stuck_task **out, size_t *n,
                     tq_error *err);

/* The task ids of queue_table's messages set aside (invisible with no lease), one per line,
 * into *ids (malloc'd, "" when none). 0 or -1. */
int tq_pg_stuck_set_aside(tq_pg *pg, const char *queue_table, char **ids, tq_error *err);
/* The same for delayed messages not due yet (hidden until their due time, never delivered):
 * their log says enqueued since they were created, yet they are not stuck. */
int tq_pg_stuck_not_due(tq_pg *pg, const char *queue_table, char **ids, tq_error *err);

/* Whether a live worker (tq_workers on pg) runs task_id now: 1, 0, or -1 on error. */
int tq_pg_stuck_held(tq_pg *pg, const char *task_id, tq_error *err);

/* Puts the message of task_id in queue_table back in line (visible, no lease; a message set
 * aside also gets its delivery count back to 0, else it would be set aside again at once)
 * and wakes the queue's idle workers. 1 when a message was found, 0 when none, -1 on error
 * (also for a delayed message not due yet: TQ_ERR_INVALID, it is not stuck). keep_leased:
 * a message whose lease runs is left alone too (TQ_ERR_INVALID): the guard against a second
 * run when no tq_workers heartbeat tells whether its worker lives (a Task Log not on
 * PostgreSQL); with tq_workers the caller checks the worker instead (a dead worker's lease
 * may run for minutes). */
int tq_pg_stuck_requeue(tq_pg *pg, const char *queue_table, const char *task_id, bool keep_leased, tq_error *err);
/* Inside the caller's transaction: locks the messages of task_id (a claim skips them until
 * the transaction ends) and refuses, as tq_pg_stuck_requeue does with keep_leased, one that
 * is delayed and not due or that a worker holds. The number of messages, or -1 with err. */
int tq_pg_stuck_hold(tq_pg *pg, const char *queue_table, const char *task_id, tq_error *err);

/* The log row of a restarted task back to enqueued, from running/dequeued/child_running
 * or enqueued, and from failed when from_failed (a set-aside message put back). Rows
 * changed (0/1) or -1. */
int tq_pg_stuck_reset_log(tq_pg *pg, const char *log_table, const char *task_id, bool from_failed, tq_error *err);

#endif
