/*
 * tq_pg_stmt.c: running SQL on a tq_pg connection: the registry of statements prepared
 * by name once per server connection (run-time SQL capped), sending and collecting
 * results with errors mapped to tq_errcode, transactions, and the helpers that build
 * parameters (text[] literals, UTC timestamps, table names).
 * May touch: libpq, libc, pg/tq_pg_internal.h.
 */
#include <ctype.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "pg/tq_pg_internal.h"

/* ---- running statements --------------------------------------------------------------- */

static tq_errcode tq_pg_code_for(const char *sqlstate, int conn_bad)
{
    if (conn_bad || !sqlstate || !*sqlstate) {
        return TQ_ERR_IO;
    }
    if (strcmp(sqlstate, "42P01") == 0) {
        return TQ_ERR_NOT_FOUND;                 /* undefined table: not created yet */
    }
    if (strncmp(sqlstate, "22", 2) == 0 || strncmp(sqlstate, "23", 2) == 0 || strncmp(sqlstate, "42", 2) == 0) {
        return TQ_ERR_INVALID;
    }
    return TQ_ERR_IO;                            /* 08 connection, 40 deadlock, 53, 57, XX */
}

static int tq_pg_result_error(tq_pg *c, const PGresult *r, const char *what, tq_error *err)
{
    const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
    const char *primary = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : NULL;
    int bad = !c->conn || PQstatus(c->conn) == CONNECTION_BAD;
    snprintf(c->sqlstate, sizeof(c->sqlstate), "%s", state ? state : "");
    const char *msg = primary ? primary : (r && *PQresultErrorMessage(r) ? PQresultErrorMessage(r)
                                                                        : (c->conn ? PQerrorMessage(c->conn) : NULL));
    char text[700];
    snprintf(text, sizeof(text), "%s%s%s%s", msg ? msg : "unknown error", state ? " (SQLSTATE " : "",
             state ? state : "", state ? ")" : "");
    /* primary messages carry no newline; connection messages do */
    return tq_pg_error(c, tq_pg_code_for(state, bad), err, "%s: %s", what, text);
}

PGresult *tq_pg_collect(tq_pg *c, const char *what, tq_error *err)
{
    PGresult *keep = NULL;
    for (;;) {
        while (PQisBusy(c->conn)) {
            int ready = tq_pg_wait_socket(c->conn, POLLIN, TQ_PG_SLICE_MS);
            if (ready != 0 && !PQconsumeInput(c->conn)) {
                break;   /* connection broke: PQgetResult reports it */
            }
        }
        PGresult *r = PQgetResult(c->conn);
        if (!r) {
            break;
        }
        ExecStatusType st = PQresultStatus(r);
        int failed = st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK && st != PGRES_EMPTY_QUERY;
        if (keep && PQresultStatus(keep) != PGRES_COMMAND_OK && PQresultStatus(keep) != PGRES_TUPLES_OK
            && PQresultStatus(keep) != PGRES_EMPTY_QUERY) {
            PQclear(r);              /* already failed: keep the first error */
        } else if (keep && !failed && PQresultStatus(keep) == PGRES_TUPLES_OK && st == PGRES_COMMAND_OK) {
            PQclear(r);              /* scripts: keep rows over a trailing command */
        } else {
            PQclear(keep);
            keep = r;
        }
        if (PQstatus(c->conn) == CONNECTION_BAD) {
            break;
        }
    }
    tq_pg_take_notifies(c);
    if (!keep) {
        tq_pg_result_error(c, NULL, what, err);
        return NULL;
    }
    ExecStatusType st = PQresultStatus(keep);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK && st != PGRES_EMPTY_QUERY) {
        tq_pg_result_error(c, keep, what, err);
        PQclear(keep);
        return NULL;
    }
    c->sqlstate[0] = '\0';
    return keep;
}

static int tq_pg_prepare(tq_pg *c, tq_pg_stmt_entry *s, const char *what, tq_error *err)
{
    if (s->prepared_gen == c->gen) {
        return 0;
    }
    c->stats.round_trips++;
    c->stats.prepares++;
    if (!PQsendPrepare(c->conn, s->name, s->sql, s->nparams, NULL)) {
        return tq_pg_result_error(c, NULL, what, err);
    }
    tq_error perr;
    PGresult *r = tq_pg_collect(c, what, &perr);
    if (!r) {
        if (strcmp(c->sqlstate, "42P05") != 0) {   /* duplicate_prepared_statement: fine */
            if (err) {
                *err = perr;
            }
            return -1;
        }
    }
    PQclear(r);
    s->prepared_gen = c->gen;
    return 0;
}

