/* tq_pg_log_prune: see tq_pg_log_prune.h. */
#include "pg/tq_pg_log_prune.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "common/tq_time.h"

#define PRUNE_KEY "(COALESCE(updated_at, created_at))"

/* 0: missing, 1: there and valid, 2: there but INVALID (a CONCURRENTLY build that failed or
 * was cancelled leaves one: the planner never uses it); *rows: the table's estimated rows. */
static int tq_pg_index_state(tq_pg *pg, const char *idx, const char *table, double *rows, tq_error *err)
{
    const char *params[] = {idx, table};
    PGresult *r = tq_pg_exec_dynamic(pg, "SELECT COALESCE((SELECT CASE WHEN indisvalid THEN 1 ELSE 2 END "
                                     "FROM pg_index WHERE indexrelid = to_regclass($1)), 0), "
                                     "COALESCE((SELECT reltuples FROM pg_class WHERE oid = to_regclass($2)), 0)",
                                     2, params, "looking for a task log index", err);
    if (!r) {
        return -1;
    }
    int state = atoi(PQgetvalue(r, 0, 0));
    *rows = strtod(PQgetvalue(r, 0, 1), NULL);
    PQclear(r);
    return state;
}

/* The table's DDL lock (the key createContainer's script takes), by trying: a session that
 * waited in pg_advisory_lock() would hold a snapshot, which the CONCURRENTLY build of the
 * session holding the lock waits for: a deadlock. 0, or -1 with err. */
static int tq_pg_ddl_lock(tq_pg *pg, const char *table, const char *what, tq_error *err)
{
    char sql[160];
    snprintf(sql, sizeof(sql), "SELECT pg_try_advisory_lock(hashtext('taskqueue ddl %s'))", table);
    for (;;) {
        PGresult *r = tq_pg_exec_dynamic(pg, sql, 0, NULL, what, err);
        if (!r) {
            return -1;
        }
        int got = PQgetvalue(r, 0, 0)[0] == 't';
        PQclear(r);
        if (got) {
            return 0;
        }
        struct timespec ts = {0, 50 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
}

int tq_pg_log_add_index(tq_pg_log *s, const char *suffix, const char *definition, tq_error *err)
{
    tq_pg *pg = tq_pg_log_conn(s);
    const char *table = tq_pg_log_table(s);
    char idx[64];
    if (tq_pg_log_index_name(s, suffix, idx, err) != 0) {
        return -1;
    }
    double rows;
    int state = tq_pg_index_state(pg, idx, table, &rows, err);
    if (state != 0 && state != 2) {
        return state < 0 ? -1 : 0;
    }
    char sql[512];
    char what[160];
    snprintf(what, sizeof(what), "adding index %s to %s", idx, table);
    if (tq_pg_ddl_lock(pg, table, what, err) != 0) {
        return -1;
    }
    /* under the lock: another process may have built it meanwhile */
    state = tq_pg_index_state(pg, idx, table, &rows, err);
    int big = rows >= TQ_PRUNE_SMALL_TABLE;
    int rc = state < 0 ? -1 : 0;
    if (state == 2) {
        snprintf(sql, sizeof(sql), "DROP INDEX %sIF EXISTS %s", big ? "CONCURRENTLY " : "", idx);
        rc = tq_pg_exec_script(pg, sql, what, err);
    }
    if (rc == 0 && state != 1) {
        /* CONCURRENTLY (a big table's writes go on) cannot run in a transaction block */
        snprintf(sql, sizeof(sql), "CREATE INDEX %sIF NOT EXISTS %s ON %s %s", big ? "CONCURRENTLY " : "", idx,
                 table, definition);
        rc = tq_pg_exec_script(pg, sql, what, err) == 0 ? 1 : -1;
    }
    tq_error unlock_err;
    snprintf(sql, sizeof(sql), "SELECT pg_advisory_unlock(hashtext('taskqueue ddl %s'))", table);
    tq_pg_exec_script(pg, sql, what, &unlock_err);
    return rc;
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
