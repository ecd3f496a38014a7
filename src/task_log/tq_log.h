/*
 * tq_log: the Task Log's data model shared by every store (in-memory, PostgreSQL; the
 * store interface is tq_log_store.h): one row per task (the columns of tq_task_log, doc/ARCHITECTURE.md, section 6) and a filter
 * (TaskLogFilter: ANDed conditions, sort, limit, offset). May touch: libc.
 */
#ifndef TQ_LOG_H
#define TQ_LOG_H

#include <stddef.h>
#include <stdint.h>
#include "common/tq_error.h"
#include "task_log/tq_status.h"

#define TQ_LOG_NO_TIME INT64_MIN   /* a NULL datetime column */

typedef struct tq_log_row {
    char *id;             /* task id URI, the key */
    char *parent_id;      /* NULL when none */
    char *task_name;
    char *parameters;     /* JSON text or NULL */
    char *label;          /* "" when none */
    char *status;         /* a stored status name */
    int master_status;
    char *owner;          /* may be "" */
    char *report;         /* report JSON text or NULL */
    int64_t created_at;   /* unix seconds, UTC */
    int64_t updated_at;   /* unix seconds or TQ_LOG_NO_TIME */
} tq_log_row;

void tq_log_row_clear(tq_log_row *r);                 /* frees the strings */
int tq_log_row_copy(tq_log_row *dst, const tq_log_row *src);

typedef enum tq_op {
    TQ_OP_EQ, TQ_OP_NEQ, TQ_OP_LT, TQ_OP_LTE, TQ_OP_GT, TQ_OP_GTE,
    TQ_OP_LIKE, TQ_OP_NOT_LIKE, TQ_OP_IN, TQ_OP_NOT_IN
} tq_op;

int tq_op_parse(const char *s, tq_op *op);   /* "=", "!=", "<", ..., "LIKE", "NOT IN" */
const char *tq_op_sql(tq_op op);

typedef struct tq_log_cond {
    char *column;         /* a tq_task_log column name (validated by tq_log_column_valid) */
    tq_op op;
    char **values;        /* one value, or several for IN / NOT IN; compared as text,
                             except created_at/updated_at (unix seconds or 'Y-m-d H:i:s')
                             and master_status (0/1) */
    size_t nvalues;
} tq_log_cond;

typedef struct tq_log_filter {
    tq_log_cond *conds;
    size_t nconds;
    char *sort_by;        /* column or NULL (then created_at) */
    int sort_desc;        /* default 1 */
    int64_t limit;        /* -1: none */
    int64_t offset;
} tq_log_filter;

void tq_log_filter_init(tq_log_filter *f);
void tq_log_filter_clear(tq_log_filter *f);
int tq_log_filter_add(tq_log_filter *f, const char *column, tq_op op,
                      const char *const *values, size_t nvalues, tq_error *err);
int tq_log_column_valid(const char *column);

/* What every store checks before a write (tq_log_store.h): TQ_ERR_INVALID, naming what was
 * being done, unless status is a storable status (tq_status.h). NULL is not one. */
int tq_log_check_status(const char *status, const char *what, tq_error *err);
/* The same for a status to write (NULL: none, nothing to check) and the nprev statuses
 * guarding the write ("<what> (previous)" in the message). */
int tq_log_check_guarded(const char *status, const char *const *prev, size_t nprev, const char *what,
                         tq_error *err);

typedef struct tq_log_stats {
    int64_t in_progress;  /* dequeued, running, child_running */
    int64_t completed;
    int64_t failed;       /* failed, unknown */
    int64_t enqueued;     /* counted too (the original counts it nowhere) */
} tq_log_stats;

/* getTaskExecutionTimesByDateRange: one task's run time (tq_log_store.h, execution_times). */
typedef struct tq_log_exec_time {
    char *id;
    int64_t seconds;
} tq_log_exec_time;

void tq_log_exec_times_free(tq_log_exec_time *times, int64_t n);

/* The in-process store behind InMemoryTaskLogBroker (tq_log_mem_store() in tq_log_store.h
 * gives it the store interface). */
typedef struct tq_log_mem tq_log_mem;

tq_log_mem *tq_log_mem_new(void);
void tq_log_mem_free(tq_log_mem *s);
/* Fails with TQ_ERR_INVALID if the id exists already. Copies the row. */
int tq_log_mem_add(tq_log_mem *s, const tq_log_row *row, tq_error *err);
/* Sets status (and updated_at = now) where id matches and, when prev is not NULL, the
 * status is prev. Returns rows changed (0/1). */
int tq_log_mem_update_status(tq_log_mem *s, const char *id, const char *status, const char *prev, int64_t now);
/* Sets report and status (status NULL: unchanged). Returns rows changed. */
int tq_log_mem_add_report(tq_log_mem *s, const char *id, const char *report_json, const char *status, int64_t now);
const tq_log_row *tq_log_mem_get(const tq_log_mem *s, const char *id);
/* Rows matching f, sorted, paged; *out is malloc'd copies (free each with
 * tq_log_row_clear, then the array). Returns the count or -1. */
int64_t tq_log_mem_search(const tq_log_mem *s, const tq_log_filter *f, tq_log_row **out, tq_error *err);
int64_t tq_log_mem_count(const tq_log_mem *s, const tq_log_filter *f);
void tq_log_mem_stats(const tq_log_mem *s, const tq_log_filter *f, tq_log_stats *st);
int tq_log_mem_delete(tq_log_mem *s, const char *id);
/* Sets status on every listed id (an id listed twice is one row); when nprev > 0 only on
 * rows whose status is one of prev[]. Returns rows changed, -1 when out of memory. */
int64_t tq_log_mem_update_many(tq_log_mem *s, const char *const *ids, size_t n, const char *status,
                               const char *const *prev, size_t nprev, int64_t now);

/* Whether one row satisfies every condition of f (shared by stores that filter in C). */
int tq_log_row_matches(const tq_log_row *r, const tq_log_filter *f);

#endif
