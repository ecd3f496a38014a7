/*
 * tq_child: the task processes WorkerManagerRunner starts, one per task: started with fork()
 * and execvp() in a given directory, and reaped without blocking. Starting reports whether
 * the program really runs: the child writes the errno of a failed chdir() or exec to a
 * close-on-exec pipe, so the parent learns of "no such program" before it considers the task
 * handed over (a task whose process never ran is given back, not lost). POSIX only: on
 * Windows every call fails with TQ_ERR_STATE. May touch: libc, POSIX (fork, execvp, waitpid,
 * pipe, dup2, sigprocmask).
 */
#ifndef TQ_CHILD_H
#define TQ_CHILD_H

#include <stddef.h>
#include "common/tq_error.h"

/* TQ_CHILD_STDOUT_TO_STDERR: the child's standard output is this process's standard error
 * (a manager whose own standard output carries only its report). */
#define TQ_CHILD_STDOUT_TO_STDERR 1u

/* Starts argv[0] (looked up in PATH when it has no slash) with argv in directory cwd (NULL:
 * the current one); the child gets the default action for every signal and an empty signal
 * mask, whatever the manager had installed or blocked. 0 and *pid, or -1 with err: the fork
 * failed (TQ_ERR_IO), or the directory or the program could not be used (TQ_ERR_NOT_FOUND,
 * the child already reaped). */
int tq_child_spawn(const char *cwd, char *const argv[], unsigned flags, long *pid, tq_error *err);

/* Whether child pid ended, without waiting: 1 and *status (a waitpid() status) when it did
 * (it is reaped), 0 while it runs, -1 with err when pid is no child of this process. */
int tq_child_reap(long pid, int *status, tq_error *err);

/* "exit 0", "exit 3", "killed by signal 9" for a waitpid() status into buf. */
void tq_child_describe(int status, char *buf, size_t size);
/* 1 when status is a normal exit with code 0. */
int tq_child_succeeded(int status);

#endif
