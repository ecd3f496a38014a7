/* tq_signal: a real signal delivered to this process wakes a wait at once and sets the
 * right flag; the handler is async-signal-safe (it only calls tq_signal_note). */
#include "helpers.h"
#include <signal.h>
#include <time.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/wait.h>
#include "worker/tq_signal.h"

static tq_signal_state *g_state;   /* a test needs one: sigaction has no user pointer */

static void on_signal(int signo)
{
    tq_signal_note(g_state, signo);
}

static long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void install(int signo)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(signo, &sa, NULL);
}

static void test_wait_times_out_without_signal(void **state)
{
    tq_signal_state s;
    assert_int_equal(tq_signal_init(&s, NULL), 0);
    long t0 = now_ms();
    assert_int_equal(tq_signal_wait(&s, -1, 120), TQ_WAIT_TIMEOUT);
    assert_true(now_ms() - t0 >= 110);
    tq_signal_close(&s);
}

static void test_signal_from_another_process_wakes_a_long_wait(void **state)
{
    tq_signal_state s;
    assert_int_equal(tq_signal_init(&s, NULL), 0);
    g_state = &s;
    install(SIGTERM);
    pid_t parent = getpid();
    pid_t child = fork();
    if (child == 0) {
        usleep(100 * 1000);
        kill(parent, SIGTERM);
        _exit(0);
    }
    long t0 = now_ms();
    int r = tq_signal_wait(&s, -1, 10000);
    long waited = now_ms() - t0;
    waitpid(child, NULL, 0);
    assert_int_equal(r, TQ_WAIT_SIGNAL);
    assert_true(waited < 1000);
    assert_int_equal(s.stop, 1);
    assert_int_equal(tq_signal_take(&s), SIGTERM);
    assert_int_equal(tq_signal_take(&s), 0);
    tq_signal_close(&s);
}

static void test_pause_and_resume_flags(void **state)
{
    tq_signal_state s;
    assert_int_equal(tq_signal_init(&s, NULL), 0);
    g_state = &s;
    install(SIGUSR2);
    install(SIGCONT);
    raise(SIGUSR2);
    assert_int_equal(s.paused, 1);
    assert_int_equal(s.stop, 0);
    raise(SIGCONT);
    assert_int_equal(s.paused, 0);
    /* the wake-up byte is there: a wait returns at once */
    assert_int_equal(tq_signal_wait(&s, -1, 5000), TQ_WAIT_SIGNAL);
    tq_signal_close(&s);
}

static void test_readable_fd_is_reported(void **state)
{
    tq_signal_state s;
    int p[2];
    assert_int_equal(tq_signal_init(&s, NULL), 0);
    assert_int_equal(pipe(p), 0);
    assert_int_equal(write(p[1], "x", 1), 1);
    assert_int_equal(tq_signal_wait(&s, p[0], 5000), TQ_WAIT_READY);
    close(p[0]);
    close(p[1]);
    tq_signal_close(&s);
}

/* A signal that interrupts the wait (EINTR) must not leave its byte behind: the next wait
 * runs its full time instead of returning at once. */
static void test_interrupted_wait_leaves_no_wakeup_behind(void **state)
{
    tq_signal_state s;
    assert_int_equal(tq_signal_init(&s, NULL), 0);
    g_state = &s;
    install(SIGTERM);
    pid_t parent = getpid();
    pid_t child = fork();
    if (child == 0) {
        usleep(50 * 1000);
        kill(parent, SIGTERM);
        _exit(0);
    }
    assert_int_equal(tq_signal_wait(&s, -1, 10000), TQ_WAIT_SIGNAL);
    waitpid(child, NULL, 0);
    assert_int_equal(tq_signal_take(&s), SIGTERM);
    long t0 = now_ms();
    assert_int_equal(tq_signal_wait(&s, -1, 100), TQ_WAIT_TIMEOUT);
    assert_true(now_ms() - t0 >= 90);
    tq_signal_close(&s);
}

/* A signal while tq_signal_init() (re)makes the pipe of a live state (the reset after
 * fork(), with the handler installed) must never write to descriptor 0: init used to
 * zero the whole state (wake_wr == 0) before it set the descriptors. Descriptor 0 is a
 * pipe's write end here, and a child sends signals while the state is re-made. */
static void test_signal_during_init_never_writes_to_fd0(void **state)
{
    int in[2];
    assert_int_equal(pipe(in), 0);
    int saved_stdin = dup(0);
    assert_int_equal(dup2(in[1], 0), 0);
    close(in[1]);
    assert_int_equal(fcntl(in[0], F_SETFL, O_NONBLOCK), 0);

    tq_signal_state s;
    assert_int_equal(tq_signal_init(&s, NULL), 0);
    g_state = &s;
    install(SIGUSR2);
    pid_t me = getpid();
    pid_t child = fork();
    if (child == 0) {
        for (int i = 0; i < 20000; i++) {
            kill(me, SIGUSR2);
            usleep(20);
        }
        _exit(0);
    }
    for (int i = 0; i < 200000; i++) {
        tq_signal_close(&s);
        tq_signal_init(&s, NULL);
    }
    kill(child, SIGKILL);
    waitpid(child, NULL, 0);
    signal(SIGUSR2, SIG_DFL);
    tq_signal_close(&s);

    dup2(saved_stdin, 0);
    close(saved_stdin);
    char buf[16];
    ssize_t got = read(in[0], buf, sizeof(buf));
    close(in[0]);
    assert_true(got <= 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_wait_times_out_without_signal),
        cmocka_unit_test(test_signal_from_another_process_wakes_a_long_wait),
        cmocka_unit_test(test_pause_and_resume_flags),
        cmocka_unit_test(test_readable_fd_is_reported),
        cmocka_unit_test(test_interrupted_wait_leaves_no_wakeup_behind),
        cmocka_unit_test(test_signal_during_init_never_writes_to_fd0),
    };
    return cmocka_run_group_tests_name("tq_signal", tests, NULL, NULL);
}
