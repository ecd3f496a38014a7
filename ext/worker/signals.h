/*
 * worker/signals: the worker's signal handlers, installed natively (no pcntl needed).
 *
 * While LongRunningWorker::run() runs with signal handling on, SIGTERM, SIGINT, SIGQUIT,
 * SIGUSR2 and SIGCONT go to a C handler installed through zend_sigaction(). The handler
 * runs no PHP code: it records the signal in TQ_G(signals) (flags + a byte on the
 * self-pipe that every idle wait polls, see src/worker/tq_signal.h) and then calls the handler
 * that was there before when that was a function (pcntl's own included, so handlers
 * registered with pcntl_signal() still run at their dispatch point). It does not raise
 * EG(vm_interrupt): nothing of ours waits for a VM safe point (the loop reads the flags
 * between tasks, idle waits wake through the pipe), and pcntl's handler raises it itself
 * when pcntl_async_signals() is on. The previous actions come back when run() returns and
 * at request shutdown. On Windows everything here compiles to no-ops.
 * May touch: the Zend API (zend_sigaction), src/worker/tq_signal.
 */
#ifndef TQ_SIGNALS_H
#define TQ_SIGNALS_H

#include "php.h"
#include "worker/tq_signal.h"

/* The process's signal state (TQ_G(signals)), its wake-up pipe open for this process
 * (re-created in a child after fork()). Never NULL: when the pipe cannot be made (a warning
 * says why) the flags still work and waits wake on EINTR only. */
tq_signal_state *php_tq_signals_state(void);

/* Installs the handlers (idempotent); saves the previous actions. */
void php_tq_signals_install(void);
/* Puts the previous actions back, for each signal whose handler is still ours. */
void php_tq_signals_restore(void);
/* Whether a previous action that we chain to is a function (a pcntl_signal() handler). */
bool php_tq_signals_chained(void);

/* Request shutdown: restore the handlers, close the pipe. */
void php_tq_signals_rshutdown(void);

#endif
