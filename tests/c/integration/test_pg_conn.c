/* tq_pg: lazy connect, passwords kept out of messages, prepared statements once per
 * connection, reconnect after the server goes away, interruptible waits. */
#include "common/tq_time.h"
#include "test_pg_common.h"
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>

#define SECRET "Sup3rS3cretPw"

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void test_invalid_conninfo_is_scrubbed(void **state)
{
    tq_error err;
    /* an unknown option named before the password is shown; after it, it could be password */
    tq_pg *c = tq_pg_new("bogus_option=1 host=/tmp password=" SECRET, &err);
    assert_null(c);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    assert_non_null(strstr(err.message, "bogus_option"));
    assert_null(strstr(err.message, SECRET));
    c = tq_pg_new("host=/tmp password=" SECRET " bogus_option=1", &err);
    assert_null(c);
    assert_null(strstr(err.message, SECRET));
    assert_null(strstr(err.message, "bogus_option"));

    c = tq_pg_new("host=/tmp password='" SECRET, &err);    /* unterminated quote */
    assert_null(c);
    assert_null(strstr(err.message, SECRET));
}

static void test_scrub_patterns(void **state)
{
    char m[256];
    snprintf(m, sizeof(m), "bad: host=x password=abc user=u");
    tq_pg_scrub(m, sizeof(m), NULL);
    assert_string_equal(m, "bad: host=x password=*** user=u");

    snprintf(m, sizeof(m), "bad: PASSWORD = 'a b\\' c' user=u");
    tq_pg_scrub(m, sizeof(m), NULL);
    assert_string_equal(m, "bad: password=*** user=u");

    snprintf(m, sizeof(m), "uri postgresql://me:pw@db.example/tao?x=1&password=zz");
    tq_pg_scrub(m, sizeof(m), NULL);
    assert_string_equal(m, "uri postgresql://me:***@db.example/tao?x=1&password=***");

    snprintf(m, sizeof(m), "echo of %s in a message", SECRET);
    tq_pg_scrub(m, sizeof(m), "host=/x password=" SECRET);
    assert_string_equal(m, "echo of *** in a message");

    snprintf(m, sizeof(m), "postgresql://me@host/db has no password");
    tq_pg_scrub(m, sizeof(m), NULL);
    assert_string_equal(m, "postgresql://me@host/db has no password");
}

static void test_lazy_connect_and_unreachable_server(void **state)
{
    tq_pg *c = tpg_new();
    assert_int_equal(tq_pg_get_stats(c)->connects, 0);
    assert_false(tq_pg_connected(c));
    tq_pg_free(c);

    const char *bad[] = {
        "host=/nonexistent_tq_dir port=5 user=u dbname=d password=" SECRET,
        "postgresql://u:" SECRET "@/d?host=/nonexistent_tq_dir",
    };
    for (size_t i = 0; i < 2; i++) {
        tq_error err;
        c = tq_pg_new(bad[i], &err);
        assert_non_null(c);
        int64_t t0 = now_ms();
        int h = tq_pg_stmt(c, "SELECT 1", 0, &err);
        assert_null(tq_pg_exec(c, h, NULL, "ping", &err));
        assert_true(now_ms() - t0 < 1000);    /* the first connect is one attempt, no backoff */
        assert_int_equal(err.code, TQ_ERR_IO);
        assert_non_null(strstr(err.message, "could not connect"));
        assert_non_null(strstr(err.message, "nonexistent_tq_dir"));
        assert_null(strstr(err.message, SECRET));
        tq_pg_free(c);
    }
}

static long long run_int(tq_pg *c, int h, const char *arg)
{
    tq_error err;
    const char *params[] = {arg};
    PGresult *r = tq_pg_exec(c, h, params, "test", &err);
    if (!r) {
        fail_msg("exec: %s", err.message);
    }
    long long v = atoll(PQgetvalue(r, 0, 0));
    PQclear(r);
    return v;
}

static void test_prepared_once_per_connection(void **state)
{
    tq_pg *c = tpg_new();
    tq_error err;
    int h = tq_pg_stmt(c, "SELECT $1::int + 1", 1, &err);
    assert_int_equal(tq_pg_stmt(c, "SELECT $1::int + 1", 1, &err), h);   /* same text, same handle */
    assert_int_equal(run_int(c, h, "1"), 2);
    assert_int_equal(run_int(c, h, "2"), 3);
    assert_int_equal(run_int(c, h, "3"), 4);
    const tq_pg_stats *st = tq_pg_get_stats(c);
    assert_int_equal(st->prepares, 1);
    assert_int_equal(st->statements, 3);
    assert_int_equal(st->round_trips, 4);
    assert_int_equal(st->connects, 1);

    tq_pg_disconnect(c);
    assert_int_equal(run_int(c, h, "4"), 5);
    assert_int_equal(st->prepares, 2);        /* a new connection prepares again */
    tq_pg_free(c);
}

