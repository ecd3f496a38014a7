/*
 * tq_pg_queue.c: the PostgreSQL queue broker (see tq_pg_queue.h): the table, the statements
 * of the tq_broker ops, construction. The statements that join the Task Log are in
 * tq_pg_queue_log.c (shared internals: tq_pg_queue_int.h).
 * May touch: pg/tq_pg, pg/tq_pg_log, task_log/tq_status, worker/tq_signal, jansson, libc.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <jansson.h>
#include "common/tq_time.h"
#include "pg/tq_pg_queue.h"
#include "pg/tq_pg_log.h"
#include "task_log/tq_status.h"
#include "worker/tq_signal.h"
#include "pg/tq_pg_queue_int.h"

#define TQ_PG_DEFAULT_LEASE_MS 300000   /* when the caller passes lease_ms <= 0 */
/* A claim takes a delayed row when its lease (= due time) is before the server's now():
 * waking this much after the due time makes that hold despite rounding to milliseconds. */
#define TQ_PG_DUE_MARGIN_MS 2

/* For a message written by TAO's PHP code (no task_id column value): its metadata.__id__,
 * found in the JSON text by the server, so a claim stays one statement. json_encode writes
 * "/" as "\/"; the replace() undoes that. Bound as parameters, not spliced into SQL. */
const char tq_pg_id_regex[] = "\"__id__\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"";
const char tq_pg_escaped_slash[] = "\\/";


tq_pg_queue *tq_pg_q(tq_broker *b)
{
    return (tq_pg_queue *)b;
}

/* SQL with every %1$s replaced by the queue table and %2$s by the second name (the log
 * table or the queue name); both validated identifiers, never values. */
static char *tq_pg_qsql(const char *fmt, const char *a, const char *b)
{
    int n = snprintf(NULL, 0, fmt, a, b);
    char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (s) {
        snprintf(s, (size_t)n + 1, fmt, a, b);
    }
    return s;
}

int tq_pg_qstmt(tq_pg_queue *q, const char *fmt, const char *second, int nparams, tq_error *err)
{
    char *sql = tq_pg_qsql(fmt, q->table, second ? second : "");
    if (!sql) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    int h = tq_pg_stmt(q->pg, sql, nparams, err);
    free(sql);
    return h;
}

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

static const char tq_pg_claim_fmt[] =
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

void tq_pg_ms(int64_t lease_ms, char *out, size_t size)
{
    snprintf(out, size, "%lld", (long long)(lease_ms > 0 ? lease_ms : TQ_PG_DEFAULT_LEASE_MS));
}

void tq_pg_now(char *out, size_t size)
{
    tq_time_format_utc((int64_t)time(NULL), out, size);
}

int64_t tq_pg_queue_row_id(const tq_message *m)
{
    if (!m || !m->receipt || !*m->receipt) {
        return -1;
    }
    char *end;
    long long id = strtoll(m->receipt, &end, 10);
    return *end || id <= 0 ? -1 : (int64_t)id;
}

/* ---- ops ------------------------------------------------------------------------------ */

