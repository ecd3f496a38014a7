/*
 * tq_metrics_text.c: Prometheus' text format and the /metrics page (tq_metrics_text.h).
 * May touch: libc, common/tq_error, metrics/tq_metrics_deltas, pg/tq_pg_workers.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "metrics/tq_metrics_deltas.h"
#include "metrics/tq_metrics_text.h"

void tq_mtext_append(tq_mtext *b, const char *s, size_t n)
{
    if (b->failed) {
        return;
    }
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + n + 1) {
            cap *= 2;
        }
        char *p = realloc(b->s, cap);
        if (!p) {
            b->failed = 1;
            return;
        }
        b->s = p;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

static void put(tq_mtext *b, const char *s)
{
    tq_mtext_append(b, s, strlen(s));
}

/* s with \ and newline escaped, and " too when quoted (label values; HELP keeps "). */
static void put_escaped(tq_mtext *b, const char *s, int quoted)
{
    const char *run = s;
    for (; *s; s++) {
        const char *rep = *s == '\\' ? "\\\\" : *s == '\n' ? "\\n" : quoted && *s == '"' ? "\\\"" : NULL;
        if (rep) {
            tq_mtext_append(b, run, (size_t)(s - run));
            put(b, rep);
            run = s + 1;
        }
    }
    tq_mtext_append(b, run, (size_t)(s - run));
}

void tq_mtext_family(tq_mtext *b, const char *name, const char *type, const char *help)
{
    put(b, "# HELP ");
    put(b, name);
    put(b, " ");
    put_escaped(b, help, 0);
    put(b, "\n# TYPE ");
    put(b, name);
    put(b, " ");
    put(b, type);
    put(b, "\n");
}

static void put_value(tq_mtext *b, double v)
{
    char num[40];
    if (isnan(v)) {
        put(b, "NaN");
    } else if (isinf(v)) {
        put(b, v > 0 ? "+Inf" : "-Inf");
    } else if (v == floor(v) && fabs(v) < 1e15) {
        snprintf(num, sizeof(num), "%.0f", v);
        put(b, num);
    } else {
        /* the shortest form that reads back as the same double */
        for (int digits = 15; digits <= 17; digits++) {
            snprintf(num, sizeof(num), "%.*g", digits, v);
            if (strtod(num, NULL) == v) {
                break;
            }
        }
        put(b, num);
    }
}

static void put_labels(tq_mtext *b, const char *const *labels, size_t n, const char *le)
{
    if (n == 0 && !le) {
        return;
    }
    put(b, "{");
    for (size_t i = 0; i < n; i++) {
        put(b, i ? "," : "");
        put(b, labels[2 * i]);
        put(b, "=\"");
        put_escaped(b, labels[2 * i + 1], 1);
        put(b, "\"");
    }
    if (le) {
        put(b, n ? ",le=\"" : "le=\"");
        put(b, le);
        put(b, "\"");
    }
    put(b, "}");
}

static void sample(tq_mtext *b, const char *name, const char *suffix, const char *const *labels, size_t n,
                   const char *le, double value)
{
    put(b, name);
    put(b, suffix);
    put_labels(b, labels, n, le);
    put(b, " ");
    put_value(b, value);
    put(b, "\n");
}

void tq_mtext_sample(tq_mtext *b, const char *name, const char *const *labels, size_t n_labels, double value)
{
    sample(b, name, "", labels, n_labels, NULL, value);
}

void tq_mtext_histogram(tq_mtext *b, const char *name, const char *const *labels, size_t n_labels,
                        const double *bounds, size_t n_bounds, const int64_t *counts, double sum, int64_t count)
{
    int64_t running = 0;
    char le[32];
    for (size_t i = 0; i < n_bounds; i++) {
        running += counts[i];
        snprintf(le, sizeof(le), "%g", bounds[i]);
        sample(b, name, "_bucket", labels, n_labels, le, (double)running);
    }
    running += counts[n_bounds];
    sample(b, name, "_bucket", labels, n_labels, "+Inf", (double)running);
    sample(b, name, "_sum", labels, n_labels, NULL, sum);
    sample(b, name, "_count", labels, n_labels, NULL, (double)count);
}

/* --- the page ------------------------------------------------------------------------ */

/* The queues of the page: the configured ones, then those only the counters know. */
typedef struct page {
    const tq_metrics_snapshot *s;
    const char **names;
    size_t n;
} page;

static int page_has(const page *p, const char *name)
{
    for (size_t i = 0; i < p->n; i++) {
        if (strcmp(p->names[i], name) == 0) {
            return 1;
        }
    }
    return 0;
}

static int page_queues(page *p)
{
    const tq_metrics_snapshot *s = p->s;
    p->names = malloc((s->n_queues + s->n_counts + 1) * sizeof(*p->names));
    if (!p->names) {
        return -1;
    }
    for (size_t i = 0; i < s->n_queues; i++) {
        if (!page_has(p, s->queues[i].name)) {
            p->names[p->n++] = s->queues[i].name;
        }
    }
    for (size_t i = 0; i < s->n_counts; i++) {
        if (!page_has(p, s->counts[i].queue)) {
            p->names[p->n++] = s->counts[i].queue;
        }
    }
    return 0;
}

