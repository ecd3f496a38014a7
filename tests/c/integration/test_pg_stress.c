/* Several processes draining one queue: every task delivered exactly once (checked in SQL:
 * each worker records the row ids it processed in a table with a primary key), and a server
 * restart in the middle of a run after which the workers reconnect and no task is lost.
 * TQ_PG_STRESS_N / TQ_PG_RESTART_N shrink the runs (e.g. under valgrind). */
#include "test_pg_common.h"
#include <signal.h>
#include <sys/wait.h>
#include <time.h>
#include "pg/tq_pg_queue.h"

#define WORKERS 4
#define BATCH 10

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static long env_n(const char *name, long dflt)
{
    const char *v = getenv(name);
    return v && atol(v) > 0 ? atol(v) : dflt;
}

/* Pushes n task messages in batches of 1000 through the code under test. */
static void fill_queue(const char *queue, long n)
{
    tq_pg *pg = tpg_new();
    tq_error err;
    tq_broker *q = tq_pg_queue_new(pg, queue, &err);
    if (!q || q->ops->create_queue(q, &err) != 0) {
        fail_msg("queue %s: %s", queue, err.message);
    }
    enum { CHUNK = 1000 };
    static char bufs[CHUNK][160];
    const char *bodies[CHUNK];
    for (long done = 0; done < n;) {
        size_t k = 0;
        for (; k < CHUNK && done < n; k++, done++) {
            snprintf(bufs[k], sizeof(bufs[k]), "{\"taskFqcn\":\"T\",\"metadata\":{\"__id__\":\"http:\\/\\/x\\/s.rdf#i%ld\"},"
                     "\"parameters\":[]}", done);
            bodies[k] = bufs[k];
        }
        if (tq_pg_queue_push_many(q, bodies, NULL, k, NULL, &err) != 0) {
            fail_msg("push_many: %s", err.message);
        }
    }
    q->ops->destroy(q);
    tq_pg_free(pg);
}

typedef struct worker_opts {
    const char *queue;
    const char *done_table;
    int64_t lease_ms;
    int tolerate_duplicates;   /* across a restart a task may come twice: count, don't fail */
} worker_opts;

/* A worker process: claims batches, records each row id, acks. Never uses cmocka (it is a
 * child); returns the exit status: 0 ok, 1 a duplicate delivery, 2 gave up on errors. */
static int worker(int no, const worker_opts *o)
{
    tq_error err;
    tq_pg *pg = tq_pg_new(tpg_conninfo(), &err);
    tq_broker *q = pg ? tq_pg_queue_new(pg, o->queue, &err) : NULL;
    if (!q) {
        fprintf(stderr, "worker %d: %s\n", no, err.message);
        tq_pg_free(pg);
        return 2;
    }
    char sql[256];
    snprintf(sql, sizeof(sql), "INSERT INTO %s (id, worker) VALUES ($1, $2)%s", o->done_table,
             o->tolerate_duplicates ? " ON CONFLICT DO NOTHING" : "");
    int st_done = tq_pg_stmt(pg, sql, 2, &err);
    snprintf(sql, sizeof(sql), "SELECT count(*) FROM tq_%s", o->queue);   /* leased rows included */
    int st_left = tq_pg_stmt(pg, sql, 0, &err);
    char wno[16];
    snprintf(wno, sizeof(wno), "%d", no);
    long processed = 0, duplicates = 0, errors = 0;
    int64_t failing_since = 0;
    int rc = 0;
    tq_message m[BATCH];
    for (;;) {
        int n = q->ops->claim(q, BATCH, o->lease_ms, m, &err);
        if (n < 0) {
            errors++;
            if (!failing_since) {
                failing_since = now_ms();
            } else if (now_ms() - failing_since > 60000) {
                fprintf(stderr, "worker %d: giving up: %s\n", no, err.message);
                rc = 2;
                break;
            }
            usleep(100 * 1000);
            continue;
        }
        failing_since = 0;
        if (n == 0) {
            PGresult *r = tq_pg_exec(pg, st_left, NULL, "left", &err);
            long left = r ? atol(PQgetvalue(r, 0, 0)) : -1;
            PQclear(r);
            if (left == 0) {
                break;
            }
            usleep(20 * 1000);   /* rows leased by others, or waiting for a lease to run out */
            continue;
        }
        for (int i = 0; i < n; i++) {
            const char *params[] = {m[i].receipt, wno};
            PGresult *r = tq_pg_exec(pg, st_done, params, "record", &err);
            if (!r) {
                if (strcmp(tq_pg_last_sqlstate(pg), "23505") == 0) {
                    fprintf(stderr, "worker %d: row %s delivered twice\n", no, m[i].receipt);
                    rc = 1;
                } else {
                    errors++;   /* not recorded, not acked: it comes back after its lease */
                }
                tpg_message_clear(&m[i]);
                continue;
            }
            if (atoi(PQcmdTuples(r)) == 0) {
                duplicates++;
            }
            PQclear(r);
            if (q->ops->ack(q, &m[i], &err) != 0) {
                errors++;
            } else {
                processed++;
            }
            tpg_message_clear(&m[i]);
        }
    }
    char line[256];
    snprintf(line, sizeof(line), "INSERT INTO stress_workers VALUES (%d, %ld, %ld, %ld, %llu)", no, processed,
             duplicates, errors, (unsigned long long)tq_pg_get_stats(pg)->reconnects);
    if (tq_pg_exec_script(pg, line, "stats", &err) != 0) {
        fprintf(stderr, "worker %d: %s\n", no, err.message);
        rc = rc ? rc : 2;
    }
    q->ops->destroy(q);
    tq_pg_free(pg);
    return rc;
}

