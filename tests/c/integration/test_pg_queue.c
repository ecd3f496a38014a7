/* tq_pg_queue against a real PostgreSQL: TAO's table shape, claims with leases, rows
 * written by TAO's PHP code, and the merged statements (enqueue, claim_and_start, complete). */
#include "test_pg_common.h"
#include "pg/tq_pg_queue.h"
#include "pg/tq_pg_log.h"

#define Q "tq_pgtest"          /* table of queue "PgTest" */

typedef struct fixture {
    tq_pg *pg;
    tq_broker *q;
    tq_pg_log *log;
} fixture;

static int setup(void **state)
{
    tpg_exec("DROP TABLE IF EXISTS " Q "; DROP TABLE IF EXISTS tq_pgtest_log");
    fixture *f = calloc(1, sizeof(*f));
    tq_error err;
    f->pg = tpg_new();
    f->q = tq_pg_queue_new(f->pg, "PgTest", &err);
    f->log = tq_pg_log_new(f->pg, "pgtest_log", &err);
    if (!f->q || !f->log) {
        fail_msg("setup: %s", err.message);
    }
    if (f->q->ops->create_queue(f->q, &err) != 0 || tq_pg_log_create_container(f->log, &err) != 0) {
        fail_msg("create: %s", err.message);
    }
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    f->q->ops->destroy(f->q);
    tq_pg_log_free(f->log);
    tq_pg_free(f->pg);
    free(f);
    return 0;
}

static char *task_json(const char *id)
{
    char *s = malloc(512);
    snprintf(s, 512, "{\"taskFqcn\":\"oat\\\\tao\\\\model\\\\taskQueue\\\\Task\\\\CallbackTask\",\"metadata\":"
             "{\"__id__\":\"%s\",\"__created_at__\":\"2024-01-02T03:04:05+00:00\",\"__owner__\":\"\","
             "\"__master_status__\":0,\"__callable__\":\"Foo\"},\"parameters\":[]}", id);
    return s;
}

static void push(fixture *f, const char *body)
{
    tq_error err;
    if (f->q->ops->push(f->q, body, strlen(body), NULL, &err) != 0) {
        fail_msg("push: %s", err.message);
    }
}

static int claim(fixture *f, size_t max, int64_t lease_ms, tq_message *out)
{
    tq_error err;
    int n = f->q->ops->claim(f->q, max, lease_ms, out, &err);
    if (n < 0) {
        fail_msg("claim: %s", err.message);
    }
    return n;
}

static void clear_all(tq_message *m, int n)
{
    for (int i = 0; i < n; i++) {
        tpg_message_clear(&m[i]);
    }
}

static int64_t count(fixture *f)
{
    tq_error err;
    int64_t n = f->q->ops->count(f->q, &err);
    if (n < 0) {
        fail_msg("count: %s", err.message);
    }
    return n;
}

/* ---- names and schema ----------------------------------------------------------------- */

static void test_invalid_queue_names_rejected(void **state)
{
    fixture *f = *state;
    const char *bad[] = {"", "a-b", "q; DROP TABLE tq_task_log", "caf\xc3\xa9", "a b", "x\"y", "tq.x",
                         "a1234567890123456789012345678901234567890123456789012345678901"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        tq_error err;
        tq_error_clear(&err);
        assert_null(tq_pg_queue_new(f->pg, bad[i], &err));
        assert_int_equal(err.code, TQ_ERR_INVALID);
        assert_non_null(strstr(err.message, "queue name"));
    }
    tq_error err;
    assert_null(tq_pg_queue_new(f->pg, NULL, &err));
    assert_int_equal(err.code, TQ_ERR_INVALID);
}

static void test_create_queue_is_taos_table_and_idempotent(void **state)
{
    fixture *f = *state;
    tq_error err;
    assert_int_equal(f->q->ops->create_queue(f->q, &err), 0);
    assert_int_equal(f->q->ops->create_queue(f->q, &err), 0);
    assert_string_equal(tq_pg_queue_table(f->q), Q);
    assert_string_equal(f->q->ops->id, "rds");
    /* TAO's four columns, as DBAL creates them, then ours */
    char *cols = tpg_text("SELECT string_agg(column_name || ' ' || data_type || ' ' || is_nullable || ' ' || "
                          "coalesce(column_default, '-'), ', ' ORDER BY ordinal_position) "
                          "FROM information_schema.columns WHERE table_name = '" Q "'");
    assert_string_equal(cols,
        "id integer NO nextval('tq_pgtest_id_seq'::regclass), message text NO -, visible boolean NO true, "
        "created_at timestamp without time zone NO -, lease_until timestamp with time zone YES NULL::timestamp with time zone, "
        "deliveries integer NO 0, task_id character varying YES NULL::character varying");
    free(cols);
    assert_int_equal(tpg_int("SELECT count(*) FROM pg_indexes WHERE tablename = '" Q "' AND indexname = "
                             "'idx_created_at_visible_pgtest' AND indexdef LIKE '%(created_at, visible)'"), 1);
    assert_int_equal(tpg_int("SELECT count(*) FROM pg_indexes WHERE tablename = '" Q "' AND indexname = 'tq_pgtest_pkey'"), 1);
}

