/*
 * tq_pg_queue_claim.c: the claim of the PostgreSQL queue broker: its statements (the plain
 * claim and the claim that starts tasks in the Task Log), prepared in two forms per batch size,
 * and the choice between them on each claim (tq_pg_queue_run_claim), with the queue's claim hint.
 * Shared internals: tq_pg_queue_int.h.
 * May touch: pg/tq_pg, worker/tq_signal, libc.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pg/tq_pg_queue_int.h"
#include "worker/tq_signal.h"

/* Claims name their LIMIT as a literal, one prepared statement per batch size: with a
 * parameter, the planner prices a generic plan for 10 % of the table, so PostgreSQL kept
 * re-planning these large statements on every claim (custom plans) once the queue held a
 * few thousand rows. A literal lets it settle on the generic plan after five calls.
 * Marks, replaced when a form is prepared (tq_pg_claim_form): TQ_PG_LIMIT the batch size,
 * TQ_PG_START the id it starts after (TQ_PG_FROM, the claim's parameter, marks that in it),
 * TQ_PG_CAND the rows it may take, TQ_PG_SETIF when it moves the queue's claim hint,
 * TQ_PG_HINT the hint's sequence. */
#define TQ_PG_LIMIT "$LIMIT"
#define TQ_PG_START "$START"
#define TQ_PG_FROM "$FROM"
#define TQ_PG_CAND "$CAND"
#define TQ_PG_SETIF "$SETIF"
#define TQ_PG_HINT "$HINT"
/* The claim hint: the highest id a claim of this queue took, shared by its workers through
 * a sequence (no row lock, no transaction: read and set without waiting on each other). A
 * claim starts past both the hint and its own last id, so it does not walk the rows the
 * other workers took since its last claim. A row below the hint that still waits (released,
 * committed late) is found by a scan from the first row (from 0: tq_pg_queue_run_claim). */
#define TQ_PG_HINT_CTE "$HCTE"
#define TQ_PG_HINT_USE "$HUSE"
#define TQ_PG_HINT_CTE_SQL \
    "h AS (SELECT setval('" TQ_PG_HINT "', m) FROM (SELECT max(id) AS m FROM c) x " \
    "WHERE m IS NOT NULL AND " TQ_PG_SETIF "), "
#define TQ_PG_HINT_USE_SQL "CROSS JOIN (SELECT count(*) FROM h) hx "
/* Waiting rows only: the partial index of waiting rows (tq_pg_queue_create) holds nothing
 * else; past the hint unless from 0; it moves the hint forward only. */
#define TQ_PG_START_WAITING \
    "CASE WHEN " TQ_PG_FROM " = 0 THEN 0 ELSE GREATEST(" TQ_PG_FROM ", (SELECT last_value FROM " TQ_PG_HINT ")) END"
#define TQ_PG_CAND_WAITING "visible"
#define TQ_PG_SETIF_WAITING "m > (SELECT last_value FROM " TQ_PG_HINT ")"
/* From the first row, also rows whose lease ran out (a dead worker's, a delayed row that is
 * due); it sets the hint to what it took (after a TRUNCATE the ids start again at 1). */
#define TQ_PG_START_ANY TQ_PG_FROM
/* A table of an earlier version, until createQueue() adds the hint: each worker's own last id */
#define TQ_PG_START_OWN TQ_PG_FROM
#define TQ_PG_CAND_ANY "(visible OR lease_until < now())"
#define TQ_PG_SETIF_ANY "true"

const char tq_pg_claim_fmt[] =
    "WITH c AS (SELECT id FROM %1$s WHERE id > " TQ_PG_START " AND " TQ_PG_CAND " "
    "ORDER BY id LIMIT " TQ_PG_LIMIT " "
    "FOR UPDATE SKIP LOCKED), " TQ_PG_HINT_CTE
    "u AS (UPDATE %1$s t SET visible = false, lease_until = now() + $1::bigint * interval '1 millisecond', "
    "deliveries = t.deliveries + 1, run_at = NULL "
    "WHERE t.id = ANY(ARRAY(SELECT id FROM c)) RETURNING t.id, t.message, t.deliveries) "
    "SELECT id, message, deliveries FROM u " TQ_PG_HINT_USE "ORDER BY id";

/* Claim, then lock the log rows (FOR UPDATE returns their latest version, so a status
 * changed concurrently is seen), then start those that may start. */
