/* The listener token (src/pg/tq_pg_notify.c): one idle connection per set of queues
 * LISTENs, so a push wakes one idle worker, not all; a claim that brings work hands the
 * token on, so a burst wakes workers one after the other. Real sessions, real processes. */
#include "test_pg_common.h"
#include <signal.h>
#include <sys/wait.h>
#include <time.h>
#include "pg/tq_pg_queue.h"
#include "worker/tq_signal.h"

static int64_t ms_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

typedef struct worker {
    tq_pg *pg;
    tq_broker *q;
} worker;

static worker worker_on(const char *queue)
{
    tq_error err;
    worker w = {.pg = tpg_new()};
    w.q = tq_pg_queue_new(w.pg, queue, &err);
    if (!w.q) {
        fail_msg("tq_pg_queue_new: %s", err.message);
    }
    return w;
}

static void worker_free(worker *w)
{
    w->q->ops->destroy(w->q);
    tq_pg_free(w->pg);
}

static int wait_for(worker *w, int ms)
{
    tq_error err;
    tq_error_clear(&err);
    int r = w->q->ops->wait(w->q, ms, NULL, &err);
    if (r < 0) {
        fail_msg("wait: %s", err.message);
    }
    return r;
}

static int claim(worker *w)
{
    tq_error err;
    tq_message m[4];
    int n = w->q->ops->claim(w->q, 4, 60000, m, &err);
    if (n < 0) {
        fail_msg("claim: %s", err.message);
    }
    for (int i = 0; i < n; i++) {
        tpg_message_clear(&m[i]);
    }
    return n;
}

static int setup(void **state)
{
    tpg_exec("DROP TABLE IF EXISTS tq_tok; DROP TABLE IF EXISTS tq_tok2");
    worker w = worker_on("TOK"), w2 = worker_on("TOK2");
    tq_error err;
    if (w.q->ops->create_queue(w.q, &err) != 0 || w2.q->ops->create_queue(w2.q, &err) != 0) {
        fail_msg("setup: %s", err.message);
    }
    worker_free(&w);
    worker_free(&w2);
    return 0;
}

static void push_one(const char *table)
{
    char sql[160];
    snprintf(sql, sizeof(sql), "INSERT INTO %s (message, created_at) VALUES ('x', now()); NOTIFY %s", table, table);
    tpg_exec(sql);
}

/* Two idle workers on one queue: only the holder hears a push; its claim hands the token
 * to the other; a connection on another queue has a token of its own; a holder's session
 * that ends frees its token. */
static void test_one_listener_per_set_of_queues(void **state)
{
    worker a = worker_on("TOK"), b = worker_on("TOK");
    assert_int_equal(claim(&a), 0);
    assert_int_equal(claim(&b), 0);
    assert_int_equal(wait_for(&a, 1000), TQ_WAIT_READY);   /* took the token: claim now */
    assert_true(tq_pg_holds_token(a.pg));
    int64_t t0 = ms_now();
    assert_int_equal(wait_for(&b, 200), TQ_WAIT_TIMEOUT);
    assert_true(ms_now() - t0 >= 150);
    assert_false(tq_pg_holds_token(b.pg));

    push_one("tq_tok");
    assert_int_equal(wait_for(&a, 2000), TQ_WAIT_READY);
    assert_int_equal(wait_for(&b, 200), TQ_WAIT_TIMEOUT);  /* not woken: not listening */

    assert_int_equal(claim(&a), 1);
    assert_false(tq_pg_holds_token(a.pg));                 /* busy: handed on */
    t0 = ms_now();
    assert_int_equal(wait_for(&b, 2000), TQ_WAIT_READY);
    assert_true(ms_now() - t0 < 1000);
    assert_true(tq_pg_holds_token(b.pg));
    assert_int_equal(wait_for(&a, 200), TQ_WAIT_TIMEOUT);

    worker c = worker_on("TOK2");                          /* another set: its own token */
    assert_int_equal(claim(&c), 0);
    assert_int_equal(wait_for(&c, 1000), TQ_WAIT_READY);
    assert_true(tq_pg_holds_token(c.pg));

    worker_free(&b);                                       /* the holder's session ends */
    t0 = ms_now();
    assert_int_equal(wait_for(&a, 2000), TQ_WAIT_READY);
    assert_true(ms_now() - t0 < 1000);
    push_one("tq_tok");
    assert_int_equal(wait_for(&a, 2000), TQ_WAIT_READY);
    assert_int_equal(claim(&a), 1);
    worker_free(&a);
    worker_free(&c);
}

