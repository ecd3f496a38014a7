/*
 * tq_claim_ledger.c: the claim ledger (see tq_claim_ledger.h), a chained hash table on the key.
 * May touch: libc.
 */
#include "queue/tq_claim_ledger.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct tq_claim_ledger {
    const tq_claim_ledger_ops *ops;
    tq_claim **buckets;
    size_t nbuckets;        /* a power of two */
    size_t count;
    uint64_t next_owner;
};

static size_t key_hash(const char *key)
{
    uint64_t h = 1469598103934665603ULL;   /* FNV-1a */
    for (const unsigned char *p = (const unsigned char *)key; *p; p++) {
        h = (h ^ *p) * 1099511628211ULL;
    }
    return (size_t)h;
}

tq_claim_ledger *tq_claim_ledger_new(const tq_claim_ledger_ops *ops)
{
    tq_claim_ledger *l = calloc(1, sizeof(*l));
    if (!l) {
        return NULL;
    }
    l->nbuckets = 16;
    l->buckets = calloc(l->nbuckets, sizeof(*l->buckets));
    if (!l->buckets) {
        free(l);
        return NULL;
    }
    l->ops = ops;
    l->next_owner = 1;
    return l;
}

static void claim_free(const tq_claim_ledger *l, tq_claim *c)
{
    if (c->keeper && l->ops && l->ops->lease_stop) {
        l->ops->lease_stop(c);
    }
    if (c->task && l->ops && l->ops->task_release) {
        l->ops->task_release(c->task);
    }
    free(c->report);
    free(c->status);
    free(c->key);
    free(c);
}

void tq_claim_ledger_free(tq_claim_ledger *l)
{
    if (!l) {
        return;
    }
    for (size_t i = 0; i < l->nbuckets; i++) {
        tq_claim *c = l->buckets[i];
        while (c) {
            tq_claim *next = c->next_;
            claim_free(l, c);
            c = next;
        }
    }
    free(l->buckets);
    free(l);
}

uint64_t tq_claim_ledger_owner(tq_claim_ledger *l)
{
    return l->next_owner++;
}

tq_claim *tq_claim_ledger_find(const tq_claim_ledger *l, const char *key)
{
    for (tq_claim *c = l->buckets[key_hash(key) & (l->nbuckets - 1)]; c; c = c->next_) {
        if (strcmp(c->key, key) == 0) {
            return c;
        }
    }
    return NULL;
}

/* Doubles the table when it is fuller than one entry per bucket; a failed grow keeps the
 * old table (longer chains, still correct). */
static void maybe_grow(tq_claim_ledger *l)
{
    if (l->count < l->nbuckets) {
        return;
    }
    size_t n = l->nbuckets * 2;
    tq_claim **b = calloc(n, sizeof(*b));
    if (!b) {
        return;
    }
    for (size_t i = 0; i < l->nbuckets; i++) {
        tq_claim *c = l->buckets[i];
        while (c) {
            tq_claim *next = c->next_;
            size_t h = key_hash(c->key) & (n - 1);
            c->next_ = b[h];
            b[h] = c;
            c = next;
        }
    }
    free(l->buckets);
    l->buckets = b;
    l->nbuckets = n;
}

tq_claim *tq_claim_ledger_add(tq_claim_ledger *l, const char *key, uint64_t owner, tq_claim_state state)
{
    if (tq_claim_ledger_find(l, key)) {
        return NULL;
    }
    tq_claim *c = calloc(1, sizeof(*c));
    if (!c || !(c->key = strdup(key))) {
        free(c);
        return NULL;
    }
    c->owner = owner;
    c->state = state;
    c->row_id = -1;
    maybe_grow(l);
    size_t h = key_hash(key) & (l->nbuckets - 1);
    c->next_ = l->buckets[h];
    l->buckets[h] = c;
    l->count++;
    return c;
}

void tq_claim_ledger_end(tq_claim_ledger *l, tq_claim *c)
{
    tq_claim **p = &l->buckets[key_hash(c->key) & (l->nbuckets - 1)];
    while (*p && *p != c) {
        p = &(*p)->next_;
    }
    if (!*p) {
        return;     /* not ours (ended already): nothing to do */
    }
    *p = c->next_;
    l->count--;
    claim_free(l, c);
}

size_t tq_claim_ledger_size(const tq_claim_ledger *l)
{
    return l ? l->count : 0;
}

static bool matches(const tq_claim *c, const tq_claim_filter *f)
{
    return (!f->owner || c->owner == f->owner) && (f->state < 0 || (int)c->state == f->state)
        && (!f->report_sink || (c->report && c->report_sink == f->report_sink));
}

size_t tq_claim_ledger_select(const tq_claim_ledger *l, const tq_claim_filter *f, tq_claim **out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; l && i < l->nbuckets; i++) {
        for (tq_claim *c = l->buckets[i]; c; c = c->next_) {
            if (matches(c, f)) {
                if (n < max) {
                    out[n] = c;
                }
                n++;
            }
        }
    }
    return n;
}

bool tq_claim_set_status(tq_claim *c, const char *status)
{
    char *copy = NULL;
    if (status && !(copy = strdup(status))) {
        return false;
    }
    free(c->status);
    c->status = copy;
    return true;
}

bool tq_claim_defer_report(tq_claim *c, void *sink, const char *report, const char *status)
{
    char *copy = strdup(report);
    if (!copy) {
        return false;
    }
    free(c->report);
    c->report = copy;
    c->report_sink = sink;
    snprintf(c->report_status, sizeof(c->report_status), "%s", status);
    return true;
}

bool tq_claim_take_report(tq_claim *c, void **sink, char **report, char status[16])
{
    if (!c->report) {
        return false;
    }
    *sink = c->report_sink;
    *report = c->report;
    memcpy(status, c->report_status, sizeof(c->report_status));
    c->report = NULL;
    c->report_sink = NULL;
    return true;
}

size_t tq_claim_ledger_batch(const tq_claim_ledger *l, uint64_t owner, tq_claim **out, size_t max)
{
    size_t n = 0;
    const tq_claim *first = NULL;
    for (size_t i = 0; l && i < l->nbuckets && n < max; i++) {
        for (tq_claim *c = l->buckets[i]; c && n < max; c = c->next_) {
            if (c->owner != owner || c->state != TQ_CLAIM_ACKED || !c->report) {
                continue;
            }
            /* one statement covers one queue table and one log table */
            if (first && (c->queue != first->queue || c->report_sink != first->report_sink)) {
                continue;
            }
            first = first ? first : c;
            out[n++] = c;
        }
    }
    return n;
}
