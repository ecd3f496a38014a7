/* tq_pg_dashboard against a real PostgreSQL: a queue's waiting messages and the oldest's
 * age, finished tasks and failures per task name, stuck tasks, and a stuck task put back
 * in line. Tables of the shapes the code reads (TAO's timestamps: UTC without zone). */
#include "test_pg_common.h"
#include "pg/tq_pg_dashboard.h"
#include "pg/tq_pg_stuck.h"

#define L "tq_pgtest_dashlog"
#define Q "tq_pgtest_dashq"
#define UTC "(now() at time zone 'utc')"

static int setup(void **state)
{
    tpg_exec("DROP TABLE IF EXISTS " L ", " Q ";"
             "CREATE TABLE " L " (id varchar(255) PRIMARY KEY, task_name varchar(255) NOT NULL, label varchar(255), "
             "status varchar(50) NOT NULL, owner varchar(255), created_at timestamp(0) NOT NULL, updated_at timestamp(0));"
             "CREATE TABLE " Q " (id serial PRIMARY KEY, message text NOT NULL DEFAULT '{}', visible boolean NOT NULL DEFAULT true, "
             "created_at timestamp(0) NOT NULL, lease_until timestamptz(3), deliveries integer NOT NULL DEFAULT 0, task_id varchar(255));");
    *state = tpg_new();
    return 0;
}

static int teardown(void **state)
{
    tq_pg_free(*state);
    tpg_exec("DROP TABLE IF EXISTS " L ", " Q);
    return 0;
}

static void test_queue_depth_and_age(void **state)
{
    tq_error err;
    int64_t waiting = -1;
    double oldest = 0;
    assert_int_equal(tq_pg_dash_queue(*state, Q, &waiting, &oldest, &err), 0);
    assert_int_equal(waiting, 0);
    assert_true(oldest < 0);
    tpg_exec("INSERT INTO " Q " (created_at, visible, lease_until, task_id) VALUES "
             "(" UTC " - interval '60 seconds', true, NULL, 'a'), (" UTC ", true, NULL, 'b'), "
             "(" UTC " - interval '300 seconds', false, now() + interval '1 minute', 'c'), "
             "(" UTC " - interval '90 seconds', false, now() - interval '1 second', 'd')");
    assert_int_equal(tq_pg_dash_queue(*state, Q, &waiting, &oldest, &err), 0);
    assert_int_equal(waiting, 3);                       /* c is leased: not waiting */
    assert_true(oldest >= 89 && oldest < 120);
}

static void test_finished_per_task_name(void **state)
{
    tq_error err;
    tpg_exec("INSERT INTO " L " VALUES "
             "('1', 'A', 'l', 'completed', 'u', " UTC ", " UTC "), ('2', 'A', 'l', 'archived', 'u', " UTC ", " UTC "), "
             "('3', 'A', 'l', 'failed', 'u', " UTC ", " UTC " - interval '20 minutes'), "
             "('4', 'A', 'l', 'failed', 'u', " UTC ", " UTC " - interval '2 hours'), "
             "('5', 'B', 'l', 'running', 'u', " UTC ", " UTC ")");
    tq_dash_name_count *c = NULL;
    size_t n = 0;
    assert_int_equal(tq_pg_dash_finished(*state, L, &c, &n, &err), 0);
    int seen = 0;
    for (size_t i = 0; i < n; i++) {
        if (strcmp(c[i].task_name, "A") == 0) {
            assert_int_equal(c[i].finished, 2);         /* within 5 minutes */
            assert_int_equal(c[i].failed, 1);           /* within the hour */
            seen++;
        } else {
            assert_int_equal(c[i].finished, 0);
        }
    }
    assert_int_equal(seen, 1);
    free(c);
}

