/*
 * tq_pg_workers: the table of live workers, tq_workers (README "Task dashboard"). Each
 * LongRunningWorker with a PostgreSQL Task Log keeps one row, written every
 * TQ_WORKER_BEAT_MS by its heartbeat thread (tq_heartbeat) and deleted when it ends; a
 * worker killed without a goodbye stops beating, so its row goes stale and the list of
 * live workers (beat younger than TQ_WORKER_DEAD_S) drops it. Stale rows an hour old are
 * deleted by the next list. May touch: libpq, pg/tq_pg, libc.
 */
#ifndef TQ_PG_WORKERS_H
#define TQ_PG_WORKERS_H

#include <stdint.h>
#include "common/tq_error.h"
#include "pg/tq_pg.h"

#define TQ_WORKER_BEAT_MS 2000
#define TQ_WORKER_DEAD_S  8        /* four beats missed */

typedef struct tq_worker_row {
    char id[128];              /* host:pid:start (unique per run) */
    char host[256];
    long pid;
    char queue[256];           /* the dedicated queue, "" for a dispatcher */
    int64_t tasks_done;
    char current_task[256];    /* "" when idle */
    char current_label[256];
    int64_t memory;            /* resident bytes */
    double heartbeat_age;      /* seconds since the last beat (server clock) */
    double uptime;             /* seconds since it started */
} tq_worker_row;

/* CREATE TABLE IF NOT EXISTS tq_workers. 0 or -1. */
int tq_pg_workers_create(tq_pg *pg, tq_error *err);
/* Writes the row of w (id, host, pid, queue, tasks_done, current task, memory) with
 * beat_at = now() and, in the same statement, adds the task counters' deltas
 * (tq_metrics_deltas_json(); NULL: none) to tq_metrics_counts, which must exist
 * (tq_pg_metrics_create). 0 or -1: then neither happened. */
int tq_pg_workers_beat(tq_pg *pg, const tq_worker_row *w, const char *counts_json, tq_error *err);
/* Deletes the row of id. 0 or -1. */
int tq_pg_workers_remove(tq_pg *pg, const char *id, tq_error *err);
/* The live workers, oldest first (*out malloc'd, the caller frees it). A missing table is
 * no worker. 0 or -1. */
int tq_pg_workers_list(tq_pg *pg, tq_worker_row **out, size_t *n, tq_error *err);

#endif
