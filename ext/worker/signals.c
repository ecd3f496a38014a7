/*
 * worker/signals.c: see worker/signals.h. The handlers, the saved previous actions and the
 * process id the wake-up pipe belongs to are process-wide, as signal dispositions are.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "../php_taskqueue.h"
#include "signals.h"

#ifdef PHP_WIN32
#include <process.h>
#else
#include <signal.h>
#include <unistd.h>
#include "Zend/zend_signal.h"
#endif

/* The process the pipe in TQ_G(signals) was made in: a forked child makes its own, so a
 * signal to the child never wakes its parent. */
static long tq_signals_pid;

#ifndef PHP_WIN32
static void tq_signals_block(bool block, sigset_t *saved);
#endif

tq_signal_state *php_tq_signals_state(void)
{
    tq_signal_state *s = &TQ_G(signals);
    long pid = (long)getpid();
    if (TQ_G(signals_ready) && tq_signals_pid == pid) {
        return s;
    }
    /* Our signals wait until the state is made: one noted between reading the flags and
     * tq_signal_init() clearing them would be lost (a pool's worker told to stop while it
     * starts kept running). Once unblocked, the handler notes it in the new state. */
#ifndef PHP_WIN32
    sigset_t saved;
    tq_signals_block(true, &saved);
#endif
    /* flags set before (shutdown() called ahead of run()) or inherited across fork() stay */
    sig_atomic_t stop = s->stop, paused = s->paused;
    if (TQ_G(signals_ready)) {
        tq_signal_close(s); /* the parent's pipe: a signal to a child must not wake it */
    }
    tq_error err;
    tq_error_clear(&err);
    bool no_pipe = tq_signal_init(s, &err) != 0;
    if (no_pipe) {
        s->wake_rd = s->wake_wr = -1;   /* flags still work; waits then wake on EINTR only */
    }
    if (stop) {
        s->stop = 1;    /* never clears a stop that arrived meanwhile */
    }
    if (paused) {
        s->paused = 1;
    }
    tq_signals_pid = pid;
    TQ_G(signals_ready) = true;
#ifndef PHP_WIN32
    tq_signals_block(false, &saved);
#endif
    if (no_pipe) {
        php_error_docref(NULL, E_WARNING, "taskqueue: %s", err.message);
    }
    return s;
}

#ifndef PHP_WIN32

static const int tq_signos[] = { SIGTERM, SIGINT, SIGQUIT, SIGUSR2, SIGCONT };
#define TQ_NSIGS (sizeof(tq_signos) / sizeof(tq_signos[0]))

static struct sigaction tq_prev[TQ_NSIGS];
static bool tq_installed;

static void tq_signals_block(bool block, sigset_t *saved)
{
    if (block) {
        sigset_t set;
        sigemptyset(&set);
        for (size_t i = 0; i < TQ_NSIGS; i++) {
            sigaddset(&set, tq_signos[i]);
        }
        sigprocmask(SIG_BLOCK, &set, saved);
    } else {
        sigprocmask(SIG_SETMASK, saved, NULL);
    }
}

static int tq_sig_index(int signo)
{
    for (size_t i = 0; i < TQ_NSIGS; i++) {
        if (tq_signos[i] == signo) {
            return (int)i;
        }
    }
    return -1;
}

static bool tq_is_function(const struct sigaction *a)
{
    if (a->sa_flags & SA_SIGINFO) {
        return a->sa_sigaction != NULL && (void *)a->sa_sigaction != (void *)SIG_DFL
            && (void *)a->sa_sigaction != (void *)SIG_IGN;
    }
    return a->sa_handler != NULL && a->sa_handler != SIG_DFL && a->sa_handler != SIG_IGN;
}

/* Async-signal-safe: flags, one write(), then the previous handler. */
static void tq_on_signal(int signo, siginfo_t *info, void *ctx)
{
    if (TQ_G(signals_ready) && tq_signals_pid == (long)getpid()) {
        tq_signal_note(&TQ_G(signals), signo);
    } else if (TQ_G(signals_ready)) {
        /* a forked child before php_tq_signals_state() re-made its pipe: the pipe is
         * the parent's; keep the flags (the reset keeps them), wake nobody */
        tq_signal_note_flags(&TQ_G(signals), signo);
    }
    int i = tq_sig_index(signo);
    if (i < 0 || !tq_is_function(&tq_prev[i])) {
        return;
    }
    if (tq_prev[i].sa_flags & SA_SIGINFO) {
        tq_prev[i].sa_sigaction(signo, info, ctx);
    } else {
        tq_prev[i].sa_handler(signo);
    }
}

static bool tq_is_ours(int signo)
{
    struct sigaction cur;
    memset(&cur, 0, sizeof(cur));
    zend_sigaction(signo, NULL, &cur);
    return (cur.sa_flags & SA_SIGINFO) && cur.sa_sigaction == tq_on_signal;
}

void php_tq_signals_install(void)
{
    if (tq_installed) {
        return;
    }
    for (size_t i = 0; i < TQ_NSIGS; i++) {
        struct sigaction act;
        memset(&act, 0, sizeof(act));
        memset(&tq_prev[i], 0, sizeof(tq_prev[i]));
        /* the previous action is read before ours goes in: the handler chains to it */
        zend_sigaction(tq_signos[i], NULL, &tq_prev[i]);
        act.sa_sigaction = tq_on_signal;
        /* SA_RESTART: a task blocked in I/O when a signal comes keeps going; it is let
         * finish. Our own waits poll the self-pipe, so they wake regardless. */
        act.sa_flags = SA_SIGINFO | SA_RESTART;
        sigemptyset(&act.sa_mask);
        zend_sigaction(tq_signos[i], &act, NULL);
    }
    tq_installed = true;
}

void php_tq_signals_restore(void)
{
    if (!tq_installed) {
        return;
    }
    for (size_t i = 0; i < TQ_NSIGS; i++) {
        /* a handler installed after ours (pcntl_signal() inside a task) stays */
        if (tq_is_ours(tq_signos[i])) {
            zend_sigaction(tq_signos[i], &tq_prev[i], NULL);
        }
    }
    tq_installed = false;
}

bool php_tq_signals_chained(void)
{
    if (!tq_installed) {
        return false;
    }
    for (size_t i = 0; i < TQ_NSIGS; i++) {
        if (tq_is_function(&tq_prev[i])) {
            return true;
        }
    }
    return false;
}

#else /* PHP_WIN32: no POSIX signals; shutdown()/pauseProcessing() still work */

void php_tq_signals_install(void) {}
void php_tq_signals_restore(void) {}
bool php_tq_signals_chained(void) { return false; }

#endif

void php_tq_signals_rshutdown(void)
{
    php_tq_signals_restore();
    if (TQ_G(signals_ready)) {
        if (tq_signals_pid == (long)getpid()) {
            tq_signal_close(&TQ_G(signals));
        }
        memset((void *)&TQ_G(signals), 0, sizeof(TQ_G(signals)));
        TQ_G(signals).wake_rd = TQ_G(signals).wake_wr = -1;
        TQ_G(signals_ready) = false;
    }
}
