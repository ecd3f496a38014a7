/*
 * tq_pg_stuck.c: the stuck-task SQL and rules (tq_pg_stuck.h). The Task Log keeps UTC
 * wall-clock timestamps without a zone (doc/ARCHITECTURE.md, section 6): "now" here is
 * now() at time zone 'utc'. Lists are passed as one parameter, one item per line, so the
 * statement needs no quoting of names.
 * May touch: libpq, pg/tq_pg, pg/tq_pg_workers, libc.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libpq-fe.h>
#include "pg/tq_pg_stuck.h"
#include "pg/tq_pg_workers.h"

#define NOW_UTC "(now() at time zone 'utc')"
/* A delayed message not due yet: hidden until its due time and never delivered (a claimed one
 * has been delivered at least once). */
#define TQ_STUCK_NOT_DUE "(NOT visible AND lease_until > now() AND deliveries = 0)"
/* A message a worker claimed and whose lease runs (its worker renews it while the task runs). */
#define TQ_STUCK_LEASED "(NOT visible AND lease_until > now() AND deliveries > 0)"
#define TS_TEXT(col) "coalesce(to_char(" col ", 'YYYY-MM-DD HH24:MI:SS'), '')"

static void copy_cell(char *dst, size_t cap, PGresult *r, int row, int col)
{
    snprintf(dst, cap, "%s", PQgetisnull(r, row, col) ? "" : PQgetvalue(r, row, col));
}

static void fill_row(tq_stuck_task *t, PGresult *r, int i)
{
    copy_cell(t->id, sizeof(t->id), r, i, 0);
    copy_cell(t->label, sizeof(t->label), r, i, 1);
    copy_cell(t->task_name, sizeof(t->task_name), r, i, 2);
    copy_cell(t->owner, sizeof(t->owner), r, i, 3);
    copy_cell(t->status, sizeof(t->status), r, i, 4);
    copy_cell(t->created_at, sizeof(t->created_at), r, i, 5);
    copy_cell(t->updated_at, sizeof(t->updated_at), r, i, 6);
    t->age = strtod(PQgetvalue(r, i, 7), NULL);
}

/* Drops from t[0..*n) the tasks a live worker runs: long, not stuck. */
static int drop_held(tq_pg *pg, tq_stuck_task *t, size_t *n, tq_error *err)
{
    tq_worker_row *w = NULL;
    size_t nw = 0, kept = 0;
    if (tq_pg_workers_list(pg, &w, &nw, err) != 0) {
        return -1;
    }
    for (size_t i = 0; i < *n; i++) {
        bool held = false;
        for (size_t j = 0; j < nw && !held; j++) {
            held = strcmp(w[j].current_task, t[i].id) == 0;
        }
        if (!held) {
            t[kept++] = t[i];
        }
    }
    *n = kept;
    free(w);
    return 0;
}

