/*
 * tq_pool: a pre-forked pool of worker processes (RunWorker --processes). The parent forks
 * its children after start-up, so the pages they have not written since (PHP's and the
 * extension's class tables, and TAO's code when it booted first) stay shared between them:
 * a host running many workers pays for them once. The parent runs no task. It supervises:
 * a child that ends before the pool stops is started again (at once after a clean exit,
 * with a growing delay after quick failures, and a slot that keeps failing quickly is given
 * up), stop, pause and resume signals are passed to the children, and the pool returns
 * once every child has ended. On Linux a child gets SIGTERM when its parent dies, so
 * killing the parent stops the workers gracefully instead of orphaning them.
 * POSIX only: on Windows tq_pool_run() fails with TQ_ERR_STATE.
 * A status reads as text through tq_child_describe() (worker/tq_child.h).
 * May touch: libc, POSIX (fork, waitpid, kill, sigprocmask, prctl), worker/tq_signal.
 */
#ifndef TQ_POOL_H
#define TQ_POOL_H

#include <stdint.h>
#include "common/tq_error.h"
#include "worker/tq_signal.h"

#define TQ_POOL_MAX_PROCESSES 256

typedef struct tq_pool_opts {
    int processes;            /* 1 .. TQ_POOL_MAX_PROCESSES */
    int replace_finished;     /* start a child again after it exits with 0 (it reached a limit);
                               * 0: such a slot is done (the queues were empty) */
    int64_t quick_ms;         /* a failure sooner than this after the start is a quick one */
    int64_t backoff_max_ms;   /* the longest delay before a slot's next start */
    int give_up_after;        /* quick failures in a row after which a slot is given up */
    int64_t poll_ms;          /* how often children's ends are looked for between signals */
} tq_pool_opts;

/* Defaults: replace finished children, 5 s quick, up to 30 s of backoff, give up after 5. */
void tq_pool_opts_default(tq_pool_opts *o, int processes);

typedef enum tq_pool_event_kind {
    TQ_POOL_EV_STARTED,     /* slot, pid */
    TQ_POOL_EV_ENDED,       /* slot, pid, status (waitpid), lived_ms, next_ms (-1: not started again) */
    TQ_POOL_EV_GIVEN_UP,    /* slot: it failed quickly give_up_after times in a row */
    TQ_POOL_EV_FORK_FAILED, /* slot, err_no, next_ms */
    TQ_POOL_EV_SIGNAL       /* signo: passed on to every running child */
} tq_pool_event_kind;

typedef struct tq_pool_event {
    tq_pool_event_kind kind;
    int slot;
    long pid;
    int status;
    int err_no;
    int signo;
    int64_t lived_ms;
    int64_t next_ms;
} tq_pool_event;

/* Called in the parent for each event (for its log); may be NULL. */
typedef void (*tq_pool_log_fn)(void *ctx, const tq_pool_event *e);

typedef struct tq_pool_summary {
    int started;         /* children started, first starts included */
    int failed;          /* children that ended by a signal or with a non-zero exit */
    int given_up;        /* slots given up */
    int stop_signal;     /* the stop signal the pool got; 0: it ended as its children did */
    int last_status;     /* the waitpid() status of the last child that failed */
} tq_pool_summary;

/* Runs the pool with sig as the parent's signal state (its handlers installed by the
 * caller for SIGTERM, SIGINT, SIGQUIT, SIGUSR2 and SIGCONT). Returns twice, like fork():
 * in each child its slot (>= 0), with the signal mask emptied; in the parent -1 once
 * every child has ended (summary filled), or -2 with err when not one child could be
 * started. The caller's stop flag is not cleared in a child: a child started as the pool
 * stops never runs. */
int tq_pool_run(const tq_pool_opts *o, tq_signal_state *sig, tq_pool_log_fn log, void *ctx,
                tq_pool_summary *summary, tq_error *err);

#endif