static int tq_pg_queue_create(tq_broker *b, tq_error *err)
{
    tq_pg_queue *q = tq_pg_q(b);
    char index[96];
    snprintf(index, sizeof(index), "idx_created_at_visible_%s", q->table + 3);   /* folded like TAO's */
    char uniq[64], due[64], waiting[64], hint[64];
    tq_pg_queue_index_name(q, "uniq", uniq, sizeof(uniq));
    tq_pg_queue_index_name(q, "due", due, sizeof(due));
    tq_pg_queue_own_name(q, TQ_PG_WAITING_PREFIX, waiting, sizeof(waiting));
    tq_pg_queue_own_name(q, TQ_PG_HINT_PREFIX, hint, sizeof(hint));
    const char *check[] = {q->table, index, uniq, due, waiting, hint};
    char what[120];
    snprintf(what, sizeof(what), "checking queue table %s", q->table);
    PGresult *r = tq_pg_exec(q->pg, q->st_exists, check, what, err);
    if (!r) {
        return -1;
    }
    int ready = PQntuples(r) == 1 && PQgetvalue(r, 0, 0)[0] == 't';
    PQclear(r);
    /* the next claim looks for the hint again: this may be the upgrade of an earlier table */
    q->hint = 0;
    q->claim.all = q->claim_start.all = -1;
    if (ready) {
        return 0;   /* no DDL, so no lock that would queue behind running workers */
    }
    /* One implicit transaction; the advisory lock serialises concurrent creators. TAO's
     * table first, exactly as DBAL creates it, then our columns: never a rewrite, never a drop.
     * A table of TAO's NewSqlQueueBroker (the same name, UUID keys, no default for visible)
     * is taken over first: integer keys in the order its messages were created, the UUIDs
     * dropped. Its rows keep their visibility: one a TAO worker had taken (invisible, no
     * lease) is set aside, listed and restarted by the stuck-task tools (-s failed). */
    static const char fmt[] =
        "SELECT pg_advisory_xact_lock(hashtext('taskqueue ddl %1$s'));"
        "DO $tq$ DECLARE pk text; BEGIN "
        "IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass('%1$s') AND attname = 'id' "
        "AND NOT attisdropped AND atttypid NOT IN ('integer'::regtype, 'bigint'::regtype)) THEN "
        "SELECT conname INTO pk FROM pg_constraint WHERE conrelid = '%1$s'::regclass AND contype = 'p'; "
        "IF pk IS NOT NULL THEN EXECUTE format('ALTER TABLE %1$s DROP CONSTRAINT %%I', pk); END IF; "
        "ALTER TABLE %1$s RENAME COLUMN id TO newsql_id; "
        "ALTER TABLE %1$s ADD COLUMN id INTEGER; "
        "CREATE SEQUENCE IF NOT EXISTS %1$s_id_seq OWNED BY %1$s.id; "
        "UPDATE %1$s t SET id = o.n FROM (SELECT newsql_id, row_number() OVER (ORDER BY created_at, newsql_id) AS n "
        "FROM %1$s) o WHERE t.newsql_id = o.newsql_id; "
        "PERFORM setval('%1$s_id_seq', COALESCE((SELECT max(id) FROM %1$s), 0) + 1, false); "
        "ALTER TABLE %1$s ALTER COLUMN id SET DEFAULT nextval('%1$s_id_seq'), ALTER COLUMN id SET NOT NULL, "
        "ADD PRIMARY KEY (id), DROP COLUMN newsql_id, ALTER COLUMN visible SET DEFAULT true; "
        "END IF; END $tq$;"
        "CREATE TABLE IF NOT EXISTS %1$s ("
        "id SERIAL NOT NULL, "
        "message TEXT NOT NULL, "
        "visible BOOLEAN DEFAULT true NOT NULL, "
        "created_at TIMESTAMP(0) WITHOUT TIME ZONE NOT NULL, "
        "PRIMARY KEY (id));"
        "CREATE INDEX IF NOT EXISTS IDX_created_at_visible_%2$s ON %1$s (created_at, visible);"
        "ALTER TABLE %1$s "
        "ADD COLUMN IF NOT EXISTS lease_until TIMESTAMP(3) WITH TIME ZONE DEFAULT NULL, "
        "ADD COLUMN IF NOT EXISTS deliveries INTEGER DEFAULT 0 NOT NULL, "
        "ADD COLUMN IF NOT EXISTS task_id VARCHAR(255) DEFAULT NULL, "
        "ADD COLUMN IF NOT EXISTS run_at TIMESTAMP(3) WITH TIME ZONE DEFAULT NULL, "
        "ADD COLUMN IF NOT EXISTS unique_key VARCHAR(255) DEFAULT NULL;"
        /* unique keys: the constraint that holds across processes and hosts (a row lives
         * while its task waits or runs); due times: the earliest one bounds an idle wait */
        "CREATE UNIQUE INDEX IF NOT EXISTS %3$s ON %1$s (unique_key) WHERE unique_key IS NOT NULL;"
        "CREATE INDEX IF NOT EXISTS %4$s ON %1$s (run_at) WHERE run_at IS NOT NULL;"
        /* the rows waiting to be claimed: a claim's scan meets no row another worker holds
         * (tq_pg_queue_run_claim); a claimed row's new version is not in it */
        "CREATE INDEX IF NOT EXISTS %5$s ON %1$s (id) WHERE visible;"
        /* the claim hint (tq_pg_claim_fmt): a hint, it need not survive a crash (unlogged from
         * PostgreSQL 15 on); the table's owner's and owned by its ids, so TRUNCATE ... RESTART
         * IDENTITY resets it and DROP TABLE drops it */
        "DO $tq$ BEGIN "
        "IF EXISTS (SELECT 1 FROM pg_class WHERE oid = to_regclass('%6$s') AND relkind <> 'S') THEN "
        "RAISE EXCEPTION 'relation %6$s is in the way of the claim hint of queue table %1$s: "
        "it must be a sequence of ours (rename or drop it)'; END IF; "
        "IF to_regclass('%6$s') IS NULL THEN "
        "EXECUTE 'CREATE ' || CASE WHEN current_setting('server_version_num')::integer >= 150000 "
        "THEN 'UNLOGGED ' ELSE '' END || 'SEQUENCE %6$s MINVALUE 0 START 0'; "
        "EXECUTE format('ALTER SEQUENCE %6$s OWNER TO %%I', "
        "(SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = '%1$s'::regclass)); "
        "ALTER SEQUENCE %6$s OWNED BY %1$s.id; "
        "END IF; END $tq$;";
    int n = snprintf(NULL, 0, fmt, q->table, q->name, uniq, due, waiting, hint);
    char *sql = n > 0 ? malloc((size_t)n + 1) : NULL;
    if (!sql) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    snprintf(sql, (size_t)n + 1, fmt, q->table, q->name, uniq, due, waiting, hint);
    snprintf(what, sizeof(what), "creating queue table %s", q->table);
    int rc = tq_pg_exec_script(q->pg, sql, what, err);
    free(sql);
    return rc;
}

