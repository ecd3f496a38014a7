/* The PostgreSQL additions for workers: the idle wait (LISTEN/NOTIFY sent by every push),
 * enqueue_many (messages + log rows in one statement) and the lease keeper thread. */
#include "test_pg_common.h"
#include <signal.h>
#include <time.h>
#include "pg/tq_pg_queue.h"
#include "pg/tq_pg_log.h"
#include "pg/tq_lease_keeper.h"
#include "worker/tq_signal.h"

typedef struct fixture {
    tq_pg *pg;
    tq_broker *q;
    tq_pg_log *log;
} fixture;

static int64_t ms_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int setup(void **state)
{
    tpg_exec("DROP TABLE IF EXISTS tq_wk; DROP TABLE IF EXISTS tq_wk_log");
    fixture *f = calloc(1, sizeof(*f));
    tq_error err;
    f->pg = tpg_new();
    f->q = tq_pg_queue_new(f->pg, "WK", &err);
    f->log = tq_pg_log_new(f->pg, "wk_log", &err);
    if (!f->q || !f->log || f->q->ops->create_queue(f->q, &err) != 0
        || tq_pg_log_create_container(f->log, &err) != 0) {
        fail_msg("setup: %s", err.message);
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
    tpg_close();
    return 0;
}

/* An idle connection's first wait takes the listener token of its queues and answers READY
 * ("claim now": nothing was heard before); it holds the token from then on. */
static void take_token(tq_broker *q)
{
    tq_error err;
    assert_int_equal(q->ops->wait(q, 1000, NULL, &err), TQ_WAIT_READY);
}

static const char body[] = "{\"taskFqcn\":\"T\",\"metadata\":{\"__id__\":\"w1\"},\"parameters\":[]}";

static void test_wait_times_out_then_wakes_on_push(void **state)
{
    fixture *f = *state;
    tq_error err;
    tq_signal_state sig;
    assert_int_equal(tq_signal_init(&sig, &err), 0);
    take_token(f->q);
    int64_t t0 = ms_now();
    assert_int_equal(f->q->ops->wait(f->q, 300, &sig, &err), TQ_WAIT_TIMEOUT);
    assert_true(ms_now() - t0 >= 290);

    /* a push from another connection (the test's own) wakes the waiting connection */
    tpg_exec("INSERT INTO tq_wk (message, created_at) VALUES ('x', now()); NOTIFY tq_wk");
    t0 = ms_now();
    assert_int_equal(f->q->ops->wait(f->q, 5000, &sig, &err), TQ_WAIT_READY);
    assert_true(ms_now() - t0 < 1000);

    /* our own push notifies too; a claim forgets notifications that came before it */
    tq_pg *other = tpg_new();
    tq_broker *oq = tq_pg_queue_new(other, "WK", &err);
    assert_int_equal(oq->ops->push(oq, body, strlen(body), NULL, &err), 0);
    tq_message m[4];
    int n = f->q->ops->claim(f->q, 4, 60000, m, &err);
    assert_int_equal(n, 2);
    for (int i = 0; i < n; i++) {
        tpg_message_clear(&m[i]);
    }
    /* the NOTIFY of a push the claim already took may still reach us after it: at most one
     * spurious wake, then quiet */
    if (f->q->ops->wait(f->q, 200, &sig, &err) == TQ_WAIT_READY) {
        assert_int_equal(f->q->ops->wait(f->q, 200, &sig, &err), TQ_WAIT_TIMEOUT);
    }
    assert_int_equal(oq->ops->push(oq, body, strlen(body), NULL, &err), 0);
    assert_int_equal(f->q->ops->wait(f->q, 5000, &sig, &err), TQ_WAIT_READY);

    /* a signal noted while waiting ends the wait */
    tq_signal_note(&sig, SIGUSR2);
    assert_int_equal(f->q->ops->wait(f->q, 5000, &sig, &err), TQ_WAIT_SIGNAL);
    sig.stop = 1;
    assert_int_equal(f->q->ops->wait(f->q, 5000, &sig, &err), TQ_WAIT_SIGNAL);
    tq_signal_close(&sig);
    oq->ops->destroy(oq);
    tq_pg_free(other);
}

/* Two queues on one connection (one persistence): one wait wakes on a push to either, and
 * claiming from one queue does not forget a push to the other that the connection has
 * already read (a worker polls its queues one after the other, then waits). */
static void test_one_connection_waits_for_two_queues(void **state)
{
    fixture *f = *state;
    tq_error err;
    tpg_exec("DROP TABLE IF EXISTS tq_wk2");
    tq_broker *q2 = tq_pg_queue_new(f->pg, "WK2", &err);
    assert_non_null(q2);
    assert_int_equal(q2->ops->create_queue(q2, &err), 0);
    tq_message m[2];
    /* both listened for from their first claim on */
    assert_int_equal(f->q->ops->claim(f->q, 2, 60000, m, &err), 0);
    assert_int_equal(q2->ops->claim(q2, 2, 60000, m, &err), 0);
    take_token(f->q);
    assert_int_equal(f->q->ops->wait(f->q, 50, NULL, &err), TQ_WAIT_TIMEOUT);

    /* a push to the second queue wakes a wait made through the first */
    tpg_exec("INSERT INTO tq_wk2 (message, created_at) VALUES ('x', now()); NOTIFY tq_wk2");
    int64_t t0 = ms_now();
    assert_int_equal(f->q->ops->wait(f->q, 5000, NULL, &err), TQ_WAIT_READY);
    assert_true(ms_now() - t0 < 1000);
    assert_int_equal(q2->ops->claim(q2, 2, 60000, m, &err), 1);
    tpg_message_clear(&m[0]);
    assert_false(tq_pg_holds_token(f->pg));  /* work came: handed on */
    take_token(f->q);

    /* a push to the first queue, read by a statement of the connection (the count), then
     * a claim from the second: the wait still ends at once */
    tpg_exec("INSERT INTO tq_wk (message, created_at) VALUES ('y', now()); NOTIFY tq_wk");
    int64_t waiting = -1;
    for (int i = 0; i < 50 && waiting != 1; i++) {
        usleep(10000);
        waiting = f->q->ops->count(f->q, &err);
    }
    assert_int_equal(waiting, 1);
    assert_int_equal(q2->ops->claim(q2, 2, 60000, m, &err), 0);
    assert_true(tq_pg_holds_token(f->pg));   /* claims that bring nothing keep it */
    t0 = ms_now();
    assert_int_equal(q2->ops->wait(q2, 3000, NULL, &err), TQ_WAIT_READY);
    assert_true(ms_now() - t0 < 1000);
    q2->ops->destroy(q2);
    tpg_exec("DROP TABLE IF EXISTS tq_wk2");
}

/* A row given back (release, changeTaskVisibility(true)) wakes an idle worker as a push does;
 * a release with a delay, or hiding a row, does not. */
static void test_giving_a_row_back_wakes_waiters(void **state)
{
    fixture *f = *state;
    tq_error err;
    tq_pg *other = tpg_new();
    tq_broker *oq = tq_pg_queue_new(other, "WK", &err);
    assert_int_equal(oq->ops->push(oq, body, strlen(body), NULL, &err), 0);
    tq_message m[1];
    assert_int_equal(oq->ops->claim(oq, 1, 60000, m, &err), 1);
    /* the waiter listens from its first claim on (empty now), then forgets the push */
    tq_message none[1];
    assert_int_equal(f->q->ops->claim(f->q, 1, 60000, none, &err), 0);
    if (f->q->ops->wait(f->q, 200, NULL, &err) == TQ_WAIT_READY) {
        assert_int_equal(f->q->ops->wait(f->q, 200, NULL, &err), TQ_WAIT_TIMEOUT);
    }

    assert_int_equal(tq_pg_queue_release_after(oq, &m[0], 60000, &err), 0);   /* later: no wake */
    assert_int_equal(f->q->ops->wait(f->q, 300, NULL, &err), TQ_WAIT_TIMEOUT);
    int64_t row = tq_pg_queue_row_id(&m[0]);
    assert_int_equal(tq_pg_queue_set_visible(oq, row, 1, &err), 1);        /* back now: wake */
    int64_t t0 = ms_now();
    assert_int_equal(f->q->ops->wait(f->q, 5000, NULL, &err), TQ_WAIT_READY);
    assert_true(ms_now() - t0 < 1000);
    tpg_message_clear(&m[0]);

    assert_int_equal(oq->ops->claim(oq, 1, 60000, m, &err), 1);
    assert_int_equal(tq_pg_queue_set_visible(oq, row, 0, &err), 1);        /* hidden: no wake */
    assert_int_equal(f->q->ops->wait(f->q, 300, NULL, &err), TQ_WAIT_TIMEOUT);
    tpg_exec("UPDATE tq_wk SET visible = false, lease_until = now() + interval '1 minute'");
    assert_int_equal(oq->ops->release(oq, &m[0], &err), 0);               /* released: wake */
    t0 = ms_now();
    assert_int_equal(f->q->ops->wait(f->q, 5000, NULL, &err), TQ_WAIT_READY);
    assert_true(ms_now() - t0 < 1000);
    assert_int_equal(f->q->ops->claim(f->q, 1, 60000, none, &err), 1);
    tpg_message_clear(&none[0]);
    tpg_message_clear(&m[0]);
    oq->ops->destroy(oq);
    tq_pg_free(other);
}

static void test_wait_listens_again_after_reconnect(void **state)
{
    fixture *f = *state;
    tq_error err;
    take_token(f->q);
    assert_int_equal(f->q->ops->wait(f->q, 50, NULL, &err), TQ_WAIT_TIMEOUT);
    tpg_exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'taskqueue' "
             "AND pid <> pg_backend_pid()");
    /* the dead connection is noticed (READY: "go and claim"), or the wait reconnects first
     * and takes the token again on the new session (READY too) */
    assert_int_equal(f->q->ops->wait(f->q, 300, NULL, &err), TQ_WAIT_READY);
    tq_message m[1];
    assert_int_equal(f->q->ops->claim(f->q, 1, 60000, m, &err), 0);
    if (!tq_pg_holds_token(f->pg)) {
        take_token(f->q);
    }
    tpg_exec("NOTIFY tq_wk");
    assert_int_equal(f->q->ops->wait(f->q, 5000, NULL, &err), TQ_WAIT_READY);
}