static void test_stuck_and_requeue(void **state)
{
    tq_error err;
    tpg_exec("INSERT INTO " L " VALUES "
             "('run-old', 'A', 'Old run', 'running', 'u1', " UTC " - interval '1 minute', " UTC " - interval '30 seconds'), "
             "('run-new', 'A', 'New run', 'running', 'u1', " UTC ", " UTC "), "
             "('q-old', 'A', 'Old queued', 'enqueued', 'u2', " UTC " - interval '200 seconds', " UTC " - interval '200 seconds'), "
             "('q-new', 'A', 'New queued', 'enqueued', 'u2', " UTC " - interval '10 seconds', " UTC "), "
             "('done', 'A', 'Done', 'completed', 'u2', " UTC " - interval '1 hour', " UTC " - interval '1 hour');"
             "INSERT INTO " Q " (created_at, visible, lease_until, deliveries, task_id) VALUES "
             "(" UTC ", false, now() + interval '1 minute', 1, 'run-old')");
    tq_stuck_task *t = NULL;
    size_t n = 0;
    tq_stuck_query q = { NULL, TQ_STUCK_STATUSES_ALL, TQ_STUCK_QUEUED_S, 100, NULL, NULL, NULL };
    assert_int_equal(tq_pg_stuck_list(*state, L, &q, &t, &n, &err), 0);
    assert_int_equal(n, 2);
    assert_string_equal(t[0].id, "q-old");              /* oldest first */
    assert_string_equal(t[0].status, "enqueued");
    assert_string_equal(t[1].id, "run-old");
    assert_string_equal(t[1].label, "Old run");
    assert_string_equal(t[1].owner, "u1");
    assert_true(t[1].age >= 29);
    assert_string_equal(t[1].status, "running");
    free(t);
    /* the filters the stuck-task tools use: names, statuses, age, one id */
    tq_stuck_query other = { "B\nC", TQ_STUCK_STATUSES_ALL, TQ_STUCK_QUEUED_S, 100, NULL, NULL, NULL };
    assert_int_equal(tq_pg_stuck_list(*state, L, &other, &t, &n, &err), 0);
    assert_int_equal(n, 0);
    tq_stuck_query queued = { "B\nA", "enqueued", 0, 100, NULL, NULL, NULL };          /* age raised to 180 */
    assert_int_equal(tq_pg_stuck_list(*state, L, &queued, &t, &n, &err), 0);
    assert_int_equal(n, 1);
    assert_string_equal(t[0].id, "q-old");
    free(t);
    tq_stuck_query older = { NULL, "enqueued", 300, 100, NULL, NULL, NULL };
    assert_int_equal(tq_pg_stuck_list(*state, L, &older, &t, &n, &err), 0);
    assert_int_equal(n, 0);
    tq_stuck_query one = { NULL, TQ_STUCK_STATUSES_ALL, TQ_STUCK_QUEUED_S, 100, "run-new", NULL, NULL };   /* too recent */
    assert_int_equal(tq_pg_stuck_list(*state, L, &one, &t, &n, &err), 0);
    assert_int_equal(n, 0);
    one.id = "run-old";
    assert_int_equal(tq_pg_stuck_list(*state, L, &one, &t, &n, &err), 0);
    assert_int_equal(n, 1);
    free(t);
    /* a failed task is stuck only while its message is set aside (invisible, no lease) */
    tpg_exec("INSERT INTO " L " VALUES ('bad', 'A', 'Bad', 'failed', 'u1', " UTC ", " UTC ");"
             "INSERT INTO " Q " (created_at, visible, lease_until, deliveries, task_id) VALUES (" UTC ", false, NULL, 11, 'bad')");
    char *aside = NULL;
    assert_int_equal(tq_pg_stuck_set_aside(*state, Q, &aside, &err), 0);
    assert_string_equal(aside, "bad");
    tq_stuck_query failed = { NULL, "failed", 0, 100, NULL, NULL, NULL };
    assert_int_equal(tq_pg_stuck_list(*state, L, &failed, &t, &n, &err), 0);
    assert_int_equal(n, 0);
    failed.set_aside = aside;
    assert_int_equal(tq_pg_stuck_list(*state, L, &failed, &t, &n, &err), 0);
    assert_int_equal(n, 1);
    assert_string_equal(t[0].id, "bad");
    free(t);
    free(aside);
    assert_int_equal(tq_pg_stuck_requeue(*state, Q, "bad", false, &err), 1);
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q " WHERE task_id = 'bad' AND visible AND deliveries = 0"), 1);
    assert_int_equal(tq_pg_stuck_reset_log(*state, L, "bad", false, &err), 0);
    assert_int_equal(tq_pg_stuck_reset_log(*state, L, "bad", true, &err), 1);
    assert_int_equal(tq_pg_stuck_requeue(*state, Q, "run-old", false, &err), 1);
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q " WHERE task_id = 'run-old' AND visible AND lease_until IS NULL"), 1);
    assert_int_equal(tq_pg_stuck_requeue(*state, Q, "nothing", false, &err), 0);
    /* a delayed message not due yet (hidden until then, never delivered) is not put in line */
    tpg_exec("INSERT INTO " Q " (created_at, visible, lease_until, deliveries, task_id) VALUES "
             "(" UTC ", false, now() + interval '10 minutes', 0, 'later')");
    tq_error_clear(&err);
    assert_int_equal(tq_pg_stuck_requeue(*state, Q, "later", false, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    assert_non_null(strstr(err.message, "not due yet"));
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q " WHERE task_id = 'later' AND NOT visible AND lease_until > now()"), 1);
    /* ... nor listed, though its log says enqueued for longer than the age */
    tpg_exec("INSERT INTO " L " VALUES ('later', 'A', 'Later', 'enqueued', 'u2', " UTC " - interval '1 hour', " UTC " - interval '1 hour')");
    char *not_due = NULL;
    assert_int_equal(tq_pg_stuck_not_due(*state, Q, &not_due, &err), 0);
    assert_string_equal(not_due, "later");
    tq_stuck_query due = { NULL, "enqueued", 0, 100, "later", NULL, NULL };
    assert_int_equal(tq_pg_stuck_list(*state, L, &due, &t, &n, &err), 0);
    assert_int_equal(n, 1);
    free(t);
    due.not_due = not_due;
    assert_int_equal(tq_pg_stuck_list(*state, L, &due, &t, &n, &err), 0);
    assert_int_equal(n, 0);
    free(t);
    free(not_due);
    assert_int_equal(tq_pg_stuck_reset_log(*state, L, "run-old", false, &err), 1);
    assert_int_equal(tpg_int("SELECT count(*) FROM " L " WHERE id = 'run-old' AND status = 'enqueued'"), 1);
    assert_int_equal(tq_pg_stuck_reset_log(*state, L, "done", false, &err), 0);   /* a finished task stays finished */
}

