/*
 * tq_signal: what a worker's signal handlers record, and waits that a signal cuts
 * short. Handlers (installed by ext/ through zend_sigaction) only call tq_signal_note(),
 * which is async-signal-safe: it sets flags and writes one byte to a self-pipe; every
 * wait of the worker (sleeping, waiting on a database socket) polls that pipe too, so a
 * signal wakes it at once. May touch: libc (pipe, poll, write, read).
 */
#ifndef TQ_SIGNAL_H
#define TQ_SIGNAL_H

#include <signal.h>
#include <stdint.h>
#include "common/tq_error.h"

typedef struct tq_signal_state {
    volatile sig_atomic_t stop;        /* TERM, INT or QUIT seen: finish the task, exit */
    volatile sig_atomic_t paused;      /* USR2 sets, CONT clears: claim nothing new */
    volatile sig_atomic_t last_signal; /* for the log line */
    volatile sig_atomic_t pending;     /* signals noted since the last tq_signal_take() */
    volatile sig_atomic_t wake_rd;     /* self-pipe, non-blocking, close-on-exec; -1: none */
    volatile sig_atomic_t wake_wr;     /* read by the handler: published last, withdrawn first */
} tq_signal_state;

int tq_signal_init(tq_signal_state *s, tq_error *err);
void tq_signal_close(tq_signal_state *s);
/* From a signal handler: record signo and wake any wait. */
void tq_signal_note(tq_signal_state *s, int signo);
/* From a signal handler in a process that does not own s's pipe (a forked child before
 * its reset): record signo only; the pipe is the parent's, whose waits it would wake. */
void tq_signal_note_flags(tq_signal_state *s, int signo);
/* Returns the last signal noted since the previous call (0 if none). */
int tq_signal_take(tq_signal_state *s);

typedef enum tq_wait_result {
    TQ_WAIT_TIMEOUT = 0,
    TQ_WAIT_READY = 1,     /* fd is readable */
    TQ_WAIT_SIGNAL = 2     /* a signal was noted */
} tq_wait_result;

/* Waits until fd (or -1 for none) is readable, a signal is noted, or timeout_ms passes
 * (< 0: no timeout). Returns -1 on a poll error other than EINTR. */
int tq_signal_wait(tq_signal_state *s, int fd, int timeout_ms);

/* Milliseconds on CLOCK_MONOTONIC: the clock every wait, deadline and backoff of the core
 * measures with (also the clock the keepers' condition variables are set to). */
int64_t tq_monotonic_ms(void);

#endif