/* The counter `name` of queue (0 when no worker counted it yet). */
static double count_of(const tq_metrics_snapshot *s, const char *queue, const char *name)
{
    for (size_t i = 0; i < s->n_counts; i++) {
        if (strcmp(s->counts[i].queue, queue) == 0 && strcmp(s->counts[i].name, name) == 0) {
            return s->counts[i].value;
        }
    }
    return 0;
}

static const tq_metrics_queue *queue_of(const tq_metrics_snapshot *s, const char *name)
{
    for (size_t i = 0; i < s->n_queues; i++) {
        if (strcmp(s->queues[i].name, name) == 0) {
            return &s->queues[i];
        }
    }
    return NULL;
}

static void render_depth(tq_mtext *b, const page *p)
{
    tq_mtext_family(b, "taskqueue_queue_depth", "gauge", "Tasks waiting in the queue (visible or lease run out).");
    for (size_t i = 0; i < p->n; i++) {
        const tq_metrics_queue *q = queue_of(p->s, p->names[i]);
        const char *l[] = { "queue", p->names[i] };
        if (q && q->depth >= 0) {
            tq_mtext_sample(b, "taskqueue_queue_depth", l, 1, (double)q->depth);
        }
    }
    tq_mtext_family(b, "taskqueue_queue_oldest_age_seconds", "gauge",
                    "Age of the oldest waiting task in seconds (0 when none waits).");
    for (size_t i = 0; i < p->n; i++) {
        const tq_metrics_queue *q = queue_of(p->s, p->names[i]);
        const char *l[] = { "queue", p->names[i] };
        if (q && q->depth >= 0) {
            tq_mtext_sample(b, "taskqueue_queue_oldest_age_seconds", l, 1, q->oldest_age > 0 ? q->oldest_age : 0);
        }
    }
}

static void render_counters(tq_mtext *b, const page *p)
{
    tq_mtext_family(b, "taskqueue_tasks_total", "counter",
                    "Tasks started, completed, failed and retried, over every worker and host.");
    for (size_t i = 0; i < p->n; i++) {
        for (int k = 0; k < TQ_M_STATUSES; k++) {
            const char *l[] = { "queue", p->names[i], "status", tq_metrics_status_name(k) };
            tq_mtext_sample(b, "taskqueue_tasks_total", l, 2, count_of(p->s, p->names[i], tq_metrics_status_name(k)));
        }
    }
    tq_mtext_family(b, "taskqueue_task_duration_seconds", "histogram", "How long tasks ran, in seconds.");
    for (size_t i = 0; i < p->n; i++) {
        int64_t counts[TQ_METRICS_BUCKETS + 1];
        char name[32];
        for (size_t k = 0; k <= TQ_METRICS_BUCKETS; k++) {
            tq_metrics_bucket_name(k, name, sizeof(name));
            counts[k] = (int64_t)count_of(p->s, p->names[i], name);
        }
        const char *l[] = { "queue", p->names[i] };
        tq_mtext_histogram(b, "taskqueue_task_duration_seconds", l, 1, tq_metrics_bounds, TQ_METRICS_BUCKETS, counts,
                           count_of(p->s, p->names[i], "duration_sum"),
                           (int64_t)count_of(p->s, p->names[i], "duration_count"));
    }
}

static void render_workers(tq_mtext *b, const page *p)
{
    const tq_metrics_snapshot *s = p->s;
    tq_mtext_family(b, "taskqueue_workers", "gauge",
                    "Live workers taking from the queue (a worker on the dispatcher counts for each of its queues).");
    for (size_t i = 0; i < p->n; i++) {
        size_t n = 0;
        for (size_t w = 0; w < s->n_workers; w++) {
            n += !s->workers[w].queue[0] || strcmp(s->workers[w].queue, p->names[i]) == 0;
        }
        const char *l[] = { "queue", p->names[i] };
        tq_mtext_sample(b, "taskqueue_workers", l, 1, (double)n);
    }
    static const struct { const char *name, *type, *help; } fam[] = {
        { "taskqueue_worker_up", "gauge", "1 for each worker whose heartbeat is recent." },
        { "taskqueue_worker_tasks_done_total", "counter", "Tasks the worker finished since it started." },
        { "taskqueue_worker_memory_bytes", "gauge", "Resident memory of the worker process." },
    };
    for (size_t f = 0; f < sizeof(fam) / sizeof(fam[0]); f++) {
        tq_mtext_family(b, fam[f].name, fam[f].type, fam[f].help);
        for (size_t w = 0; w < s->n_workers; w++) {
            const tq_worker_row *r = &s->workers[w];
            char pid[24];
            snprintf(pid, sizeof(pid), "%ld", r->pid);
            const char *l[] = { "worker", r->id, "host", r->host, "pid", pid, "queue", r->queue };
            double v = f == 0 ? 1 : f == 1 ? (double)r->tasks_done : (double)r->memory;
            tq_mtext_sample(b, fam[f].name, l, 4, v);
        }
    }
}

char *tq_metrics_render(const tq_metrics_snapshot *s, size_t *len, tq_error *err)
{
    tq_mtext b = { 0 };
    page p = { s, NULL, 0 };
    if (page_queues(&p) != 0) {
        tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        return NULL;
    }
    render_depth(&b, &p);
    render_counters(&b, &p);
    render_workers(&b, &p);
    free(p.names);
    if (b.failed || !b.s) {
        free(b.s);
        tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        return NULL;
    }
    *len = b.len;
    return b.s;
}
