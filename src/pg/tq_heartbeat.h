/*
 * tq_heartbeat: a worker's heartbeat (README "Task dashboard"): a thread with its own
 * PostgreSQL connection writes the worker's row of tq_workers (tq_pg_workers) every
 * TQ_WORKER_BEAT_MS, also while a task runs for long, and deletes it at the end. The PHP
 * thread only tells it which task runs (tq_heartbeat_task); the thread reads the
 * process's resident memory itself. Each beat also adds the task counts since the last
 * one (tq_heartbeat_count) to tq_metrics_counts in the same statement (README "Metrics").
 * The thread is common/tq_keeper_thread's (signals blocked, fork reset: a child never
 * beats as its parent).
 * May touch: pg/tq_pg, pg/tq_pg_workers, pg/tq_pg_metrics, metrics/tq_metrics_deltas,
 * common/tq_keeper_thread, worker/tq_signal, libc.
 */
#ifndef TQ_HEARTBEAT_H
#define TQ_HEARTBEAT_H

#include "common/tq_error.h"
#include "metrics/tq_metrics_deltas.h"
#include "pg/tq_pg_workers.h"

typedef struct tq_heartbeat tq_heartbeat;

/* A heartbeat for this process (host, pid, queue; "" or NULL queue: a dispatcher) on the
 * database of conninfo; the thread starts and beats at once. NULL with err. */
tq_heartbeat *tq_heartbeat_new(const char *conninfo, const char *host, const char *queue, tq_error *err);
/* The task now running (NULL: none; the previous one, if any, counts as done). */
void tq_heartbeat_task(tq_heartbeat *h, const char *task_id, const char *label);
/* Counts one task of queue in status and, when seconds >= 0, observes its duration; the
 * next beat (within 250 ms) adds it to the counters. */
void tq_heartbeat_count(tq_heartbeat *h, const char *queue, tq_metrics_status status, double seconds);
/* What the next beat sends (for tests). */
void tq_heartbeat_row(tq_heartbeat *h, tq_worker_row *out);
/* Stops the thread, sends the counts not sent yet and deletes the row (NULL: nothing). */
void tq_heartbeat_free(tq_heartbeat *h);

#endif