static void test_dynamic_statements_are_bounded(void **state)
{
    tq_pg *c = tpg_new();
    tq_error err;
    for (int i = 0; i < 300; i++) {
        char sql[64];
        snprintf(sql, sizeof(sql), "SELECT $1::int + %d", i);
        const char *params[] = {"1"};
        PGresult *r = tq_pg_exec_dynamic(c, sql, 1, params, "dyn", &err);
        assert_non_null(r);
        assert_int_equal(atoi(PQgetvalue(r, 0, 0)), i + 1);
        PQclear(r);
    }
    assert_int_equal(tq_pg_get_stats(c)->prepares, 256);   /* the rest ran unnamed */
    assert_int_equal(tq_pg_get_stats(c)->statements, 300);
    assert_true(tq_pg_stmt(c, "SELECT 42", 0, &err) >= 256); /* fixed statements still register */
    tq_pg_free(c);
}

static void terminate_taskqueue_backends(void)
{
    tpg_exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
             "WHERE application_name = 'taskqueue' AND pid <> pg_backend_pid()");
    /* wait until they are gone, so the test does not race the server */
    for (int i = 0; i < 500 && tpg_int("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'taskqueue'"); i++) {
        usleep(10 * 1000);
    }
}

static void test_reconnects_after_backend_killed(void **state)
{
    tq_pg *c = tpg_new();
    tq_error err;
    int h = tq_pg_stmt(c, "SELECT $1::int * 10", 1, &err);
    assert_int_equal(run_int(c, h, "1"), 10);
    terminate_taskqueue_backends();
    assert_int_equal(run_int(c, h, "2"), 20);   /* noticed before sending: no failed call */
    const tq_pg_stats *st = tq_pg_get_stats(c);
    assert_int_equal(st->reconnects, 1);
    assert_int_equal(st->prepares, 2);
    tq_pg_free(c);
}

static void test_connection_lost_inside_transaction(void **state)
{
    tq_pg *c = tpg_new();
    tq_error err;
    int h = tq_pg_stmt(c, "SELECT $1::int", 1, &err);
    assert_int_equal(tq_pg_begin(c, &err), 0);
    assert_true(tq_pg_in_transaction(c));
    assert_int_equal(run_int(c, h, "7"), 7);
    terminate_taskqueue_backends();
    const char *params[] = {"8"};
    assert_null(tq_pg_exec(c, h, params, "in tx", &err));
    assert_int_equal(err.code, TQ_ERR_IO);
    assert_non_null(strstr(err.message, "inside a transaction"));
    assert_false(tq_pg_in_transaction(c));
    assert_int_equal(tq_pg_rollback(c), 0);
    assert_int_equal(run_int(c, h, "9"), 9);    /* and the next call reconnects */
    tq_pg_free(c);
}

/* A failed statement whose error the caller handled leaves the transaction aborted: COMMIT
 * would answer ROLLBACK as if it succeeded. tq_pg_commit says it failed; and a request that
 * ended with its transaction open (a fatal error) gets it rolled back by tq_pg_end_request. */
static void test_commit_of_a_failed_transaction_fails(void **state)
{
    tq_pg *c = tpg_new();
    tq_error err;
    int h = tq_pg_stmt(c, "SELECT $1::int", 1, &err);
    assert_int_equal(tq_pg_begin(c, &err), 0);
    assert_null(tq_pg_exec_dynamic(c, "SELECT 1 FROM no_such_table_here", 0, NULL, "failing", &err));
    assert_int_equal(tq_pg_commit(c, &err), -1);
    assert_non_null(strstr(err.message, "nothing of it was committed"));
    assert_false(tq_pg_in_transaction(c));
    assert_int_equal(run_int(c, h, "5"), 5);
    /* left open, as a fatal error leaves it: the end of the request rolls it back */
    assert_int_equal(tq_pg_begin(c, &err), 0);
    assert_int_equal(run_int(c, h, "6"), 6);
    tq_pg_end_request(c);
    assert_false(tq_pg_in_transaction(c));
    assert_int_equal(tq_pg_begin(c, &err), 0);
    assert_int_equal(tq_pg_commit(c, &err), 0);
    tq_pg_free(c);
}

