/*
 * tq_metrics_deltas: what one worker counted since its last heartbeat (README "Metrics"):
 * per queue, tasks started, completed, failed and retried, and the task durations as
 * histogram buckets with their sum and count. The heartbeat adds these deltas to the
 * counters table tq_metrics_counts in the statement of its beat (pg/tq_pg_metrics), so
 * the counters are the sum over every worker and host and survive a worker's death. Each
 * delta is one (queue, name, value) row: names "started", "completed", "failed",
 * "retried", "duration_sum", "duration_count" and "le:<bound>" (a bucket, not cumulative;
 * "le:+Inf" is the overflow). May touch: libc, jansson, common/tq_error.
 */
#ifndef TQ_METRICS_DELTAS_H
#define TQ_METRICS_DELTAS_H

#include <stddef.h>
#include <stdint.h>
#include "common/tq_error.h"

/* The upper bounds of the duration buckets, in seconds (Prometheus' defaults, plus 30 s,
 * 1 min and 5 min for long tasks); +Inf follows them. */
#define TQ_METRICS_BUCKETS 14
extern const double tq_metrics_bounds[TQ_METRICS_BUCKETS];

typedef enum tq_metrics_status {
    TQ_M_STARTED, TQ_M_COMPLETED, TQ_M_FAILED, TQ_M_RETRIED, TQ_M_STATUSES
} tq_metrics_status;

/* "started", "completed", "failed", "retried". */
const char *tq_metrics_status_name(tq_metrics_status s);
/* The row name of bucket i (0..TQ_METRICS_BUCKETS, the last is "le:+Inf") into buf. */
void tq_metrics_bucket_name(size_t i, char *buf, size_t cap);
/* The bucket a duration falls in (the first whose bound is >= seconds). */
size_t tq_metrics_bucket_of(double seconds);

typedef struct tq_metrics_queue_delta {
    char *queue;
    int64_t tasks[TQ_M_STATUSES];
    int64_t buckets[TQ_METRICS_BUCKETS + 1];
    double sum;
    int64_t count;
} tq_metrics_queue_delta;

typedef struct tq_metrics_deltas {
    tq_metrics_queue_delta *q;
    size_t n, cap;
} tq_metrics_deltas;

/* Counts one task of queue in status. -1 when out of memory (nothing counted). */
int tq_metrics_deltas_count(tq_metrics_deltas *d, const char *queue, tq_metrics_status s);
/* Observes one task duration of queue. -1 when out of memory. */
int tq_metrics_deltas_observe(tq_metrics_deltas *d, const char *queue, double seconds);
/* Adds src into dst (a beat that failed gives its deltas back); src is emptied. -1 when
 * out of memory (what could not be added is dropped). */
int tq_metrics_deltas_merge(tq_metrics_deltas *dst, tq_metrics_deltas *src);
/* Whether there is anything to send. */
int tq_metrics_deltas_empty(const tq_metrics_deltas *d);
/* The deltas as a JSON array of {"q": queue, "n": name, "v": value}, non-zero values only,
 * sorted by queue then name (concurrent beats then lock the counter rows in one order).
 * "[]" when empty; malloc'd, NULL when out of memory. */
char *tq_metrics_deltas_json(const tq_metrics_deltas *d);
void tq_metrics_deltas_free(tq_metrics_deltas *d);

#endif
