/* tq_pg_queue: delayed and unique tasks (tq_pg_queue_sched.c): a delayed row is not claimed
 * before its due time and is claimed after it; an idle wait ends at the due time, not at its
 * timeout; a uniqueness key held by a waiting or running task queues nothing and names the
 * holder, and is free again once that task is done; bad metadata queues nothing. */
#include "test_pg_queue_fixture.h"
#include "task/tq_schedule.h"
#include "worker/tq_signal.h"

/* A task JSON with a due time ms from now (no due time when has_at is 0) and a key (NULL: none). */
static char *sched_json(const char *id, int has_at, int64_t in_ms, const char *key)
{
    char at[48] = "", meta[400] = "";
    if (has_at) {
        assert_int_equal(tq_schedule_format(tq_schedule_now_ms() + in_ms, 0, at, sizeof(at)), 0);
        snprintf(meta, sizeof(meta), ",\"__run_at__\":\"%s\"", at);
    }
    if (key) {
        size_t l = strlen(meta);
        snprintf(meta + l, sizeof(meta) - l, ",\"__unique_key__\":\"%s\"", key);
    }
    char *s = malloc(1024);
    snprintf(s, 1024, "{\"taskFqcn\":\"X\",\"metadata\":{\"__id__\":\"%s\"%s},\"parameters\":[]}", id, meta);
    return s;
}

static void test_delayed_row_is_claimed_when_due(void **state)
{
    fixture *f = *state;
    char *body = sched_json("d1", 1, 1500, NULL);
    push(f, body);
    free(body);
    tq_message m[2];
    assert_int_equal(claim(f, 2, 60000, m), 0);           /* not yet */
    assert_int_equal(count(f), 0);
    /* TAO's PHP worker takes visible rows only: a delayed row is not visible */
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q " WHERE visible"), 0);
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q " WHERE run_at IS NOT NULL"), 1);
    /* the first wait takes the listener token and says claim (nothing was heard before) */
    tq_error err;
    assert_int_equal(f->q->ops->wait(f->q, 10000, NULL, &err), TQ_WAIT_READY);
    assert_int_equal(claim(f, 2, 60000, m), 0);
    /* the listener's idle wait ends at the due time (timeout 10 s) */
    int64_t t0 = tq_monotonic_ms();
    int w = f->q->ops->wait(f->q, 10000, NULL, &err);
    int64_t waited = tq_monotonic_ms() - t0;
    assert_int_equal(w, TQ_WAIT_TIMEOUT);
    assert_in_range(waited, 1200, 1900);
    assert_int_equal(claim(f, 2, 60000, m), 1);
    assert_non_null(strstr(m[0].body, "\"d1\""));
    /* claimed: no longer waiting for a due time, so the next wait is not bounded by it */
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q " WHERE run_at IS NOT NULL"), 0);
    assert_int_equal(f->q->ops->wait(f->q, 1000, NULL, &err), TQ_WAIT_READY);   /* handed on: back */
    t0 = tq_monotonic_ms();
    assert_int_equal(f->q->ops->wait(f->q, 300, NULL, &err), TQ_WAIT_TIMEOUT);
    assert_true(tq_monotonic_ms() - t0 >= 290);
    clear_all(m, 1);
}

static void test_due_time_in_the_past_is_now(void **state)
{
    fixture *f = *state;
    char *body = sched_json("p1", 1, -60000, NULL);
    push(f, body);
    free(body);
    tq_message m[1];
    assert_int_equal(claim(f, 1, 60000, m), 1);
    clear_all(m, 1);
}