int tq_pg_stuck_list(tq_pg *pg, const char *log_table, const tq_stuck_query *q, tq_stuck_task **out, size_t *n,
                     tq_error *err)
{
    char sql[2048], age[24];
    int64_t queued_age = q->queued_age_s < TQ_STUCK_QUEUED_S ? TQ_STUCK_QUEUED_S : q->queued_age_s;
    *out = NULL;
    *n = 0;
    snprintf(age, sizeof(age), "%lld", (long long)queued_age);
    snprintf(sql, sizeof(sql),
             "SELECT id, coalesce(label, ''), task_name, coalesce(owner, ''), status, "
             TS_TEXT("created_at") ", " TS_TEXT("updated_at") ", "
             "extract(epoch FROM " NOW_UTC " - CASE WHEN status = 'enqueued' THEN created_at "
             "ELSE coalesce(updated_at, created_at) END) AS age FROM %s "
             "WHERE status = ANY(string_to_array($2, E'\\n')) "
             "AND ($1 = '' OR task_name = ANY(string_to_array($1, E'\\n'))) AND ($4 = '' OR id = $4) "
             "AND ((status = 'enqueued' AND created_at <= " NOW_UTC " - make_interval(secs => $3::bigint) "
             "AND coalesce(updated_at, created_at) <= " NOW_UTC " - make_interval(secs => $3::bigint)) "
             "OR (status NOT IN ('enqueued', 'failed') AND coalesce(updated_at, created_at) < " NOW_UTC " - interval '%d seconds') "
             "OR (status = 'failed' AND id = ANY(string_to_array($5, E'\\n')))) "
             "AND NOT (id = ANY(string_to_array($6, E'\\n'))) "
             "ORDER BY age DESC, id LIMIT %d",
             log_table, TQ_STUCK_RUNNING_S, q->limit > 0 ? q->limit : 1);
    const char *p[] = { q->names ? q->names : "", q->statuses ? q->statuses : TQ_STUCK_STATUSES_ALL, age,
                        q->id ? q->id : "", q->set_aside ? q->set_aside : "", q->not_due ? q->not_due : "" };
    PGresult *r = tq_pg_exec_dynamic(pg, sql, 6, p, "stuck tasks", err);
    if (!r) {
        return -1;
    }
    int rows = PQntuples(r);
    if (rows > 0 && !(*out = calloc((size_t)rows, sizeof(**out)))) {
        PQclear(r);
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    for (int i = 0; i < rows; i++) {
        fill_row(&(*out)[i], r, i);
    }
    *n = (size_t)rows;
    PQclear(r);
    if (drop_held(pg, *out, n, err) != 0) {
        free(*out);
        *out = NULL;
        *n = 0;
        return -1;
    }
    return 0;
}

/* The task ids of queue_table's messages that match cond, one per line. */
static int ids_where(tq_pg *pg, const char *queue_table, const char *cond, const char *what, char **ids,
                     tq_error *err)
{
    char sql[320];
    snprintf(sql, sizeof(sql), "SELECT coalesce(string_agg(task_id, E'\\n'), '') FROM %s "
             "WHERE %s AND task_id IS NOT NULL", queue_table, cond);
    PGresult *r = tq_pg_exec_dynamic(pg, sql, 0, NULL, what, err);
    if (!r) {
        return -1;
    }
    *ids = strdup(PQgetvalue(r, 0, 0));
    PQclear(r);
    return *ids ? 0 : tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
}

int tq_pg_stuck_set_aside(tq_pg *pg, const char *queue_table, char **ids, tq_error *err)
{
    return ids_where(pg, queue_table, "NOT visible AND lease_until IS NULL", "set-aside messages", ids, err);
}

int tq_pg_stuck_not_due(tq_pg *pg, const char *queue_table, char **ids, tq_error *err)
{
    return ids_where(pg, queue_table, TQ_STUCK_NOT_DUE, "delayed messages", ids, err);
}

int tq_pg_stuck_held(tq_pg *pg, const char *task_id, tq_error *err)
{
    tq_worker_row *w = NULL;
    size_t n = 0;
    if (tq_pg_workers_list(pg, &w, &n, err) != 0) {
        return -1;
    }
    int held = 0;
    for (size_t i = 0; i < n && !held; i++) {
        held = strcmp(w[i].current_task, task_id) == 0;
    }
    free(w);
    return held;
}

/* A message that is not stuck: -1 with why, or 0 when neither holds. */
static int stuck_refusal(const char *task_id, int delayed, int leased, tq_error *err)
{
    if (delayed) {
        return tq_error_set(err, TQ_ERR_INVALID, "Task \"%s\" is delayed and not due yet: it is not stuck", task_id);
    }
    if (leased) {
        return tq_error_set(err, TQ_ERR_INVALID, "Task \"%s\" is held by a worker (its message's lease runs): "
                            "it is not stuck", task_id);
    }
    return 0;
}

int tq_pg_stuck_requeue(tq_pg *pg, const char *queue_table, const char *task_id, bool keep_leased, tq_error *err)
{
    char sql[1024];
    /* a delayed message not due yet (never delivered, hidden until its due time) is not
     * stuck: made visible it would run early; with keep_leased, neither is a message whose
     * lease runs (a worker holds it, and only the lease says so without tq_workers) */
    snprintf(sql, sizeof(sql),
             "WITH d AS (SELECT count(*) FILTER (WHERE " TQ_STUCK_NOT_DUE ") AS n, "
             "count(*) FILTER (WHERE " TQ_STUCK_LEASED ") AS l FROM %1$s WHERE task_id = $1), "
             "u AS (UPDATE %1$s SET deliveries = CASE WHEN NOT visible AND lease_until IS NULL THEN 0 "
             "ELSE deliveries END, visible = true, lease_until = NULL WHERE task_id = $1 "
             "AND NOT coalesce(" TQ_STUCK_NOT_DUE ", false)%2$s RETURNING id) "
             "SELECT (SELECT count(*) FROM u), (SELECT n FROM d), (SELECT l FROM d), pg_notify('%1$s', '')",
             queue_table, keep_leased ? " AND NOT coalesce(" TQ_STUCK_LEASED ", false)" : "");
    const char *p[] = { task_id };
    PGresult *r = tq_pg_exec_dynamic(pg, sql, 1, p, "requeue a stuck task", err);
    if (!r) {
        return -1;
    }
    int found = strtol(PQgetvalue(r, 0, 0), NULL, 10) > 0;
    int delayed = strtol(PQgetvalue(r, 0, 1), NULL, 10) > 0;
    int leased = strtol(PQgetvalue(r, 0, 2), NULL, 10) > 0;
    PQclear(r);
    return found ? found : stuck_refusal(task_id, delayed, leased && keep_leased, err);
}

int tq_pg_stuck_hold(tq_pg *pg, const char *queue_table, const char *task_id, tq_error *err)
{
    char sql[384];
    snprintf(sql, sizeof(sql), "SELECT coalesce(" TQ_STUCK_NOT_DUE ", false), coalesce(" TQ_STUCK_LEASED ", false) "
             "FROM %s WHERE task_id = $1 FOR UPDATE", queue_table);
    const char *p[] = { task_id };
    PGresult *r = tq_pg_exec_dynamic(pg, sql, 1, p, "holding a stuck task's message", err);
    if (!r) {
        return -1;
    }
    int n = PQntuples(r), delayed = 0, leased = 0;
    for (int i = 0; i < n; i++) {
        delayed |= PQgetvalue(r, i, 0)[0] == 't';
        leased |= PQgetvalue(r, i, 1)[0] == 't';
    }
    PQclear(r);
    return delayed || leased ? stuck_refusal(task_id, delayed, leased, err) : n;
}

int tq_pg_stuck_reset_log(tq_pg *pg, const char *log_table, const char *task_id, bool from_failed, tq_error *err)
{
    char sql[384];
    snprintf(sql, sizeof(sql),
             "UPDATE %s SET status = 'enqueued', updated_at = date_trunc('second', " NOW_UTC ") "
             "WHERE id = $1 AND status IN ('running', 'dequeued', 'child_running', 'enqueued'%s)", log_table,
             from_failed ? ", 'failed'" : "");
    const char *p[] = { task_id };
    PGresult *r = tq_pg_exec_dynamic(pg, sql, 1, p, "restart a stuck task", err);
    if (!r) {
        return -1;
    }
    int n = (int)strtol(PQcmdTuples(r), NULL, 10);
    PQclear(r);
    return n;
}
