/*
 * tq_metrics_text: the page /metrics serves (README "Metrics"), in Prometheus' text
 * exposition format 0.0.4: per queue the depth and the oldest waiting task's age (read at
 * scrape time from the queue tables), the task counters and the duration histogram (the
 * sums of every worker's heartbeat deltas, tq_metrics_deltas), the live workers per
 * queue; per worker whether it is alive, its tasks done and its memory. Label values are
 * escaped (\\, \", \n), histogram buckets are cumulative and end with le="+Inf", then
 * _sum and _count. May touch: libc, common/tq_error, metrics/tq_metrics_deltas,
 * pg/tq_pg_workers (the worker row only).
 */
#ifndef TQ_METRICS_TEXT_H
#define TQ_METRICS_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include "common/tq_error.h"
#include "pg/tq_pg_workers.h"

#define TQ_METRICS_CONTENT_TYPE "text/plain; version=0.0.4; charset=utf-8"

/* A growing text buffer (malloc'd); after an allocation failure it stays failed. */
typedef struct tq_mtext {
    char *s;
    size_t len, cap;
    int failed;
} tq_mtext;

void tq_mtext_append(tq_mtext *b, const char *s, size_t n);
/* `# HELP name help` (help escaped) and `# TYPE name type`. */
void tq_mtext_family(tq_mtext *b, const char *name, const char *type, const char *help);
/* One sample: name{k1="v1",...} value, n_labels pairs in labels (keys, then values
 * escaped). The value as Prometheus reads it: integers without exponent, +Inf, -Inf, NaN. */
void tq_mtext_sample(tq_mtext *b, const char *name, const char *const *labels, size_t n_labels, double value);
/* A histogram's samples: name_bucket with le added to the labels, cumulative over the
 * per-bucket counts (n_bounds + 1 of them, the last the overflow), le="+Inf" = the
 * total of those counts, name_sum and name_count (count as given). */
void tq_mtext_histogram(tq_mtext *b, const char *name, const char *const *labels, size_t n_labels,
                        const double *bounds, size_t n_bounds, const int64_t *counts, double sum, int64_t count);

/* A queue as the scrape saw it. */
typedef struct tq_metrics_queue {
    char name[256];
    int64_t depth;           /* -1: unknown */
    double oldest_age;       /* seconds; < 0: nothing waits */
} tq_metrics_queue;

/* A row of tq_metrics_counts. */
typedef struct tq_metrics_count {
    char queue[256];
    char name[64];
    double value;
} tq_metrics_count;

typedef struct tq_metrics_snapshot {
    const tq_metrics_queue *queues;      /* the configured queues */
    size_t n_queues;
    const tq_metrics_count *counts;      /* queues only seen here are listed too */
    size_t n_counts;
    const tq_worker_row *workers;        /* the live workers (queue "": a dispatcher's, on every queue) */
    size_t n_workers;
} tq_metrics_snapshot;

/* The whole page (malloc'd, NUL-terminated, *len its length). NULL with err. */
char *tq_metrics_render(const tq_metrics_snapshot *s, size_t *len, tq_error *err);

#endif