static int tq_pg_register(tq_pg *c, const char *sql, int nparams, int dynamic, tq_error *err)
{
    for (size_t i = 0; i < c->nstmts; i++) {
        if (c->stmts[i].nparams == nparams && strcmp(c->stmts[i].sql, sql) == 0) {
            return (int)i;
        }
    }
    /* Filters can produce many shapes: only so many stay prepared. Statements of the
     * brokers and stores are few per table and always kept. */
    if (dynamic && c->ndynamic >= TQ_PG_MAX_DYNAMIC) {
        return tq_error_set(err, TQ_ERR_STATE, "too many distinct run-time statements (%d)", TQ_PG_MAX_DYNAMIC);
    }
    if (c->nstmts == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 16;
        tq_pg_stmt_entry *s = realloc(c->stmts, cap * sizeof(*s));
        if (!s) {
            return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        }
        c->stmts = s;
        c->cap = cap;
    }
    tq_pg_stmt_entry *s = &c->stmts[c->nstmts];
    memset(s, 0, sizeof(*s));
    if (!(s->sql = strdup(sql))) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    s->nparams = nparams;
    snprintf(s->name, sizeof(s->name), "tq_s%zu", c->nstmts);
    c->ndynamic += dynamic != 0;
    return (int)c->nstmts++;
}

int tq_pg_stmt(tq_pg *c, const char *sql, int nparams, tq_error *err)
{
    return tq_pg_register(c, sql, nparams, 0, err);
}

PGresult *tq_pg_exec(tq_pg *c, int stmt, const char *const *params, const char *what, tq_error *err)
{
    if (stmt < 0 || (size_t)stmt >= c->nstmts) {
        tq_error_set(err, TQ_ERR_INVALID, "%s: unknown statement handle %d", what, stmt);
        return NULL;
    }
    if (tq_pg_ensure(c, err) != 0) {
        return NULL;
    }
    tq_pg_stmt_entry *s = &c->stmts[stmt];
    if (tq_pg_prepare(c, s, what, err) != 0) {
        return NULL;
    }
    c->stats.round_trips++;
    c->stats.statements++;
    if (!PQsendQueryPrepared(c->conn, s->name, s->nparams, params, NULL, NULL, 0)) {
        tq_pg_result_error(c, NULL, what, err);
        return NULL;
    }
    return tq_pg_collect(c, what, err);
}

PGresult *tq_pg_exec_dynamic(tq_pg *c, const char *sql, int nparams, const char *const *params,
                             const char *what, tq_error *err)
{
    int stmt = tq_pg_register(c, sql, nparams, 1, NULL);
    if (stmt >= 0) {
        return tq_pg_exec(c, stmt, params, what, err);
    }
    if (tq_pg_ensure(c, err) != 0) {
        return NULL;
    }
    c->stats.round_trips++;
    c->stats.statements++;
    if (!PQsendQueryParams(c->conn, sql, nparams, NULL, params, NULL, NULL, 0)) {
        tq_pg_result_error(c, NULL, what, err);
        return NULL;
    }
    return tq_pg_collect(c, what, err);
}

/* ---- a statement and its wake-up ------------------------------------------------------ */

/* Reads a pipeline's results up to its `syncs` sync points: keeps the first statement's
 * result (or its error), drops the rest. NULL with err set when the first failed or the
 * connection broke (then dropped: a half-read pipeline cannot go on). */
static PGresult *tq_pg_collect_pipeline(tq_pg *c, int syncs, const char *what, tq_error *err)
{
    PGresult *first = NULL;
    int seen = 0, results = 0, broke = 0;
    while (seen < syncs && !broke) {
        while (PQisBusy(c->conn)) {
            int ready = tq_pg_wait_socket(c->conn, POLLIN, TQ_PG_SLICE_MS);
            if (ready != 0 && !PQconsumeInput(c->conn)) {
                broke = 1;
                break;
            }
        }
        PGresult *r = broke ? NULL : PQgetResult(c->conn);
        if (!r) {
            broke = broke || PQstatus(c->conn) == CONNECTION_BAD;
            continue;   /* the end of one statement's results */
        }
        if (PQresultStatus(r) == PGRES_PIPELINE_SYNC) {
            seen++;
            PQclear(r);
        } else if (results++ == 0) {
            first = r;
        } else {
            PQclear(r);   /* the wake-up: a lost one only delays an idle worker to its next poll */
        }
    }
    tq_pg_take_notifies(c);
    if (broke || PQexitPipelineMode(c->conn) != 1) {
        tq_pg_result_error(c, first, what, err);
        PQclear(first);
        tq_pg_drop_conn(c);
        return NULL;
    }
    ExecStatusType st = first ? PQresultStatus(first) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        tq_pg_result_error(c, first, what, err);
        PQclear(first);
        return NULL;
    }
    c->sqlstate[0] = '\0';
    return first;
}

