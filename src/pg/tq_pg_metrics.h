/*
 * tq_pg_metrics: the counters table tq_metrics_counts (README "Metrics"), one row per
 * (queue, name) of metrics/tq_metrics_deltas, the sum of every worker's deltas. Workers
 * add theirs in the statement of their heartbeat (tq_pg_workers_beat starts with
 * TQ_PG_METRICS_ADD_CTE), so counting costs no commit of its own; /metrics reads the
 * table. May touch: libpq, pg/tq_pg, pg/tq_pg_dashboard (row helpers), metrics/tq_metrics_text, libc.
 */
#ifndef TQ_PG_METRICS_H
#define TQ_PG_METRICS_H

#include <stddef.h>
#include "common/tq_error.h"
#include "metrics/tq_metrics_text.h"
#include "pg/tq_pg.h"

/* A data-modifying WITH entry that adds the JSON deltas of parameter p (a "$n" text:
 * tq_metrics_deltas_json()) to the counters; rows are taken in (queue, name) order, so
 * beats of many workers lock them in one order and never deadlock. */
#define TQ_PG_METRICS_ADD_CTE(p)                                                                      \
    "counted AS (INSERT INTO tq_metrics_counts (queue, name, value) "                                 \
    "SELECT q, n, v FROM json_to_recordset(" p "::json) AS x(q text, n text, v float8) ORDER BY q, n " \
    "ON CONFLICT (queue, name) DO UPDATE SET value = tq_metrics_counts.value + EXCLUDED.value)"

/* CREATE TABLE IF NOT EXISTS tq_metrics_counts. 0 or -1. */
int tq_pg_metrics_create(tq_pg *pg, tq_error *err);
/* Adds JSON deltas outside a beat (the dashboard's retry). 0 or -1. */
int tq_pg_metrics_add(tq_pg *pg, const char *deltas_json, tq_error *err);
/* Every counter row (*out malloc'd, the caller frees it). A missing table is no row. 0 or -1. */
int tq_pg_metrics_read(tq_pg *pg, tq_metrics_count **out, size_t *n, tq_error *err);

#endif