/* metadata.__id__ of a task JSON, or NULL (not JSON, no id: the claim side copes). */
static char *tq_pg_task_id_of(const char *body, size_t len)
{
    json_t *root = json_loadb(body, len, 0, NULL);
    const char *id = json_string_value(json_object_get(json_object_get(root, "metadata"), "__id__"));
    char *copy = id ? strdup(id) : NULL;
    json_decref(root);
    return copy;
}

int tq_pg_check_body(const char *body, size_t len, tq_error *err)
{
    if (!body || strlen(body) != len) {
        return tq_error_set(err, TQ_ERR_INVALID, "a queue message must be text without NUL bytes");
    }
    return 0;
}

int tq_pg_queue_push(tq_broker *b, const char *body, size_t len, const char *task_id, int64_t *row_id,
                     char **existing, tq_error *err)
{
    tq_pg_queue *q = tq_pg_q(b);
    tq_pg_sched sc;
    if (tq_pg_check_body(body, len, err) != 0 || tq_pg_sched_read(body, len, &sc, err) != 0) {
        return -1;
    }
    char *found = task_id ? NULL : tq_pg_task_id_of(body, len);
    char now[32];
    tq_pg_now(now, sizeof(now));
    const char *params[] = {body, now, task_id ? task_id : found, sc.run_at_p, sc.s.unique_key};
    int rc = -1;
    for (int tries = 0; tries < TQ_PG_UNIQUE_TRIES && rc < 0; tries++) {
        PGresult *r = tq_pg_exec_wake(q->pg, sc.s.unique_key ? q->st_push_unique : q->st_push, params, q->table,
                                      "pushing a message", err);
        if (!r) {
            break;
        }
        if (PQntuples(r) > 0) {
            if (row_id) {
                *row_id = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
            }
            rc = 0;
        }
        PQclear(r);
        if (rc < 0) {   /* the key is held: by whom (gone meanwhile: push again) */
            int held = tq_pg_queue_key_holder(q, sc.s.unique_key, existing, err);
            if (held != 0) {
                rc = held > 0 ? 1 : -1;
                break;
            }
            tq_error_set(err, TQ_ERR_STATE, "pushing a message: uniqueness key \"%.100s\" kept changing hands",
                         sc.s.unique_key);
        }
    }
    free(found);
    tq_pg_sched_clear(&sc);
    return rc;
}