/* NOTIFY serialises the commits of the transactions that send it: PostgreSQL holds one
 * lock per database from the notifying transaction's pre-commit until its commit is
 * flushed, so producers that each notify in their own durable commit never share a WAL
 * flush. Outside a transaction the wake-up is therefore its own transaction right after
 * the statement's, with synchronous_commit off (a notification is a hint, nothing to
 * keep): the lock is held for microseconds, and the statement's commit joins the others'
 * flushes. Both go in one round trip (libpq's pipeline mode). Inside a transaction the
 * wake-up joins it, and is sent when it commits, as NOTIFY always is. */
PGresult *tq_pg_exec_wake(tq_pg *c, int stmt, const char *const *params, const char *channel, const char *what,
                          tq_error *err)
{
    if (stmt < 0 || (size_t)stmt >= c->nstmts) {
        tq_error_set(err, TQ_ERR_INVALID, "%s: unknown statement handle %d", what, stmt);
        return NULL;
    }
    int alone = tq_pg_stmt(c, "SELECT set_config('synchronous_commit', 'off', true), pg_notify($1, '')", 1, err);
    int joined = tq_pg_stmt(c, "SELECT pg_notify($1, '')", 1, err);
    if (alone < 0 || joined < 0 || tq_pg_ensure(c, err) != 0) {
        return NULL;
    }
    int in_tx = c->in_tx || PQtransactionStatus(c->conn) != PQTRANS_IDLE;
    tq_pg_stmt_entry *s = &c->stmts[stmt], *w = &c->stmts[in_tx ? joined : alone];
    if (tq_pg_prepare(c, s, what, err) != 0 || tq_pg_prepare(c, w, what, err) != 0) {
        return NULL;
    }
    const char *wp[] = {channel};
    c->stats.round_trips++;
    c->stats.statements += 2;
    if (!PQenterPipelineMode(c->conn)
        || !PQsendQueryPrepared(c->conn, s->name, s->nparams, params, NULL, NULL, 0)
        || (!in_tx && !PQpipelineSync(c->conn))
        || !PQsendQueryPrepared(c->conn, w->name, 1, wp, NULL, NULL, 0)
        || !PQpipelineSync(c->conn)) {
        tq_pg_result_error(c, NULL, what, err);
        tq_pg_drop_conn(c);
        return NULL;
    }
    return tq_pg_collect_pipeline(c, in_tx ? 1 : 2, what, err);
}

int tq_pg_exec_script(tq_pg *c, const char *sql, const char *what, tq_error *err)
{
    if (tq_pg_ensure(c, err) != 0) {
        return -1;
    }
    c->stats.round_trips++;
    c->stats.statements++;
    if (!PQsendQuery(c->conn, sql)) {
        return tq_pg_result_error(c, NULL, what, err);
    }
    PGresult *r = tq_pg_collect(c, what, err);
    if (!r) {
        return -1;
    }
    PQclear(r);
    return 0;
}

/* ---- transactions --------------------------------------------------------------------- */

int tq_pg_begin(tq_pg *c, tq_error *err)
{
    if (c->in_tx) {
        return tq_error_set(err, TQ_ERR_STATE, "a transaction is already open on this connection");
    }
    if (tq_pg_exec_script(c, "BEGIN", "BEGIN", err) != 0) {
        return -1;
    }
    c->in_tx = 1;
    return 0;
}

int tq_pg_commit(tq_pg *c, tq_error *err)
{
    if (!c->in_tx) {
        return tq_error_set(err, TQ_ERR_STATE, "COMMIT without a transaction");
    }
    /* a statement in it failed (and its error was handled by someone): COMMIT would answer
     * ROLLBACK as if it succeeded */
    if (c->conn && PQtransactionStatus(c->conn) == PQTRANS_INERROR) {
        tq_pg_rollback(c);
        return tq_error_set(err, TQ_ERR_STATE, "a statement of the transaction failed: nothing of it was committed");
    }
    int rc = tq_pg_exec_script(c, "COMMIT", "COMMIT", err);
    c->in_tx = 0;
    return rc;
}

void tq_pg_end_request(tq_pg *c)
{
    if (c->conn && PQtransactionStatus(c->conn) != PQTRANS_IDLE) {
        c->in_tx = 1;
    }
    tq_pg_rollback(c);
}

