/*
 * tq_pg_dashboard.c: the operator view's SQL (tq_pg_dashboard.h). The Task Log keeps
 * UTC wall-clock timestamps without a zone (doc/ARCHITECTURE.md, section 6): "now" here
 * is now() at time zone 'utc'.
 * May touch: libpq, pg/tq_pg, libc.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libpq-fe.h>
#include "pg/tq_pg_dashboard.h"

#define NOW_UTC "(now() at time zone 'utc')"

void tq_pg_dash_copy(char *dst, size_t cap, PGresult *r, int row, int col)
{
    snprintf(dst, cap, "%s", PQgetisnull(r, row, col) ? "" : PQgetvalue(r, row, col));
}

PGresult *tq_pg_dash_select(tq_pg *pg, const char *sql, const char *what, size_t elem, void **rows, tq_error *err)
{
    *rows = NULL;
    PGresult *r = tq_pg_exec_dynamic(pg, sql, 0, NULL, what, err);
    if (r && PQntuples(r) > 0 && !(*rows = calloc((size_t)PQntuples(r), elem))) {
        PQclear(r);
        tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        return NULL;
    }
    return r;
}

int tq_pg_dash_queue(tq_pg *pg, const char *queue_table, int64_t *waiting, double *oldest_age, tq_error *err)
{
    char sql[384];
    snprintf(sql, sizeof(sql),
             "SELECT count(*), coalesce(extract(epoch FROM " NOW_UTC " - min(created_at)), -1) FROM %s "
             "WHERE visible OR lease_until < now()", queue_table);
    PGresult *r = tq_pg_exec_dynamic(pg, sql, 0, NULL, "queue depth", err);
    if (!r) {
        return -1;
    }
    *waiting = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
    *oldest_age = strtod(PQgetvalue(r, 0, 1), NULL);
    PQclear(r);
    return 0;
}

int tq_pg_dash_finished(tq_pg *pg, const char *log_table, tq_dash_name_count **out, size_t *n, tq_error *err)
{
    char sql[768];
    *n = 0;
    snprintf(sql, sizeof(sql),
             "SELECT task_name, count(*) FILTER (WHERE updated_at >= " NOW_UTC " - interval '%d seconds' "
             "AND status IN ('completed', 'failed', 'archived')), "
             "count(*) FILTER (WHERE status = 'failed') FROM %s "
             "WHERE updated_at >= " NOW_UTC " - interval '%d seconds' GROUP BY task_name",
             TQ_DASH_RATE_S, log_table, TQ_DASH_FAILURES_S);
    PGresult *r = tq_pg_dash_select(pg, sql, "finished tasks", sizeof(**out), (void **)out, err);
    if (!r) {
        return -1;
    }
    int rows = PQntuples(r);
    for (int i = 0; i < rows; i++) {
        tq_pg_dash_copy((*out)[i].task_name, sizeof((*out)[i].task_name), r, i, 0);
        (*out)[i].finished = strtoll(PQgetvalue(r, i, 1), NULL, 10);
        (*out)[i].failed = strtoll(PQgetvalue(r, i, 2), NULL, 10);
    }
    *n = (size_t)rows;
    PQclear(r);
    return 0;
}
