/* tq_pg_queue against a real PostgreSQL: TAO's table shape, plain claims with leases, rows
 * written by TAO's PHP code, names and injection attempts. The statements merged with the
 * Task Log (enqueue, claim_and_start, complete) are tested in test_pg_queue_log.c. */
#include "test_pg_queue_fixture.h"
#include "worker/tq_signal.h"

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
        "deliveries integer NO 0, task_id character varying YES NULL::character varying, "
        "run_at timestamp with time zone YES NULL::timestamp with time zone, "
        "unique_key character varying YES NULL::character varying");
    free(cols);
    /* the uniqueness constraint and the due-time index, both partial */
    assert_int_equal(tpg_int("SELECT count(*) FROM pg_indexes WHERE tablename = '" Q "' AND indexname = "
                             "'" Q "_uniq' AND indexdef LIKE 'CREATE UNIQUE INDEX%(unique_key) WHERE (unique_key IS NOT NULL)'"), 1);
    assert_int_equal(tpg_int("SELECT count(*) FROM pg_indexes WHERE tablename = '" Q "' AND indexname = "
                             "'" Q "_due' AND indexdef LIKE '%(run_at) WHERE (run_at IS NOT NULL)'"), 1);
    assert_int_equal(tpg_int("SELECT count(*) FROM pg_indexes WHERE tablename = '" Q "' AND indexname = "
                             "'idx_created_at_visible_pgtest' AND indexdef LIKE '%(created_at, visible)'"), 1);
    assert_int_equal(tpg_int("SELECT count(*) FROM pg_indexes WHERE tablename = '" Q "' AND indexname = 'tq_pgtest_pkey'"), 1);
}

/* Two long queue names that PostgreSQL cut alike gave TAO's (created_at, visible) index one
 * name: the second queue got none. Each has its own now; an index an earlier version made
 * under the cut name is used as it is, not built twice. */
static void test_long_queue_names_keep_their_own_index(void **state)
{
    fixture *f = *state;
    tq_error err;
    const char *names[] = {"PgTestLong_abcdefghijklmnopqrstuvwxyz_abcdefgh_one",
                           "PgTestLong_abcdefghijklmnopqrstuvwxyz_abcdefgh_two"};
    tq_broker *q[2];
    char sql[512];
    for (int i = 0; i < 2; i++) {
        assert_non_null(q[i] = tq_pg_queue_new(f->pg, names[i], &err));
        snprintf(sql, sizeof(sql), "DROP TABLE IF EXISTS %s", tq_pg_queue_table(q[i]));
        tpg_exec(sql);
        assert_int_equal(q[i]->ops->create_queue(q[i], &err), 0);
    }
    for (int i = 0; i < 2; i++) {
        snprintf(sql, sizeof(sql), "SELECT count(*) FROM pg_indexes WHERE tablename = '%s' "
                 "AND indexdef LIKE '%%(created_at, visible)'", tq_pg_queue_table(q[i]));
        assert_int_equal(tpg_int(sql), 1);
    }
    /* the first as an earlier version left it: the index under TAO's name as PostgreSQL cut it */
    snprintf(sql, sizeof(sql), "SELECT indexname FROM pg_indexes WHERE tablename = '%s' "
             "AND indexdef LIKE '%%(created_at, visible)'", tq_pg_queue_table(q[0]));
    char *now = tpg_text(sql), cut[64];
    snprintf(cut, sizeof(cut), "%.63s", "idx_created_at_visible_pgtestlong_abcdefghijklmnopqrstuvwxyz_abcdefgh_one");
    snprintf(sql, sizeof(sql), "ALTER INDEX %s RENAME TO %s", now, cut);
    tpg_exec(sql);
    assert_int_equal(q[0]->ops->create_queue(q[0], &err), 0);
    snprintf(sql, sizeof(sql), "SELECT string_agg(indexname, ',') FROM pg_indexes WHERE tablename = '%s' "
             "AND indexdef LIKE '%%(created_at, visible)'", tq_pg_queue_table(q[0]));
    char *after = tpg_text(sql);
    assert_string_equal(after, cut);      /* one index, under its earlier name */
    free(after);
    free(now);
    for (int i = 0; i < 2; i++) {
        snprintf(sql, sizeof(sql), "DROP TABLE %s", tq_pg_queue_table(q[i]));
        tpg_exec(sql);
        q[i]->ops->destroy(q[i]);
    }
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
    assert_int_equal(tpg_int("SELECT count(*) FROM information_schema.columns WHERE table_name = '" Q "'"), 9);
    assert_int_equal(tpg_int("SELECT count(*) FROM pg_indexes WHERE tablename = '" Q "'"), 5);
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
    assert_int_equal(tq_pg_queue_push(f->q, evil, strlen(evil), "id' OR '1'='1", &id, NULL, &err), 0);
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
    assert_int_equal(f->q->ops->release(f->q, &m[1], &err), 0);   /* r2 back, below the hint (r2) */
    assert_int_equal(claim(f, 2, 60000, &m[3]), 2);
    assert_string_equal(m[3].body, "r3");                            /* past the hint shared by */
    assert_string_equal(m[4].body, "r4");                            /* the workers, not r1 */
    clear_all(m, 5);
    tq_message rest[3];
    assert_int_equal(claim(f, 3, 60000, rest), 1);                  /* r5 after the hint */
    assert_string_equal(rest[0].body, "r5");
    assert_int_equal(claim(f, 3, 60000, rest + 1), 1);             /* nothing after: from the first row */
    assert_string_equal(rest[1].body, "r2");
    assert_int_equal(claim(f, 3, 60000, rest + 2), 0);             /* nothing after, nothing before */
    clear_all(rest, 2);
}

