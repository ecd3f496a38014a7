#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "common/tq_time.h"
#include "pg/tq_pg_log.h"
#include "pg/tq_pg_log_prune.h"
#include "task_log/tq_status.h"

/* The columns of a search row, in tq_log_row order; times as unix seconds (a timestamp
 * without time zone's epoch is its nominal UTC value, whatever the session TimeZone). */
#define TQ_PG_LOG_COLUMNS \
    "id, parent_id, task_name, parameters, label, status, master_status, owner, report, " \
    "floor(extract(epoch FROM created_at))::bigint, floor(extract(epoch FROM updated_at))::bigint"

struct tq_pg_log {
    tq_pg *pg;
    char table[64];
    int st_add;
    int st_update_status;
    int st_add_report;
    int st_get_status;
    int st_get_report;
    int st_get;
    int st_delete;
    int st_update_many;
    int st_exec_times;
    int st_exists;
};

/* fmt holds only %1$s, for the validated, lower-cased table name (never a value). */
static char *tq_pg_sql(const char *fmt, const char *table)
{
    int n = snprintf(NULL, 0, fmt, table);
    char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (s) {
        snprintf(s, (size_t)n + 1, fmt, table);
    }
    return s;
}

/* fmt with %1$s .. %6$s: the table and its five indexes of TAO (names[0..5]). */
static char *tq_pg_log_script(const char *fmt, const char *const names[6])
{
    int n = snprintf(NULL, 0, fmt, names[0], names[1], names[2], names[3], names[4], names[5]);
    char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (s) {
        snprintf(s, (size_t)n + 1, fmt, names[0], names[1], names[2], names[3], names[4], names[5]);
    }
    return s;
}

/* Registers fmt (table substituted); -1 on failure. */
static int tq_pg_log_stmt(tq_pg_log *s, const char *fmt, int nparams, tq_error *err)
{
    char *sql = tq_pg_sql(fmt, s->table);
    if (!sql) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    int h = tq_pg_stmt(s->pg, sql, nparams, err);
    free(sql);
    return h;
}

tq_pg_log *tq_pg_log_new(tq_pg *pg, const char *container, tq_error *err)
{
    tq_pg_log *s = calloc(1, sizeof(*s));
    if (!s) {
        tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        return NULL;
    }
    s->pg = pg;
    if (tq_pg_table_name("task log container", container && *container ? container : "task_log", s->table,
                         sizeof(s->table), err) != 0) {
        free(s);
        return NULL;
    }
    if ((s->st_add = tq_pg_log_stmt(s,
            "INSERT INTO %1$s (id, parent_id, task_name, parameters, label, status, owner, created_at, "
            "updated_at, master_status) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)", 10, err)) < 0
        || (s->st_update_status = tq_pg_log_stmt(s,
            "UPDATE %1$s SET status = $1, updated_at = $2 WHERE id = $3 AND ($4::varchar IS NULL OR status = $4)",
            4, err)) < 0
        || (s->st_add_report = tq_pg_log_stmt(s,
            "UPDATE %1$s SET report = $1, status = COALESCE($2::varchar, status), updated_at = $3 "
            "WHERE id = $4 AND ($5::varchar IS NULL OR status = $5)", 5, err)) < 0
        || (s->st_get_status = tq_pg_log_stmt(s, "SELECT status FROM %1$s WHERE id = $1", 1, err)) < 0
        || (s->st_get_report = tq_pg_log_stmt(s, "SELECT report FROM %1$s WHERE id = $1", 1, err)) < 0
        || (s->st_get = tq_pg_log_stmt(s, "SELECT " TQ_PG_LOG_COLUMNS " FROM %1$s WHERE id = $1", 1, err)) < 0
        || (s->st_delete = tq_pg_log_stmt(s, "DELETE FROM %1$s WHERE id = $1", 1, err)) < 0
        || (s->st_update_many = tq_pg_log_stmt(s,
            "UPDATE %1$s SET status = $1, updated_at = $2 WHERE id = ANY($3::text[]) "
            "AND ($4::text[] IS NULL OR status = ANY($4::text[]))", 4, err)) < 0
        || (s->st_exec_times = tq_pg_log_stmt(s,
            "SELECT id, floor(extract(epoch FROM updated_at))::bigint - floor(extract(epoch FROM created_at))::bigint "
            "FROM %1$s WHERE status IN ('completed', 'archived') AND created_at >= $1 AND created_at <= $2 "
            "AND updated_at IS NOT NULL ORDER BY created_at, id", 2, err)) < 0
        || (s->st_exists = tq_pg_stmt(pg,
            "SELECT to_regclass($1) IS NOT NULL AND to_regclass($2) IS NOT NULL AND to_regclass($3) IS NOT NULL "
            "AND to_regclass($4) IS NOT NULL AND to_regclass($5) IS NOT NULL AND to_regclass($6) IS NOT NULL",
            6, err)) < 0) {
        free(s);
        return NULL;
    }
    return s;
}