const char tq_pg_claim_start_fmt[] =
    "WITH c AS (SELECT id FROM %1$s WHERE id > " TQ_PG_START " AND " TQ_PG_CAND " "
    "ORDER BY id LIMIT " TQ_PG_LIMIT " "
    "FOR UPDATE SKIP LOCKED), " TQ_PG_HINT_CTE
    "q AS (UPDATE %1$s t SET visible = false, lease_until = now() + $1::bigint * interval '1 millisecond', "
    /* a claimed row is no longer waiting for its due time (tq_pg_queue_due_ms) */
    "deliveries = t.deliveries + 1, run_at = NULL, "
    /* an id longer than the column (TAO's PHP can write one) stays NULL: the claim must
     * not fail for every row; the glue sets that message aside (doc/compatibility.md) */
    "task_id = COALESCE(t.task_id, (SELECT e FROM replace(substring(t.message FROM $3::text), $4::text, '/') AS e "
    "WHERE length(e) <= " TQ_PG_TASK_ID_MAX_S ")) "
    "WHERE t.id = ANY(ARRAY(SELECT id FROM c)) RETURNING t.id, t.message, t.deliveries, t.task_id), "
    "f AS (SELECT q.*, row_number() OVER (PARTITION BY q.task_id ORDER BY q.id) AS nth FROM q), "
    "lk AS (SELECT l.id, l.status FROM %2$s l WHERE l.id = ANY(ARRAY(SELECT task_id FROM f WHERE nth = 1)) "
    "ORDER BY l.id FOR UPDATE), "
    "s AS (UPDATE %2$s l SET status = 'running', updated_at = $2 "
    "WHERE l.id = ANY(ARRAY(SELECT lk.id FROM lk JOIN f ON f.task_id = lk.id AND f.nth = 1 "
    "WHERE lk.status IN ('enqueued', 'dequeued') "
    "OR ($5::boolean AND lk.status = 'running' AND f.deliveries > 1))) RETURNING l.id), "
    /* $6: synchronous_commit for this transaction alone (see tq_pg_queue_set_async_ack) */
    "sc AS (SELECT set_config('synchronous_commit', $6::text, true) AS v) "
    "SELECT f.id, f.message, f.deliveries, f.task_id, (s.id IS NOT NULL AND f.nth = 1), "
    "CASE WHEN s.id IS NOT NULL THEN 'running' ELSE lk.status END "
    "FROM f CROSS JOIN sc " TQ_PG_HINT_USE "LEFT JOIN s ON s.id = f.task_id LEFT JOIN lk ON lk.id = f.task_id "
    "ORDER BY f.id";

/* sql (freed) with every mark replaced by with (none: sql as it is); NULL when out of memory. */
static char *tq_pg_replace_mark(char *sql, const char *mark, const char *with)
{
    size_t mlen = strlen(mark), wlen = strlen(with);
    char *at = sql ? strstr(sql, mark) : NULL;
    while (at) {
        size_t head = (size_t)(at - sql);
        char *out = malloc(strlen(sql) - mlen + wlen + 1);
        if (out) {
            memcpy(out, sql, head);
            memcpy(out + head, with, wlen);
            strcpy(out + head + wlen, at + mlen);
        }
        free(sql);
        if (!(sql = out)) {
            return NULL;
        }
        at = strstr(sql + head + wlen, mark);
    }
    return sql;
}

/* One form of a claim: fmt for a batch of limit rows, starting after start, taking the
 * candidates cand, moving the hint when setif holds; the id to start after is parameter
 * nparams (the last). */
static int tq_pg_claim_form(tq_pg_queue *q, const char *fmt, const char *second, int nparams, size_t limit,
                            const char *start, const char *cand, const char *setif, tq_error *err)
{
    char num[24], from[24], hint[64];
    snprintf(num, sizeof(num), "%zu", limit);
    snprintf(from, sizeof(from), "$%d::integer", nparams);
    tq_pg_queue_own_name(q, TQ_PG_HINT_PREFIX, hint, sizeof(hint));
    char *sql = tq_pg_replace_mark(tq_pg_qsql(fmt, q->table, second ? second : ""), TQ_PG_LIMIT, num);
    sql = tq_pg_replace_mark(sql, TQ_PG_HINT_CTE, q->hint > 0 ? TQ_PG_HINT_CTE_SQL : "");
    sql = tq_pg_replace_mark(sql, TQ_PG_HINT_USE, q->hint > 0 ? TQ_PG_HINT_USE_SQL : "");
    sql = tq_pg_replace_mark(sql, TQ_PG_START, q->hint > 0 ? start : TQ_PG_START_OWN);
    sql = tq_pg_replace_mark(sql, TQ_PG_FROM, from);
    sql = tq_pg_replace_mark(sql, TQ_PG_CAND, cand);
    if (q->hint > 0) {
        sql = tq_pg_replace_mark(sql, TQ_PG_SETIF, setif);
        sql = tq_pg_replace_mark(sql, TQ_PG_HINT, hint);
    }
    if (!sql) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    int h = tq_pg_stmt(q->pg, sql, nparams, err);
    free(sql);
    return h;
}

/* Whether the queue has its claim hint (createQueue() of this version made the table, or
 * added the hint to an earlier one); workers started before that claim without it. */