static void test_reconnects_after_server_restart(void **state)
{
    tq_pg *c = tpg_new();
    tq_error err;
    int h = tq_pg_stmt(c, "SELECT $1::int + 100", 1, &err);
    assert_int_equal(run_int(c, h, "1"), 101);
    tpg_close();
    tpg_restart_server();
    assert_int_equal(run_int(c, h, "2"), 102);
    assert_int_equal(tq_pg_get_stats(c)->reconnects, 1);
    tq_pg_free(c);
}

static void test_fork_child_gets_its_own_session(void **state)
{
    tq_pg *c = tpg_new();
    tq_error err;
    int h = tq_pg_stmt(c, "SELECT pg_backend_pid()", 0, &err);
    PGresult *r = tq_pg_exec(c, h, NULL, "pid", &err);
    long parent_backend = atol(PQgetvalue(r, 0, 0));
    PQclear(r);
    tpg_close();
    fflush(NULL);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        /* the child uses the inherited object: it must get a session of its own ... */
        tq_error e;
        PGresult *cr = tq_pg_exec(c, h, NULL, "pid", &e);
        int ok = cr && atol(PQgetvalue(cr, 0, 0)) != parent_backend;
        PQclear(cr);
        tq_pg_free(c);           /* ... and closing it must not end the parent's */
        _exit(ok ? 0 : 1);
    }
    int status;
    waitpid(pid, &status, 0);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
    r = tq_pg_exec(c, h, NULL, "pid", &err);
    assert_non_null(r);
    assert_int_equal(atol(PQgetvalue(r, 0, 0)), parent_backend);   /* same session, still alive */
    PQclear(r);
    assert_int_equal(tq_pg_get_stats(c)->reconnects, 0);
    tq_pg_free(c);
}

/* A unix socket that accepts connections and never answers: a hung server. */
static char fake_dir[64];
static int fake_fd = -1;

static void fake_server_start(void)
{
    snprintf(fake_dir, sizeof(fake_dir), "/tmp/tq_fake.XXXXXX");
    assert_non_null(mkdtemp(fake_dir));
    struct sockaddr_un a = {.sun_family = AF_UNIX};
    snprintf(a.sun_path, sizeof(a.sun_path), "%s/.s.PGSQL.5432", fake_dir);
    fake_fd = socket(AF_UNIX, SOCK_STREAM, 0);
    assert_true(fake_fd >= 0);
    assert_int_equal(bind(fake_fd, (struct sockaddr *)&a, sizeof(a)), 0);
    assert_int_equal(listen(fake_fd, 8), 0);
}

static void fake_server_stop(void)
{
    char path[128];
    snprintf(path, sizeof(path), "%s/.s.PGSQL.5432", fake_dir);
    close(fake_fd);
    unlink(path);
    rmdir(fake_dir);
}

static int stop_calls;

static int stop_after_three(void *ctx)
{
    (void)ctx;
    return ++stop_calls > 3;
}

static void test_connect_wait_is_interruptible(void **state)
{
    fake_server_start();
    char ci[160];
    snprintf(ci, sizeof(ci), "host=%s port=5432 user=u dbname=d", fake_dir);
    tq_error err;
    tq_pg *c = tq_pg_new(ci, &err);
    assert_non_null(c);
    stop_calls = 0;
    tq_pg_set_should_stop(c, stop_after_three, NULL);
    int64_t t0 = now_ms();
    assert_int_equal(tq_pg_connect(c, &err), -1);
    int64_t took = now_ms() - t0;
    assert_true(took < 800);                    /* slices of <= 100 ms */
    assert_true(stop_calls >= 4);
    assert_non_null(strstr(err.message, "interrupted"));
    tq_pg_free(c);

    snprintf(ci, sizeof(ci), "host=%s port=5432 user=u dbname=d connect_timeout=2", fake_dir);
    c = tq_pg_new(ci, &err);
    t0 = now_ms();
    assert_int_equal(tq_pg_connect(c, &err), -1);
    took = now_ms() - t0;
    assert_true(took >= 1900 && took < 3500);
    assert_non_null(strstr(err.message, "timeout"));
    tq_pg_free(c);
    fake_server_stop();
}

static void test_sleep_is_interruptible(void **state)
{
    tq_pg *c = tpg_new();
    stop_calls = 0;
    tq_pg_set_should_stop(c, stop_after_three, NULL);
    int64_t t0 = now_ms();
    assert_int_equal(tq_pg_sleep(c, 5000), 1);
    assert_true(now_ms() - t0 < 500);
    tq_pg_set_should_stop(c, NULL, NULL);
    t0 = now_ms();
    assert_int_equal(tq_pg_sleep(c, 120), 0);
    assert_true(now_ms() - t0 >= 115);
    tq_pg_free(c);
}