void tq_pg_log_free(tq_pg_log *s)
{
    free(s);
}

const char *tq_pg_log_table(const tq_pg_log *s)
{
    return s->table;
}

tq_pg *tq_pg_log_conn(const tq_pg_log *s)
{
    return s->pg;
}

/* ---- helpers -------------------------------------------------------------------------- */

static void tq_pg_log_now(char *out, size_t size)
{
    tq_time_format_utc((int64_t)time(NULL), out, size);
}

static char *tq_pg_value(const PGresult *r, int row, int col)
{
    return PQgetisnull(r, row, col) ? NULL : strdup(PQgetvalue(r, row, col));
}

static int64_t tq_pg_int(const PGresult *r, int row, int col, int64_t null_value)
{
    return PQgetisnull(r, row, col) ? null_value : strtoll(PQgetvalue(r, row, col), NULL, 10);
}

/* Reads one row of TQ_PG_LOG_COLUMNS; label and owner read as "" when NULL. */
static int tq_pg_log_read_row(const PGresult *r, int i, tq_log_row *row)
{
    memset(row, 0, sizeof(*row));
    row->id = tq_pg_value(r, i, 0);
    row->parent_id = tq_pg_value(r, i, 1);
    row->task_name = tq_pg_value(r, i, 2);
    row->parameters = tq_pg_value(r, i, 3);
    row->label = PQgetisnull(r, i, 4) ? strdup("") : strdup(PQgetvalue(r, i, 4));
    row->status = tq_pg_value(r, i, 5);
    row->master_status = !PQgetisnull(r, i, 6) && PQgetvalue(r, i, 6)[0] == 't';
    row->owner = PQgetisnull(r, i, 7) ? strdup("") : strdup(PQgetvalue(r, i, 7));
    row->report = tq_pg_value(r, i, 8);
    row->created_at = tq_pg_int(r, i, 9, 0);
    row->updated_at = tq_pg_int(r, i, 10, TQ_LOG_NO_TIME);
    if (!row->id || !row->task_name || !row->label || !row->status || !row->owner
        || (!row->parent_id && !PQgetisnull(r, i, 1)) || (!row->parameters && !PQgetisnull(r, i, 3))
        || (!row->report && !PQgetisnull(r, i, 8))) {
        tq_log_row_clear(row);
        return -1;
    }
    return 0;
}

/* ---- container ------------------------------------------------------------------------ */

/* The indexes of the table: TAO's names ("<table>IDX_status", folded), and what
 * pg_get_indexdef() ends with for each (tq_pg_existing_index). The first five are made with
 * the table, the last two later (tq_pg_log_later_indexes). An earlier version's index
 * under TAO's name as PostgreSQL cut it is used as it is (tq_pg_existing_index). */