static int tq_pg_queue_push_op(tq_broker *b, const char *body, size_t len, void *attachment, tq_error *err)
{
    if (tq_pg_queue_push(b, body, len, NULL, NULL, NULL, err) < 0) {
        return -1;
    }
    /* Only an in-process broker can carry an attachment; we own it now and drop it. */
    if (attachment && b->free_attachment) {
        b->free_attachment(attachment);
    }
    return 0;
}

int tq_pg_queue_push_many(tq_broker *b, const char *const *bodies, const char *const *task_ids, size_t n,
                          int64_t *row_ids, tq_error *err)
{
    tq_pg_queue *q = tq_pg_q(b);
    if (n == 0) {
        return 0;
    }
    if (tq_pg_sched_refuse_batch(bodies, n, err) != 0) {
        return -1;
    }
    char **ids = calloc(n, sizeof(char *));
    if (!ids) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    int rc = -1;
    tq_buf msgs, tids;
    tq_buf_init(&msgs);
    tq_buf_init(&tids);
    for (size_t i = 0; i < n; i++) {
        size_t len = bodies[i] ? strlen(bodies[i]) : 0;
        if (tq_pg_check_body(bodies[i], len, err) != 0) {
            goto out;
        }
        const char *given = task_ids ? task_ids[i] : NULL;
        ids[i] = given ? strdup(given) : tq_pg_task_id_of(bodies[i], len);
        if (given && !ids[i]) {
            tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
            goto out;
        }
    }
    if (tq_pg_text_array(bodies, n, &msgs) != 0 || tq_pg_text_array((const char *const *)ids, n, &tids) != 0) {
        tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        goto out;
    }
    char now[32];
    tq_pg_now(now, sizeof(now));
    const char *params[] = {msgs.data, now, tids.data};
    PGresult *r = tq_pg_exec_wake(q->pg, q->st_push_many, params, q->table, "pushing messages", err);
    if (!r) {
        goto out;
    }
    for (int i = 0; row_ids && i < PQntuples(r) && (size_t)i < n; i++) {
        row_ids[i] = strtoll(PQgetvalue(r, i, 0), NULL, 10);
    }
    PQclear(r);
    rc = 0;
out:
    for (size_t i = 0; i < n; i++) {
        free(ids[i]);
    }
    free(ids);
    tq_buf_free(&msgs);
    tq_buf_free(&tids);
    return rc;
}

void tq_pg_msg_clear(tq_message *m)
{
    free(m->body);
    free(m->receipt);
    memset(m, 0, sizeof(*m));
}

