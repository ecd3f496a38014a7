/*
 * tq_pg_metrics.c: the SQL of tq_metrics_counts (tq_pg_metrics.h).
 * May touch: libpq, pg/tq_pg, pg/tq_pg_dashboard (row helpers), metrics/tq_metrics_text, libc.
 */
#include <stdlib.h>
#include <string.h>
#include <libpq-fe.h>
#include "pg/tq_pg_dashboard.h"
#include "pg/tq_pg_metrics.h"

int tq_pg_metrics_create(tq_pg *pg, tq_error *err)
{
    return tq_pg_exec_script(pg,
                             "CREATE TABLE IF NOT EXISTS tq_metrics_counts (queue varchar(255) NOT NULL, "
                             "name varchar(64) NOT NULL, value double precision NOT NULL DEFAULT 0, "
                             "PRIMARY KEY (queue, name))",
                             "create tq_metrics_counts", err);
}

int tq_pg_metrics_add(tq_pg *pg, const char *deltas_json, tq_error *err)
{
    if (tq_pg_metrics_create(pg, err) != 0) {
        return -1;
    }
    const char *p[] = { deltas_json };
    PGresult *r = tq_pg_exec_dynamic(pg, "WITH " TQ_PG_METRICS_ADD_CTE("$1") " SELECT 1", 1, p, "count tasks", err);
    if (!r) {
        return -1;
    }
    PQclear(r);
    return 0;
}

int tq_pg_metrics_read(tq_pg *pg, tq_metrics_count **out, size_t *n, tq_error *err)
{
    *n = 0;
    *out = NULL;
    PGresult *r = tq_pg_dash_select(pg, "SELECT queue, name, value FROM tq_metrics_counts ORDER BY queue, name",
                                    "read task counters", sizeof(**out), (void **)out, err);
    if (!r) {
        if (err->code != TQ_ERR_NOMEM && strcmp(tq_pg_last_sqlstate(pg), "42P01") == 0) {   /* no worker counted yet */
            tq_error_clear(err);
            return 0;
        }
        return -1;
    }
    int rows = PQntuples(r);
    for (int i = 0; i < rows; i++) {
        tq_pg_dash_copy((*out)[i].queue, sizeof((*out)[i].queue), r, i, 0);
        tq_pg_dash_copy((*out)[i].name, sizeof((*out)[i].name), r, i, 1);
        (*out)[i].value = strtod(PQgetvalue(r, i, 2), NULL);
    }
    *n = (size_t)rows;
    PQclear(r);
    return 0;
}