static void start_workers(pid_t *pids, int count, const worker_opts *o)
{
    tpg_close();   /* never share the test's socket with a child */
    fflush(NULL);
    for (int i = 0; i < count; i++) {
        pids[i] = fork();
        assert_true(pids[i] >= 0);
        if (pids[i] == 0) {
            _exit(worker(i + 1, o));
        }
    }
}

static void wait_workers(pid_t *pids, int count, int timeout_s)
{
    int64_t end = now_ms() + timeout_s * 1000;
    for (int i = 0; i < count; i++) {
        int status = 0;
        for (;;) {
            pid_t p = waitpid(pids[i], &status, WNOHANG);
            if (p == pids[i]) {
                break;
            }
            if (now_ms() > end) {
                for (int j = i; j < count; j++) {
                    kill(pids[j], SIGKILL);
                    waitpid(pids[j], NULL, 0);
                }
                fail_msg("workers did not finish within %d s", timeout_s);
            }
            usleep(20 * 1000);
        }
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            fail_msg("worker %d ended with status %d (1: a task delivered twice, 2: gave up)", i + 1,
                     WIFEXITED(status) ? WEXITSTATUS(status) : -1);
        }
    }
}

static void test_four_workers_drain_exactly_once(void **state)
{
    long n = env_n("TQ_PG_STRESS_N", 20000);
    tpg_exec("DROP TABLE IF EXISTS tq_stress; DROP TABLE IF EXISTS stress_done; DROP TABLE IF EXISTS stress_pushed;"
             "DROP TABLE IF EXISTS stress_workers;"
             "CREATE TABLE stress_done (id integer PRIMARY KEY, worker integer NOT NULL);"
             "CREATE TABLE stress_workers (worker integer, processed bigint, duplicates bigint, errors bigint, reconnects bigint)");
    fill_queue("stress", n);
    tpg_exec("CREATE TABLE stress_pushed AS SELECT id FROM tq_stress");
    assert_int_equal(tpg_int("SELECT count(*) FROM stress_pushed"), n);

    worker_opts o = {.queue = "stress", .done_table = "stress_done", .lease_ms = 600000};
    pid_t pids[WORKERS];
    int64_t t0 = now_ms();
    start_workers(pids, WORKERS, &o);
    wait_workers(pids, WORKERS, 600);
    int64_t took = now_ms() - t0;

    /* exactly once, in SQL: a second delivery would have hit the primary key */
    assert_int_equal(tpg_int("SELECT count(*) FROM stress_done"), n);
    assert_int_equal(tpg_int("SELECT count(*) FROM stress_pushed p JOIN stress_done d USING (id)"), n);
    assert_int_equal(tpg_int("SELECT count(*) FROM tq_stress"), 0);
    assert_int_equal(tpg_int("SELECT sum(duplicates) FROM stress_workers"), 0);
    assert_int_equal(tpg_int("SELECT count(*) FROM stress_workers"), WORKERS);
    char *dist = tpg_text("SELECT string_agg(worker || ':' || processed, ' ' ORDER BY worker) FROM stress_workers");
    print_message("%ld tasks, %d workers, claim batches of %d: %lld ms (%.0f tasks/s); per worker %s\n", n, WORKERS,
                  BATCH, (long long)took, n * 1000.0 / (double)(took ? took : 1), dist);
    free(dist);
    assert_int_equal(tpg_int("SELECT count(*) FROM stress_workers WHERE processed = 0"), 0);
    tpg_exec("DROP TABLE tq_stress; DROP TABLE stress_done; DROP TABLE stress_pushed; DROP TABLE stress_workers");
}

