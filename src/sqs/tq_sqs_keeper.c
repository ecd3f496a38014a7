/* tq_sqs_keeper: renews the visibility of claimed SQS messages from a thread of its own (the
 * thread itself is common/tq_keeper_thread). One mutex guards the entries and the stats; the
 * thread lets go of it while a call is on the wire and marks the entries of that call in
 * flight, so remove() can wait for them.
 * May touch: sqs/tq_sqs, common/tq_keeper_thread, worker/tq_signal, libc. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sqs/tq_sqs_keeper.h"
#include "common/tq_keeper_thread.h"
#include "worker/tq_signal.h"

#define TQ_SK_DEFAULT_LEASE_MS 600000   /* TAO's VisibilityTimeout */
#define TQ_SK_MAX_LEASE_MS 43200000     /* SQS's longest visibility: 12 h */
#define TQ_SK_RETRY_MS 500              /* after a failed call (network, 5xx) */
#define TQ_SK_REFUSED_RETRY_MS 5000     /* after a refused call (credentials, permissions) */
#define TQ_SK_BATCH 10                  /* SQS's limit of entries per batch call */

typedef struct tq_sk_entry {
    char *url;
    char *receipt;
    int64_t lease_ms;
    int64_t due_ms;          /* monotonic time of the next renewal */
    int inflight;            /* part of the call on the wire */
    int removed;             /* removed while in flight: freed when the call returns */
} tq_sk_entry;

struct tq_sqs_keeper {
    tq_sqs_config cfg;       /* our own copy (the thread's client is made from it) */
    tq_keeper_thread t;      /* the thread, its mutex (guards what follows) and fork state;
                                t.done: a call came back (wakes remove()) */
    tq_sk_entry *entries;
    size_t n;
    size_t cap;
    tq_sqs_keeper_stats stats;
    tq_sqs_client *client;   /* made and used by the thread only */
    tq_sqs_client *inherited;/* the parent's, after fork(): never used nor freed (see after_fork) */
};

static int tq_sk_renew_due(void *keeper, int64_t now);
static int64_t tq_sk_next_due(void *keeper);

static int tq_sk_copy(char **dst, const char *src)
{
    *dst = src ? strdup(src) : NULL;
    return src && !*dst ? -1 : 0;
}

tq_sqs_keeper *tq_sqs_keeper_new(const tq_sqs_config *cfg, tq_error *err)
{
    if (!cfg->region || !cfg->access_key || !cfg->secret_key || !cfg->endpoint) {
        tq_error_set(err, TQ_ERR_INVALID, "SQS lease keeper: the configuration is not resolved");
        return NULL;
    }
    tq_sqs_keeper *k = calloc(1, sizeof(*k));
    if (!k) {
        tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        return NULL;
    }
    tq_sqs_config_init(&k->cfg);
    int rc = tq_sk_copy(&k->cfg.region, cfg->region) | tq_sk_copy(&k->cfg.access_key, cfg->access_key)
           | tq_sk_copy(&k->cfg.secret_key, cfg->secret_key)
           | tq_sk_copy(&k->cfg.session_token, cfg->session_token)
           | tq_sk_copy(&k->cfg.endpoint, cfg->endpoint) | tq_sk_copy(&k->cfg.source, cfg->source);
    if (rc != 0) {
        tq_sqs_config_free(&k->cfg);
        free(k);
        tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        return NULL;
    }
    /* A renewal is due every lease/3: a call must not hang on to its retries for long (the
     * thread tries again itself), and free() joins the thread, so keep calls short. */
    k->cfg.max_attempts = cfg->max_attempts < 3 ? cfg->max_attempts : 3;
    k->cfg.base_delay_ms = cfg->base_delay_ms;
    k->cfg.max_delay_ms = 1000;
    k->cfg.max_retry_ms = 2000;
    k->cfg.connect_timeout_ms = cfg->connect_timeout_ms < 5000 ? cfg->connect_timeout_ms : 5000;
    k->cfg.request_timeout_ms = cfg->request_timeout_ms < 10000 ? cfg->request_timeout_ms : 10000;
    tq_keeper_thread_init(&k->t, "SQS lease keeper", tq_sk_renew_due, tq_sk_next_due, k);
    return k;
}

/* ---- the thread ----------------------------------------------------------------------- */

static void tq_sk_entry_free(tq_sk_entry *e)
{
    free(e->url);
    free(e->receipt);
}

/* Drops entry i (mu held). */
static void tq_sk_drop(tq_sqs_keeper *k, size_t i)
{
    tq_sk_entry_free(&k->entries[i]);
    k->entries[i] = k->entries[--k->n];
}

