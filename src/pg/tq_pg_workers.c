/*
 * tq_pg_workers.c: the SQL of tq_workers (tq_pg_workers.h).
 * May touch: libpq, pg/tq_pg, pg/tq_pg_dashboard (row helpers), pg/tq_pg_metrics (its WITH entry), libc.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libpq-fe.h>
#include "pg/tq_pg_dashboard.h"
#include "pg/tq_pg_metrics.h"
#include "pg/tq_pg_workers.h"

static const char create_sql[] =
    "CREATE TABLE IF NOT EXISTS tq_workers (id varchar(128) PRIMARY KEY, host varchar(255) NOT NULL, "
    "pid integer NOT NULL, queue varchar(255), started_at timestamptz NOT NULL DEFAULT now(), "
    "beat_at timestamptz NOT NULL DEFAULT now(), tasks_done bigint NOT NULL DEFAULT 0, "
    "current_task varchar(255), current_label varchar(255), memory bigint)";

int tq_pg_workers_create(tq_pg *pg, tq_error *err)
{
    return tq_pg_exec_script(pg, create_sql, "create tq_workers", err);
}

static int run(tq_pg *pg, const char *sql, int n, const char *const *params, const char *what, tq_error *err)
{
    int stmt = tq_pg_stmt(pg, sql, n, err);
    if (stmt < 0) {
        return -1;
    }
    PGresult *r = tq_pg_exec(pg, stmt, params, what, err);
    if (!r) {
        return -1;
    }
    PQclear(r);
    return 0;
}

int tq_pg_workers_beat(tq_pg *pg, const tq_worker_row *w, const char *counts_json, tq_error *err)
{
    char pid[24], done[24], mem[24];
    snprintf(pid, sizeof(pid), "%ld", w->pid);
    snprintf(done, sizeof(done), "%lld", (long long)w->tasks_done);
    snprintf(mem, sizeof(mem), "%lld", (long long)w->memory);
    const char *p[] = { w->id, w->host, pid, w->queue[0] ? w->queue : NULL, done,
                        w->current_task[0] ? w->current_task : NULL, w->current_label[0] ? w->current_label : NULL,
                        w->memory > 0 ? mem : NULL, counts_json ? counts_json : "[]" };
    /* A beat is not worth a WAL flush: its commit does not wait for one (a beat lost in a
     * crash is replaced by the next), so beats never slow the worker's own commits. The
     * task counters ride in the same statement (README "Metrics": what a crash can lose). */
    return run(pg,
               "WITH " TQ_PG_METRICS_ADD_CTE("$9") " "
               "INSERT INTO tq_workers (id, host, pid, queue, tasks_done, current_task, current_label, memory) "
               "SELECT $1, $2, $3::integer, $4, $5::bigint, $6, $7, $8::bigint "
               "FROM (SELECT set_config('synchronous_commit', 'off', true)) AS sc "
               "ON CONFLICT (id) DO UPDATE SET beat_at = now(), "
               "tasks_done = EXCLUDED.tasks_done, current_task = EXCLUDED.current_task, "
               "current_label = EXCLUDED.current_label, memory = EXCLUDED.memory",
               9, p, "worker heartbeat", err);
}

int tq_pg_workers_remove(tq_pg *pg, const char *id, tq_error *err)
{
    const char *p[] = { id };
    return run(pg, "DELETE FROM tq_workers WHERE id = $1", 1, p, "worker goodbye", err);
}

int tq_pg_workers_list(tq_pg *pg, tq_worker_row **out, size_t *n, tq_error *err)
{
    *n = 0;
    char sql[640];
    snprintf(sql, sizeof(sql),
             "WITH gone AS (DELETE FROM tq_workers WHERE beat_at < now() - interval '1 hour') "
             "SELECT id, host, pid, coalesce(queue, ''), tasks_done, current_task, current_label, "
             "coalesce(memory, 0), extract(epoch FROM now() - beat_at), extract(epoch FROM now() - started_at) "
             "FROM tq_workers WHERE beat_at > now() - interval '%d seconds' ORDER BY started_at, id", TQ_WORKER_DEAD_S);
    PGresult *r = tq_pg_dash_select(pg, sql, "list workers", sizeof(**out), (void **)out, err);
    if (!r) {
        if (err->code != TQ_ERR_NOMEM && strcmp(tq_pg_last_sqlstate(pg), "42P01") == 0) {   /* no worker ever beat here */
            tq_error_clear(err);
            return 0;
        }
        return -1;
    }
    int rows = PQntuples(r);
    for (int i = 0; i < rows; i++) {
        tq_worker_row *w = &(*out)[i];
        tq_pg_dash_copy(w->id, sizeof(w->id), r, i, 0);
        tq_pg_dash_copy(w->host, sizeof(w->host), r, i, 1);
        w->pid = strtol(PQgetvalue(r, i, 2), NULL, 10);
        tq_pg_dash_copy(w->queue, sizeof(w->queue), r, i, 3);
        w->tasks_done = strtoll(PQgetvalue(r, i, 4), NULL, 10);
        tq_pg_dash_copy(w->current_task, sizeof(w->current_task), r, i, 5);
        tq_pg_dash_copy(w->current_label, sizeof(w->current_label), r, i, 6);
        w->memory = strtoll(PQgetvalue(r, i, 7), NULL, 10);
        w->heartbeat_age = strtod(PQgetvalue(r, i, 8), NULL);
        w->uptime = strtod(PQgetvalue(r, i, 9), NULL);
    }
    *n = (size_t)rows;
    PQclear(r);
    return 0;
}