static const struct { const char *suffix, *ending; } tq_pg_log_indexes[] = {
    {"idx_task_name_owner", "USING btree (task_name, owner)"},
    {"idx_status", "USING btree (status)"},
    {"idx_created_at", "USING btree (created_at)"},
    {"idx_owner_created_at", "USING btree (owner, created_at)"},
    {"idx_owner_status", "USING btree (owner, status)"},
    {"idx_archived_at", "USING btree (COALESCE(updated_at, created_at)) WHERE ((status)::text = 'archived'::text)"},
    {"idx_owner_live", "USING btree (owner, created_at, id) WHERE ((status)::text <> 'archived'::text)"},
};

int tq_pg_log_index_name(tq_pg_log *s, const char *suffix, char name[64], tq_error *err)
{
    tq_pg_object_name(s->table, "", suffix, name, 64);
    for (size_t i = 0; i < sizeof(tq_pg_log_indexes) / sizeof(tq_pg_log_indexes[0]); i++) {
        if (strcmp(tq_pg_log_indexes[i].suffix, suffix) == 0) {
            char taos[128];
            snprintf(taos, sizeof(taos), "%s%s", s->table, suffix);
            return tq_pg_existing_index(s->pg, s->table, taos, name, tq_pg_log_indexes[i].ending, err);
        }
    }
    return 0;
}

/* Indexes added after the first release of the table, built without a lock on a big one:
 * the prune's (archived rows by last change), and a user's live tasks, newest first
 * (findAvailableByUser: without it a user with 10,000 archived tasks and a few live ones
 * cost 47 ms a page at 10M rows; tq_pg_query_cond writes "status <> 'archived'" as a literal
 * so that the planner's generic plan sees it implies this index's WHERE). */
static int tq_pg_log_later_indexes(tq_pg_log *s, tq_error *err)
{
    if (tq_pg_log_prune_index(s, err) < 0
        || tq_pg_log_add_index(s, "idx_owner_live", "(owner, created_at, id) WHERE status <> 'archived'", err) < 0) {
        return -1;
    }
    return 0;
}

int tq_pg_log_create_container(tq_pg_log *s, tq_error *err)
{
    char idx[5][64];
    for (size_t i = 0; i < 5; i++) {
        if (tq_pg_log_index_name(s, tq_pg_log_indexes[i].suffix, idx[i], err) != 0) {
            return -1;
        }
    }
    const char *check[] = {s->table, idx[0], idx[1], idx[2], idx[3], idx[4]};
    PGresult *r = tq_pg_exec(s->pg, s->st_exists, check, "checking the task log table", err);
    if (!r) {
        return -1;
    }
    int exists = PQntuples(r) == 1 && PQgetvalue(r, 0, 0)[0] == 't';
    PQclear(r);
    if (exists) {
        return tq_pg_log_later_indexes(s, err);
    }
    /* One implicit transaction (several statements in one Query message); the advisory
     * lock serialises concurrent creators, which CREATE ... IF NOT EXISTS alone does not. */
    char *sql = tq_pg_log_script(
        "SELECT pg_advisory_xact_lock(hashtext('taskqueue ddl %1$s'));"
        "CREATE TABLE IF NOT EXISTS %1$s ("
        "id VARCHAR(255) NOT NULL, "
        "parent_id VARCHAR(255) DEFAULT NULL, "
        "task_name VARCHAR(255) NOT NULL, "
        "parameters TEXT DEFAULT NULL, "
        "label VARCHAR(255) DEFAULT NULL, "
        "status VARCHAR(50) NOT NULL, "
        "master_status BOOLEAN DEFAULT false NOT NULL, "
        "owner VARCHAR(255) DEFAULT NULL, "
        "report TEXT DEFAULT NULL, "
        "created_at TIMESTAMP(0) WITHOUT TIME ZONE NOT NULL, "
        "updated_at TIMESTAMP(0) WITHOUT TIME ZONE DEFAULT NULL, "
        "PRIMARY KEY (id));"
        "CREATE INDEX IF NOT EXISTS %2$s ON %1$s (task_name, owner);"
        "CREATE INDEX IF NOT EXISTS %3$s ON %1$s (status);"
        "CREATE INDEX IF NOT EXISTS %4$s ON %1$s (created_at);"
        /* Not in TAO's table, added to one TAO made too: a user's page (owner, newest first)
         * and counts (owner, status, read from the index alone) stay fast with millions of
         * rows (doc/compatibility.md, "Task HTTP API"; bench/http-scale.sh). */
        "CREATE INDEX IF NOT EXISTS %5$s ON %1$s (owner, created_at);"
        "CREATE INDEX IF NOT EXISTS %6$s ON %1$s (owner, status);", check);
    if (!sql) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    char what[100];
    snprintf(what, sizeof(what), "creating task log table %s", s->table);
    int rc = tq_pg_exec_script(s->pg, sql, what, err);
    free(sql);
    /* after the table: on one TAO made with millions of rows they are built without a lock */
    return rc == 0 ? tq_pg_log_later_indexes(s, err) : rc;
}

