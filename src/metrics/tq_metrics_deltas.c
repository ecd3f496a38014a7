/*
 * tq_metrics_deltas.c: per-queue deltas of a worker (tq_metrics_deltas.h).
 * May touch: libc, jansson, common/tq_error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "metrics/tq_metrics_deltas.h"

const double tq_metrics_bounds[TQ_METRICS_BUCKETS] = {
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300
};

const char *tq_metrics_status_name(tq_metrics_status s)
{
    static const char *names[] = { "started", "completed", "failed", "retried" };
    return s < TQ_M_STATUSES ? names[s] : "";
}

void tq_metrics_bucket_name(size_t i, char *buf, size_t cap)
{
    if (i < TQ_METRICS_BUCKETS) {
        snprintf(buf, cap, "le:%g", tq_metrics_bounds[i]);
    } else {
        snprintf(buf, cap, "le:+Inf");
    }
}

size_t tq_metrics_bucket_of(double seconds)
{
    size_t i = 0;
    while (i < TQ_METRICS_BUCKETS && !(seconds <= tq_metrics_bounds[i])) {
        i++;
    }
    return i;
}

/* The entry of queue, added when missing; NULL when out of memory. */
static tq_metrics_queue_delta *entry(tq_metrics_deltas *d, const char *queue)
{
    queue = queue ? queue : "";
    for (size_t i = 0; i < d->n; i++) {
        if (strcmp(d->q[i].queue, queue) == 0) {
            return &d->q[i];
        }
    }
    if (d->n == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 4;
        tq_metrics_queue_delta *q = realloc(d->q, cap * sizeof(*q));
        if (!q) {
            return NULL;
        }
        d->q = q;
        d->cap = cap;
    }
    tq_metrics_queue_delta *e = &d->q[d->n];
    memset(e, 0, sizeof(*e));
    if (!(e->queue = strdup(queue))) {
        return NULL;
    }
    d->n++;
    return e;
}

int tq_metrics_deltas_count(tq_metrics_deltas *d, const char *queue, tq_metrics_status s)
{
    tq_metrics_queue_delta *e = s < TQ_M_STATUSES ? entry(d, queue) : NULL;
    if (!e) {
        return -1;
    }
    e->tasks[s]++;
    return 0;
}

int tq_metrics_deltas_observe(tq_metrics_deltas *d, const char *queue, double seconds)
{
    tq_metrics_queue_delta *e = entry(d, queue);
    if (!e) {
        return -1;
    }
    seconds = seconds > 0 ? seconds : 0;
    e->buckets[tq_metrics_bucket_of(seconds)]++;
    e->sum += seconds;
    e->count++;
    return 0;
}

int tq_metrics_deltas_merge(tq_metrics_deltas *dst, tq_metrics_deltas *src)
{
    int rc = 0;
    for (size_t i = 0; i < src->n; i++) {
        const tq_metrics_queue_delta *s = &src->q[i];
        tq_metrics_queue_delta *e = entry(dst, s->queue);
        if (!e) {
            rc = -1;
            continue;
        }
        for (int k = 0; k < TQ_M_STATUSES; k++) {
            e->tasks[k] += s->tasks[k];
        }
        for (size_t b = 0; b <= TQ_METRICS_BUCKETS; b++) {
            e->buckets[b] += s->buckets[b];
        }
        e->sum += s->sum;
        e->count += s->count;
    }
    tq_metrics_deltas_free(src);
    return rc;
}

int tq_metrics_deltas_empty(const tq_metrics_deltas *d)
{
    return d->n == 0;
}

static int add_row(json_t *rows, const char *queue, const char *name, double v)
{
    if (v == 0) {
        return 0;
    }
    json_t *row = json_pack("{s:s, s:s, s:f}", "q", queue, "n", name, "v", v);
    return row ? json_array_append_new(rows, row) : -1;
}

static int by_queue_name(const void *a, const void *b)
{
    json_t *x = *(json_t *const *)a, *y = *(json_t *const *)b;
    int c = strcmp(json_string_value(json_object_get(x, "q")), json_string_value(json_object_get(y, "q")));
    return c ? c : strcmp(json_string_value(json_object_get(x, "n")), json_string_value(json_object_get(y, "n")));
}

/* rows sorted by (queue, name) into a new array. */
static json_t *sorted(json_t *rows)
{
    size_t n = json_array_size(rows);
    json_t **v = malloc((n ? n : 1) * sizeof(*v));
    json_t *out = json_array();
    if (!v || !out) {
        free(v);
        json_decref(out);
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        v[i] = json_array_get(rows, i);
    }
    qsort(v, n, sizeof(*v), by_queue_name);
    for (size_t i = 0; i < n; i++) {
        json_array_append(out, v[i]);
    }
    free(v);
    return out;
}

static int queue_rows(json_t *rows, const tq_metrics_queue_delta *e)
{
    char name[32];
    int rc = 0;
    for (int k = 0; k < TQ_M_STATUSES; k++) {
        rc |= add_row(rows, e->queue, tq_metrics_status_name(k), (double)e->tasks[k]);
    }
    for (size_t b = 0; b <= TQ_METRICS_BUCKETS; b++) {
        tq_metrics_bucket_name(b, name, sizeof(name));
        rc |= add_row(rows, e->queue, name, (double)e->buckets[b]);
    }
    rc |= add_row(rows, e->queue, "duration_sum", e->sum);
    rc |= add_row(rows, e->queue, "duration_count", (double)e->count);
    return rc;
}

char *tq_metrics_deltas_json(const tq_metrics_deltas *d)
{
    json_t *rows = json_array();
    int rc = rows ? 0 : -1;
    for (size_t i = 0; rc == 0 && i < d->n; i++) {
        rc = queue_rows(rows, &d->q[i]);
    }
    json_t *ordered = rc == 0 ? sorted(rows) : NULL;
    char *text = ordered ? json_dumps(ordered, JSON_COMPACT) : NULL;
    json_decref(ordered);
    json_decref(rows);
    return text;
}

void tq_metrics_deltas_free(tq_metrics_deltas *d)
{
    for (size_t i = 0; i < d->n; i++) {
        free(d->q[i].queue);
    }
    free(d->q);
    memset(d, 0, sizeof(*d));
}