/* keep_leased: a claimed message whose lease runs is left alone (no tq_workers to ask);
 * once its lease ran out it is put back like any other. */
static void test_requeue_keeps_a_leased_message(void **state)
{
    tq_error err;
    tq_error_clear(&err);
    tpg_exec("INSERT INTO " Q " (created_at, visible, lease_until, deliveries, task_id) VALUES "
             "(" UTC ", false, now() + interval '5 minutes', 1, 'held'),"
             "(" UTC ", false, now() - interval '1 second', 1, 'lapsed')");
    assert_int_equal(tq_pg_stuck_requeue(*state, Q, "held", true, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    assert_non_null(strstr(err.message, "held by a worker"));
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q " WHERE task_id = 'held' AND NOT visible AND lease_until > now()"), 1);
    tq_error_clear(&err);
    assert_int_equal(tq_pg_stuck_requeue(*state, Q, "lapsed", true, &err), 1);
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q " WHERE task_id = 'lapsed' AND visible AND lease_until IS NULL"), 1);
    assert_int_equal(tq_pg_stuck_requeue(*state, Q, "held", false, &err), 1);     /* the worker-checked path */
    assert_int_equal(tpg_int("SELECT count(*) FROM " Q " WHERE task_id = 'held' AND visible"), 1);
}

int main(void)
{
    if (tpg_require_server("test_pg_dashboard") != 0) {
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_queue_depth_and_age, setup, teardown),
        cmocka_unit_test_setup_teardown(test_finished_per_task_name, setup, teardown),
        cmocka_unit_test_setup_teardown(test_stuck_and_requeue, setup, teardown),
        cmocka_unit_test_setup_teardown(test_requeue_keeps_a_leased_message, setup, teardown),
    };
    int rc = cmocka_run_group_tests_name("tq_pg_dashboard", tests, NULL, NULL);
    tpg_close();
    return rc;
}
