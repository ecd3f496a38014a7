/*
 * tq_heartbeat.c: the heartbeat thread (tq_heartbeat.h).
 * May touch: pg/tq_pg, pg/tq_pg_workers, pg/tq_pg_metrics, metrics/tq_metrics_deltas,
 * common/tq_keeper_thread, worker/tq_signal, libc.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "common/tq_keeper_thread.h"
#include "pg/tq_heartbeat.h"
#include "pg/tq_pg_metrics.h"
#include "worker/tq_signal.h"

#define TQ_HB_RETRY_MS 1000
/* A task that starts or ends is shown on the dashboard at the next beat, but beats come no
 * closer than this: a worker finishing hundreds of tasks a second must not write a row for
 * each (it doubled the commits per task). */
#define TQ_HB_MIN_GAP_MS 250

struct tq_heartbeat {
    char *conninfo;
    tq_pg *pg;                 /* the thread's connection (the caller's after the join) */
    int table_ready;
    int disabled;              /* inherited through fork(): never beat as the parent */
    tq_keeper_thread t;        /* the thread; its mutex guards what follows */
    tq_worker_row row;
    int64_t next_ms;
    int64_t last_ms;           /* when the last beat was taken */
    int changed;               /* the row changed since the last beat was taken */
    tq_metrics_deltas deltas;  /* counted since the last beat was taken */
};

/* Resident bytes of this process (Linux /proc; 0 elsewhere). */
static int64_t resident_bytes(void)
{
    long pages = 0, resident = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (!f) {
        return 0;
    }
    int got = fscanf(f, "%ld %ld", &pages, &resident);
    fclose(f);
    return got == 2 ? (int64_t)resident * sysconf(_SC_PAGESIZE) : 0;
}

static int hb_should_stop(void *ctx)
{
    tq_heartbeat *h = ctx;
    return tq_keeper_thread_stopping(&h->t);
}

/* One beat: the row and the deltas in one statement (on failure, neither was written). */
static int hb_beat(tq_heartbeat *h, const tq_worker_row *row, const tq_metrics_deltas *deltas, tq_error *err)
{
    if (!h->pg) {
        if (!(h->pg = tq_pg_new(h->conninfo, err))) {
            return -1;
        }
        tq_pg_set_should_stop(h->pg, hb_should_stop, h);
    }
    if (!h->table_ready) {
        if (tq_pg_workers_create(h->pg, err) != 0 || tq_pg_metrics_create(h->pg, err) != 0) {
            return -1;
        }
        h->table_ready = 1;
    }
    char *json = tq_metrics_deltas_empty(deltas) ? NULL : tq_metrics_deltas_json(deltas);
    int rc = tq_pg_workers_beat(h->pg, row, json, err);
    free(json);
    if (rc != 0 && strcmp(tq_pg_last_sqlstate(h->pg), "42P01") == 0) {
        h->table_ready = 0;         /* a table dropped under the worker: made again at the next beat */
    }
    return rc;
}

/* mu held on entry and return; released around the statement. */
static int hb_renew_due(void *keeper, int64_t now)
{
    tq_heartbeat *h = keeper;
    if (h->next_ms > now) {
        return 0;
    }
    tq_worker_row row = h->row;
    tq_metrics_deltas deltas = h->deltas;
    memset(&h->deltas, 0, sizeof(h->deltas));
    h->changed = 0;
    h->last_ms = now;
    pthread_mutex_unlock(&h->t.mu);
    row.memory = resident_bytes();
    tq_error err;
    tq_error_clear(&err);
    int rc = hb_beat(h, &row, &deltas, &err);
    pthread_mutex_lock(&h->t.mu);
    if (rc != 0) {
        tq_metrics_deltas_merge(&h->deltas, &deltas);     /* counted again with the next beat */
    }
    tq_metrics_deltas_free(&deltas);
    /* a task that began or ended while this beat was on the wire goes with the next one */
    h->next_ms = h->changed ? h->last_ms + TQ_HB_MIN_GAP_MS
                            : tq_monotonic_ms() + (rc == 0 ? TQ_WORKER_BEAT_MS : TQ_HB_RETRY_MS);
    return 1;
}

static int64_t hb_next_due(void *keeper)
{
    return ((tq_heartbeat *)keeper)->next_ms;
}