static void test_errors_map_to_codes(void **state)
{
    tq_pg *c = tpg_new();
    tq_error err;
    assert_null(tq_pg_exec_dynamic(c, "SELECT * FROM tq_no_such_table_here", 0, NULL, "probe", &err));
    assert_int_equal(err.code, TQ_ERR_NOT_FOUND);
    assert_string_equal(tq_pg_last_sqlstate(c), "42P01");
    assert_non_null(strstr(err.message, "probe: relation \"tq_no_such_table_here\" does not exist"));

    const char *zero[] = {"0"};
    assert_null(tq_pg_exec_dynamic(c, "SELECT 1 / $1::int", 1, zero, "divide", &err));
    assert_int_equal(err.code, TQ_ERR_INVALID);
    assert_non_null(strstr(err.message, "SQLSTATE 22012"));

    assert_int_equal(tq_pg_exec_script(c, "SELECT 1; SELECT 2", "script", &err), 0);
    assert_int_equal(tq_pg_exec_script(c, "SELECT 1; SELEC 2", "script", &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    tq_pg_free(c);
}

static void test_text_array_round_trip(void **state)
{
    const char *vals[] = {"plain", "", "with \"quotes\"", "back\\slash", "{braces},comma", NULL, "NULL",
                          "caf\xc3\xa9 \xe2\x82\xac", "x'); DROP TABLE t; --", "  spaced  "};
    size_t n = sizeof(vals) / sizeof(vals[0]);
    tq_buf b;
    tq_buf_init(&b);
    assert_int_equal(tq_pg_text_array(vals, n, &b), 0);
    tq_pg *c = tpg_new();
    tq_error err;
    const char *params[] = {b.data};
    PGresult *r = tq_pg_exec_dynamic(c, "SELECT v FROM unnest($1::text[]) WITH ORDINALITY AS u(v, n) ORDER BY n",
                                     1, params, "unnest", &err);
    assert_non_null(r);
    assert_int_equal(PQntuples(r), n);
    for (size_t i = 0; i < n; i++) {
        if (!vals[i]) {
            assert_true(PQgetisnull(r, (int)i, 0));
        } else {
            assert_string_equal(PQgetvalue(r, (int)i, 0), vals[i]);
        }
    }
    PQclear(r);
    tq_buf_free(&b);
    tq_pg_free(c);
}

static void test_format_and_table_names(void **state)
{
    char out[32];
    tq_time_format_utc(1700000000, out, sizeof(out));
    assert_string_equal(out, "2023-11-14 22:13:20");
    char t[64];
    tq_error err;
    assert_int_equal(tq_pg_table_name("queue", "Background_2", t, sizeof(t), &err), 0);
    assert_string_equal(t, "tq_background_2");
    const char *bad[] = {"", "a-b", "x;drop table y", "caf\xc3\xa9", "a b", "q\"",
                         "a123456789012345678901234567890123456789012345678901234567890"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        assert_int_equal(tq_pg_table_name("queue", bad[i], t, sizeof(t), &err), -1);
        assert_int_equal(err.code, TQ_ERR_INVALID);
        assert_non_null(strstr(err.message, "queue name"));
    }
}

int main(void)
{
    if (tpg_require_server("test_pg_conn") != 0) {
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_invalid_conninfo_is_scrubbed),
        cmocka_unit_test(test_scrub_patterns),
        cmocka_unit_test(test_lazy_connect_and_unreachable_server),
        cmocka_unit_test(test_prepared_once_per_connection),
        cmocka_unit_test(test_dynamic_statements_are_bounded),
        cmocka_unit_test(test_reconnects_after_backend_killed),
        cmocka_unit_test(test_connection_lost_inside_transaction),
        cmocka_unit_test(test_commit_of_a_failed_transaction_fails),
        cmocka_unit_test(test_reconnects_after_server_restart),
        cmocka_unit_test(test_fork_child_gets_its_own_session),
        cmocka_unit_test(test_connect_wait_is_interruptible),
        cmocka_unit_test(test_sleep_is_interruptible),
        cmocka_unit_test(test_errors_map_to_codes),
        cmocka_unit_test(test_text_array_round_trip),
        cmocka_unit_test(test_format_and_table_names),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    tpg_close();
    return rc;
}
