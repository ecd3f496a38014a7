/* tq_proc_limits and tq_child: WorkerManagerRunner's readings, limits, command words and
 * task processes. */
#include "helpers.h"
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "worker/tq_proc_limits.h"
#include "worker/tq_child.h"

static void test_loadavg_parse(void **state)
{
    double l = -1;
    tq_error err;
    tq_error_clear(&err);
    assert_int_equal(tq_loadavg_parse("1.25 0.80 0.50 2/345 6789\n", &l, &err), 0);
    assert_true(l > 1.249 && l < 1.251);
    assert_int_equal(tq_loadavg_parse("0.00 0.01 0.05 1/1 1", &l, &err), 0);
    assert_true(l == 0.0);
    assert_int_equal(tq_loadavg_parse("", &l, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    assert_int_equal(tq_loadavg_parse("abc 1 2", &l, &err), -1);
    assert_int_equal(tq_loadavg_parse("-1.0 1 2", &l, &err), -1);
    assert_int_equal(tq_loadavg_parse("1.5x 1 2", &l, &err), -1);
}

static void test_meminfo_parse(void **state)
{
    double pct = -1;
    tq_error err;
    tq_error_clear(&err);
    /* MemAvailable wins over MemFree: 1000 of 4000 kB available, 75 % used */
    const char *modern = "MemTotal:        4000 kB\nMemFree:          100 kB\nMemAvailable:    1000 kB\n"
                         "Buffers:           50 kB\nCached:           500 kB\n";
    assert_int_equal(tq_meminfo_parse(modern, &pct, &err), 0);
    assert_true(pct > 74.99 && pct < 75.01);
    /* an old kernel: free + buffers + cached = 1000 of 2000 */
    const char *old = "MemTotal:  2000 kB\nMemFree:  600 kB\nBuffers:  100 kB\nCached:  300 kB\nSwapTotal: 0 kB\n";
    assert_int_equal(tq_meminfo_parse(old, &pct, &err), 0);
    assert_true(pct > 49.99 && pct < 50.01);
    /* a key is only a key at the start of a line and followed by ':' */
    const char *tricky = "XMemTotal: 1 kB\nMemTotalX: 1 kB\nMemTotal: 100 kB\nMemAvailable: 100 kB\n";
    assert_int_equal(tq_meminfo_parse(tricky, &pct, &err), 0);
    assert_true(pct == 0.0);
    assert_int_equal(tq_meminfo_parse("MemFree: 1 kB\n", &pct, &err), -1);
    assert_non_null(strstr(err.message, "MemTotal"));
    assert_int_equal(tq_meminfo_parse("MemTotal: 10 kB\n", &pct, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
}

static void test_limits_are_strict(void **state)
{
    tq_proc_limits l = {2, 80};
    tq_sys_usage u = {1.99, 79.9};
    assert_true(tq_proc_limits_allow(&l, &u));
    u.load1 = 2.0;                /* TAO's canRun(): below the limit, not at it */
    assert_false(tq_proc_limits_allow(&l, &u));
    u.load1 = 0.5;
    u.mem_used_pct = 80.0;
    assert_false(tq_proc_limits_allow(&l, &u));
    tq_proc_limits zero = {0, 100};
    u.mem_used_pct = 1;
    u.load1 = 0;
    assert_false(tq_proc_limits_allow(&zero, &u));
}

static void test_sys_usage_read(void **state)
{
    char la[] = "/tmp/tq-la-XXXXXX", mi[] = "/tmp/tq-mi-XXXXXX";
    int a = mkstemp(la), m = mkstemp(mi);
    assert_true(a >= 0 && m >= 0);
    assert_true(write(a, "3.50 1 1 1/1 1\n", 15) == 15);
    assert_true(write(m, "MemTotal: 200 kB\nMemAvailable: 50 kB\n", 37) == 37);
    close(a);
    close(m);
    tq_sys_usage u;
    tq_error err;
    tq_error_clear(&err);
    assert_int_equal(tq_sys_usage_read(la, mi, &u, &err), 0);
    assert_true(u.load1 > 3.49 && u.load1 < 3.51);
    assert_true(u.mem_used_pct > 74.9 && u.mem_used_pct < 75.1);
    /* no loadavg file: getloadavg() answers */
    assert_int_equal(tq_sys_usage_read("/nonexistent/loadavg", mi, &u, &err), 0);
    assert_int_equal(tq_sys_usage_read(la, "/nonexistent/meminfo", &u, &err), -1);
    assert_int_equal(err.code, TQ_ERR_IO);
    assert_non_null(strstr(err.message, "/nonexistent/meminfo"));
    unlink(la);
    unlink(mi);
    /* this machine's own figures */
    assert_int_equal(tq_sys_usage_read(NULL, NULL, &u, &err), 0);
    assert_true(u.load1 >= 0 && u.mem_used_pct > 0 && u.mem_used_pct <= 100);
}

static void split_ok(const char *cmd, size_t n, const char *const *want)
{
    char **argv = NULL;
    size_t argc = 0;
    tq_error err;
    tq_error_clear(&err);
    if (tq_command_split(cmd, &argv, &argc, &err) != 0) {
        fail_msg("split(%s): %s", cmd, err.message);
    }
    assert_int_equal(argc, n);
    for (size_t i = 0; i < n; i++) {
        assert_string_equal(argv[i], want[i]);
    }
    assert_null(argv[n]);
    free(argv);
}

static void test_command_split(void **state)
{
    /* TAO's default task_command */
    split_ok("php index.php \"\\oat\\taoTaskQueue\\scripts\\tools\\RunTask\"", 3,
             (const char *const[]){"php", "index.php", "\\oat\\taoTaskQueue\\scripts\\tools\\RunTask"});
    split_ok("  /usr/bin/php8.2  -d 'memory_limit=1G'   index.php 'oat\\x\\RunTask'  ", 5,
             (const char *const[]){"/usr/bin/php8.2", "-d", "memory_limit=1G", "index.php", "oat\\x\\RunTask"});
    split_ok("a\\ b \"x\\\"y\" '' c", 4, (const char *const[]){"a b", "x\"y", "", "c"});
    split_ok("x", 1, (const char *const[]){"x"});
    char **argv;
    size_t argc;
    tq_error err;
    const char *bad[] = {"", "   ", "php 'open", "php \"open", "php a; rm -rf /", "php $HOME", "php \"$HOME\"",
                         "php a|b", "php `id`", "php >out"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        tq_error_clear(&err);
        if (tq_command_split(bad[i], &argv, &argc, &err) != -1) {
            fail_msg("accepted: %s", bad[i]);
        }
        assert_int_equal(err.code, TQ_ERR_INVALID);
    }
    /* quoted, the operators are plain text */
    split_ok("php 'a;b' \"c|d\"", 3, (const char *const[]){"php", "a;b", "c|d"});
}

static void test_spawn_and_reap(void **state)
{
    long pid = 0;
    int st = -1;
    tq_error err;
    tq_error_clear(&err);
    char *const ok[] = {"sh", "-c", "test \"$(pwd)\" = /tmp && exit 3", NULL};
    assert_int_equal(tq_child_spawn("/tmp", ok, 0, &pid, &err), 0);
    assert_true(pid > 0);
    int done;
    for (int i = 0; (done = tq_child_reap(pid, &st, &err)) == 0 && i < 500; i++) {
        usleep(10000);
    }
    assert_int_equal(done, 1);
    char what[64];
    tq_child_describe(st, what, sizeof(what));
    assert_string_equal(what, "exit 3");            /* it ran in /tmp */
    assert_false(tq_child_succeeded(st));
    /* reaped: no longer a child */
    assert_int_equal(tq_child_reap(pid, &st, &err), -1);
    assert_int_equal(err.code, TQ_ERR_STATE);

    /* a blocked or ignored signal in the manager is not the task process's */
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGTERM);
    sigprocmask(SIG_BLOCK, &block, &old);
    void (*prev)(int) = signal(SIGINT, SIG_IGN);
    char *const sleeper[] = {"sleep", "30", NULL};
    assert_int_equal(tq_child_spawn(NULL, sleeper, 0, &pid, &err), 0);
    assert_int_equal(tq_child_reap(pid, &st, &err), 0);   /* running */
    kill((pid_t)pid, SIGTERM);
    for (int i = 0; (done = tq_child_reap(pid, &st, &err)) == 0 && i < 500; i++) {
        usleep(10000);
    }
    sigprocmask(SIG_SETMASK, &old, NULL);
    signal(SIGINT, prev);
    assert_int_equal(done, 1);
    tq_child_describe(st, what, sizeof(what));
    assert_string_equal(what, "killed by signal 15");
}

static void test_stdout_to_stderr(void **state)
{
    /* the manager's report owns its standard output: a task process writes to its stderr */
    char path[] = "/tmp/tq-child-err-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    fflush(stderr);
    int saved = dup(STDERR_FILENO);
    dup2(fd, STDERR_FILENO);
    long pid = 0;
    int st = 0, done = 0;
    tq_error err;
    tq_error_clear(&err);
    char *const echo[] = {"sh", "-c", "echo to-stdout", NULL};
    int rc = tq_child_spawn(NULL, echo, TQ_CHILD_STDOUT_TO_STDERR, &pid, &err);
    for (int i = 0; rc == 0 && (done = tq_child_reap(pid, &st, &err)) == 0 && i < 500; i++) {
        usleep(10000);
    }
    dup2(saved, STDERR_FILENO);
    close(saved);
    assert_int_equal(rc, 0);
    assert_int_equal(done, 1);
    char buf[64] = {0};
    assert_true(pread(fd, buf, sizeof(buf) - 1, 0) > 0);
    close(fd);
    unlink(path);
    assert_string_equal(buf, "to-stdout\n");
}

static void test_spawn_failures(void **state)
{
    long pid = 0;
    tq_error err;
    tq_error_clear(&err);
    char *const missing[] = {"tq-no-such-program-here", "x", NULL};
    assert_int_equal(tq_child_spawn(NULL, missing, 0, &pid, &err), -1);
    assert_int_equal(err.code, TQ_ERR_NOT_FOUND);
    assert_non_null(strstr(err.message, "tq-no-such-program-here"));
    char *const sh[] = {"sh", "-c", "exit 0", NULL};
    tq_error_clear(&err);
    assert_int_equal(tq_child_spawn("/nonexistent-dir", sh, 0, &pid, &err), -1);
    assert_int_equal(err.code, TQ_ERR_NOT_FOUND);
    assert_non_null(strstr(err.message, "/nonexistent-dir"));
    /* the failed children were reaped already: nothing is left to wait for */
    int st;
    assert_int_equal(waitpid(-1, &st, WNOHANG), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_loadavg_parse),
        cmocka_unit_test(test_meminfo_parse),
        cmocka_unit_test(test_limits_are_strict),
        cmocka_unit_test(test_sys_usage_read),
        cmocka_unit_test(test_command_split),
        cmocka_unit_test(test_spawn_and_reap),
        cmocka_unit_test(test_stdout_to_stderr),
        cmocka_unit_test(test_spawn_failures),
    };
    return cmocka_run_group_tests_name("tq_proc_limits", tests, NULL, NULL);
}