static void test_tao_table_first_then_create_queue_keeps_rows(void **state)
{
    fixture *f = *state;
    tq_error err;
    /* the table exactly as TAO (DBAL) creates it, with rows TAO's PHP code wrote */
    tpg_exec("DROP TABLE " Q ";"
             "CREATE TABLE " Q " (id SERIAL NOT NULL, message TEXT NOT NULL, visible BOOLEAN DEFAULT true NOT NULL, "
             "created_at TIMESTAMP(0) WITHOUT TIME ZONE NOT NULL, PRIMARY KEY (id));"
             "CREATE INDEX IDX_created_at_visible_PgTest ON " Q " (created_at, visible);"
             "INSERT INTO " Q " (message, created_at) VALUES ('{\"a\":1}', '2024-01-01 00:00:01'), "
             "('{\"a\":2}', '2024-01-01 00:00:02'), ('{\"a\":3}', '2024-01-01 00:00:03');"
             "UPDATE " Q " SET visible = false WHERE message = '{\"a\":3}'");
    assert_int_equal(f->q->ops->create_queue(f->q, &err), 0);
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q), 3);
    assert_int_equal(tpg_int("SELECT count(*) FROM information_schema.columns WHERE table_name = '" Q "'"), 7);
    assert_int_equal(tpg_int("SELECT count(*) FROM pg_indexes WHERE tablename = '" Q "'"), 2);
    assert_int_equal(count(f), 2);   /* the row a TAO worker holds is not ours to count */
    tq_message m[4];
    assert_int_equal(claim(f, 4, 60000, m), 2);
    assert_string_equal(m[0].body, "{\"a\":1}");
    assert_string_equal(m[1].body, "{\"a\":2}");
    clear_all(m, 2);
}

/* ---- push, claim, ack, count ---------------------------------------------------------- */

static void test_push_claim_ack_count(void **state)
{
    fixture *f = *state;
    tq_error err;
    char *a = task_json("http://x/t.rdf#i1"), *b = task_json("http://x/t.rdf#i2"), *c = task_json("http://x/t.rdf#i3");
    push(f, a);
    push(f, b);
    push(f, c);
    assert_int_equal(count(f), 3);
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q " WHERE task_id = 'http://x/t.rdf#i2'"), 1);
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q " WHERE created_at > now() AT TIME ZONE 'UTC' - interval '1 minute'"), 3);

    tq_message m[5];
    assert_int_equal(claim(f, 2, 60000, m), 2);
    assert_string_equal(m[0].body, a);
    assert_string_equal(m[1].body, b);
    assert_int_equal(m[0].len, strlen(a));
    assert_int_equal(m[0].deliveries, 1);
    assert_true(tq_pg_queue_row_id(&m[0]) < tq_pg_queue_row_id(&m[1]));
    assert_int_equal(count(f), 1);
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q " WHERE NOT visible AND lease_until > now()"), 2);

    assert_int_equal(f->q->ops->ack(f->q, &m[0], &err), 0);
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q), 2);
    tq_message more[5];
    assert_int_equal(claim(f, 5, 60000, more), 1);
    assert_string_equal(more[0].body, c);
    assert_int_equal(claim(f, 5, 60000, more + 1), 0);
    assert_int_equal(count(f), 0);
    assert_int_equal(f->q->ops->ack(f->q, &m[1], &err), 0);
    assert_int_equal(f->q->ops->ack(f->q, &more[0], &err), 0);
    assert_int_equal(f->q->ops->ack(f->q, &more[0], &err), 0);   /* twice: nothing left, no error */
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q), 0);

    tq_message bogus = {.receipt = "not-an-id"};
    assert_int_equal(f->q->ops->ack(f->q, &bogus, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    clear_all(m, 2);
    clear_all(more, 1);
    free(a);
    free(b);
    free(c);
}

static void test_fifo_by_id_not_created_at(void **state)
{
    fixture *f = *state;
    push(f, "first");
    push(f, "second");
    tpg_exec("UPDATE " Q " SET created_at = '2001-01-01 00:00:00' WHERE message = 'second'");
    tq_message m[2];
    assert_int_equal(claim(f, 2, 60000, m), 2);
    assert_string_equal(m[0].body, "first");
    assert_string_equal(m[1].body, "second");
    clear_all(m, 2);
}

static void test_lease_expiry_redelivers(void **state)
{
    fixture *f = *state;
    tq_error err;
    push(f, "{\"x\":1}");
    tq_message m1, m2, m3;
    assert_int_equal(claim(f, 1, 300, &m1), 1);
    assert_int_equal(m1.deliveries, 1);
    assert_int_equal(claim(f, 1, 300, &m2), 0);
    assert_int_equal(count(f), 0);
    usleep(400 * 1000);
    assert_int_equal(count(f), 1);          /* lease ran out: waiting again */
    assert_int_equal(claim(f, 1, 60000, &m2), 1);
    assert_string_equal(m2.receipt, m1.receipt);
    assert_int_equal(m2.deliveries, 2);
    /* the first holder lost the row: it can neither renew nor give it back */
    assert_int_equal(f->q->ops->extend(f->q, &m1, 60000, &err), -1);
    assert_int_equal(err.code, TQ_ERR_STATE);
    assert_int_equal(f->q->ops->release(f->q, &m1, &err), -1);
    assert_int_equal(err.code, TQ_ERR_STATE);
    assert_int_equal(f->q->ops->extend(f->q, &m2, 120000, &err), 0);
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q " WHERE lease_until > now() + interval '100 seconds'"), 1);
    assert_int_equal(f->q->ops->release(f->q, &m2, &err), 0);
    assert_int_equal(count(f), 1);
    assert_int_equal(claim(f, 1, 60000, &m3), 1);
    assert_int_equal(m3.deliveries, 3);
    /* release with a delay: back after it */
    assert_int_equal(tq_pg_queue_release_after(f->q, &m3, 300, &err), 0);
    assert_int_equal(count(f), 0);
    usleep(400 * 1000);
    assert_int_equal(count(f), 1);
    tpg_message_clear(&m1);
    tpg_message_clear(&m2);
    tpg_message_clear(&m3);
}