/* ---- single rows ---------------------------------------------------------------------- */

int tq_pg_log_add(tq_pg_log *s, const tq_log_row *row, tq_error *err)
{
    if (!row->id || !*row->id || !row->task_name) {
        return tq_error_set(err, TQ_ERR_INVALID, "task log entry needs an id and a task name");
    }
    if (tq_log_check_status(row->status, "adding a task log entry", err) != 0) {
        return -1;
    }
    char created[32], now[32];
    tq_time_format_utc(row->created_at, created, sizeof(created));
    tq_pg_log_now(now, sizeof(now));
    const char *params[] = {row->id, row->parent_id, row->task_name, row->parameters,
                            row->label ? row->label : "", row->status, row->owner ? row->owner : "",
                            created, now, row->master_status ? "true" : "false"};
    tq_error e;
    PGresult *r = tq_pg_exec(s->pg, s->st_add, params, "adding a task log entry", &e);
    if (!r) {
        if (strcmp(tq_pg_last_sqlstate(s->pg), "23505") == 0) {
            return tq_error_set(err, TQ_ERR_INVALID, "task log entry \"%.200s\" exists already", row->id);
        }
        if (err) {
            *err = e;
        }
        return -1;
    }
    PQclear(r);
    return 0;
}

static int tq_pg_affected(PGresult *r)
{
    int n = atoi(PQcmdTuples(r));
    PQclear(r);
    return n;
}

int tq_pg_log_update_status(tq_pg_log *s, const char *id, const char *status, const char *prev, tq_error *err)
{
    if (tq_log_check_status(status, "updating a task status", err) != 0
        || tq_log_check_guarded(NULL, &prev, prev ? 1 : 0, "updating a task status", err) != 0) {
        return -1;
    }
    char now[32];
    tq_pg_log_now(now, sizeof(now));
    const char *params[] = {status, now, id, prev};
    PGresult *r = tq_pg_exec(s->pg, s->st_update_status, params, "updating a task status", err);
    return r ? tq_pg_affected(r) : -1;
}

int tq_pg_log_add_report(tq_pg_log *s, const char *id, const char *report_json, const char *status,
                         const char *prev, tq_error *err)
{
    if (tq_log_check_guarded(status, &prev, prev ? 1 : 0, "storing a task report", err) != 0) {
        return -1;
    }
    char now[32];
    tq_pg_log_now(now, sizeof(now));
    const char *params[] = {report_json, status, now, id, prev};
    PGresult *r = tq_pg_exec(s->pg, s->st_add_report, params, "storing a task report", err);
    return r ? tq_pg_affected(r) : -1;
}

