/* tq_pg_log_prune: see tq_pg_log_prune.h. */
#include "pg/tq_pg_log_prune.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "common/tq_time.h"

#define PRUNE_KEY "(COALESCE(updated_at, created_at))"

int tq_pg_log_add_index(tq_pg_log *s, const char *suffix, const char *definition, tq_error *err)
{
    tq_pg *pg = tq_pg_log_conn(s);
    const char *table = tq_pg_log_table(s);
    char idx[128];
    snprintf(idx, sizeof(idx), "%s%s", table, suffix);
    const char *params[] = {idx, table};
    PGresult *r = tq_pg_exec_dynamic(pg, "SELECT to_regclass($1) IS NULL, "
                                     "COALESCE((SELECT reltuples FROM pg_class WHERE oid = to_regclass($2)), 0)",
                                     2, params, "looking for a task log index", err);
    if (!r) {
        return -1;
    }
    int missing = PQgetvalue(r, 0, 0)[0] == 't';
    double rows = strtod(PQgetvalue(r, 0, 1), NULL);
    PQclear(r);
    if (!missing) {
        return 0;
    }
    char sql[512];
    char what[160];
    snprintf(what, sizeof(what), "adding index %s to %s", idx, table);
    if (rows < TQ_PRUNE_SMALL_TABLE) {
        snprintf(sql, sizeof(sql), "CREATE INDEX IF NOT EXISTS %s ON %s %s", idx, table, definition);
        return tq_pg_exec_script(pg, sql, what, err) == 0 ? 1 : -1;
    }
    /* CONCURRENTLY cannot run in a transaction block: three statements of their own */
    snprintf(sql, sizeof(sql), "SELECT pg_advisory_lock(hashtext('taskqueue ddl %s'))", table);
    if (tq_pg_exec_script(pg, sql, what, err) != 0) {
        return -1;
    }
    snprintf(sql, sizeof(sql), "CREATE INDEX CONCURRENTLY IF NOT EXISTS %s ON %s %s", idx, table, definition);
    int rc = tq_pg_exec_script(pg, sql, what, err);
    tq_error unlock_err;
    snprintf(sql, sizeof(sql), "SELECT pg_advisory_unlock(hashtext('taskqueue ddl %s'))", table);
    tq_pg_exec_script(pg, sql, what, &unlock_err);
    return rc == 0 ? 1 : -1;
}

int tq_pg_log_prune_index(tq_pg_log *s, tq_error *err)
{
    return tq_pg_log_add_index(s, "idx_archived_at", "(" PRUNE_KEY ") WHERE status = 'archived'", err);
}

int tq_pg_log_prune(tq_pg_log *s, int64_t before, int batch, int64_t max_rows, int64_t *deleted, tq_error *err)
{
    *deleted = 0;
    if (batch < 1 || batch > TQ_PRUNE_BATCH_MAX) {
        return tq_error_set(err, TQ_ERR_INVALID, "a prune batch must be from 1 to %d rows (%d given)",
                            TQ_PRUNE_BATCH_MAX, batch);
    }
    if (max_rows < 0) {
        return tq_error_set(err, TQ_ERR_INVALID, "a prune bound cannot be negative");
    }
    char sql[512];
    snprintf(sql, sizeof(sql),
             "WITH d AS (SELECT id FROM %1$s WHERE status = 'archived' AND " PRUNE_KEY " < $1::timestamp "
             "LIMIT $2::integer FOR UPDATE SKIP LOCKED) DELETE FROM %1$s t USING d WHERE t.id = d.id",
             tq_pg_log_table(s));
    char at[32], lim[16];
    tq_time_format_utc(before, at, sizeof(at));
    for (;;) {
        int64_t want = batch;
        if (max_rows > 0 && max_rows - *deleted < want) {
            want = max_rows - *deleted;
        }
        if (want <= 0) {
            return 0;
        }
        snprintf(lim, sizeof(lim), "%lld", (long long)want);
        const char *params[] = {at, lim};
        PGresult *r = tq_pg_exec_dynamic(tq_pg_log_conn(s), sql, 2, params, "pruning archived task log rows", err);
        if (!r) {
            return -1;
        }
        int64_t n = strtoll(PQcmdTuples(r), NULL, 10);
        PQclear(r);
        *deleted += n;
        if (n < want) {
            return 0;
        }
    }
}