static void test_rows_in_taos_format_are_claimed_and_acked(void **state)
{
    fixture *f = *state;
    tq_error err;
    /* exactly what TAO's RdsQueueBroker::push writes: message and created_at only */
    tpg_exec("INSERT INTO " Q " (message, created_at) VALUES "
             "('{\"taskFqcn\":\"A\",\"metadata\":{\"__id__\":\"http:\\/\\/tao\\/x.rdf#i10\"},\"parameters\":[]}', '2024-05-01 10:00:00'),"
             "('{\"taskFqcn\":\"A\",\"metadata\":{\"__id__\":\"http:\\/\\/tao\\/x.rdf#i11\"},\"parameters\":[]}', '2024-05-01 10:00:00');"
             /* and one a TAO worker has popped: invisible, no lease; it stays with that worker */
             "INSERT INTO " Q " (message, created_at, visible) VALUES ('held by TAO', '2024-05-01 09:00:00', false)");
    assert_int_equal(count(f), 2);
    tq_message m[3];
    assert_int_equal(claim(f, 3, 60000, m), 2);
    assert_non_null(strstr(m[0].body, "#i10"));
    assert_non_null(strstr(m[1].body, "#i11"));
    assert_int_equal(f->q->ops->ack(f->q, &m[0], &err), 0);
    assert_int_equal(f->q->ops->ack(f->q, &m[1], &err), 0);
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q), 1);
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q " WHERE message = 'held by TAO' AND NOT visible"), 1);
    /* TAO's own pop and ack still work on rows we wrote */
    push(f, "ours");
    assert_int_equal(tpg_int("WITH p AS (UPDATE " Q " SET visible = false WHERE id = (SELECT id FROM " Q
                             " WHERE visible = true ORDER BY created_at ASC LIMIT 1) RETURNING id) "
                             "SELECT count(*) FROM p"), 1);
    assert_int_equal(tpg_int("WITH d AS (DELETE FROM " Q " WHERE message = 'ours' AND visible = false RETURNING 1) "
                             "SELECT count(*) FROM d"), 1);
    clear_all(m, 2);
}

static void test_push_many_keeps_order_and_text(void **state)
{
    fixture *f = *state;
    tq_error err;
    enum { N = 1000 };
    char *bodies[N];
    for (int i = 0; i < N; i++) {
        char id[64];
        snprintf(id, sizeof(id), "http://x/y.rdf#i%d", i);
        bodies[i] = task_json(id);
    }
    free(bodies[7]);
    bodies[7] = strdup("weird \"quoted\" \\ back {a,b} caf\xc3\xa9 '); DROP TABLE " Q "; --");
    int64_t ids[N];
    const char *given[N] = {0};
    given[3] = "explicit-id";
    assert_int_equal(tq_pg_queue_push_many(f->q, (const char *const *)bodies, given, N, ids, &err), 0);
    for (int i = 1; i < N; i++) {
        assert_true(ids[i] > ids[i - 1]);
    }
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q), N);
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q " WHERE task_id = 'http://x/y.rdf#i999'"), 1);
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q " WHERE task_id = 'explicit-id'"), 1);
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q " WHERE task_id IS NULL"), 1);   /* not JSON */
    tq_message m[10];
    assert_int_equal(claim(f, 10, 60000, m), 10);
    for (int i = 0; i < 10; i++) {
        assert_string_equal(m[i].body, bodies[i]);
        assert_int_equal(tq_pg_queue_row_id(&m[i]), ids[i]);
    }
    clear_all(m, 10);
    for (int i = 0; i < N; i++) {
        free(bodies[i]);
    }
    assert_int_equal(tq_pg_queue_push_many(f->q, NULL, NULL, 0, NULL, &err), 0);
}

