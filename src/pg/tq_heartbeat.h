/*
 * tq_heartbeat: a worker's heartbeat (README "Task dashboard"): a thread with its own
 * PostgreSQL connection writes the worker's row of tq_workers (tq_pg_workers) every
 * TQ_WORKER_BEAT_MS, also while a task runs for long, and deletes it at the end. The PHP
 * thread only tells it which task runs (tq_heartbeat_task); the thread reads the
 * process's resident memory itself. The thread is common/tq_keeper_thread's (signals
 * blocked, fork reset: a child never beats as its parent).
 * May touch: pg/tq_pg, pg/tq_pg_workers, common/tq_keeper_thread, worker/tq_signal, libc.
 */
#ifndef TQ_HEARTBEAT_H
#define TQ_HEARTBEAT_H

#include "common/tq_error.h"
#include "pg/tq_pg_workers.h"

typedef struct tq_heartbeat tq_heartbeat;

/* A heartbeat for this process (host, pid, queue; "" or NULL queue: a dispatcher) on the
 * database of conninfo; the thread starts and beats at once. NULL with err. */
tq_heartbeat *tq_heartbeat_new(const char *conninfo, const char *host, const char *queue, tq_error *err);
/* The task now running (NULL: none; the previous one, if any, counts as done). */
void tq_heartbeat_task(tq_heartbeat *h, const char *task_id, const char *label);
/* What the next beat sends (for tests). */
void tq_heartbeat_row(tq_heartbeat *h, tq_worker_row *out);
/* Stops the thread and deletes the row (NULL: nothing). */
void tq_heartbeat_free(tq_heartbeat *h);

#endif