static void test_unique_key_queues_once_until_done(void **state)
{
    fixture *f = *state;
    tq_error err;
    char *a = sched_json("u1", 0, 0, "import:7"), *b = sched_json("u2", 0, 0, "import:7");
    char *existing = NULL;
    int64_t row = 0;
    assert_int_equal(tq_pg_queue_push(f->q, a, strlen(a), NULL, &row, &existing, &err), 0);
    assert_true(row > 0);
    assert_null(existing);
    assert_int_equal(tq_pg_queue_push(f->q, b, strlen(b), NULL, NULL, &existing, &err), 1);
    assert_string_equal(existing, "u1");
    free(existing);
    existing = NULL;
    /* while it runs, too */
    tq_message m[2];
    assert_int_equal(claim(f, 2, 60000, m), 1);
    assert_int_equal(tq_pg_queue_push(f->q, b, strlen(b), NULL, NULL, &existing, &err), 1);
    assert_string_equal(existing, "u1");
    free(existing);
    existing = NULL;
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q), 1);
    /* done: the key is free */
    assert_int_equal(f->q->ops->ack(f->q, &m[0], &err), 0);
    clear_all(m, 1);
    assert_int_equal(tq_pg_queue_push(f->q, b, strlen(b), NULL, NULL, &existing, &err), 0);
    assert_null(existing);
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q " WHERE task_id = 'u2'"), 1);
    free(a);
    free(b);
}

static void test_unique_enqueue_writes_no_log_row(void **state)
{
    fixture *f = *state;
    tq_error err;
    char *a = sched_json("e1", 0, 0, "k"), *b = sched_json("e2", 1, 5000, "k");
    tq_log_row r;
    log_row(&r, "e1", "enqueued");
    char *existing = NULL;
    assert_int_equal(tq_pg_queue_enqueue(f->q, f->log, a, strlen(a), &r, NULL, &existing, &err), 0);
    log_row(&r, "e2", "enqueued");
    assert_int_equal(tq_pg_queue_enqueue(f->q, f->log, b, strlen(b), &r, NULL, &existing, &err), 1);
    assert_string_equal(existing, "e1");
    free(existing);
    assert_log_status(f, "e1", "enqueued");
    assert_log_status(f, "e2", NULL);
    free(a);
    free(b);
}

static void test_bad_metadata_and_batches_queue_nothing(void **state)
{
    fixture *f = *state;
    tq_error err;
    const char *bad = "{\"taskFqcn\":\"X\",\"metadata\":{\"__id__\":\"b1\",\"__run_at__\":\"soon\"},\"parameters\":[]}";
    assert_int_equal(tq_pg_queue_push(f->q, bad, strlen(bad), NULL, NULL, NULL, &err), -1);
    assert_non_null(strstr(err.message, "__run_at__"));
    char *ok = task_json("b2"), *delayed = sched_json("b3", 1, 5000, NULL);
    const char *bodies[] = {ok, delayed};
    assert_int_equal(tq_pg_queue_push_many(f->q, bodies, NULL, 2, NULL, &err), -1);
    assert_non_null(strstr(err.message, "task 2 of the batch"));
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q), 0);
    free(ok);
    free(delayed);
}

/* The claim walks the primary key in id order as before: delayed rows add no condition. */
static void test_claim_plan_stays_on_the_primary_key(void **state)
{
    /* a queue of 2,000 waiting rows behind 2,000 delayed ones, as push writes them */
    tpg_exec("INSERT INTO " Q " (message, created_at, visible, lease_until, run_at) SELECT 'd', now(), false, "
             "now() + interval '1 hour', now() + interval '1 hour' FROM generate_series(1, 2000);"
             "INSERT INTO " Q " (message, created_at) SELECT 'm', now() FROM generate_series(1, 2000);"
             "ANALYZE " Q);
    char *plan = tpg_text("EXPLAIN (FORMAT JSON) SELECT id FROM " Q " WHERE id > 0 AND (visible OR lease_until < now()) "
                          "ORDER BY id LIMIT 10 FOR UPDATE SKIP LOCKED");
    assert_non_null(strstr(plan, "tq_pgtest_pkey"));
    free(plan);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_delayed_row_is_claimed_when_due, setup, teardown),
        cmocka_unit_test_setup_teardown(test_due_time_in_the_past_is_now, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unique_key_queues_once_until_done, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unique_enqueue_writes_no_log_row, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bad_metadata_and_batches_queue_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(test_claim_plan_stays_on_the_primary_key, setup, teardown),
    };
    return cmocka_run_group_tests_name("tq_pg_queue_sched", tests, NULL, NULL);
}
