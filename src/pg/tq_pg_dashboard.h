/*
 * tq_pg_dashboard: what the operator's view of the dashboard reads and changes in
 * PostgreSQL (README "Task dashboard", doc/taskApi.yml /tao/TaskQueueDashboard/...): a queue
 * table's waiting messages, the Task Log's finished tasks per task name over recent
 * minutes. Stuck tasks and their restart live in tq_pg_stuck.h.
 * Table names come from tq_pg_queue_table() / tq_pg_log_table() (checked names).
 * May touch: libpq, pg/tq_pg, libc.
 */
#ifndef TQ_PG_DASHBOARD_H
#define TQ_PG_DASHBOARD_H

#include <stdint.h>
#include "common/tq_error.h"
#include <libpq-fe.h>
#include "pg/tq_pg.h"

#define TQ_DASH_RATE_S        300     /* tasks per second over the last 5 minutes */
#define TQ_DASH_FAILURES_S    3600    /* failures over the last hour */
#define TQ_DASH_MAX_ROWS      100

/* Runs sql (no parameters) and allocates *rows, one zeroed element of elem bytes per result
 * row (NULL when none): the result is the caller's to read and PQclear(). NULL with err. */
PGresult *tq_pg_dash_select(tq_pg *pg, const char *sql, const char *what, size_t elem, void **rows, tq_error *err);
/* The text of a cell into dst ("" for NULL). */
void tq_pg_dash_copy(char *dst, size_t cap, PGresult *r, int row, int col);

/* Messages waiting in queue_table (visible or lease run out) and the age in seconds of the
 * oldest (-1: none). 0 or -1. */
int tq_pg_dash_queue(tq_pg *pg, const char *queue_table, int64_t *waiting, double *oldest_age, tq_error *err);

typedef struct tq_dash_name_count {
    char task_name[256];
    int64_t finished;      /* completed, failed or archived within TQ_DASH_RATE_S */
    int64_t failed;        /* failed within TQ_DASH_FAILURES_S */
} tq_dash_name_count;

/* Per task name of log_table: tasks finished recently and failures (*out malloc'd). */
int tq_pg_dash_finished(tq_pg *pg, const char *log_table, tq_dash_name_count **out, size_t *n, tq_error *err);

/* Stuck tasks, their restart: pg/tq_pg_stuck.h (one home, shared with the CLI tools). */

#endif
