/*
 * tq_lease_keeper.c: renews the leases of claimed PostgreSQL rows from a thread of its own (see
 * tq_lease_keeper.h); the thread itself is common/tq_keeper_thread.
 * May touch: pg/tq_pg, pg/tq_pg_queue, common/tq_keeper_thread, worker/tq_signal, libc.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pg/tq_lease_keeper.h"
#include "common/tq_keeper_thread.h"
#include "worker/tq_signal.h"
#include "pg/tq_pg.h"
#include "pg/tq_pg_queue.h"

#define TQ_LK_DEFAULT_LEASE_MS 300000
#define TQ_LK_RETRY_MS 500
#define TQ_LK_MAX_BATCH 1000     /* rows per renewal statement */

typedef struct tq_lk_entry {
    char queue[64];
    int64_t row_id;
    int deliveries;
    int64_t lease_ms;
    int64_t due_ms;              /* monotonic time of the next renewal */
} tq_lk_entry;

typedef struct tq_lk_queue {     /* a broker on the thread's connection, per queue name */
    char name[64];
    tq_broker *broker;
} tq_lk_queue;

struct tq_lease_keeper {
    char *conninfo;
    tq_keeper_thread t;          /* the thread, its mutex (guards what follows) and fork state */
    tq_lk_entry *entries;
    size_t n;
    size_t cap;
    tq_lease_keeper_stats stats;
    /* owned by the thread only */
    tq_pg *pg;
    tq_lk_queue *queues;
    size_t nqueues;
};

static int tq_lk_renew_due(void *keeper, int64_t now);
static int64_t tq_lk_next_due(void *keeper);

tq_lease_keeper *tq_lease_keeper_new(const char *conninfo, tq_error *err)
{
    /* validate now, so a bad conninfo fails in the caller's thread with a message */
    tq_pg *probe = tq_pg_new(conninfo, err);
    if (!probe) {
        return NULL;
    }
    tq_pg_free(probe);
    tq_lease_keeper *k = calloc(1, sizeof(*k));
    if (!k || !(k->conninfo = strdup(conninfo))) {
        free(k);
        tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        return NULL;
    }
    tq_keeper_thread_init(&k->t, "lease keeper", tq_lk_renew_due, tq_lk_next_due, k);
    return k;
}

/* ---- the thread ----------------------------------------------------------------------- */

static int tq_lk_should_stop(void *ctx)
{
    tq_lease_keeper *k = ctx;
    return tq_keeper_thread_stopping(&k->t);
}

static tq_broker *tq_lk_broker(tq_lease_keeper *k, const char *queue, tq_error *err)
{
    for (size_t i = 0; i < k->nqueues; i++) {
        if (strcmp(k->queues[i].name, queue) == 0) {
            return k->queues[i].broker;
        }
    }
    if (!k->pg) {
        if (!(k->pg = tq_pg_new(k->conninfo, err))) {
            return NULL;
        }
        tq_pg_set_should_stop(k->pg, tq_lk_should_stop, k);
    }
    tq_broker *b = tq_pg_queue_new(k->pg, queue, err);
    if (!b) {
        return NULL;
    }
    tq_lk_queue *grown = realloc(k->queues, (k->nqueues + 1) * sizeof(*grown));
    if (!grown) {
        b->ops->destroy(b);
        tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        return NULL;
    }
    k->queues = grown;
    snprintf(k->queues[k->nqueues].name, sizeof(k->queues[k->nqueues].name), "%s", queue);
    k->queues[k->nqueues].broker = b;
    k->nqueues++;
    return b;
}

/* One batch: rows of one queue and lease length whose renewal is due (mu held on entry and
 * on return; released around the statement). Returns 1 when a batch was sent, else 0. */
static int tq_lk_renew_due(void *keeper, int64_t now)
{
    tq_lease_keeper *k = keeper;
    size_t first = k->n;
    for (size_t i = 0; i < k->n; i++) {
        if (k->entries[i].due_ms <= now) {
            first = i;
            break;
        }
    }
    if (first == k->n) {
        return 0;
    }
    char queue[64];
    int64_t lease = k->entries[first].lease_ms;
    snprintf(queue, sizeof(queue), "%s", k->entries[first].queue);
    tq_message *msgs = calloc(TQ_LK_MAX_BATCH, sizeof(*msgs));
    const tq_message **ptrs = calloc(TQ_LK_MAX_BATCH, sizeof(*ptrs));
    char (*receipts)[24] = calloc(TQ_LK_MAX_BATCH, sizeof(*receipts));
    size_t nb = 0;
    if (!msgs || !ptrs || !receipts) {
        free(msgs);
        free(ptrs);
        free(receipts);
        k->entries[first].due_ms = now + TQ_LK_RETRY_MS;
        k->stats.errors++;
        return 1;
    }
    for (size_t i = first; i < k->n && nb < TQ_LK_MAX_BATCH; i++) {
        tq_lk_entry *e = &k->entries[i];
        if (e->due_ms > now || e->lease_ms != lease || strcmp(e->queue, queue) != 0) {
            continue;
        }
        snprintf(receipts[nb], sizeof(receipts[nb]), "%lld", (long long)e->row_id);
        msgs[nb].receipt = receipts[nb];
        msgs[nb].deliveries = e->deliveries;
        ptrs[nb] = &msgs[nb];
        e->due_ms = now + lease / 3;     /* optimistic; a failure below moves it up */
        nb++;
    }
    pthread_mutex_unlock(&k->t.mu);

    tq_error err;
    tq_error_clear(&err);
    uint64_t connects_before = k->pg ? tq_pg_get_stats(k->pg)->connects : 0;
    tq_broker *b = tq_lk_broker(k, queue, &err);
    int renewed = b ? tq_pg_queue_extend_many(b, ptrs, nb, lease, &err) : -1;
    uint64_t connects = k->pg ? tq_pg_get_stats(k->pg)->connects - connects_before : 0;

    pthread_mutex_lock(&k->t.mu);
    k->stats.statements += b ? 1 : 0;
    k->stats.connects += connects;
    if (renewed < 0) {
        k->stats.errors++;
        int64_t retry = tq_monotonic_ms() + TQ_LK_RETRY_MS;
        for (size_t j = 0; j < nb; j++) {
            int64_t row = strtoll(receipts[j], NULL, 10);
            for (size_t i = 0; i < k->n; i++) {
                if (k->entries[i].row_id == row && strcmp(k->entries[i].queue, queue) == 0) {
                    k->entries[i].due_ms = retry;
                }
            }
        }
    } else {
        k->stats.renewed += (uint64_t)renewed;
        k->stats.lost += nb - (size_t)renewed;
    }
    free(msgs);
    free(ptrs);
    free(receipts);
    return 1;
}

