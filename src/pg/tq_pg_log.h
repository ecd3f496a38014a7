/*
 * tq_pg_log: the task log store behind RdsTaskLogBroker, over TAO's table tq_<container>
 * (default tq_task_log) with TAO's exact columns, types and index names (doc/ARCHITECTURE.md, section 6).
 *
 * Timestamps are written as TAO writes them: UTC 'Y-m-d H:i:s' text into `timestamp
 * without time zone` columns; tq_log_row carries unix seconds. "now" is this host's clock,
 * as in TAO. Every value is a bound parameter; statements are prepared once per connection.
 * Status arguments must be storable statuses (tq_status.h), else TQ_ERR_INVALID.
 * May touch: libpq (through tq_pg), libc, task_log/tq_log_store.
 */
#ifndef TQ_PG_LOG_H
#define TQ_PG_LOG_H

#include <stddef.h>
#include <stdint.h>
#include "common/tq_error.h"
#include "task_log/tq_log.h"
#include "task_log/tq_log_store.h"
#include "pg/tq_pg.h"

typedef struct tq_pg_log tq_pg_log;

/* container NULL or "": "task_log". Names like queue names ([A-Za-z0-9_]+), table
 * "tq_<lower-cased name>". Does not own pg. Nothing is sent to the server here. */
tq_pg_log *tq_pg_log_new(tq_pg *pg, const char *container, tq_error *err);
void tq_pg_log_free(tq_pg_log *s);
const char *tq_pg_log_table(const tq_pg_log *s);
/* The name of the table's index `suffix` (e.g. "idx_status"): TAO's while it fits in 63
 * bytes, else cut and hashed, or the cut name an earlier version's index has (0, or -1). */
int tq_pg_log_index_name(tq_pg_log *s, const char *suffix, char name[64], tq_error *err);
tq_pg *tq_pg_log_conn(const tq_pg_log *s);

/* CREATE TABLE / CREATE INDEX IF NOT EXISTS, in TAO's shape; takes no lock when the table
 * and its indexes exist already. An existing table is never altered. */
int tq_pg_log_create_container(tq_pg_log *s, tq_error *err);

/* INSERT of one row; created_at from the row, updated_at now (as TAO). A NULL label or
 * owner is written as ''. An existing id: TQ_ERR_INVALID. */
int tq_pg_log_add(tq_pg_log *s, const tq_log_row *row, tq_error *err);

/* status (and updated_at = now) where id matches and, if prev is not NULL, the status is
 * prev. Returns rows changed (0/1) or -1. */
int tq_pg_log_update_status(tq_pg_log *s, const char *id, const char *status, const char *prev, tq_error *err);

/* report (JSON text; NULL stores NULL) and status (NULL: unchanged), updated_at now;
 * guarded on prev when not NULL. Rows changed or -1. */
int tq_pg_log_add_report(tq_pg_log *s, const char *id, const char *report_json, const char *status,
                         const char *prev, tq_error *err);

/* *status / *report: malloc'd, NULL when the row (or the report) is missing.
 * Return 1 when the row exists, 0 when not, -1 on error. */
int tq_pg_log_get_status(tq_pg_log *s, const char *id, char **status, tq_error *err);
int tq_pg_log_get_report(tq_pg_log *s, const char *id, char **report, tq_error *err);
/* The whole row (clear it with tq_log_row_clear). 1 / 0 / -1 as above. */
int tq_pg_log_get(tq_pg_log *s, const char *id, tq_log_row *out, tq_error *err);

/* Rows matching f (sorted by f->sort_by or created_at, then id; paged by limit/offset).
 * *out: malloc'd array (tq_log_row_clear each, then free). Returns the count or -1.
 * Conditions compare text columns as text; created_at/updated_at take unix seconds or
 * 'Y-m-d H:i:s'; master_status takes 0/1/true/false/"". IN / NOT IN bind one text array
 * (= ANY($n) / <> ALL($n)); an empty IN matches nothing, an empty NOT IN everything.
 * SQL NULL semantics apply (e.g. parent_id != 'x' skips rows without a parent), as in TAO. */
int64_t tq_pg_log_search(tq_pg_log *s, const tq_log_filter *f, tq_log_row **out, tq_error *err);
int64_t tq_pg_log_count(tq_pg_log *s, const tq_log_filter *f, tq_error *err);
/* getStats: in progress (dequeued, running, child_running), completed, failed (failed,
 * unknown) as TAO, plus enqueued. */
int tq_pg_log_stats(tq_pg_log *s, const tq_log_filter *f, tq_log_stats *st, tq_error *err);

/* archiveCollection / cancelCollection: status on every listed id in one statement;
 * when nprev > 0 only rows whose status is one of prev[] change. Rows changed or -1. */
int64_t tq_pg_log_update_many(tq_pg_log *s, const char *const *ids, size_t n, const char *status,
                              const char *const *prev, size_t nprev, tq_error *err);

/* deleteById. Rows deleted (0/1) or -1. */
int tq_pg_log_delete(tq_pg_log *s, const char *id, tq_error *err);

/* getTaskExecutionTimesByDateRange: completed/archived rows created within [from, to]
 * (unix seconds) that have updated_at; seconds = updated_at - created_at. */
typedef tq_log_exec_time tq_pg_exec_time;

int64_t tq_pg_log_execution_times(tq_pg_log *s, int64_t from, int64_t to, tq_pg_exec_time **out,
                                  tq_error *err);
void tq_pg_exec_times_free(tq_pg_exec_time *times, int64_t n);

/* s behind the store interface (tq_pg_log_store.c); the store owns s from now on
 * (tq_log_store_destroy() frees it, never pg). */
tq_log_store tq_pg_log_store(tq_pg_log *s);

#endif
