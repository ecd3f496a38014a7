/*
 * tq_child.c: see tq_child.h.
 * May touch: libc, POSIX.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE   /* pipe2() */
#endif
#include "worker/tq_child.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#ifndef _WIN32
#include <fcntl.h>
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

/* What the child reports through the pipe when it cannot become the program. */
typedef struct child_failure {
    int step;    /* 0: chdir, 1: exec, 2: dup2 */
    int errnum;
} child_failure;

/* In the child, between fork() and exec: only async-signal-safe calls (the parent may have
 * threads, the lease keepers'). */
static void child_run(const char *cwd, char *const argv[], unsigned flags, int report_fd)
{
    child_failure f = {0, 0};
    /* the manager's handlers note signals in its own state; the task process must get the
     * default actions (exec resets caught signals, but not ignored ones) and no blocked set */
    for (int s = 1; s < NSIG; s++) {
        if (s != SIGKILL && s != SIGSTOP) {
            signal(s, SIG_DFL);
        }
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    if ((flags & TQ_CHILD_STDOUT_TO_STDERR) && dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
        f.step = 2;
        f.errnum = errno;
    } else if (cwd && chdir(cwd) != 0) {
        f.errnum = errno;
    } else {
        execvp(argv[0], argv);
        f.step = 1;
        f.errnum = errno;
    }
    ssize_t w;
    do {
        w = write(report_fd, &f, sizeof(f));
    } while (w < 0 && errno == EINTR);
    _exit(127);
}

int tq_child_spawn(const char *cwd, char *const argv[], unsigned flags, long *pid_out, tq_error *err)
{
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) {
        return tq_error_set(err, TQ_ERR_IO, "cannot start %s: pipe: %s", argv[0], strerror(errno));
    }
    pid_t pid = fork();
    if (pid < 0) {
        int e = errno;
        close(fds[0]);
        close(fds[1]);
        return tq_error_set(err, TQ_ERR_IO, "cannot start %s: fork: %s", argv[0], strerror(e));
    }
    if (pid == 0) {
        close(fds[0]);
        child_run(cwd, argv, flags, fds[1]);
    }
    close(fds[1]);
    child_failure f;
    ssize_t n;
    do {
        n = read(fds[0], &f, sizeof(f));   /* 0 bytes: the exec closed the pipe, the program runs */
    } while (n < 0 && errno == EINTR);
    close(fds[0]);
    if (n == (ssize_t)sizeof(f)) {
        int st;
        while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {
        }
        if (f.step == 2) {
            return tq_error_set(err, TQ_ERR_IO, "cannot start %s: dup2: %s", argv[0], strerror(f.errnum));
        }
        if (f.step == 0) {
            return tq_error_set(err, TQ_ERR_NOT_FOUND, "cannot start %s: cannot enter %s: %s", argv[0], cwd,
                                strerror(f.errnum));
        }
        return tq_error_set(err, TQ_ERR_NOT_FOUND, "cannot start %s: %s", argv[0], strerror(f.errnum));
    }
    *pid_out = (long)pid;
    return 0;
}

int tq_child_reap(long pid, int *status, tq_error *err)
{
    pid_t r;
    do {
        r = waitpid((pid_t)pid, status, WNOHANG);
    } while (r < 0 && errno == EINTR);
    if (r < 0) {
        return tq_error_set(err, TQ_ERR_STATE, "process %ld: %s", pid, strerror(errno));
    }
    return r == 0 ? 0 : 1;
}

void tq_child_describe(int status, char *buf, size_t size)
{
    if (WIFEXITED(status)) {
        snprintf(buf, size, "exit %d", WEXITSTATUS(status));
    } else if (WIFSIGNALED(status)) {
        snprintf(buf, size, "killed by signal %d", WTERMSIG(status));
    } else {
        snprintf(buf, size, "status %d", status);
    }
}

int tq_child_succeeded(int status)
{
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

#else /* _WIN32: the tool refuses to run there, as TAO's does */

int tq_child_spawn(const char *cwd, char *const argv[], unsigned flags, long *pid, tq_error *err)
{
    return tq_error_set(err, TQ_ERR_STATE, "starting task processes is not supported on Windows");
}

int tq_child_reap(long pid, int *status, tq_error *err)
{
    return tq_error_set(err, TQ_ERR_STATE, "not supported on Windows");
}

void tq_child_describe(int status, char *buf, size_t size)
{
    snprintf(buf, size, "status %d", status);
}

int tq_child_succeeded(int status)
{
    return status == 0;
}

#endif