static int tq_pg_queue_find_hint(tq_pg_queue *q, tq_error *err)
{
    char hint[64];
    tq_pg_queue_own_name(q, TQ_PG_HINT_PREFIX, hint, sizeof(hint));
    const char *params[] = {hint};
    PGresult *r = tq_pg_exec_dynamic(q->pg, "SELECT EXISTS (SELECT 1 FROM pg_class WHERE oid = to_regclass($1) "
                                     "AND relkind = 'S')", 1, params, "looking for the queue's claim hint", err);
    if (!r) {
        return -1;
    }
    q->hint = PQgetvalue(r, 0, 0)[0] == 't' ? 1 : -1;
    PQclear(r);
    return 0;
}

/* Both forms of fmt for a batch of limit rows; cache remembers the last batch size
 * (tq_pg_stmt finds a statement registered before by its text). */
int tq_pg_queue_claim_stmt(tq_pg_queue *q, const char *fmt, const char *second, int nparams, size_t limit,
                           tq_pg_claim_stmts *cache, tq_error *err)
{
    if (cache->all >= 0 && cache->limit == limit) {
        return 0;
    }
    if (q->hint == 0 && tq_pg_queue_find_hint(q, err) != 0) {
        return -1;
    }
    int after = tq_pg_claim_form(q, fmt, second, nparams, limit, TQ_PG_START_WAITING, TQ_PG_CAND_WAITING,
                                 TQ_PG_SETIF_WAITING, err);
    int all = after < 0 ? -1
              : tq_pg_claim_form(q, fmt, second, nparams, limit, TQ_PG_START_ANY, TQ_PG_CAND_ANY,
                                 TQ_PG_SETIF_ANY, err);
    if (all < 0) {
        return -1;
    }
    cache->after = after;
    cache->all = all;
    cache->limit = limit;
    return 0;
}

/* Rows that were claimed and deleted stay in the id indexes as dead entries until VACUUM;
 * a claim scanning "ORDER BY id" from the first row walks all of them, and during a fast
 * drain that cost grew with every batch (a 10-row claim took 0.4 ms after 10,000 tasks). So
 * a claim starts after the last id this process claimed, and takes waiting rows only, through
 * the index of waiting rows: it does not walk past the rows the other workers claimed since
 * (with 32 workers that walk cost 15 row fetches a task).
 * A waiting row with a lower id (released, or committed late by a slower producer) is found
 * by a scan of that index from its first row, at least every TQ_PG_FULL_SCAN_MS. A row whose
 * lease ran out (a dead worker's, a delayed row that is due) is not in that index: the claim
 * that takes it scans from the first row of the table, which walks every row the workers hold
 * (a cost that grows with the number of workers), when the claim from scan_from finds nothing
 * (as soon as the queue has no waiting row) and at least every TQ_PG_LEASE_SCAN_MS.
 * params[from_slot] is the id to start after; the result is ordered by id in column 0.
 * Both claims run here, and so does their part in the idle wait: the queue's channel joins
 * the connection's set, and a claim that brings work hands the listener token on. */
#define TQ_PG_FULL_SCAN_MS 1000
#define TQ_PG_LEASE_SCAN_MS 5000

PGresult *tq_pg_queue_run_claim(tq_pg_queue *q, const tq_pg_claim_stmts *stmts, const char **params,
                                int from_slot, const char *what, tq_error *err)
{
    /* The queue joins the connection's set of channels. What was pushed before this claim
     * is claimed by it: only what arrives from now on wakes the next wait. */
    if (tq_pg_listen(q->pg, q->table, err) != 0) {
        return NULL;
    }
    tq_pg_clear_notified(q->pg, q->table);
    int64_t now = tq_monotonic_ms();
    int all = q->scan_from == 0 || now >= q->lease_scan_ms;
    int64_t from = all || now >= q->full_scan_ms ? 0 : q->scan_from;
    char fbuf[24];
    for (;;) {
        if (from == 0) {
            q->full_scan_ms = now + TQ_PG_FULL_SCAN_MS;
        }
        if (all) {
            q->lease_scan_ms = now + TQ_PG_LEASE_SCAN_MS;
        }
        snprintf(fbuf, sizeof(fbuf), "%lld", (long long)from);
        params[from_slot] = fbuf;
        PGresult *r = tq_pg_exec(q->pg, all ? stmts->all : stmts->after, params, what, err);
        if (!r) {
            return NULL;
        }
        int n = PQntuples(r);
        if (n > 0) {
            q->scan_from = strtoll(PQgetvalue(r, n - 1, 0), NULL, 10);
            tq_pg_give_token(q->pg);     /* busy now: the next idle worker listens */
            return r;
        }
        if (all) {
            q->scan_from = 0;
            return r;
        }
        PQclear(r);
        all = 1;
        from = 0;
    }
}