static void test_enqueue_many_one_statement(void **state)
{
    fixture *f = *state;
    tq_error err;
    const char *bodies[3] = {body, body, body};
    tq_log_row rows[3];
    memset(rows, 0, sizeof(rows));
    const char *ids[3] = {"e1", "e2", "it's \"3\""};
    for (int i = 0; i < 3; i++) {
        rows[i].id = (char *)ids[i];
        rows[i].task_name = "Foo";
        rows[i].parameters = "{\"a\":1}";
        rows[i].label = i == 1 ? NULL : "L";
        rows[i].status = "enqueued";
        rows[i].owner = "me";
        rows[i].created_at = 1700000000 + i;
        rows[i].master_status = i == 2;
    }
    rows[0].parent_id = "p";
    int64_t row_ids[3];
    const tq_pg_stats *st = tq_pg_get_stats(f->pg);
    uint64_t before = st->statements, trips = st->round_trips - st->prepares;
    assert_int_equal(tq_pg_queue_enqueue_many(f->q, f->log, bodies, rows, 3, row_ids, &err), 0);
    /* the rows in one statement, its wake-up in a second one, one round trip (the first
     * use prepares both, each in a round trip of its own) */
    assert_int_equal(st->statements - before, 2);
    assert_int_equal(st->round_trips - st->prepares - trips, 1);
    assert_true(row_ids[0] < row_ids[1] && row_ids[1] < row_ids[2]);
    assert_int_equal(tpg_int("SELECT count(*) FROM tq_wk WHERE task_id IN ('e1', 'e2', 'it''s \"3\"')"), 3);
    assert_int_equal(tpg_int("SELECT count(*) FROM tq_wk_log WHERE status = 'enqueued' AND owner = 'me'"), 3);
    assert_int_equal(tpg_int("SELECT count(*) FROM tq_wk_log WHERE id = 'e1' AND parent_id = 'p' AND label = 'L'"), 1);
    assert_int_equal(tpg_int("SELECT count(*) FROM tq_wk_log WHERE id = 'e2' AND label = '' AND NOT master_status"), 1);
    assert_int_equal(tpg_int("SELECT count(*) FROM tq_wk_log WHERE master_status AND "
                             "created_at = '2023-11-14 22:13:22'"), 1);
    /* all or nothing: one duplicate id queues nothing */
    rows[0].id = "e9";
    assert_int_equal(tq_pg_queue_enqueue_many(f->q, f->log, bodies, rows, 2, NULL, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    assert_int_equal(tpg_int("SELECT count(*) FROM tq_wk"), 3);
    assert_int_equal(tpg_int("SELECT count(*) FROM tq_wk_log WHERE id = 'e9'"), 0);
}

static void test_keeper_renews_until_removed(void **state)
{
    fixture *f = *state;
    tq_error err;
    assert_int_equal(f->q->ops->push(f->q, body, strlen(body), NULL, &err), 0);
    tq_message m[1];
    assert_int_equal(f->q->ops->claim(f->q, 1, 600, m, &err), 1);
    int64_t row = tq_pg_queue_row_id(&m[0]);
    tq_lease_keeper *k = tq_lease_keeper_new(tpg_conninfo(), &err);
    assert_non_null(k);
    assert_int_equal(tq_lease_keeper_add(k, "WK", row, m[0].deliveries, 600, &err), 0);
    assert_int_equal(tq_lease_keeper_count(k), 1);
    usleep(1500 * 1000);                 /* 2.5 leases: only renewals keep it */
    tq_message other[1];
    assert_int_equal(f->q->ops->claim(f->q, 1, 600, other, &err), 0);
    tq_lease_keeper_stats st;
    tq_lease_keeper_get_stats(k, &st);
    assert_true(st.renewed >= 3);
    assert_int_equal(st.lost, 0);

    tq_lease_keeper_remove(k, "WK", row);
    assert_int_equal(tq_lease_keeper_count(k), 0);
    usleep(900 * 1000);
    assert_int_equal(f->q->ops->claim(f->q, 1, 60000, other, &err), 1);   /* lease ran out */
    assert_int_equal(other[0].deliveries, 2);
    tpg_message_clear(&other[0]);

    /* the fence: the first holder's registration renews nothing now */
    assert_int_equal(tq_lease_keeper_add(k, "WK", row, m[0].deliveries, 600, &err), 0);
    usleep(400 * 1000);
    tq_lease_keeper_get_stats(k, &st);
    assert_true(st.lost >= 1);
    tpg_message_clear(&m[0]);
    tq_lease_keeper_free(k);            /* joins the thread */
}

static void test_keeper_bad_conninfo(void **state)
{
    tq_error err;
    tq_error_clear(&err);
    assert_null(tq_lease_keeper_new("host='unterminated", &err));
    assert_int_equal(err.code, TQ_ERR_INVALID);
    tq_lease_keeper *k = tq_lease_keeper_new(tpg_conninfo(), &err);
    assert_int_equal(tq_lease_keeper_add(k, "bad name", 1, 1, 1000, &err), 0);   /* checked by the thread */
    assert_int_equal(tq_lease_keeper_add(k, "WK", 0, 1, 1000, &err), -1);
    tq_lease_keeper_free(k);
}

int main(void)
{
    if (tpg_require_server("test_pg_wait_keeper") != 0) {
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_wait_times_out_then_wakes_on_push, setup, teardown),
        cmocka_unit_test_setup_teardown(test_wait_listens_again_after_reconnect, setup, teardown),
        cmocka_unit_test_setup_teardown(test_one_connection_waits_for_two_queues, setup, teardown),
        cmocka_unit_test_setup_teardown(test_giving_a_row_back_wakes_waiters, setup, teardown),
        cmocka_unit_test_setup_teardown(test_enqueue_many_one_statement, setup, teardown),
        cmocka_unit_test_setup_teardown(test_keeper_renews_until_removed, setup, teardown),
        cmocka_unit_test_setup_teardown(test_keeper_bad_conninfo, setup, teardown),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    tpg_close();
    return rc;
}