static int tq_sk_entry_refused(const tq_sqs_entry_result *r)
{
    static const char *gone[] = {"ReceiptHandleIsInvalid", "MessageNotInflight",
                                 "AWS.SimpleQueueService.MessageNotInflight", "InvalidParameterValue",
                                 "InvalidReceiptHandle"};
    for (size_t i = 0; i < sizeof(gone) / sizeof(gone[0]); i++) {
        if (strcmp(r->code, gone[i]) == 0) {
            return 1;
        }
    }
    return r->sender_fault;
}

/* One call: messages of one queue and lease whose renewal is due (mu held on entry and on
 * return; released around the call). Returns 1 when a call was made (or failed), else 0. */
static int tq_sk_renew_due(void *keeper, int64_t now)
{
    tq_sqs_keeper *k = keeper;
    size_t first = k->n;
    for (size_t i = 0; i < k->n; i++) {
        if (!k->entries[i].inflight && k->entries[i].due_ms <= now) {
            first = i;
            break;
        }
    }
    if (first == k->n) {
        return 0;
    }
    char *url = strdup(k->entries[first].url);
    int64_t lease = k->entries[first].lease_ms;
    const char *receipts[TQ_SK_BATCH];
    char *owned[TQ_SK_BATCH];
    size_t nb = 0;
    /* messages of the same queue and lease due soon go along (renewed a little early), so
     * the messages of one receive stay in one call even if they were registered apart */
    int64_t horizon = now + lease / 6;
    for (size_t i = first; url && i < k->n && nb < TQ_SK_BATCH; i++) {
        tq_sk_entry *e = &k->entries[i];
        if (e->inflight || e->due_ms > horizon || e->lease_ms != lease || strcmp(e->url, url) != 0) {
            continue;
        }
        if (!(owned[nb] = strdup(e->receipt))) {
            break;
        }
        receipts[nb] = owned[nb];
        e->inflight = 1;
        nb++;
    }
    if (!url || nb == 0) {
        free(url);
        k->entries[first].due_ms = now + TQ_SK_RETRY_MS;
        k->stats.errors++;
        return 1;
    }
    pthread_mutex_unlock(&k->t.mu);

    tq_error err;
    tq_error_clear(&err);
    tq_sqs_entry_result res[TQ_SK_BATCH];
    int failed = -1;
    if (!k->client) {
        k->client = tq_sqs_client_new(&k->cfg, &err);
    }
    if (k->client) {
        failed = tq_sqs_change_visibility_batch(k->client, url, receipts, nb, (int)(lease / 1000), res, &err);
    }
    uint64_t requests = k->client ? tq_sqs_client_requests(k->client) : 0;

    pthread_mutex_lock(&k->t.mu);
    k->stats.requests = requests;
    int64_t after = tq_monotonic_ms();
    if (failed >= 0) {
        k->stats.calls++;
    } else {
        k->stats.errors++;
    }
    for (size_t j = 0; j < nb; j++) {
        for (size_t i = 0; i < k->n; i++) {
            tq_sk_entry *e = &k->entries[i];
            if (!e->inflight || strcmp(e->receipt, receipts[j]) != 0) {
                continue;
            }
            e->inflight = 0;
            if (e->removed) {
                tq_sk_drop(k, i);
            } else if (failed < 0 && err.code == TQ_ERR_NOT_FOUND) {
                k->stats.lost++;            /* the queue is gone */
                tq_sk_drop(k, i);
            } else if (failed < 0) {
                e->due_ms = after + (err.code == TQ_ERR_INVALID ? TQ_SK_REFUSED_RETRY_MS : TQ_SK_RETRY_MS);
            } else if (res[j].ok) {
                k->stats.renewed++;
                e->due_ms = after + e->lease_ms / 3;
            } else if (tq_sk_entry_refused(&res[j])) {
                k->stats.lost++;
                tq_sk_drop(k, i);
            } else {
                e->due_ms = after + TQ_SK_RETRY_MS;
            }
            break;
        }
        free(owned[j]);
    }
    if (failed >= 0) {
        tq_sqs_entry_results_free(res, nb);
    }
    free(url);
    pthread_cond_broadcast(&k->t.done);
    return 1;
}

static int64_t tq_sk_next_due(void *keeper)
{
    tq_sqs_keeper *k = keeper;
    int64_t next = -1;
    for (size_t i = 0; i < k->n; i++) {
        if (!k->entries[i].inflight && (next < 0 || k->entries[i].due_ms < next)) {
            next = k->entries[i].due_ms;
        }
    }
    return next;
}

/* ---- the caller's side ---------------------------------------------------------------- */

/* After fork(): the thread did not come along, the messages are the parent's to renew, and
 * the client's connection is the parent's (closing it here could disturb the parent's TLS
 * session): it is left alone and a new one is made on next use. */
