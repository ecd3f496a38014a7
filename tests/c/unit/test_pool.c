/* tq_pool: real children forked by the pool, real signals. Each child reports through a
 * pipe what it saw ("<slot> start", "<slot> TERM", ...), the test process is the pool's
 * parent and gets its signals from a helper process, as an operator's kill would send them. */
#include "helpers.h"
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
#include "worker/tq_pool.h"
#include "worker/tq_signal.h"

static tq_signal_state *g_state;
static int g_report = -1;     /* the write end children report on */
static int g_slot;

static void on_parent_signal(int signo)
{
    tq_signal_note(g_state, signo);
}

static void install_parent(tq_signal_state *s)
{
    g_state = s;
    int signos[] = {SIGTERM, SIGINT, SIGQUIT, SIGUSR2, SIGCONT};
    for (size_t i = 0; i < sizeof(signos) / sizeof(signos[0]); i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = on_parent_signal;
        sigemptyset(&sa.sa_mask);
        sigaction(signos[i], &sa, NULL);
    }
}

static void restore_parent(void)
{
    int signos[] = {SIGTERM, SIGINT, SIGQUIT, SIGUSR2, SIGCONT};
    for (size_t i = 0; i < sizeof(signos) / sizeof(signos[0]); i++) {
        signal(signos[i], SIG_DFL);
    }
}

static void report(const char *what)
{
    char line[64];
    int n = snprintf(line, sizeof(line), "%d %s\n", g_slot, what);
    if (write(g_report, line, (size_t)n) < 0) {
        _exit(99);
    }
}

static volatile sig_atomic_t g_child_stop;

static void on_child_signal(int signo)
{
    report(signo == SIGTERM ? "TERM" : signo == SIGUSR2 ? "USR2" : signo == SIGCONT ? "CONT" : "other");
    if (signo == SIGTERM) {
        g_child_stop = 1;
    }
}

/* A child: its own handlers, "start", then what mode says; never returns. */
static void child(int slot, const char *mode)
{
    g_slot = slot;
    int signos[] = {SIGTERM, SIGUSR2, SIGCONT};
    for (size_t i = 0; i < 3; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = on_child_signal;
        sigemptyset(&sa.sa_mask);
        sigaction(signos[i], &sa, NULL);
    }
    report("start");
    if (strcmp(mode, "exit0") == 0) {
        usleep(50 * 1000);
        _exit(0);
    }
    if (strcmp(mode, "crash") == 0) {
        raise(SIGKILL);
    }
    while (!g_child_stop) {   /* "work": until SIGTERM */
        pause();
    }
    _exit(0);
}

/* Everything the children wrote, once all of them closed the pipe. */
static char *drain(int fd)
{
    static char buf[65536];
    size_t n = 0;
    ssize_t r;
    while (n < sizeof(buf) - 1 && (r = read(fd, buf + n, sizeof(buf) - 1 - n)) != 0) {
        if (r < 0 && errno != EINTR) {
            break;
        }
        n += r > 0 ? (size_t)r : 0;
    }
    buf[n] = '\0';
    return buf;
}

static int count(const char *text, const char *what)
{
    int n = 0;
    for (const char *p = text; (p = strstr(p, what)) != NULL; p += strlen(what)) {
        n++;
    }
    return n;
}

/* A helper process that sends the parent signo after each delay (ms), in order. */
static pid_t send_later(const int *signos, const int *delays_ms, int n)
{
    pid_t parent = getpid();
    pid_t h = fork();
    if (h == 0) {
        for (int i = 0; i < n; i++) {
            usleep((useconds_t)delays_ms[i] * 1000);
            kill(parent, signos[i]);
        }
        _exit(0);
    }
    return h;
}

typedef struct run_result {
    int rc;
    tq_pool_summary sum;
    char *out;
} run_result;

static run_result run_pool(tq_pool_opts *o, const char *mode, const int *signos, const int *delays, int nsig)
{
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    tq_signal_state s;
    assert_int_equal(tq_signal_init(&s, NULL), 0);
    install_parent(&s);
    pid_t helper = nsig ? send_later(signos, delays, nsig) : 0;
    g_report = fds[1];
    run_result r;
    tq_error err;
    tq_error_clear(&err);
    r.rc = tq_pool_run(o, &s, NULL, NULL, &r.sum, &err);
    if (r.rc >= 0) {
        close(fds[0]);
        tq_signal_close(&s);
        child(r.rc, mode);
    }
    close(fds[1]);
    if (helper) {
        waitpid(helper, NULL, 0);
    }
    r.out = drain(fds[0]);
    close(fds[0]);
    restore_parent();
    tq_signal_close(&s);
    return r;
}

static void test_children_that_finish_are_not_replaced_without_replace(void **state)
{
    tq_pool_opts o;
    tq_pool_opts_default(&o, 3);
    o.replace_finished = 0;
    run_result r = run_pool(&o, "exit0", NULL, NULL, 0);
    assert_int_equal(r.rc, -1);
    assert_int_equal(r.sum.started, 3);
    assert_int_equal(r.sum.failed, 0);
    assert_int_equal(r.sum.stop_signal, 0);
    assert_non_null(strstr(r.out, "0 start"));
    assert_non_null(strstr(r.out, "1 start"));
    assert_non_null(strstr(r.out, "2 start"));
    assert_int_equal(count(r.out, "start"), 3);
}