static void test_injection_attempts_are_inert(void **state)
{
    fixture *f = *state;
    tq_error err;
    const char *evil = "x'); DROP TABLE " Q "; DELETE FROM tq_pgtest_log; --";
    int64_t id;
    assert_int_equal(tq_pg_queue_push(f->q, evil, strlen(evil), "id' OR '1'='1", &id, &err), 0);
    tq_message m;
    assert_int_equal(claim(f, 1, 60000, &m), 1);
    assert_string_equal(m.body, evil);
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q " WHERE task_id = 'id'' OR ''1''=''1'"), 1);
    tq_pg_claimed c;
    assert_int_equal(tq_pg_queue_find_task(f->q, "%' OR 1=1 --", &c, &err), 0);
    assert_int_equal(tq_pg_queue_find_task(f->q, "id' OR '1'='1", &c, &err), 1);
    tq_pg_claimed_clear(&c);
    tq_message bad = {.receipt = "1; DROP TABLE x"};
    assert_int_equal(f->q->ops->ack(f->q, &bad, &err), -1);
    assert_int_equal(f->q->ops->ack(f->q, &m, &err), 0);
    tpg_message_clear(&m);
    /* a NUL byte cannot travel as text: refused, not truncated */
    assert_int_equal(f->q->ops->push(f->q, "ab\0cd", 5, NULL, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
}

/* ---- merged statements with the task log ---------------------------------------------- */

static void log_row(tq_log_row *r, const char *id, const char *status)
{
    memset(r, 0, sizeof(*r));
    r->id = (char *)id;
    r->task_name = "oat\\tao\\model\\task\\ExportByHandler";
    r->parameters = "[]";
    r->label = "Export";
    r->status = (char *)status;
    r->owner = "http://x/user#1";
    r->created_at = 1700000000;
    r->updated_at = TQ_LOG_NO_TIME;
}

static void enqueue(fixture *f, const char *id, int64_t *row_id)
{
    tq_error err;
    char *body = task_json(id);
    tq_log_row r;
    log_row(&r, id, "enqueued");
    if (tq_pg_queue_enqueue(f->q, f->log, body, strlen(body), &r, row_id, &err) != 0) {
        fail_msg("enqueue: %s", err.message);
    }
    free(body);
}

static char *log_status(fixture *f, const char *id)
{
    char *st = NULL;
    tq_error err;
    assert_true(tq_pg_log_get_status(f->log, id, &st, &err) >= 0);
    return st;
}

static void assert_log_status(fixture *f, const char *id, const char *expected)
{
    char *st = log_status(f, id);
    if (!expected) {
        assert_null(st);
    } else {
        assert_non_null(st);
        assert_string_equal(st, expected);
    }
    free(st);
}

static void test_enqueue_claim_start_complete(void **state)
{
    fixture *f = *state;
    tq_error err;
    int64_t row;
    enqueue(f, "http://x/t.rdf#i100", &row);
    assert_true(row > 0);
    assert_log_status(f, "http://x/t.rdf#i100", "enqueued");
    assert_int_equal(tpg_int("SELECT count(*) FROM tq_pgtest_log WHERE created_at = '2023-11-14 22:13:20' "
                             "AND updated_at IS NOT NULL AND label = 'Export' AND NOT master_status"), 1);

    /* a duplicate task id: the log insert fails, and no message is left behind */
    char *body = task_json("http://x/t.rdf#i100");
    tq_log_row r;
    log_row(&r, "http://x/t.rdf#i100", "enqueued");
    assert_int_equal(tq_pg_queue_enqueue(f->q, f->log, body, strlen(body), &r, NULL, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    assert_non_null(strstr(err.message, "exists already"));
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q), 1);
    free(body);

    tq_pg_claimed c[2];
    assert_int_equal(tq_pg_queue_claim_and_start(f->q, f->log, 2, 60000, 0, c, &err), 1);
    assert_true(c[0].started);
    assert_string_equal(c[0].status, "running");
    assert_string_equal(c[0].task_id, "http://x/t.rdf#i100");
    assert_int_equal(c[0].row_id, row);
    assert_int_equal(c[0].msg.deliveries, 1);
    assert_log_status(f, "http://x/t.rdf#i100", "running");

    tq_pg_completion res;
    assert_int_equal(tq_pg_queue_complete(f->q, f->log, c[0].row_id, c[0].task_id,
                                          "{\"type\":\"info\",\"message\":\"done\",\"data\":null,\"children\":[]}",
                                          "completed", NULL, &res, &err), 0);
    assert_true(res.deleted);
    assert_true(res.updated);
    assert_string_equal(res.status, "running");
    tq_pg_completion_clear(&res);
    assert_log_status(f, "http://x/t.rdf#i100", "completed");
    char *rep = NULL;
    assert_int_equal(tq_pg_log_get_report(f->log, "http://x/t.rdf#i100", &rep, &err), 1);
    assert_non_null(strstr(rep, "\"done\""));
    free(rep);
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q), 0);

    /* completing again: nothing to delete, the guard does not hold */
    assert_int_equal(tq_pg_queue_complete(f->q, f->log, c[0].row_id, c[0].task_id, "{}", "failed", NULL, &res, &err), 0);
    assert_false(res.deleted);
    assert_false(res.updated);
    assert_string_equal(res.status, "completed");
    tq_pg_completion_clear(&res);
    assert_log_status(f, "http://x/t.rdf#i100", "completed");
    tq_pg_claimed_clear(&c[0]);

    assert_int_equal(tq_pg_queue_complete(f->q, f->log, 1, "x", "{}", "bogus", NULL, &res, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
}

/* Async acknowledgements: claims and completions commit without waiting for the WAL flush,
 * for their own transaction only. The work is done as usual, and the session's setting (which
 * enqueues on the same connection use) stays synchronous. */
static void test_async_ack_is_local_to_claims_and_completions(void **state)
{
    fixture *f = *state;
    tq_error err;
    int64_t row;
    tq_pg_queue_set_async_ack(f->q, 1);
    enqueue(f, "http://x/t.rdf#i300", &row);
    tq_pg_claimed c[1];
    assert_int_equal(tq_pg_queue_claim_and_start(f->q, f->log, 1, 60000, 0, c, &err), 1);
    assert_true(c[0].started);
    tq_pg_completion res;
    assert_int_equal(tq_pg_queue_complete(f->q, f->log, c[0].row_id, c[0].task_id, "{}", "completed", NULL,
                                          &res, &err), 0);
    assert_true(res.deleted && res.updated);
    assert_log_status(f, "http://x/t.rdf#i300", "completed");
    PGresult *r = tq_pg_exec_dynamic(f->pg, "SELECT current_setting('synchronous_commit')", 0, NULL,
                                     "reading the session setting", &err);
    assert_non_null(r);
    assert_string_equal(PQgetvalue(r, 0, 0), "on");
    PQclear(r);
    tq_pg_completion_clear(&res);
    tq_pg_claimed_clear(&c[0]);
}

/* A claimed batch finished in one statement: every queue row deleted, every log row that is
 * still running gets its own report and status; one that is not running is left alone. */
static void test_complete_many_finishes_a_batch_in_one_statement(void **state)
{
    fixture *f = *state;
    tq_error err;
    int64_t row;
    enqueue(f, "http://x/t.rdf#i401", &row);
    enqueue(f, "http://x/t.rdf#i402", &row);
    enqueue(f, "http://x/t.rdf#i403", &row);
    tq_pg_claimed c[3];
    assert_int_equal(tq_pg_queue_claim_and_start(f->q, f->log, 3, 60000, 0, c, &err), 3);
    assert_int_equal(tq_pg_log_update_status(f->log, "http://x/t.rdf#i403", "cancelled", NULL, &err), 1);
    int64_t rows[3] = {c[0].row_id, c[1].row_id, c[2].row_id};
    const char *ids[3] = {c[0].task_id, c[1].task_id, c[2].task_id};
    const char *reports[3] = {"{\"n\":1}", "{\"n\":\"two \\\" quoted\"}", "{\"n\":3}"};
    const char *statuses[3] = {"completed", "failed", "completed"};
    const tq_pg_stats *st = tq_pg_get_stats(f->pg);
    uint64_t before = st->statements;
    int64_t deleted, updated;
    assert_int_equal(tq_pg_queue_complete_many(f->q, f->log, 3, rows, ids, reports, statuses, &deleted, &updated,
                                               &err), 0);
    assert_int_equal(tq_pg_get_stats(f->pg)->statements - before, 1);
    assert_int_equal(deleted, 3);
    assert_int_equal(updated, 2);
    assert_log_status(f, "http://x/t.rdf#i401", "completed");
    assert_log_status(f, "http://x/t.rdf#i402", "failed");
    assert_log_status(f, "http://x/t.rdf#i403", "cancelled");
    assert_int_equal(tpg_int("SELECT count(*) FROM tq_pgtest_log WHERE id = 'http://x/t.rdf#i402' "
                             "AND report = '{\"n\":\"two \\\" quoted\"}'"), 1);
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q), 0);
    for (int i = 0; i < 3; i++) {
        tq_pg_claimed_clear(&c[i]);
    }
}

