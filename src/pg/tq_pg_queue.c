/*
 * tq_pg_queue.c: the PostgreSQL queue broker (see tq_pg_queue.h): the table, the statements
 * of the tq_broker ops, construction. The claim's statements and its choice among them are in
 * tq_pg_queue_claim.c, the statements that join the Task Log in tq_pg_queue_log.c (shared
 * internals: tq_pg_queue_int.h).
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
char *tq_pg_qsql(const char *fmt, const char *a, const char *b)
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
    /* TAO's name (folded), cut and hashed when too long: two long queue names that PostgreSQL
     * cut alike shared one index name, and the second queue got no index */
    char taos[96], index[64];
    snprintf(taos, sizeof(taos), "idx_created_at_visible_%s", q->table + 3);
    tq_pg_queue_own_name(q, "idx_created_at_visible_", index, sizeof(index));
    if (tq_pg_existing_index(q->pg, q->table, taos, index, "USING btree (created_at, visible)", err) != 0) {
        return -1;
    }
    char uniq[64], due[64], waiting[64], hint[64];
    tq_pg_object_name(q->table, "_", "uniq", uniq, sizeof(uniq));
    tq_pg_object_name(q->table, "_", "due", due, sizeof(due));
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
        "CREATE INDEX IF NOT EXISTS %2$s ON %1$s (created_at, visible);"
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
    int n = snprintf(NULL, 0, fmt, q->table, index, uniq, due, waiting, hint);
    char *sql = n > 0 ? malloc((size_t)n + 1) : NULL;
    if (!sql) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    snprintf(sql, (size_t)n + 1, fmt, q->table, index, uniq, due, waiting, hint);
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