/* The hint is the queue's, not the process's: a second worker's claim starts past what the
 * first one took; the rows the first one holds are not in the index it reads. */
static void test_claim_hint_is_shared_by_the_workers_of_a_queue(void **state)
{
    fixture *f = *state;
    tq_error err;
    for (int i = 0; i < 30; i++) {
        push(f, "h");
    }
    tq_message a[10], b[10];
    assert_int_equal(claim(f, 10, 60000, a), 10);                   /* rows 1..10, hint 10 */
    tq_broker *other = tq_pg_queue_new(f->pg, "PgTest", &err);
    assert_non_null(other);
    assert_int_equal(other->ops->claim(other, 10, 60000, b, &err), 10);   /* its first claim: from row 1 */
    assert_string_equal(b[0].receipt, "11");
    clear_all(b, 10);
    assert_int_equal(tpg_int("SELECT last_value FROM " "tqh_pgtest"), 20);
    assert_int_equal(claim(f, 10, 60000, b), 10);                   /* past the hint, not past its own 10 */
    assert_string_equal(b[0].receipt, "21");
    clear_all(b, 10);
    clear_all(a, 10);
    other->ops->destroy(other);
    tpg_exec("TRUNCATE " Q " RESTART IDENTITY");                    /* the hint starts again with the ids */
    assert_int_equal(tpg_int("SELECT last_value FROM " "tqh_pgtest"), 0);
}

/* A row whose lease ran out is not in the index the claims read: the scan from the first row
 * takes it, every TQ_PG_LEASE_SCAN_MS (5 s) while newer rows keep the claims busy. */
static void test_expired_lease_is_taken_behind_a_busy_backlog(void **state)
{
    fixture *f = *state;
    for (int i = 0; i < 100; i++) {
        push(f, "b");
    }
    tq_message m;
    assert_int_equal(claim(f, 1, 200, &m), 1);                      /* row 1, leased for 0.2 s */
    assert_string_equal(m.receipt, "1");
    clear_all(&m, 1);
    int64_t t0 = tq_monotonic_ms(), back = -1;
    for (int i = 0; i < 98 && back < 0; i++) {
        usleep(80 * 1000);
        assert_int_equal(claim(f, 1, 60000, &m), 1);
        if (strcmp(m.receipt, "1") == 0) {
            back = tq_monotonic_ms() - t0;
            assert_int_equal(m.deliveries, 2);
        }
        clear_all(&m, 1);
    }
    assert_true(back >= 0);                                          /* before the backlog ran out */
    assert_true(back <= 5000 + 1000);
}

/* A table made by an earlier version has no hint until createQueue() adds it: claims work
 * without it (each worker past its own last id), and with it once it is there. */
