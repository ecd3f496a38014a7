/* tq_pg_queue's statements merged with the Task Log against a real PostgreSQL: enqueue (queue
 * row + log row), claim_and_start, complete and complete_many, takeover after a dead worker,
 * heartbeat and give-back, and what a task costs in statements. */
#include "test_pg_queue_fixture.h"

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
    assert_int_equal(tq_pg_queue_enqueue(f->q, f->log, body, strlen(body), &r, NULL, NULL, &err), -1);
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
    assert_int_equal(tq_pg_queue_complete(f->q, f->log, c[0].row_id, 0, c[0].task_id,
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
    assert_int_equal(tq_pg_queue_complete(f->q, f->log, c[0].row_id, 0, c[0].task_id, "{}", "failed", NULL, &res, &err), 0);
    assert_false(res.deleted);
    assert_false(res.updated);
    assert_string_equal(res.status, "completed");
    tq_pg_completion_clear(&res);
    assert_log_status(f, "http://x/t.rdf#i100", "completed");
    tq_pg_claimed_clear(&c[0]);

    assert_int_equal(tq_pg_queue_complete(f->q, f->log, 1, 0, "x", "{}", "bogus", NULL, &res, &err), -1);
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
    assert_int_equal(tq_pg_queue_complete(f->q, f->log, c[0].row_id, 0, c[0].task_id, "{}", "completed", NULL,
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

/* A server crash loses a claim's unflushed commit (asynchronous acknowledgements): the row
 * waits again with its old delivery count and the log row is back to 'enqueued', while the
 * worker, which saw the claim succeed, runs the task. Its completion must change nothing:
 * deleting the row while the guarded log update finds no 'running' row lost the task (seen
 * in the chaos pg-crash/async-ack scene: "completed 1990", 10 log rows 'enqueued', no row). */
static void lose_claim(int64_t row, const char *task_id)
{
    char sql[256];
    snprintf(sql, sizeof(sql), "UPDATE " Q " SET visible = true, lease_until = NULL, deliveries = deliveries - 1 "
             "WHERE id = %lld; UPDATE tq_pgtest_log SET status = 'enqueued' WHERE id = '%s'", (long long)row, task_id);
    tpg_exec(sql);
}

static void test_a_completion_of_a_lost_claim_changes_nothing(void **state)
{
    fixture *f = *state;
    tq_error err;
    enqueue(f, "t-lost", NULL);
    tq_pg_claimed c[2];
    assert_int_equal(tq_pg_queue_claim_and_start(f->q, f->log, 1, 60000, 0, c, &err), 1);
    assert_int_equal(c[0].msg.deliveries, 1);
    lose_claim(c[0].row_id, "t-lost");
    tq_pg_completion res;
    assert_int_equal(tq_pg_queue_complete(f->q, f->log, c[0].row_id, c[0].msg.deliveries, "t-lost", "{}", "completed",
                                          NULL, &res, &err), 0);
    assert_false(res.deleted);
    assert_false(res.updated);
    tq_pg_completion_clear(&res);
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q " WHERE visible"), 1);   /* still queued */
    assert_log_status(f, "t-lost", "enqueued");
    tq_pg_claimed_clear(&c[0]);

    /* claimed again, it completes; so does a batch, fenced per row */
    enqueue(f, "t-kept", NULL);
    /* one at a time: the row claimed before lies behind the queue's claim hint, where a
     * claim looks once nothing waits past it */
    assert_int_equal(tq_pg_queue_claim_and_start(f->q, f->log, 1, 60000, 0, &c[0], &err), 1);
    assert_int_equal(tq_pg_queue_claim_and_start(f->q, f->log, 1, 60000, 0, &c[1], &err), 1);
    int lost = strcmp(c[0].task_id, "t-lost") == 0 ? 0 : 1;
    lose_claim(c[1 - lost].row_id, c[1 - lost].task_id);   /* t-kept's claim is lost this time */
    int64_t rows[2] = {c[0].row_id, c[1].row_id};
    int fences[2] = {c[0].msg.deliveries, c[1].msg.deliveries};
    const char *ids[2] = {c[0].task_id, c[1].task_id}, *reports[2] = {"{}", "{}"};
    const char *statuses[2] = {"completed", "completed"};
    int64_t deleted, updated;
    assert_int_equal(tq_pg_queue_complete_many(f->q, f->log, 2, rows, fences, ids, reports, statuses, &deleted,
                                               &updated, &err), 0);
    assert_int_equal(deleted, 1);
    assert_int_equal(updated, 1);
    assert_log_status(f, "t-lost", "completed");
    assert_log_status(f, "t-kept", "enqueued");
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q " WHERE visible"), 1);
    tq_pg_claimed_clear(&c[0]);
    tq_pg_claimed_clear(&c[1]);

    /* a worker whose lease ran out and was taken over: its late completion changes nothing */
    assert_int_equal(tq_pg_queue_claim_and_start(f->q, f->log, 1, 60000, 0, c, &err), 1);   /* t-kept */
    tpg_exec("UPDATE " Q " SET deliveries = deliveries + 1");   /* another worker's claim */
    assert_int_equal(tq_pg_queue_complete(f->q, f->log, c[0].row_id, c[0].msg.deliveries, "t-kept", "{}",
                                          "failed", NULL, &res, &err), 0);
    assert_false(res.deleted || res.updated);
    tq_pg_completion_clear(&res);
    assert_log_status(f, "t-kept", "running");
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
    assert_int_equal(tq_pg_queue_complete_many(f->q, f->log, 3, rows, NULL, ids, reports, statuses, &deleted, &updated,
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
    assert_int_equal(tq_pg_queue_complete(f->q, f->log, c[0].row_id, 0, "t-cancelled", "{\"cancelled\":true}",
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
    assert_int_equal(tq_pg_queue_complete(f->q, f->log, c.row_id, 0, c.task_id, "{}", "failed", NULL, &res, &err), 0);
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


static void test_measure_cost_per_task(void **state)
{
    fixture *f = *state;
    tq_error err;
    const tq_pg_stats *st = tq_pg_get_stats(f->pg);
    char id[64];
    /* warm up: prepare everything once (a claim is prepared per batch size, 1 and 10 here, in
     * two forms: the first claim scans from the first row, the next ones from the last id) */
    tq_pg_claimed c[10];
    for (int round = 0; round < 4; round++) {
        int size = round < 2 ? 1 : 10;
        for (int i = 0; i < size; i++) {
            snprintf(id, sizeof(id), "warm-%d-%d", round, i);
            enqueue(f, id, NULL);
        }
        assert_int_equal(tq_pg_queue_claim_and_start(f->q, f->log, (size_t)size, 60000, 0, c, &err), size);
        for (int i = 0; i < size; i++) {
            assert_int_equal(tq_pg_queue_complete(f->q, f->log, c[i].row_id, 0, c[i].task_id, "{}", "completed", NULL,
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
        assert_int_equal(tq_pg_queue_complete(f->q, f->log, c[i].row_id, 0, c[i].task_id, "{}", "completed", NULL, &res, &err), 0);
        assert_true(res.updated && res.deleted);
        tq_pg_completion_clear(&res);
        tq_pg_claimed_clear(&c[i]);
    }
    double cp_st = (double)(st->statements - s0) / 10, cp_rt = (double)(st->round_trips - r0) / 10;
    print_message("cost per task (statements / round trips / commits; autocommit, so commits = statements):\n"
                  "  enqueue (rows, then a wake-up)  %.1f / %.1f\n"
                  "  claim_and_start, receive 1     %.1f / %.1f\n"
                  "  claim_and_start, receive 10    %.1f / %.1f\n"
                  "  complete (report+status+ack)   %.1f / %.1f\n"
                  "  worker total, receive 1: %.1f, receive 10: %.1f (TAO: 10 statements / 5 commits, 6.4 / 4.1)\n",
                  push_st, push_rt, cs1_st, cs1_rt, cs10_st, cs10_rt, cp_st, cp_rt, cs1_st + cp_st, cs10_st + cp_st);
    /* the wake-up NOTIFY is a second, unflushed transaction in the same round trip */
    assert_true(push_st == 2.0 && push_rt == 1.0);
    assert_true(cs1_st == 1.0 && cs1_rt == 1.0);
    assert_true(cs10_st == 0.1 && cs10_rt == 0.1);
    assert_true(cp_st == 1.0 && cp_rt == 1.0);
    assert_int_equal(tpg_int("SELECT count(*) FROM tq_pgtest_log WHERE id LIKE 'cost-%' AND status = 'completed'"), 10);
    /* the claim that starts tasks moves the queue's hint too */
    assert_int_equal(tpg_int("SELECT last_value FROM tqh_pgtest"), tpg_int("SELECT last_value FROM " Q "_id_seq"));
}

/* Claims start after the last id this worker claimed (past the dead index entries of what
 * it finished). A row with a lower id that becomes claimable again is not lost: a claim that
 * finds nothing after the hint scans from the first row, and one does every second anyway. */

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_enqueue_claim_start_complete, setup, teardown),
        cmocka_unit_test_setup_teardown(test_claim_and_start_reports_why_not_started, setup, teardown),
        cmocka_unit_test_setup_teardown(test_takeover_after_dead_worker, setup, teardown),
        cmocka_unit_test_setup_teardown(test_heartbeat_and_give_back, setup, teardown),
        cmocka_unit_test_setup_teardown(test_find_task_and_set_visible, setup, teardown),
        cmocka_unit_test_setup_teardown(test_log_on_other_connection_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(test_measure_cost_per_task, setup, teardown),
        cmocka_unit_test_setup_teardown(test_async_ack_is_local_to_claims_and_completions, setup, teardown),
        cmocka_unit_test_setup_teardown(test_complete_many_finishes_a_batch_in_one_statement, setup, teardown),
        cmocka_unit_test_setup_teardown(test_a_completion_of_a_lost_claim_changes_nothing, setup, teardown),
    };
    return tpq_main("test_pg_queue_log", tests, sizeof(tests) / sizeof(tests[0]));
}