/* body, receipt (= row id), deliveries from columns 0..2 of row i. */
int tq_pg_read_message(const PGresult *r, int i, tq_message *m)
{
    memset(m, 0, sizeof(*m));
    m->receipt = strdup(PQgetvalue(r, i, 0));
    m->len = (size_t)PQgetlength(r, i, 1);
    m->body = malloc(m->len + 1);
    if (!m->receipt || !m->body) {
        tq_pg_msg_clear(m);
        return -1;
    }
    memcpy(m->body, PQgetvalue(r, i, 1), m->len + 1);
    m->deliveries = atoi(PQgetvalue(r, i, 2));
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

static int tq_pg_queue_claim(tq_broker *b, size_t max, int64_t lease_ms, tq_message *out, tq_error *err)
{
    tq_pg_queue *q = tq_pg_q(b);
    if (max == 0) {
        return 0;
    }
    if (tq_pg_queue_claim_stmt(q, tq_pg_claim_fmt, NULL, 2, max, &q->claim, err) != 0) {
        return -1;
    }
    char ms[24];
    tq_pg_ms(lease_ms, ms, sizeof(ms));
    const char *params[] = {ms, NULL};
    PGresult *r = tq_pg_queue_run_claim(q, &q->claim, params, 1, "claiming messages", err);
    if (!r) {
        return -1;
    }
    int n = PQntuples(r);
    for (int i = 0; i < n; i++) {
        if (tq_pg_read_message(r, i, &out[i]) != 0) {
            /* The rows are leased already; they come back when the lease runs out. */
            for (int j = 0; j < i; j++) {
                tq_pg_msg_clear(&out[j]);
            }
            PQclear(r);
            return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        }
    }
    PQclear(r);
    return n;
}

int tq_pg_receipt(const tq_message *m, char *id, size_t size, char *fence, size_t fsize, tq_error *err)
{
    int64_t row = tq_pg_queue_row_id(m);
    if (row < 0) {
        return tq_error_set(err, TQ_ERR_INVALID, "not a message of a PostgreSQL queue (receipt \"%.40s\")",
                            m && m->receipt ? m->receipt : "");
    }
    snprintf(id, size, "%lld", (long long)row);
    snprintf(fence, fsize, "%d", m->deliveries > 0 ? m->deliveries : 0);
    return 0;
}

static int tq_pg_queue_ack(tq_broker *b, const tq_message *m, tq_error *err)
{
    tq_pg_queue *q = tq_pg_q(b);
    char id[24], fence[16];
    if (tq_pg_receipt(m, id, sizeof(id), fence, sizeof(fence), err) != 0) {
        return -1;
    }
    const char *params[] = {id};
    PGresult *r = tq_pg_exec(q->pg, q->st_ack, params, "acknowledging a message", err);
    if (!r) {
        return -1;
    }
    PQclear(r);
    return 0;
}

/* Runs a fenced single-row update; 0 rows means the row is gone or another worker holds it. */
static int tq_pg_fenced(tq_pg_queue *q, int stmt, const char *const *params, const char *what, tq_error *err)
{
    PGresult *r = tq_pg_exec(q->pg, stmt, params, what, err);
    if (!r) {
        return -1;
    }
    int n = atoi(PQcmdTuples(r));
    PQclear(r);
    if (n == 0) {
        return tq_error_set(err, TQ_ERR_STATE, "%s: message %s is gone or was claimed again by another worker",
                            what, params[0]);
    }
    return 0;
}

static int tq_pg_queue_extend(tq_broker *b, const tq_message *m, int64_t lease_ms, tq_error *err)
{
    tq_pg_queue *q = tq_pg_q(b);
    char id[24], fence[16], ms[24];
    if (tq_pg_receipt(m, id, sizeof(id), fence, sizeof(fence), err) != 0) {
        return -1;
    }
    tq_pg_ms(lease_ms, ms, sizeof(ms));
    const char *params[] = {id, ms, fence};
    return tq_pg_fenced(q, q->st_extend, params, "renewing a lease", err);
}

int tq_pg_queue_release_after(tq_broker *b, const tq_message *m, int64_t delay_ms, tq_error *err)
{
    tq_pg_queue *q = tq_pg_q(b);
    char id[24], fence[16], ms[24];
    if (tq_pg_receipt(m, id, sizeof(id), fence, sizeof(fence), err) != 0) {
        return -1;
    }
    snprintf(ms, sizeof(ms), "%lld", (long long)(delay_ms > 0 ? delay_ms : 0));
    const char *params[] = {id, ms, fence};
    return tq_pg_fenced(q, q->st_release, params, "releasing a message", err);
}

static int tq_pg_queue_release(tq_broker *b, const tq_message *m, tq_error *err)
{
    return tq_pg_queue_release_after(b, m, 0, err);
}

int tq_pg_queue_bury(tq_broker *b, const tq_message *m, tq_error *err)
{
    tq_pg_queue *q = tq_pg_q(b);
    char id[24], fence[16];
    if (tq_pg_receipt(m, id, sizeof(id), fence, sizeof(fence), err) != 0) {
        return -1;
    }
    const char *params[] = {id, fence};
    return tq_pg_fenced(q, q->st_bury, params, "setting a message aside", err);
}

static int64_t tq_pg_queue_count(tq_broker *b, tq_error *err)
{
    tq_pg_queue *q = tq_pg_q(b);
    PGresult *r = tq_pg_exec(q->pg, q->st_count, NULL, "counting messages", err);
    if (!r) {
        return -1;
    }
    int64_t n = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
    PQclear(r);
    return n;
}

/* An idle worker's wait: for the listener token of the connection's queues, or, holding it,
 * for a NOTIFY from push/enqueue on channel "tq_<queue>", a signal, or the timeout. */
static int tq_pg_queue_wait(tq_broker *b, int timeout_ms, struct tq_signal_state *sig, tq_error *err)
{
    tq_pg_queue *q = tq_pg_q(b);
    if (tq_pg_listen(q->pg, q->table, err) != 0) {
        return -1;
    }
    if (timeout_ms > 0 && tq_pg_holds_token(q->pg)) {
        /* Delayed rows: the listener wakes when the earliest falls due, not on a polling
         * timer. A push of an earlier one sends a NOTIFY, and the next wait asks again. */
        int64_t due = tq_pg_queue_due_ms(q, err);
        if (due == INT64_MIN) {
            /* a dead connection (or a table TAO made, not migrated): wait as without delays;
             * the wait notices the connection and listens again once it is back */
            tq_error_clear(err);
            due = INT64_MAX;
        }
        if (due <= 0) {
            return TQ_WAIT_READY;
        }
        if (due < timeout_ms) {
            timeout_ms = (int)due + TQ_PG_DUE_MARGIN_MS;
        }
    }
    return tq_pg_wait_notify(q->pg, sig, timeout_ms, err);
}

static void tq_pg_queue_destroy(tq_broker *b)
{
    free(b);
}

static const tq_broker_ops tq_pg_queue_ops = {
    .id = "rds",
    .create_queue = tq_pg_queue_create,
    .push = tq_pg_queue_push_op,
    .claim = tq_pg_queue_claim,
    .ack = tq_pg_queue_ack,
    .extend = tq_pg_queue_extend,
    .release = tq_pg_queue_release,
    .count = tq_pg_queue_count,
    .wait = tq_pg_queue_wait,
    .destroy = tq_pg_queue_destroy,
};

/* ---- construction --------------------------------------------------------------------- */

tq_broker *tq_pg_queue_new(tq_pg *pg, const char *queue_name, tq_error *err)
{
    tq_pg_queue *q = calloc(1, sizeof(*q));
    if (!q) {
        tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        return NULL;
    }
    q->base.ops = &tq_pg_queue_ops;
    q->pg = pg;
    q->claim.all = q->claim_start.all = -1;   /* prepared by batch size on first use */
    if (tq_pg_table_name("queue", queue_name, q->table, sizeof(q->table), err) != 0) {
        free(q);
        return NULL;
    }
    snprintf(q->name, sizeof(q->name), "%s", queue_name);
    const char *lease = "now() + $2::bigint * interval '1 millisecond'";
    char extend_fmt[512];
    snprintf(extend_fmt, sizeof(extend_fmt),
             "UPDATE %%1$s SET lease_until = %s WHERE id = $1::integer AND NOT visible "
             "AND lease_until IS NOT NULL AND ($3::integer = 0 OR deliveries = $3::integer)", lease);
    if ((q->st_exists = tq_pg_stmt(pg,
            "SELECT to_regclass($1) IS NOT NULL AND to_regclass($2) IS NOT NULL AND to_regclass($3) IS NOT NULL "
            "AND to_regclass($4) IS NOT NULL AND to_regclass($5) IS NOT NULL "
            "AND EXISTS (SELECT 1 FROM pg_class WHERE oid = to_regclass($6) AND relkind = 'S') "
            "AND (SELECT count(*) FROM pg_attribute "
            "WHERE attrelid = to_regclass($1) AND attname IN ('lease_until', 'deliveries', 'task_id', 'run_at', "
            "'unique_key') AND NOT attisdropped) = 5", 6, err)) < 0
        || (q->st_push = tq_pg_qstmt(q,
            TQ_PG_INSERT_ROW " RETURNING id", NULL, 5, err)) < 0
        || (q->st_push_unique = tq_pg_qstmt(q,
            TQ_PG_INSERT_ROW " " TQ_PG_ON_KEY " RETURNING id", NULL, 5, err)) < 0
        || (q->st_find_unique = tq_pg_qstmt(q, "SELECT task_id FROM %1$s WHERE unique_key = $1", NULL, 1, err)) < 0
        || (q->st_push_many = tq_pg_qstmt(q,
            "WITH i AS (INSERT INTO %1$s (message, created_at, task_id) SELECT u.m, $2, u.t "
            "FROM unnest($1::text[], $3::text[]) WITH ORDINALITY AS u(m, t, n) ORDER BY u.n RETURNING id) "
            "SELECT i.id FROM i ORDER BY i.id", NULL, 3, err)) < 0
        || (q->st_ack = tq_pg_qstmt(q, "DELETE FROM %1$s WHERE id = $1::integer", NULL, 1, err)) < 0
        || (q->st_extend = tq_pg_qstmt(q, extend_fmt, NULL, 3, err)) < 0
        /* A row given back at once wakes idle workers, as a push does (PQcmdTuples still
         * counts the rows: one per row released). */
        || (q->st_release = tq_pg_qstmt(q,
            "WITH r AS (UPDATE %1$s SET visible = ($2::bigint <= 0), lease_until = CASE WHEN $2::bigint <= 0 "
            "THEN NULL ELSE now() + $2::bigint * interval '1 millisecond' END WHERE id = $1::integer AND NOT visible "
            "AND lease_until IS NOT NULL AND ($3::integer = 0 OR deliveries = $3::integer) RETURNING id) "
            "SELECT id, CASE WHEN $2::bigint <= 0 THEN pg_notify('%1$s', '') END FROM r", NULL, 3, err)) < 0
        || (q->st_bury = tq_pg_qstmt(q,
            "UPDATE %1$s SET visible = false, lease_until = NULL WHERE id = $1::integer "
            "AND ($2::integer = 0 OR deliveries = $2::integer)", NULL, 2, err)) < 0
        || (q->st_count = tq_pg_qstmt(q,
            "SELECT count(*) FROM %1$s WHERE visible OR lease_until < now()", NULL, 0, err)) < 0
        || (q->st_find = tq_pg_qstmt(q,
            "SELECT id, message, deliveries, task_id FROM %1$s WHERE task_id = $1 "
            "OR (task_id IS NULL AND message LIKE $2) ORDER BY id LIMIT 1", NULL, 2, err)) < 0
        || (q->st_extend_many = tq_pg_qstmt(q,
            "UPDATE %1$s t SET lease_until = now() + $3::bigint * interval '1 millisecond' "
            "FROM unnest($1::integer[], $2::integer[]) AS h(id, deliveries) WHERE t.id = h.id AND NOT t.visible "
            "AND t.lease_until IS NOT NULL AND (h.deliveries = 0 OR t.deliveries = h.deliveries)", NULL, 3, err)) < 0
        || (q->st_set_visible = tq_pg_qstmt(q,
            "WITH r AS (UPDATE %1$s SET visible = $2::boolean, lease_until = NULL, run_at = NULL WHERE id = $1::integer "
            "RETURNING id) "
            "SELECT id, CASE WHEN $2::boolean THEN pg_notify('%1$s', '') END FROM r", NULL, 2, err)) < 0) {
        free(q);
        return NULL;
    }
    return &q->base;
}

const char *tq_pg_queue_table(const tq_broker *b)
{
    return ((const tq_pg_queue *)b)->table;
}

tq_pg *tq_pg_queue_conn(const tq_broker *b)
{
    return ((const tq_pg_queue *)b)->pg;
}