static void test_table_of_an_earlier_version_claims_without_the_hint(void **state)
{
    fixture *f = *state;
    tq_error err;
    tpg_exec("DROP SEQUENCE tqh_pgtest; DROP INDEX tqw_pgtest");
    tq_broker *q = tq_pg_queue_new(f->pg, "PgTest", &err);
    for (int i = 0; i < 4; i++) {
        push(f, "e");
    }
    tq_message m[2];
    assert_int_equal(q->ops->claim(q, 2, 60000, m, &err), 2);
    assert_string_equal(m[0].receipt, "1");
    clear_all(m, 2);
    assert_int_equal(q->ops->create_queue(q, &err), 0);              /* the upgrade */
    assert_int_equal(tpg_int("SELECT count(*) FROM pg_class WHERE relname IN ('tqh_pgtest', 'tqw_pgtest')"), 2);
    assert_int_equal(q->ops->claim(q, 2, 60000, m, &err), 2);
    assert_string_equal(m[1].receipt, "4");
    clear_all(m, 2);
    assert_int_equal(tpg_int("SELECT last_value FROM tqh_pgtest"), 4);
    q->ops->destroy(q);
}

/* A relation of someone else's under the hint's name stops createQueue() with a message that
 * names it, rather than every claim failing later. */
static void test_a_relation_in_the_way_of_the_hint_is_named(void **state)
{
    fixture *f = *state;
    tq_error err;
    tpg_exec("DROP SEQUENCE tqh_pgtest; CREATE TABLE tqh_pgtest (x integer)");
    assert_int_equal(f->q->ops->create_queue(f->q, &err), -1);
    assert_non_null(strstr(err.message, "tqh_pgtest is in the way of the claim hint"));
    tpg_exec("DROP TABLE tqh_pgtest");
    assert_int_equal(f->q->ops->create_queue(f->q, &err), 0);
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
    for (int i = 0; i < 9; i++) {    /* the first from the first row, the others past the last id */
        assert_int_equal(claim(f, 10, 60000, m), 10);
        clear_all(m, 10);
    }
    PGresult *r = tq_pg_exec_dynamic(f->pg, "SELECT generic_plans, custom_plans FROM pg_prepared_statements "
                                     "WHERE statement LIKE '%visible ORDER BY id LIMIT 10 FOR UPDATE SKIP LOCKED%' "
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
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_invalid_queue_names_rejected, setup, teardown),
        cmocka_unit_test_setup_teardown(test_create_queue_is_taos_table_and_idempotent, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tao_table_first_then_create_queue_keeps_rows, setup, teardown),
        cmocka_unit_test_setup_teardown(test_long_queue_names_keep_their_own_index, setup, teardown),
        cmocka_unit_test_setup_teardown(test_push_claim_ack_count, setup, teardown),
        cmocka_unit_test_setup_teardown(test_fifo_by_id_not_created_at, setup, teardown),
        cmocka_unit_test_setup_teardown(test_lease_expiry_redelivers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rows_in_taos_format_are_claimed_and_acked, setup, teardown),
        cmocka_unit_test_setup_teardown(test_push_many_keeps_order_and_text, setup, teardown),
        cmocka_unit_test_setup_teardown(test_injection_attempts_are_inert, setup, teardown),
        cmocka_unit_test_setup_teardown(test_missing_table_is_not_found, setup, teardown),
        cmocka_unit_test_setup_teardown(test_claims_past_the_hint_still_reach_released_rows, setup, teardown),
        cmocka_unit_test_setup_teardown(test_claim_hint_is_shared_by_the_workers_of_a_queue, setup, teardown),
        cmocka_unit_test_setup_teardown(test_expired_lease_is_taken_behind_a_busy_backlog, setup, teardown),
        cmocka_unit_test_setup_teardown(test_table_of_an_earlier_version_claims_without_the_hint, setup, teardown),
        cmocka_unit_test_setup_teardown(test_a_relation_in_the_way_of_the_hint_is_named, setup, teardown),
        cmocka_unit_test_setup_teardown(test_claim_statement_settles_on_a_generic_plan, setup, teardown),
    };
    return tpq_main("test_pg_queue", tests, sizeof(tests) / sizeof(tests[0]));
}
