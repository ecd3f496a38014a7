/*
 * tq_log_mem_store: tq_log_mem (the in-process Task Log) behind the store interface
 * (tq_log_store.h), with the checks and defaults of tq_pg_log: storable statuses only, an
 * empty label or owner for NULL, updated_at stamped with this host's clock, the prev guard
 * of add_report, execution times as its SQL computes them.
 * May touch: libc, task_log/tq_log, task_log/tq_log_store.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "task_log/tq_log.h"
#include "task_log/tq_log_store.h"

/* C11's timespec_get(), not time(): glibc's time() reads a coarse clock that can still show
 * the previous second when PHP's time() (gettimeofday) already shows the next one. */
static int64_t tq_mem_now(void)
{
    struct timespec ts;
    if (timespec_get(&ts, TIME_UTC) != TIME_UTC) {
        return (int64_t)time(NULL);
    }
    return (int64_t)ts.tv_sec;
}

static int tq_mem_add(void *self, const tq_log_row *row, tq_error *err)
{
    if (!row->id || !*row->id || !row->task_name) {
        return tq_error_set(err, TQ_ERR_INVALID, "task log entry needs an id and a task name");
    }
    if (tq_log_check_status(row->status, "adding a task log entry", err) != 0) {
        return -1;
    }
    tq_log_row r = *row;
    r.label = row->label ? row->label : "";
    r.owner = row->owner ? row->owner : "";
    r.updated_at = tq_mem_now();
    return tq_log_mem_add(self, &r, err);
}

static int tq_mem_out_of_memory(tq_error *err)
{
    return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
}

static int tq_mem_update_status(void *self, const char *id, const char *status, const char *prev, tq_error *err)
{
    if (tq_log_check_status(status, "updating a task status", err) != 0
        || tq_log_check_guarded(NULL, &prev, prev ? 1 : 0, "updating a task status", err) != 0) {
        return -1;
    }
    int n = tq_log_mem_update_status(self, id, status, prev, tq_mem_now());
    return n < 0 ? tq_mem_out_of_memory(err) : n;
}

static int tq_mem_add_report(void *self, const char *id, const char *report_json, const char *status,
                             const char *prev, tq_error *err)
{
    if (tq_log_check_guarded(status, &prev, prev ? 1 : 0, "storing a task report", err) != 0) {
        return -1;
    }
    const tq_log_row *r = tq_log_mem_get(self, id);
    if (!r || (prev && strcmp(r->status, prev) != 0)) {
        return 0;
    }
    int n = tq_log_mem_add_report(self, id, report_json, status, tq_mem_now());
    return n < 0 ? tq_mem_out_of_memory(err) : n;
}

/* One column of a row, copied: 1 found (value may be NULL), 0 no row, -1 out of memory. */
static int tq_mem_get_text(void *self, const char *id, int report, char **out, tq_error *err)
{
    *out = NULL;
    const tq_log_row *r = tq_log_mem_get(self, id);
    if (!r) {
        return 0;
    }
    const char *v = report ? r->report : r->status;
    if (v && !(*out = strdup(v))) {
        return tq_mem_out_of_memory(err);
    }
    return 1;
}

static int tq_mem_get_status(void *self, const char *id, char **out, tq_error *err)
{
    return tq_mem_get_text(self, id, 0, out, err);
}

static int tq_mem_get_report(void *self, const char *id, char **out, tq_error *err)
{
    return tq_mem_get_text(self, id, 1, out, err);
}

static int tq_mem_get(void *self, const char *id, tq_log_row *out, tq_error *err)
{
    memset(out, 0, sizeof(*out));
    out->updated_at = TQ_LOG_NO_TIME;
    const tq_log_row *r = tq_log_mem_get(self, id);
    if (!r) {
        return 0;
    }
    return tq_log_row_copy(out, r) == 0 ? 1 : tq_mem_out_of_memory(err);
}

static int64_t tq_mem_search(void *self, const tq_log_filter *f, tq_log_row **out, tq_error *err)
{
    return tq_log_mem_search(self, f, out, err);
}

static int64_t tq_mem_count(void *self, const tq_log_filter *f, tq_error *err)
{
    return tq_log_mem_count(self, f);
}

static int tq_mem_stats(void *self, const tq_log_filter *f, tq_log_stats *st, tq_error *err)
{
    tq_log_mem_stats(self, f, st);
    return 0;
}

static int64_t tq_mem_update_many(void *self, const char *const *ids, size_t n, const char *status,
                                  const char *const *prev, size_t nprev, tq_error *err)
{
    if (tq_log_check_status(status, "updating task statuses", err) != 0
        || tq_log_check_guarded(NULL, prev, nprev, "updating task statuses", err) != 0) {
        return -1;
    }
    int64_t n_changed = tq_log_mem_update_many(self, ids, n, status, prev, nprev, tq_mem_now());
    return n_changed < 0 ? tq_mem_out_of_memory(err) : n_changed;
}

static int tq_mem_delete(void *self, const char *id, tq_error *err)
{
    return tq_log_mem_delete(self, id);
}

static int64_t tq_mem_execution_times(void *self, int64_t from, int64_t to, tq_log_exec_time **out,
                                      tq_error *err)
{
    *out = NULL;
    char a[32], b[32];
    snprintf(a, sizeof(a), "%lld", (long long)from);
    snprintf(b, sizeof(b), "%lld", (long long)to);
    const char *statuses[] = {"completed", "archived"};
    const char *pa = a, *pb = b;
    tq_log_filter f;
    tq_log_filter_init(&f);
    f.sort_desc = 0;
    tq_log_row *rows = NULL;
    int64_t n = -1;
    if (tq_log_filter_add(&f, "status", TQ_OP_IN, statuses, 2, err) == 0
        && tq_log_filter_add(&f, "created_at", TQ_OP_GTE, &pa, 1, err) == 0
        && tq_log_filter_add(&f, "created_at", TQ_OP_LTE, &pb, 1, err) == 0) {
        n = tq_log_mem_search(self, &f, &rows, err);
    }
    tq_log_filter_clear(&f);
    if (n < 0) {
        return -1;
    }
    tq_log_exec_time *t = calloc(n ? (size_t)n : 1, sizeof(*t));
    int64_t kept = 0;
    for (int64_t i = 0; i < n; i++) {
        if (t && rows[i].updated_at != TQ_LOG_NO_TIME) {
            t[kept].seconds = rows[i].updated_at - rows[i].created_at;
            t[kept++].id = rows[i].id;      /* taken over from the row */
            rows[i].id = NULL;
        }
        tq_log_row_clear(&rows[i]);
    }
    free(rows);
    if (!t) {
        return tq_mem_out_of_memory(err);
    }
    *out = t;
    return kept;
}

static void tq_mem_destroy(void *self)
{
    tq_log_mem_free(self);
}

static const tq_log_store_ops tq_mem_ops = {
    .kind = "memory",
    .create_container = NULL,           /* the store exists from the start */
    .add = tq_mem_add,
    .update_status = tq_mem_update_status,
    .add_report = tq_mem_add_report,
    .get_status = tq_mem_get_status,
    .get_report = tq_mem_get_report,
    .get = tq_mem_get,
    .search = tq_mem_search,
    .count = tq_mem_count,
    .stats = tq_mem_stats,
    .update_many = tq_mem_update_many,
    .delete_row = tq_mem_delete,
    .execution_times = tq_mem_execution_times,
    .destroy = tq_mem_destroy,
};

tq_log_store tq_log_mem_store(tq_log_mem *m)
{
    tq_log_store s = {&tq_mem_ops, m};
    return s;
}