/* A signal ends a wait for the token at once; the connection is usable after it. */
static void test_signal_ends_a_wait_for_the_token(void **state)
{
    worker a = worker_on("TOK"), b = worker_on("TOK");
    assert_int_equal(claim(&a), 0);
    assert_int_equal(wait_for(&a, 1000), TQ_WAIT_READY);
    tq_error err;
    tq_signal_state sig;
    assert_int_equal(tq_signal_init(&sig, &err), 0);
    assert_int_equal(claim(&b), 0);
    tq_signal_note(&sig, SIGUSR2);
    int64_t t0 = ms_now();
    assert_int_equal(b.q->ops->wait(b.q, 5000, &sig, &err), TQ_WAIT_SIGNAL);
    assert_true(ms_now() - t0 < 2000);
    assert_false(tq_pg_holds_token(b.pg));
    assert_int_equal(b.q->ops->count(b.q, &err), 0);       /* the session goes on */
    sig.stop = 1;
    assert_int_equal(b.q->ops->wait(b.q, 5000, &sig, &err), TQ_WAIT_SIGNAL);
    tq_signal_close(&sig);
    worker_free(&a);
    assert_int_equal(wait_for(&b, 2000), TQ_WAIT_READY);
    worker_free(&b);
}

#define IDLE 4

/* One idle worker process: waits and claims for run_ms, then reports through its exit code
 * how often a wait said READY (bits 0-3) and how many messages it claimed (bits 4-7). */
static int idle_worker(int run_ms)
{
    tq_error err;
    tq_pg *pg = tq_pg_new(tpg_conninfo(), &err);
    tq_broker *q = pg ? tq_pg_queue_new(pg, "TOK", &err) : NULL;
    if (!q) {
        return 255;
    }
    int ready = 0, got = 0, n = 0;
    tq_message m[4];
    /* counted until 0.5 s before the end: a holder that exits first frees the token */
    int64_t end = ms_now() + run_ms, counted = end - 500;
    while (n >= 0 && ms_now() < end) {
        int r = q->ops->wait(q, 100, NULL, &err);
        if (r < 0) {
            n = -1;
        } else if (r == TQ_WAIT_READY) {
            ready += ms_now() < counted;
            n = q->ops->claim(q, 4, 60000, m, &err);
            for (int i = 0; i < n; i++) {
                tpg_message_clear(&m[i]);
            }
            got += n > 0 ? n : 0;
        }
    }
    q->ops->destroy(q);
    tq_pg_free(pg);
    if (n < 0) {
        fprintf(stderr, "idle worker: %s\n", err.message);
        return 255;
    }
    return (ready > 15 ? 15 : ready) | (got > 15 ? 15 : got) << 4;
}

static void run_idle_workers(pid_t *pids, int run_ms)
{
    tpg_close();   /* never share the test's socket with a child */
    fflush(NULL);
    for (int i = 0; i < IDLE; i++) {
        pids[i] = fork();
        assert_true(pids[i] >= 0);
        if (pids[i] == 0) {
            _exit(idle_worker(run_ms));
        }
    }
}

static void collect(pid_t *pids, int *ready, int *got)
{
    *ready = *got = 0;
    for (int i = 0; i < IDLE; i++) {
        int st = 0;
        assert_int_equal(waitpid(pids[i], &st, 0), pids[i]);
        assert_true(WIFEXITED(st) && WEXITSTATUS(st) != 255);
        *ready += WEXITSTATUS(st) & 15;
        *got += WEXITSTATUS(st) >> 4;
    }
}

/* Four idle worker processes, one push: at most three READY wakes in all (the first holder
 * taking the token, the push, the next holder after the hand-over), where listening on every
 * connection would wake all four for the push. */
static void test_one_push_wakes_one_of_four(void **state)
{
    pid_t pids[IDLE];
    run_idle_workers(pids, 2500);
    usleep(1000 * 1000);
    push_one("tq_tok");
    int ready, got;
    collect(pids, &ready, &got);
    assert_int_equal(got, 1);
    assert_in_range(ready, 2, 3);
    assert_int_equal(tpg_int("SELECT count(*) FROM tq_tok"), 1);   /* claimed, leased, not acked */
}

/* A burst of messages with one NOTIFY: the hand-overs wake the others one after the other,
 * so every message is claimed well before any poll would have found it. */
static void test_a_burst_wakes_workers_in_a_chain(void **state)
{
    pid_t pids[IDLE];
    run_idle_workers(pids, 2500);
    usleep(1000 * 1000);
    tpg_exec("INSERT INTO tq_tok (message, created_at) SELECT 'x', now() FROM generate_series(1, 12); NOTIFY tq_tok");
    int ready, got;
    collect(pids, &ready, &got);
    assert_int_equal(got, 12);
    assert_int_equal(tpg_int("SELECT count(*) FROM tq_tok WHERE visible"), 0);
}

int main(void)
{
    if (tpg_require_server("test_pg_wake_token") != 0) {
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_one_listener_per_set_of_queues, setup),
        cmocka_unit_test_setup(test_signal_ends_a_wait_for_the_token, setup),
        cmocka_unit_test_setup(test_one_push_wakes_one_of_four, setup),
        cmocka_unit_test_setup(test_a_burst_wakes_workers_in_a_chain, setup),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    tpg_close();
    return rc;
}