static void test_claim_and_start_reports_why_not_started(void **state)
{
    fixture *f = *state;
    tq_error err;
    int64_t r1, r2, r3, r4;
    enqueue(f, "t-cancelled", &r1);
    enqueue(f, "t-dequeued", &r2);
    enqueue(f, "t-done", &r3);
    enqueue(f, "t-nolog", &r4);
    assert_int_equal(tq_pg_log_update_status(f->log, "t-cancelled", "cancelled", "enqueued", &err), 1);
    assert_int_equal(tq_pg_log_update_status(f->log, "t-dequeued", "dequeued", NULL, &err), 1);
    assert_int_equal(tq_pg_log_add_report(f->log, "t-done", "{}", "completed", NULL, &err), 1);
    assert_int_equal(tq_pg_log_delete(f->log, "t-nolog", &err), 1);
    /* a message TAO's PHP code wrote (no task_id column value, "/" escaped) and its log row */
    tpg_exec("INSERT INTO " Q " (message, created_at) VALUES ('{\"taskFqcn\":\"A\",\"metadata\":{\"__id__\":"
             "\"http:\\/\\/tao\\/x.rdf#i77\",\"__owner__\":\"\"},\"parameters\":[]}', '2024-05-01 10:00:00');"
             "INSERT INTO tq_pgtest_log (id, task_name, status, created_at) VALUES "
             "('http://tao/x.rdf#i77', 'A', 'enqueued', '2024-05-01 10:00:00');"
             "INSERT INTO " Q " (message, created_at) VALUES ('{not json', '2024-05-01 10:00:00')");

    tq_pg_claimed c[10];
    int n = tq_pg_queue_claim_and_start(f->q, f->log, 10, 60000, 0, c, &err);
    assert_int_equal(n, 6);
    assert_false(c[0].started);
    assert_string_equal(c[0].status, "cancelled");
    assert_true(c[1].started);                       /* dequeued may start */
    assert_string_equal(c[1].status, "running");
    assert_false(c[2].started);
    assert_string_equal(c[2].status, "completed");   /* a re-delivery of a finished task */
    assert_false(c[3].started);
    assert_null(c[3].status);                        /* no log row */
    assert_string_equal(c[3].task_id, "t-nolog");
    assert_true(c[4].started);                       /* TAO's row: id found in the JSON */
    assert_string_equal(c[4].task_id, "http://tao/x.rdf#i77");
    assert_log_status(f, "http://tao/x.rdf#i77", "running");
    assert_false(c[5].started);                      /* poison */
    assert_null(c[5].task_id);
    assert_null(c[5].status);
    assert_string_equal(c[5].msg.body, "{not json");

    /* the cancelled task: its report is written and the message goes, in one statement */
    tq_pg_completion res;
    assert_int_equal(tq_pg_queue_complete(f->q, f->log, c[0].row_id, "t-cancelled", "{\"cancelled\":true}",
                                          "cancelled", "cancelled", &res, &err), 0);
    assert_true(res.deleted && res.updated);
    tq_pg_completion_clear(&res);
    /* the poison message is kept aside, not deleted, not claimable */
    assert_int_equal(tq_pg_queue_bury(f->q, &c[5].msg, &err), 0);
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q " WHERE message = '{not json' AND NOT visible AND lease_until IS NULL"), 1);
    for (int i = 0; i < n; i++) {
        tq_pg_claimed_clear(&c[i]);
    }
    tpg_exec("UPDATE " Q " SET lease_until = now() - interval '1 second' WHERE lease_until IS NOT NULL");
    n = tq_pg_queue_claim_and_start(f->q, f->log, 10, 60000, 0, c, &err);
    assert_int_equal(n, 4);                          /* r2, r3, r4, TAO's: not the buried one */
    assert_int_equal(c[0].msg.deliveries, 2);
    for (int i = 0; i < n; i++) {
        assert_false(c[i].started);                  /* running ones are not taken over by default */
        tq_pg_claimed_clear(&c[i]);
    }
}