int tq_pg_rollback(tq_pg *c)
{
    if (!c->in_tx) {
        return 0;
    }
    int rc = 0;
    if (c->conn && PQstatus(c->conn) == CONNECTION_OK) {
        rc = tq_pg_exec_script(c, "ROLLBACK", "ROLLBACK", NULL);
    }
    c->in_tx = 0;
    return rc;
}

int tq_pg_in_transaction(const tq_pg *c)
{
    return c->in_tx;
}

/* ---- parameter helpers ---------------------------------------------------------------- */

int tq_pg_text_array(const char *const *values, size_t n, tq_buf *out)
{
    if (tq_buf_putc(out, '{') != 0) {
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && tq_buf_putc(out, ',') != 0) {
            return -1;
        }
        if (!values[i]) {
            if (tq_buf_append(out, "NULL", 4) != 0) {
                return -1;
            }
            continue;
        }
        /* Every element double-quoted, with " and \ backslash-escaped: any text survives. */
        if (tq_buf_putc(out, '"') != 0) {
            return -1;
        }
        const char *p = values[i];
        while (*p) {
            size_t run = strcspn(p, "\"\\");
            if (run > 0 && tq_buf_append(out, p, run) != 0) {
                return -1;
            }
            p += run;
            if (*p) {
                char esc[2] = {'\\', *p++};
                if (tq_buf_append(out, esc, 2) != 0) {
                    return -1;
                }
            }
        }
        if (tq_buf_putc(out, '"') != 0) {
            return -1;
        }
    }
    return tq_buf_putc(out, '}');
}

uint32_t tq_pg_name_hash(const char *name)
{
    uint32_t h = 2166136261u;
    for (const char *p = name; *p; p++) {
        h = (h ^ (unsigned char)*p) * 16777619u;
    }
    return h;
}

void tq_pg_object_name(const char *table, const char *sep, const char *suffix, char *out, size_t size)
{
    int n = snprintf(out, size, "%s%s%s", table, sep, suffix);
    if (n < 0 || (size_t)n >= size || n > 63) {
        /* "_" + 8 hex digits + "_" around the hash; at most 40 bytes of the table (the
         * queue's names of earlier versions, which existing tables carry, had that form) */
        int keep = 63 - 10 - (int)strlen(suffix);
        keep = keep > 40 ? 40 : keep < 1 ? 1 : keep;
        snprintf(out, size, "%.*s_%08x_%s", keep, table, (unsigned)tq_pg_name_hash(table), suffix);
    }
}

int tq_pg_existing_index(tq_pg *pg, const char *table, const char *old, char *name, const char *ending,
                         tq_error *err)
{
    char cut[64];
    if (strlen(old) <= 63 || snprintf(cut, sizeof(cut), "%.63s", old) < 0 || strcmp(cut, name) == 0) {
        return 0;
    }
    const char *p[] = {cut, table, ending, name};
    PGresult *r = tq_pg_exec_dynamic(pg, "SELECT 1 FROM pg_index WHERE indexrelid = to_regclass($1) "
                                     "AND indrelid = to_regclass($2) AND to_regclass($4) IS NULL "
                                     "AND right(pg_get_indexdef(indexrelid), length($3)) = $3",
                                     4, p, "looking for an index of an earlier version", err);
    if (!r) {
        return -1;
    }
    if (PQntuples(r) > 0) {
        memcpy(name, cut, sizeof(cut));
    }
    PQclear(r);
    return 0;
}

int tq_pg_table_name(const char *kind, const char *name, char *table, size_t size, tq_error *err)
{
    if (!name || !*name) {
        return tq_error_set(err, TQ_ERR_INVALID, "%s name must not be empty (allowed: [A-Za-z0-9_]+)", kind);
    }
    for (const char *p = name; *p; p++) {
        /* ASCII, not isalnum(): a single-byte locale would let 0xC0..0xFF through */
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_')) {
            return tq_error_set(err, TQ_ERR_INVALID,
                                "invalid %s name \"%.80s\": only letters, digits and _ are allowed ([A-Za-z0-9_]+)",
                                kind, name);
        }
    }
    size_t n = strlen(name);
    if (n + 3 > 63 || n + 4 > size) {
        return tq_error_set(err, TQ_ERR_INVALID, "%s name \"%.80s\" is too long: at most 60 characters "
                            "(PostgreSQL identifiers are at most 63 bytes, \"tq_\" included)", kind, name);
    }
    memcpy(table, "tq_", 3);
    for (size_t i = 0; i <= n; i++) {
        table[3 + i] = (char)(name[i] >= 'A' && name[i] <= 'Z' ? name[i] + ('a' - 'A') : name[i]);
    }
    return 0;
}