static void test_server_restart_mid_run_loses_nothing(void **state)
{
    long n = env_n("TQ_PG_RESTART_N", 5000);
    tpg_exec("DROP TABLE IF EXISTS tq_restart; DROP TABLE IF EXISTS restart_done; DROP TABLE IF EXISTS stress_workers;"
             "CREATE TABLE restart_done (id integer PRIMARY KEY, worker integer NOT NULL);"
             "CREATE TABLE stress_workers (worker integer, processed bigint, duplicates bigint, errors bigint, reconnects bigint)");
    fill_queue("restart", n);
    tpg_exec("CREATE TEMP TABLE restart_pushed AS SELECT id FROM tq_restart");
    char *pushed = tpg_text("SELECT string_agg(id::text, ',' ORDER BY id) FROM restart_pushed");

    /* short leases: a claim whose ack died with the connection comes back soon */
    worker_opts o = {.queue = "restart", .done_table = "restart_done", .lease_ms = 2000, .tolerate_duplicates = 1};
    pid_t pids[3];
    start_workers(pids, 3, &o);
    long at_restart;
    int64_t deadline = now_ms() + 120000;
    while ((at_restart = tpg_int("SELECT count(*) FROM restart_done")) < n / 4) {
        if (now_ms() > deadline) {
            fail_msg("workers made no progress");
        }
        usleep(10 * 1000);
    }
    tpg_close();
    tpg_restart_server();
    wait_workers(pids, 3, 300);

    print_message("restart after %ld of %ld tasks; worker reconnects %lld, failed calls %lld, tasks seen twice %lld\n",
                  at_restart, n, tpg_int("SELECT sum(reconnects) FROM stress_workers"),
                  tpg_int("SELECT sum(errors) FROM stress_workers"), tpg_int("SELECT sum(duplicates) FROM stress_workers"));
    assert_true(at_restart < n);                 /* the restart did hit a running drain */
    assert_int_equal(tpg_int("SELECT count(*) FROM stress_workers WHERE reconnects >= 1"), 3);
    assert_int_equal(tpg_int("SELECT count(*) FROM tq_restart"), 0);
    assert_int_equal(tpg_int("SELECT count(*) FROM restart_done"), n);
    /* every pushed row id was processed (the temp table ended with its session: compare lists) */
    char *done = tpg_text("SELECT string_agg(id::text, ',' ORDER BY id) FROM restart_done");
    assert_string_equal(done, pushed);
    free(done);
    free(pushed);
    tpg_exec("DROP TABLE tq_restart; DROP TABLE restart_done; DROP TABLE stress_workers");
}

int main(void)
{
    if (tpg_require_server("test_pg_stress") != 0) {
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_four_workers_drain_exactly_once),
        cmocka_unit_test(test_server_restart_mid_run_loses_nothing),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    tpg_close();
    return rc;
}