tq_heartbeat *tq_heartbeat_new(const char *conninfo, const char *host, const char *queue, tq_error *err)
{
    tq_pg *probe = tq_pg_new(conninfo, err);      /* a bad conninfo fails here, in the caller's thread */
    if (!probe) {
        return NULL;
    }
    tq_pg_free(probe);
    tq_heartbeat *h = calloc(1, sizeof(*h));
    if (!h || !(h->conninfo = strdup(conninfo))) {
        free(h);
        tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        return NULL;
    }
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    h->row.pid = (long)getpid();
    snprintf(h->row.host, sizeof(h->row.host), "%s", host ? host : "");
    snprintf(h->row.queue, sizeof(h->row.queue), "%s", queue ? queue : "");
    snprintf(h->row.id, sizeof(h->row.id), "%.80s:%ld:%lld%06ld", h->row.host, h->row.pid, (long long)ts.tv_sec,
             ts.tv_nsec / 1000);
    tq_keeper_thread_init(&h->t, "heartbeat", hb_renew_due, hb_next_due, h);
    pthread_mutex_lock(&h->t.mu);
    h->next_ms = tq_monotonic_ms();
    int rc = tq_keeper_thread_start(&h->t, err);
    pthread_cond_signal(&h->t.cv);
    pthread_mutex_unlock(&h->t.mu);
    if (rc != 0) {
        tq_heartbeat_free(h);
        return NULL;
    }
    return h;
}

static int hb_usable(tq_heartbeat *h)
{
    if (tq_keeper_thread_after_fork(&h->t)) {
        h->disabled = 1;
        h->pg = NULL;          /* the parent's: tq_pg would not use it here anyway */
    }
    return !h->disabled;
}

/* mu held: the next beat comes soon (the dashboard sees the change, the counters move). */
static void hb_soon(tq_heartbeat *h)
{
    if (!h->changed) {
        int64_t soon = h->last_ms + TQ_HB_MIN_GAP_MS;
        if (soon < h->next_ms) {
            h->next_ms = soon;
        }
    }
    h->changed = 1;
    pthread_cond_signal(&h->t.cv);
}

void tq_heartbeat_task(tq_heartbeat *h, const char *task_id, const char *label)
{
    if (!h || !hb_usable(h)) {
        return;
    }
    pthread_mutex_lock(&h->t.mu);
    if (h->row.current_task[0] && !task_id) {
        h->row.tasks_done++;
    }
    snprintf(h->row.current_task, sizeof(h->row.current_task), "%s", task_id ? task_id : "");
    snprintf(h->row.current_label, sizeof(h->row.current_label), "%s", task_id && label ? label : "");
    hb_soon(h);
    pthread_mutex_unlock(&h->t.mu);
}

void tq_heartbeat_count(tq_heartbeat *h, const char *queue, tq_metrics_status status, double seconds)
{
    if (!h || !hb_usable(h)) {
        return;
    }
    pthread_mutex_lock(&h->t.mu);
    tq_metrics_deltas_count(&h->deltas, queue, status);      /* out of memory: not counted */
    if (seconds >= 0) {
        tq_metrics_deltas_observe(&h->deltas, queue, seconds);
    }
    hb_soon(h);
    pthread_mutex_unlock(&h->t.mu);
}

void tq_heartbeat_row(tq_heartbeat *h, tq_worker_row *out)
{
    pthread_mutex_lock(&h->t.mu);
    *out = h->row;
    pthread_mutex_unlock(&h->t.mu);
}

void tq_heartbeat_free(tq_heartbeat *h)
{
    if (!h) {
        return;
    }
    int usable = hb_usable(h);
    tq_keeper_thread_destroy(&h->t);
    if (usable && h->pg) {
        tq_error err;
        tq_error_clear(&err);
        tq_pg_set_should_stop(h->pg, NULL, NULL);
        if (!tq_metrics_deltas_empty(&h->deltas)) {
            hb_beat(h, &h->row, &h->deltas, &err);        /* the last counts go out before the goodbye */
        }
        tq_pg_workers_remove(h->pg, h->row.id, &err);     /* best effort: a stale row ages out */
    }
    if (usable) {
        tq_pg_free(h->pg);
    }
    tq_metrics_deltas_free(&h->deltas);
    free(h->conninfo);
    free(h);
}