static void tq_sk_after_fork(tq_sqs_keeper *k)
{
    if (!tq_keeper_thread_after_fork(&k->t)) {
        return;
    }
    for (size_t i = 0; i < k->n; i++) {
        tq_sk_entry_free(&k->entries[i]);
    }
    k->n = 0;
    k->inherited = k->client;
    k->client = NULL;
    memset(&k->stats, 0, sizeof(k->stats));
}

int tq_sqs_keeper_add(tq_sqs_keeper *k, const char *queue_url, const char *receipt, int64_t lease_ms,
                      tq_error *err)
{
    if (!queue_url || !*queue_url || !receipt || !*receipt) {
        return tq_error_set(err, TQ_ERR_INVALID, "SQS lease keeper: a queue URL and a receipt handle are needed");
    }
    tq_sk_after_fork(k);
    if (lease_ms <= 0) {
        lease_ms = TQ_SK_DEFAULT_LEASE_MS;
    }
    lease_ms = (lease_ms + 999) / 1000 * 1000;
    if (lease_ms > TQ_SK_MAX_LEASE_MS) {
        lease_ms = TQ_SK_MAX_LEASE_MS;
    }
    pthread_mutex_lock(&k->t.mu);
    tq_sk_entry *e = NULL;
    for (size_t i = 0; i < k->n; i++) {
        if (!k->entries[i].removed && strcmp(k->entries[i].receipt, receipt) == 0) {
            e = &k->entries[i];
            break;
        }
    }
    if (!e) {
        if (k->n == k->cap) {
            size_t cap = k->cap ? k->cap * 2 : 16;
            tq_sk_entry *grown = realloc(k->entries, cap * sizeof(*grown));
            if (!grown) {
                pthread_mutex_unlock(&k->t.mu);
                return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
            }
            k->entries = grown;
            k->cap = cap;
        }
        tq_sk_entry fresh = {strdup(queue_url), strdup(receipt), 0, 0, 0, 0};
        if (!fresh.url || !fresh.receipt) {
            tq_sk_entry_free(&fresh);
            pthread_mutex_unlock(&k->t.mu);
            return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        }
        k->entries[k->n] = fresh;
        e = &k->entries[k->n++];
    }
    e->lease_ms = lease_ms;
    e->due_ms = tq_monotonic_ms() + lease_ms / 3;
    int rc = tq_keeper_thread_start(&k->t, err);
    pthread_cond_signal(&k->t.cv);
    pthread_mutex_unlock(&k->t.mu);
    return rc;
}

void tq_sqs_keeper_remove(tq_sqs_keeper *k, const char *receipt)
{
    if (!k || !receipt) {
        return;
    }
    tq_sk_after_fork(k);
    pthread_mutex_lock(&k->t.mu);
    for (size_t i = 0; i < k->n; i++) {
        tq_sk_entry *e = &k->entries[i];
        if (e->removed || strcmp(e->receipt, receipt) != 0) {
            continue;
        }
        if (!e->inflight) {
            tq_sk_drop(k, i);
            break;
        }
        /* the thread frees it when its call comes back; wait for that */
        e->removed = 1;
        char *mine = e->receipt;
        for (;;) {
            pthread_cond_wait(&k->t.done, &k->t.mu);
            int still = 0;
            for (size_t j = 0; j < k->n; j++) {
                still |= k->entries[j].receipt == mine;
            }
            if (!still) {
                break;
            }
        }
        break;
    }
    pthread_mutex_unlock(&k->t.mu);
}

size_t tq_sqs_keeper_count(tq_sqs_keeper *k)
{
    tq_sk_after_fork(k);
    pthread_mutex_lock(&k->t.mu);
    size_t n = 0;
    for (size_t i = 0; i < k->n; i++) {
        n += !k->entries[i].removed;
    }
    pthread_mutex_unlock(&k->t.mu);
    return n;
}

void tq_sqs_keeper_get_stats(tq_sqs_keeper *k, tq_sqs_keeper_stats *out)
{
    tq_sk_after_fork(k);
    pthread_mutex_lock(&k->t.mu);
    *out = k->stats;
    pthread_mutex_unlock(&k->t.mu);
}

void tq_sqs_keeper_free(tq_sqs_keeper *k)
{
    if (!k) {
        return;
    }
    tq_sk_after_fork(k);
    tq_keeper_thread_destroy(&k->t);
    tq_sqs_client_free(k->client);
    for (size_t i = 0; i < k->n; i++) {
        tq_sk_entry_free(&k->entries[i]);
    }
    free(k->entries);
    tq_sqs_config_free(&k->cfg);
    free(k);
}