static int64_t tq_lk_next_due(void *keeper)
{
    tq_lease_keeper *k = keeper;
    if (k->n == 0) {
        return -1;
    }
    int64_t next = k->entries[0].due_ms;
    for (size_t i = 1; i < k->n; i++) {
        if (k->entries[i].due_ms < next) {
            next = k->entries[i].due_ms;
        }
    }
    return next;
}

/* ---- the caller's side ---------------------------------------------------------------- */

/* After fork(): the thread did not come along and the rows are the parent's to renew; its
 * connection is the parent's too: tq_pg opens its own in this process on next use. */
static void tq_lk_after_fork(tq_lease_keeper *k)
{
    if (tq_keeper_thread_after_fork(&k->t)) {
        k->n = 0;
    }
}

int tq_lease_keeper_add(tq_lease_keeper *k, const char *queue, int64_t row_id, int deliveries, int64_t lease_ms,
                        tq_error *err)
{
    if (!queue || strlen(queue) >= sizeof(((tq_lk_entry *)0)->queue) || row_id <= 0) {
        return tq_error_set(err, TQ_ERR_INVALID, "lease keeper: bad queue name or row id");
    }
    tq_lk_after_fork(k);
    if (lease_ms <= 0) {
        lease_ms = TQ_LK_DEFAULT_LEASE_MS;
    }
    pthread_mutex_lock(&k->t.mu);
    int rc = 0;
    tq_lk_entry *e = NULL;
    for (size_t i = 0; i < k->n; i++) {
        if (k->entries[i].row_id == row_id && strcmp(k->entries[i].queue, queue) == 0) {
            e = &k->entries[i];
            break;
        }
    }
    if (!e) {
        if (k->n == k->cap) {
            size_t cap = k->cap ? k->cap * 2 : 16;
            tq_lk_entry *grown = realloc(k->entries, cap * sizeof(*grown));
            if (!grown) {
                pthread_mutex_unlock(&k->t.mu);
                return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
            }
            k->entries = grown;
            k->cap = cap;
        }
        e = &k->entries[k->n++];
        snprintf(e->queue, sizeof(e->queue), "%s", queue);
        e->row_id = row_id;
    }
    e->deliveries = deliveries;
    e->lease_ms = lease_ms;
    e->due_ms = tq_monotonic_ms() + lease_ms / 3;
    rc = tq_keeper_thread_start(&k->t, err);
    pthread_cond_signal(&k->t.cv);
    pthread_mutex_unlock(&k->t.mu);
    return rc;
}

void tq_lease_keeper_remove(tq_lease_keeper *k, const char *queue, int64_t row_id)
{
    if (!k || !queue) {
        return;
    }
    tq_lk_after_fork(k);
    pthread_mutex_lock(&k->t.mu);
    for (size_t i = 0; i < k->n; i++) {
        if (k->entries[i].row_id == row_id && strcmp(k->entries[i].queue, queue) == 0) {
            k->entries[i] = k->entries[--k->n];
            break;
        }
    }
    pthread_mutex_unlock(&k->t.mu);
}

size_t tq_lease_keeper_count(tq_lease_keeper *k)
{
    tq_lk_after_fork(k);
    pthread_mutex_lock(&k->t.mu);
    size_t n = k->n;
    pthread_mutex_unlock(&k->t.mu);
    return n;
}

void tq_lease_keeper_get_stats(tq_lease_keeper *k, tq_lease_keeper_stats *out)
{
    tq_lk_after_fork(k);
    pthread_mutex_lock(&k->t.mu);
    *out = k->stats;
    pthread_mutex_unlock(&k->t.mu);
}

void tq_lease_keeper_free(tq_lease_keeper *k)
{
    if (!k) {
        return;
    }
    tq_lk_after_fork(k);
    tq_keeper_thread_destroy(&k->t);
    for (size_t i = 0; i < k->nqueues; i++) {
        k->queues[i].broker->ops->destroy(k->queues[i].broker);
    }
    free(k->queues);
    tq_pg_free(k->pg);
    free(k->entries);
    free(k->conninfo);
    free(k);
}