static void test_takeover_after_dead_worker(void **state)
{
    fixture *f = *state;
    tq_error err;
    enqueue(f, "t-long", NULL);
    tq_pg_claimed c;
    assert_int_equal(tq_pg_queue_claim_and_start(f->q, f->log, 1, 200, TQ_PG_TAKEOVER, &c, &err), 1);
    assert_true(c.started);
    tq_pg_claimed_clear(&c);
    /* the worker dies: no extend; the lease runs out */
    usleep(300 * 1000);
    assert_int_equal(tq_pg_queue_claim_and_start(f->q, f->log, 1, 60000, TQ_PG_TAKEOVER, &c, &err), 1);
    assert_true(c.started);
    assert_int_equal(c.msg.deliveries, 2);
    assert_string_equal(c.status, "running");
    tq_pg_completion res;
    assert_int_equal(tq_pg_queue_complete(f->q, f->log, c.row_id, c.task_id, "{}", "failed", NULL, &res, &err), 0);
    assert_true(res.updated && res.deleted);
    tq_pg_completion_clear(&res);
    tq_pg_claimed_clear(&c);
    assert_log_status(f, "t-long", "failed");
}

static void test_heartbeat_and_give_back(void **state)
{
    fixture *f = *state;
    tq_error err;
    enqueue(f, "hb1", NULL);
    enqueue(f, "hb2", NULL);
    enqueue(f, "hb3", NULL);
    tq_pg_claimed c[3];
    assert_int_equal(tq_pg_queue_claim_and_start(f->q, f->log, 3, 300, 0, c, &err), 3);
    /* renew all three held leases in one statement */
    const tq_message *held[3] = {&c[0].msg, &c[1].msg, &c[2].msg};
    assert_int_equal(tq_pg_queue_extend_many(f->q, held, 3, 60000, &err), 3);
    usleep(400 * 1000);
    assert_int_equal(count(f), 0);                  /* still ours: the heartbeat moved the leases */
    /* a stale holder (older delivery count) renews nothing */
    tq_message stale = {.receipt = c[0].msg.receipt, .deliveries = 7};
    const tq_message *one[1] = {&stale};
    assert_int_equal(tq_pg_queue_extend_many(f->q, one, 1, 60000, &err), 0);

    /* stopping with tasks still buffered: give them back as they were */
    assert_int_equal(tq_pg_queue_unclaim(f->q, f->log, &c[1], &err), 1);
    assert_int_equal(tq_pg_queue_unclaim(f->q, f->log, &c[2], &err), 1);
    assert_int_equal(tq_pg_queue_unclaim(f->q, f->log, &c[2], &err), 0);   /* not held any more */
    assert_log_status(f, "hb2", "enqueued");
    assert_log_status(f, "hb3", "enqueued");
    assert_log_status(f, "hb1", "running");
    assert_int_equal(count(f), 2);
    for (int i = 0; i < 3; i++) {
        tq_pg_claimed_clear(&c[i]);
    }
    assert_int_equal(tq_pg_queue_claim_and_start(f->q, f->log, 3, 60000, 0, c, &err), 2);
    assert_true(c[0].started && c[1].started);
    assert_string_equal(c[0].task_id, "hb2");
    assert_int_equal(c[0].msg.deliveries, 2);
    tq_pg_claimed_clear(&c[0]);
    tq_pg_claimed_clear(&c[1]);
}

static void test_find_task_and_set_visible(void **state)
{
    fixture *f = *state;
    tq_error err;
    int64_t row;
    enqueue(f, "http://x/t.rdf#i500", &row);
    tpg_exec("INSERT INTO " Q " (message, created_at) VALUES ('{\"metadata\":{\"__id__\":\"http:\\/\\/tao\\/x.rdf#i600\"}}', "
             "'2024-05-01 10:00:00')");
    tq_pg_claimed c;
    assert_int_equal(tq_pg_queue_find_task(f->q, "http://x/t.rdf#i500", &c, &err), 1);
    assert_int_equal(c.row_id, row);
    tq_pg_claimed_clear(&c);
    assert_int_equal(tq_pg_queue_find_task(f->q, "http://tao/x.rdf#i600", &c, &err), 1);  /* TAO's row, by fragment */
    assert_non_null(strstr(c.msg.body, "i600"));
    int64_t tao_row = c.row_id;
    tq_pg_claimed_clear(&c);
    assert_int_equal(tq_pg_queue_find_task(f->q, "http://x/t.rdf#i999", &c, &err), 0);

    assert_int_equal(tq_pg_queue_set_visible(f->q, tao_row, 0, &err), 1);
    assert_int_equal(count(f), 1);
    assert_int_equal(tq_pg_queue_set_visible(f->q, tao_row, 1, &err), 1);
    assert_int_equal(count(f), 2);
    assert_int_equal(tq_pg_queue_set_visible(f->q, 987654, 1, &err), 0);
}