static void test_finished_children_are_replaced_until_sigterm(void **state)
{
    tq_pool_opts o;
    tq_pool_opts_default(&o, 2);
    o.poll_ms = 20;
    int sig[] = {SIGTERM}, delay[] = {600};
    run_result r = run_pool(&o, "exit0", sig, delay, 1);
    assert_int_equal(r.rc, -1);
    assert_int_equal(r.sum.stop_signal, SIGTERM);
    assert_int_equal(r.sum.failed, 0);
    assert_true(r.sum.started >= 4);   /* each lives 50 ms: replaced several times in 600 */
    assert_int_equal(count(r.out, "start"), r.sum.started);
}

static void test_stop_pause_and_resume_reach_every_child(void **state)
{
    tq_pool_opts o;
    tq_pool_opts_default(&o, 3);
    int sig[] = {SIGUSR2, SIGCONT, SIGINT}, delay[] = {300, 150, 150};
    run_result r = run_pool(&o, "work", sig, delay, 3);
    assert_int_equal(r.rc, -1);
    assert_int_equal(r.sum.started, 3);
    assert_int_equal(r.sum.failed, 0);
    assert_int_equal(r.sum.stop_signal, SIGINT);
    assert_int_equal(count(r.out, "USR2"), 3);
    assert_int_equal(count(r.out, "CONT"), 3);
    assert_int_equal(count(r.out, "TERM"), 3);   /* the stop goes on as SIGTERM */
    /* in order, for each child */
    for (int i = 0; i < 3; i++) {
        char a[16], b[16], c[16];
        snprintf(a, sizeof(a), "%d USR2", i);
        snprintf(b, sizeof(b), "%d CONT", i);
        snprintf(c, sizeof(c), "%d TERM", i);
        assert_true(strstr(r.out, a) < strstr(r.out, b));
        assert_true(strstr(r.out, b) < strstr(r.out, c));
    }
}

static void test_a_slot_that_keeps_crashing_is_given_up(void **state)
{
    tq_pool_opts o;
    tq_pool_opts_default(&o, 1);
    o.backoff_max_ms = 50;
    o.poll_ms = 10;
    o.give_up_after = 3;
    run_result r = run_pool(&o, "crash", NULL, NULL, 0);
    assert_int_equal(r.rc, -1);
    assert_int_equal(r.sum.started, 3);
    assert_int_equal(r.sum.failed, 3);
    assert_int_equal(r.sum.given_up, 1);
    assert_true(WIFSIGNALED(r.sum.last_status) && WTERMSIG(r.sum.last_status) == SIGKILL);
}

static void test_a_stop_before_any_start_starts_nothing(void **state)
{
    tq_pool_opts o;
    tq_pool_opts_default(&o, 2);
    tq_signal_state s;
    assert_int_equal(tq_signal_init(&s, NULL), 0);
    s.stop = 1;
    tq_pool_summary sum;
    tq_error err;
    tq_error_clear(&err);
    assert_int_equal(tq_pool_run(&o, &s, NULL, NULL, &sum, &err), -1);
    assert_int_equal(sum.started, 0);
    tq_signal_close(&s);
}

static void test_a_bad_size_is_refused(void **state)
{
    tq_pool_opts o;
    tq_pool_opts_default(&o, 0);
    tq_signal_state s;
    assert_int_equal(tq_signal_init(&s, NULL), 0);
    tq_pool_summary sum;
    tq_error err;
    tq_error_clear(&err);
    assert_int_equal(tq_pool_run(&o, &s, NULL, NULL, &sum, &err), -2);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    assert_non_null(strstr(err.message, "1 to 256"));
    tq_signal_close(&s);
}

/* The parent killed with SIGKILL: its children get SIGTERM (Linux), not orphaned at work. */
static void test_children_stop_when_the_parent_is_killed(void **state)
{
#ifdef __linux__
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    pid_t parent = fork();
    if (parent == 0) {
        close(fds[0]);
        tq_signal_state s;
        tq_signal_init(&s, NULL);
        install_parent(&s);
        g_report = fds[1];
        tq_pool_opts o;
        tq_pool_opts_default(&o, 2);
        tq_pool_summary sum;
        int rc = tq_pool_run(&o, &s, NULL, NULL, &sum, NULL);
        if (rc >= 0) {
            tq_signal_close(&s);
            child(rc, "work");
        }
        _exit(0);
    }
    close(fds[1]);
    char buf[256] = "";
    size_t n = 0;
    while (count(buf, "start") < 2 && n < sizeof(buf) - 1) {   /* both at work */
        ssize_t r = read(fds[0], buf + n, sizeof(buf) - 1 - n);
        assert_true(r > 0);
        n += (size_t)r;
        buf[n] = '\0';
    }
    kill(parent, SIGKILL);
    waitpid(parent, NULL, 0);
    char *rest = drain(fds[0]);   /* EOF once both children have exited */
    close(fds[0]);
    assert_int_equal(count(rest, "TERM"), 2);
#else
    skip();
#endif
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_children_that_finish_are_not_replaced_without_replace),
        cmocka_unit_test(test_finished_children_are_replaced_until_sigterm),
        cmocka_unit_test(test_stop_pause_and_resume_reach_every_child),
        cmocka_unit_test(test_a_slot_that_keeps_crashing_is_given_up),
        cmocka_unit_test(test_a_stop_before_any_start_starts_nothing),
        cmocka_unit_test(test_a_bad_size_is_refused),
        cmocka_unit_test(test_children_stop_when_the_parent_is_killed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