static int tq_pg_log_get_one(tq_pg_log *s, int stmt, const char *id, char **out, const char *what, tq_error *err)
{
    *out = NULL;
    const char *params[] = {id};
    PGresult *r = tq_pg_exec(s->pg, stmt, params, what, err);
    if (!r) {
        return -1;
    }
    int found = PQntuples(r) > 0;
    if (found && !PQgetisnull(r, 0, 0) && !(*out = strdup(PQgetvalue(r, 0, 0)))) {
        PQclear(r);
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    PQclear(r);
    return found;
}

int tq_pg_log_get_status(tq_pg_log *s, const char *id, char **status, tq_error *err)
{
    return tq_pg_log_get_one(s, s->st_get_status, id, status, "reading a task status", err);
}

int tq_pg_log_get_report(tq_pg_log *s, const char *id, char **report, tq_error *err)
{
    return tq_pg_log_get_one(s, s->st_get_report, id, report, "reading a task report", err);
}

int tq_pg_log_get(tq_pg_log *s, const char *id, tq_log_row *out, tq_error *err)
{
    memset(out, 0, sizeof(*out));
    out->updated_at = TQ_LOG_NO_TIME;
    const char *params[] = {id};
    PGresult *r = tq_pg_exec(s->pg, s->st_get, params, "reading a task log entry", err);
    if (!r) {
        return -1;
    }
    int found = PQntuples(r) > 0;
    if (found && tq_pg_log_read_row(r, 0, out) != 0) {
        PQclear(r);
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    PQclear(r);
    return found;
}

int tq_pg_log_delete(tq_pg_log *s, const char *id, tq_error *err)
{
    const char *params[] = {id};
    PGresult *r = tq_pg_exec(s->pg, s->st_delete, params, "deleting a task log entry", err);
    return r ? tq_pg_affected(r) : -1;
}

/* ---- filters -------------------------------------------------------------------------- */

typedef struct tq_pg_query {
    tq_buf sql;
    char **params;
    int nparams;
    int cap;
    int failed;
} tq_pg_query;

static void tq_pg_query_free(tq_pg_query *q)
{
    for (int i = 0; i < q->nparams; i++) {
        free(q->params[i]);
    }
    free(q->params);
    tq_buf_free(&q->sql);
}

static void tq_pg_query_sql(tq_pg_query *q, const char *s)
{
    if (tq_buf_append(&q->sql, s, strlen(s)) != 0) {
        q->failed = 1;
    }
}

/* Adds a parameter (takes value, which may be NULL for SQL NULL); appends "$n". */
static void tq_pg_query_param(tq_pg_query *q, char *value, int is_null)
{
    if (!q->failed && (!value && !is_null)) {
        q->failed = 1;
    }
    if (!q->failed && q->nparams == q->cap) {
        int cap = q->cap ? q->cap * 2 : 8;
        char **p = realloc(q->params, (size_t)cap * sizeof(*p));
        if (!p) {
            q->failed = 1;
        } else {
            q->params = p;
            q->cap = cap;
        }
    }
    if (q->failed) {
        free(value);
        return;
    }
    q->params[q->nparams++] = value;
    char ref[16];
    snprintf(ref, sizeof(ref), "$%d", q->nparams);
    tq_pg_query_sql(q, ref);
}

typedef enum { TQ_COL_TEXT, TQ_COL_TIME, TQ_COL_BOOL } tq_col_kind;

static tq_col_kind tq_pg_col_kind(const char *column)
{
    if (strcmp(column, "created_at") == 0 || strcmp(column, "updated_at") == 0) {
        return TQ_COL_TIME;
    }
    return strcmp(column, "master_status") == 0 ? TQ_COL_BOOL : TQ_COL_TEXT;
}

/* A filter value as the column's SQL input: unix seconds become 'Y-m-d H:i:s'; PHP's
 * false ("") and 0/1 become booleans. */
static char *tq_pg_filter_value(tq_col_kind kind, const char *v)
{
    if (kind == TQ_COL_TIME) {
        const char *p = v + (*v == '-');
        if (*p && strspn(p, "0123456789") == strlen(p)) {
            char buf[32];
            tq_time_format_utc(strtoll(v, NULL, 10), buf, sizeof(buf));
            return strdup(buf);
        }
    } else if (kind == TQ_COL_BOOL) {
        if (!*v || strcmp(v, "0") == 0) {
            return strdup("false");
        }
        if (strcmp(v, "1") == 0) {
            return strdup("true");
        }
    }
    return strdup(v);
}

static const char *tq_pg_cast(tq_col_kind kind, int array)
{
    switch (kind) {
        case TQ_COL_TIME: return array ? "::timestamp[]" : "::timestamp";
        case TQ_COL_BOOL: return array ? "::boolean[]" : "::boolean";
        default: return array ? "::text[]" : "";
    }
}

static int tq_pg_query_cond(tq_pg_query *q, const tq_log_cond *c, tq_error *err)
{
    if (!c->column || !tq_log_column_valid(c->column)) {
        return tq_error_set(err, TQ_ERR_INVALID, "\"%.60s\" is not a task log column", c->column ? c->column : "");
    }
    tq_col_kind kind = tq_pg_col_kind(c->column);
    int multi = c->op == TQ_OP_IN || c->op == TQ_OP_NOT_IN;
    if (!multi && c->nvalues != 1) {
        return tq_error_set(err, TQ_ERR_INVALID, "operator %s takes exactly one value", tq_op_sql(c->op));
    }
    const char *op;
    switch (c->op) {
        case TQ_OP_EQ: op = " = "; break;
        case TQ_OP_NEQ: op = " <> "; break;
        case TQ_OP_LT: op = " < "; break;
        case TQ_OP_LTE: op = " <= "; break;
        case TQ_OP_GT: op = " > "; break;
        case TQ_OP_GTE: op = " >= "; break;
        case TQ_OP_LIKE: op = " LIKE "; break;
        case TQ_OP_NOT_LIKE: op = " NOT LIKE "; break;
        case TQ_OP_IN: op = " = ANY("; break;
        case TQ_OP_NOT_IN: op = " <> ALL("; break;
        default: return tq_error_set(err, TQ_ERR_INVALID, "unknown filter operator %d", (int)c->op);
    }
    int like = c->op == TQ_OP_LIKE || c->op == TQ_OP_NOT_LIKE;
    tq_pg_query_sql(q, c->column);             /* validated against the column list above */
    if (c->op == TQ_OP_NEQ && strcmp(c->column, "status") == 0 && c->values[0]
        && strcmp(c->values[0], "archived") == 0) {
        /* a constant, not a parameter: the index of live rows (tq_pg_log_later_indexes) */
        tq_pg_query_sql(q, " <> 'archived'");
        return 0;
    }
    if (like && kind != TQ_COL_TEXT) {
        tq_pg_query_sql(q, "::text");
    }
    tq_pg_query_sql(q, op);
    if (multi) {
        char **vals = calloc(c->nvalues ? c->nvalues : 1, sizeof(char *));
        tq_buf arr;
        tq_buf_init(&arr);
        int bad = !vals;
        for (size_t i = 0; !bad && i < c->nvalues; i++) {
            bad = !(vals[i] = tq_pg_filter_value(kind, c->values[i] ? c->values[i] : ""));
        }
        bad = bad || tq_pg_text_array((const char *const *)vals, c->nvalues, &arr) != 0;
        for (size_t i = 0; vals && i < c->nvalues; i++) {
            free(vals[i]);
        }
        free(vals);
        tq_pg_query_param(q, bad ? NULL : tq_buf_steal(&arr, NULL), 0);
        tq_buf_free(&arr);
        tq_pg_query_sql(q, tq_pg_cast(kind, 1));
        tq_pg_query_sql(q, ")");
    } else {
        tq_pg_query_param(q, tq_pg_filter_value(like ? TQ_COL_TEXT : kind, c->values[0] ? c->values[0] : ""), 0);
        tq_pg_query_sql(q, like ? "" : tq_pg_cast(kind, 0));
    }
    return 0;
}

/* "SELECT <select> FROM <table> [WHERE ...]" with the conditions of f. */
static int tq_pg_query_build(tq_pg_query *q, const tq_pg_log *s, const char *select, const tq_log_filter *f,
                             tq_error *err)
{
    memset(q, 0, sizeof(*q));
    tq_buf_init(&q->sql);
    tq_pg_query_sql(q, "SELECT ");
    tq_pg_query_sql(q, select);
    tq_pg_query_sql(q, " FROM ");
    tq_pg_query_sql(q, s->table);
    for (size_t i = 0; f && i < f->nconds; i++) {
        tq_pg_query_sql(q, i == 0 ? " WHERE " : " AND ");
        if (tq_pg_query_cond(q, &f->conds[i], err) != 0) {
            return -1;
        }
    }
    if (q->failed) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    return 0;
}

static PGresult *tq_pg_query_run(tq_pg_log *s, tq_pg_query *q, const char *what, tq_error *err)
{
    if (q->failed) {
        tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        return NULL;
    }
    return tq_pg_exec_dynamic(s->pg, q->sql.data, q->nparams, (const char *const *)q->params, what, err);
}

int64_t tq_pg_log_search(tq_pg_log *s, const tq_log_filter *f, tq_log_row **out, tq_error *err)
{
    *out = NULL;
    tq_pg_query q;
    if (tq_pg_query_build(&q, s, TQ_PG_LOG_COLUMNS, f, err) != 0) {
        tq_pg_query_free(&q);
        return -1;
    }
    const char *sort = f && f->sort_by && *f->sort_by ? f->sort_by : "created_at";
    if (!tq_log_column_valid(sort)) {
        tq_pg_query_free(&q);
        return tq_error_set(err, TQ_ERR_INVALID, "cannot sort the task log by \"%.60s\": not a column", sort);
    }
    const char *dir = !f || f->sort_desc ? " DESC" : " ASC";
    tq_pg_query_sql(&q, " ORDER BY ");
    tq_pg_query_sql(&q, sort);
    tq_pg_query_sql(&q, dir);
    if (strcmp(sort, "id") != 0) {       /* ties in a stable order, so pages do not overlap */
        tq_pg_query_sql(&q, ", id");
        tq_pg_query_sql(&q, dir);
    }
    char num[32];
    tq_pg_query_sql(&q, " LIMIT ");
    if (f && f->limit >= 0) {
        snprintf(num, sizeof(num), "%lld", (long long)f->limit);
        tq_pg_query_param(&q, strdup(num), 0);
    } else {
        tq_pg_query_param(&q, NULL, 1);   /* LIMIT NULL: no limit */
    }
    tq_pg_query_sql(&q, "::bigint OFFSET ");
    snprintf(num, sizeof(num), "%lld", (long long)(f && f->offset > 0 ? f->offset : 0));
    tq_pg_query_param(&q, strdup(num), 0);
    tq_pg_query_sql(&q, "::bigint");
    PGresult *r = tq_pg_query_run(s, &q, "searching the task log", err);
    tq_pg_query_free(&q);
    if (!r) {
        return -1;
    }
    int n = PQntuples(r);
    tq_log_row *rows = calloc(n ? (size_t)n : 1, sizeof(*rows));
    if (!rows) {
        PQclear(r);
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    for (int i = 0; i < n; i++) {
        if (tq_pg_log_read_row(r, i, &rows[i]) != 0) {
            for (int j = 0; j < i; j++) {
                tq_log_row_clear(&rows[j]);
            }
            free(rows);
            PQclear(r);
            return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        }
    }
    PQclear(r);
    *out = rows;
    return n;
}

int64_t tq_pg_log_count(tq_pg_log *s, const tq_log_filter *f, tq_error *err)
{
    tq_pg_query q;
    if (tq_pg_query_build(&q, s, "count(*)", f, err) != 0) {
        tq_pg_query_free(&q);
        return -1;
    }
    PGresult *r = tq_pg_query_run(s, &q, "counting task log entries", err);
    tq_pg_query_free(&q);
    if (!r) {
        return -1;
    }
    int64_t n = tq_pg_int(r, 0, 0, 0);
    PQclear(r);
    return n;
}

int tq_pg_log_stats(tq_pg_log *s, const tq_log_filter *f, tq_log_stats *st, tq_error *err)
{
    memset(st, 0, sizeof(*st));
    tq_pg_query q;
    if (tq_pg_query_build(&q, s,
            "count(*) FILTER (WHERE status IN ('dequeued', 'running', 'child_running')), "
            "count(*) FILTER (WHERE status = 'completed'), "
            "count(*) FILTER (WHERE status IN ('failed', 'unknown')), "
            "count(*) FILTER (WHERE status = 'enqueued')", f, err) != 0) {
        tq_pg_query_free(&q);
        return -1;
    }
    PGresult *r = tq_pg_query_run(s, &q, "task log statistics", err);
    tq_pg_query_free(&q);
    if (!r) {
        return -1;
    }
    st->in_progress = tq_pg_int(r, 0, 0, 0);
    st->completed = tq_pg_int(r, 0, 1, 0);
    st->failed = tq_pg_int(r, 0, 2, 0);
    st->enqueued = tq_pg_int(r, 0, 3, 0);
    PQclear(r);
    return 0;
}

/* ---- many rows ------------------------------------------------------------------------ */

int64_t tq_pg_log_update_many(tq_pg_log *s, const char *const *ids, size_t n, const char *status,
                              const char *const *prev, size_t nprev, tq_error *err)
{
    if (tq_log_check_status(status, "updating task statuses", err) != 0
        || tq_log_check_guarded(NULL, prev, nprev, "updating task statuses", err) != 0) {
        return -1;
    }
    if (n == 0) {
        return 0;
    }
    tq_buf idarr, prevarr;
    tq_buf_init(&idarr);
    tq_buf_init(&prevarr);
    if (tq_pg_text_array(ids, n, &idarr) != 0 || (nprev > 0 && tq_pg_text_array(prev, nprev, &prevarr) != 0)) {
        tq_buf_free(&idarr);
        tq_buf_free(&prevarr);
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    char now[32];
    tq_pg_log_now(now, sizeof(now));
    const char *params[] = {status, now, idarr.data, nprev > 0 ? prevarr.data : NULL};
    PGresult *r = tq_pg_exec(s->pg, s->st_update_many, params, "updating task statuses", err);
    tq_buf_free(&idarr);
    tq_buf_free(&prevarr);
    if (!r) {
        return -1;
    }
    int64_t changed = strtoll(PQcmdTuples(r), NULL, 10);
    PQclear(r);
    return changed;
}

int64_t tq_pg_log_execution_times(tq_pg_log *s, int64_t from, int64_t to, tq_pg_exec_time **out,
                                  tq_error *err)
{
    *out = NULL;
    char a[32], b[32];
    tq_time_format_utc(from, a, sizeof(a));
    tq_time_format_utc(to, b, sizeof(b));
    const char *params[] = {a, b};
    PGresult *r = tq_pg_exec(s->pg, s->st_exec_times, params, "reading task execution times", err);
    if (!r) {
        return -1;
    }
    int n = PQntuples(r);
    tq_pg_exec_time *t = calloc(n ? (size_t)n : 1, sizeof(*t));
    for (int i = 0; t && i < n; i++) {
        if (!(t[i].id = strdup(PQgetvalue(r, i, 0)))) {
            tq_pg_exec_times_free(t, i);
            t = NULL;
            break;
        }
        t[i].seconds = tq_pg_int(r, i, 1, 0);
    }
    PQclear(r);
    if (!t) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    *out = t;
    return n;
}

void tq_pg_exec_times_free(tq_pg_exec_time *times, int64_t n)
{
    for (int64_t i = 0; times && i < n; i++) {
        free(times[i].id);
    }
    free(times);
}