static void test_log_on_other_connection_refused(void **state)
{
    fixture *f = *state;
    tq_error err;
    tq_pg *other = tpg_new();
    tq_pg_log *log = tq_pg_log_new(other, "pgtest_log", &err);
    tq_pg_claimed c;
    assert_int_equal(tq_pg_queue_claim_and_start(f->q, log, 1, 1000, 0, &c, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    tq_pg_log_free(log);
    tq_pg_free(other);
}

static void test_missing_table_is_not_found(void **state)
{
    fixture *f = *state;
    tq_error err;
    tq_broker *b = tq_pg_queue_new(f->pg, "never_created", &err);
    tpg_exec("DROP TABLE IF EXISTS tq_never_created");
    assert_int_equal(b->ops->count(b, &err), -1);
    assert_int_equal(err.code, TQ_ERR_NOT_FOUND);
    assert_non_null(strstr(err.message, "tq_never_created"));
    b->ops->destroy(b);
}

/* Statements, round trips and commits per task, as the glue will issue them. */
static void test_measure_cost_per_task(void **state)
{
    fixture *f = *state;
    tq_error err;
    const tq_pg_stats *st = tq_pg_get_stats(f->pg);
    char id[64];
    /* warm up: prepare everything once (a claim is prepared per batch size: 1 and 10 here) */
    tq_pg_claimed c[10];
    for (int size = 1; size <= 10; size += 9) {
        for (int i = 0; i < size; i++) {
            snprintf(id, sizeof(id), "warm-%d-%d", size, i);
            enqueue(f, id, NULL);
        }
        assert_int_equal(tq_pg_queue_claim_and_start(f->q, f->log, (size_t)size, 60000, 0, c, &err), size);
        for (int i = 0; i < size; i++) {
            assert_int_equal(tq_pg_queue_complete(f->q, f->log, c[i].row_id, c[i].task_id, "{}", "completed", NULL,
                                                  NULL, &err), 0);
            tq_pg_claimed_clear(&c[i]);
        }
    }

    uint64_t s0 = st->statements, r0 = st->round_trips;
    for (int i = 0; i < 20; i++) {
        snprintf(id, sizeof(id), "cost-%d", i);
        enqueue(f, id, NULL);
    }
    double push_st = (double)(st->statements - s0) / 20, push_rt = (double)(st->round_trips - r0) / 20;

    s0 = st->statements;
    r0 = st->round_trips;
    for (int i = 0; i < 10; i++) {
        assert_int_equal(tq_pg_queue_claim_and_start(f->q, f->log, 1, 60000, 0, c, &err), 1);
        assert_true(c[0].started);
        tq_pg_claimed_clear(&c[0]);
    }
    double cs1_st = (double)(st->statements - s0) / 10, cs1_rt = (double)(st->round_trips - r0) / 10;

    s0 = st->statements;
    r0 = st->round_trips;
    assert_int_equal(tq_pg_queue_claim_and_start(f->q, f->log, 10, 60000, 0, c, &err), 10);
    double cs10_st = (double)(st->statements - s0) / 10, cs10_rt = (double)(st->round_trips - r0) / 10;

    s0 = st->statements;
    r0 = st->round_trips;
    for (int i = 0; i < 10; i++) {
        tq_pg_completion res;
        assert_int_equal(tq_pg_queue_complete(f->q, f->log, c[i].row_id, c[i].task_id, "{}", "completed", NULL, &res, &err), 0);
        assert_true(res.updated && res.deleted);
        tq_pg_completion_clear(&res);
        tq_pg_claimed_clear(&c[i]);
    }
    double cp_st = (double)(st->statements - s0) / 10, cp_rt = (double)(st->round_trips - r0) / 10;
    print_message("cost per task (statements / round trips / commits; autocommit, so commits = statements):\n"
                  "  enqueue (queue row + log row)   %.1f / %.1f\n"
                  "  claim_and_start, receive 1     %.1f / %.1f\n"
                  "  claim_and_start, receive 10    %.1f / %.1f\n"
                  "  complete (report+status+ack)   %.1f / %.1f\n"
                  "  worker total, receive 1: %.1f, receive 10: %.1f (TAO: 10 statements / 5 commits, 6.4 / 4.1)\n",
                  push_st, push_rt, cs1_st, cs1_rt, cs10_st, cs10_rt, cp_st, cp_rt, cs1_st + cp_st, cs10_st + cp_st);
    assert_true(push_st == 1.0 && push_rt == 1.0);
    assert_true(cs1_st == 1.0 && cs1_rt == 1.0);
    assert_true(cs10_st == 0.1 && cs10_rt == 0.1);
    assert_true(cp_st == 1.0 && cp_rt == 1.0);
    assert_int_equal(tpg_int("SELECT count(*) FROM tq_pgtest_log WHERE id LIKE 'cost-%' AND status = 'completed'"), 10);
}

/* Claims start after the last id this worker claimed (past the dead index entries of what
 * it finished). A row with a lower id that becomes claimable again is not lost: a claim that
 * finds nothing after the hint scans from the first row, and one does every second anyway. */
static void test_claims_past_the_hint_still_reach_released_rows(void **state)
{
    fixture *f = *state;
    tq_error err;
    const char *bodies[] = {"r1", "r2", "r3", "r4", "r5"};
    for (int i = 0; i < 5; i++) {
        push(f, bodies[i]);
    }
    tq_message m[5];
    assert_int_equal(claim(f, 1, 60000, &m[0]), 1);
    assert_string_equal(m[0].body, "r1");
    assert_int_equal(f->q->ops->release(f->q, &m[0], &err), 0);   /* r1 is claimable again */
    assert_int_equal(claim(f, 1, 60000, &m[1]), 1);
    assert_string_equal(m[1].body, "r2");                            /* after the hint */
    usleep(1100 * 1000);
    assert_int_equal(claim(f, 1, 60000, &m[2]), 1);
    assert_string_equal(m[2].body, "r1");                            /* the full scan due each second */
    assert_int_equal(m[2].deliveries, 2);
    assert_int_equal(f->q->ops->release(f->q, &m[1], &err), 0);   /* r2 back, below the hint (r1) */
    assert_int_equal(claim(f, 2, 60000, &m[3]), 2);
    assert_string_equal(m[3].body, "r2");                            /* first row of the full scan */
    assert_string_equal(m[4].body, "r3");
    clear_all(m, 5);
    tq_message rest[3];
    assert_int_equal(claim(f, 3, 60000, rest), 2);                  /* r4, r5 after the hint */
    assert_string_equal(rest[0].body, "r4");
    assert_string_equal(rest[1].body, "r5");
    assert_int_equal(claim(f, 3, 60000, rest + 2), 0);             /* nothing after, nothing before */
    clear_all(rest, 2);
}

/* A claim names its batch size as a literal: PostgreSQL then keeps one generic plan for it
 * instead of planning the statement again on every claim (what a LIMIT parameter caused once
 * the table held a few thousand rows). */
static void test_claim_statement_settles_on_a_generic_plan(void **state)
{
    fixture *f = *state;
    tq_error err;
    tpg_exec("INSERT INTO " Q " (message, created_at) SELECT 'bulk', now() FROM generate_series(1, 5000)");
    tpg_exec("ANALYZE " Q);
    tq_message m[10];
    for (int i = 0; i < 8; i++) {
        assert_int_equal(claim(f, 10, 60000, m), 10);
        clear_all(m, 10);
    }
    PGresult *r = tq_pg_exec_dynamic(f->pg, "SELECT generic_plans, custom_plans FROM pg_prepared_statements "
                                     "WHERE statement LIKE '%LIMIT 10 FOR UPDATE SKIP LOCKED%' "
                                     "AND statement NOT LIKE '%pg_prepared_statements%'", 0, NULL,
                                     "reading the plan counts", &err);
    assert_non_null(r);
    assert_int_equal(PQntuples(r), 1);
    assert_true(atoi(PQgetvalue(r, 0, 0)) >= 3);    /* the 6th call on: generic */
    assert_true(atoi(PQgetvalue(r, 0, 1)) <= 5);
    PQclear(r);
}

int main(void)
{
    if (tpg_require_server("test_pg_queue") != 0) {
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_invalid_queue_names_rejected, setup, teardown),
        cmocka_unit_test_setup_teardown(test_create_queue_is_taos_table_and_idempotent, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tao_table_first_then_create_queue_keeps_rows, setup, teardown),
        cmocka_unit_test_setup_teardown(test_push_claim_ack_count, setup, teardown),
        cmocka_unit_test_setup_teardown(test_fifo_by_id_not_created_at, setup, teardown),
        cmocka_unit_test_setup_teardown(test_lease_expiry_redelivers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rows_in_taos_format_are_claimed_and_acked, setup, teardown),
        cmocka_unit_test_setup_teardown(test_push_many_keeps_order_and_text, setup, teardown),
        cmocka_unit_test_setup_teardown(test_injection_attempts_are_inert, setup, teardown),
        cmocka_unit_test_setup_teardown(test_enqueue_claim_start_complete, setup, teardown),
        cmocka_unit_test_setup_teardown(test_claim_and_start_reports_why_not_started, setup, teardown),
        cmocka_unit_test_setup_teardown(test_takeover_after_dead_worker, setup, teardown),
        cmocka_unit_test_setup_teardown(test_heartbeat_and_give_back, setup, teardown),
        cmocka_unit_test_setup_teardown(test_find_task_and_set_visible, setup, teardown),
        cmocka_unit_test_setup_teardown(test_log_on_other_connection_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(test_missing_table_is_not_found, setup, teardown),
        cmocka_unit_test_setup_teardown(test_measure_cost_per_task, setup, teardown),
        cmocka_unit_test_setup_teardown(test_async_ack_is_local_to_claims_and_completions, setup, teardown),
        cmocka_unit_test_setup_teardown(test_complete_many_finishes_a_batch_in_one_statement, setup, teardown),
        cmocka_unit_test_setup_teardown(test_claims_past_the_hint_still_reach_released_rows, setup, teardown),
        cmocka_unit_test_setup_teardown(test_claim_statement_settles_on_a_generic_plan, setup, teardown),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    tpg_exec("DROP TABLE IF EXISTS " Q "; DROP TABLE IF EXISTS tq_pgtest_log; DROP TABLE IF EXISTS tq_never_created");
    tpg_close();
    return rc;
}
