/*
 * tq_pool.c: the pre-forked pool of worker processes. See tq_pool.h.
 * May touch: libc, POSIX (fork, waitpid, kill, sigprocmask, prctl), worker/tq_signal.
 */
#include "worker/tq_pool.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#ifndef _WIN32
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#endif

void tq_pool_opts_default(tq_pool_opts *o, int processes)
{
    o->processes = processes;
    o->replace_finished = 1;
    o->quick_ms = 5000;
    o->backoff_max_ms = 30000;
    o->give_up_after = 5;
    o->poll_ms = 200;
}

#ifndef _WIN32

typedef struct tq_pool_slot {
    long pid;            /* 0: no child */
    int64_t started_ms;
    int64_t next_ms;     /* when to start the next child; -1: the slot is done */
    int quick;           /* quick failures in a row */
} tq_pool_slot;

typedef struct tq_pool_run_state {
    const tq_pool_opts *o;
    tq_signal_state *sig;
    tq_pool_log_fn log;
    void *ctx;
    tq_pool_summary *sum;
    tq_pool_slot *slots;
    long parent;
    int stopping;
} tq_pool_run_state;

static void tq_pool_emit(tq_pool_run_state *p, tq_pool_event e)
{
    if (p->log) {
        p->log(p->ctx, &e);
    }
}

/* In a new child: a clean signal mask, and on Linux SIGTERM when the parent dies (checked
 * after the request, for a parent that died before it). */
static void tq_pool_child_setup(long parent)
{
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
#ifdef __linux__
    prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
    if ((long)getppid() != parent) {
        raise(SIGTERM);
    }
}

/* After a quick failure of slot s: when it starts again (set and returned), or -1 when it
 * failed quickly too often in a row and is given up. */
static int64_t tq_pool_next_start(tq_pool_run_state *p, tq_pool_slot *s, int64_t now)
{
    if (++s->quick >= p->o->give_up_after) {
        p->sum->given_up++;
        return s->next_ms = -1;
    }
    int64_t delay = (int64_t)1000 << (s->quick - 1 < 20 ? s->quick - 1 : 20);
    return s->next_ms = now + (delay < p->o->backoff_max_ms ? delay : p->o->backoff_max_ms);
}

/* 1 in the child, 0 in the parent (started or failed, with the event logged). */
static int tq_pool_start(tq_pool_run_state *p, int i, int64_t now)
{
    tq_pool_slot *s = &p->slots[i];
    pid_t pid = fork();
    if (pid == 0) {
        tq_pool_child_setup(p->parent);
        return 1;
    }
    if (pid < 0) {   /* counts as a quick failure: a host out of processes gets time */
        int e = errno;
        int64_t next = tq_pool_next_start(p, s, now);
        tq_pool_emit(p, (tq_pool_event){.kind = TQ_POOL_EV_FORK_FAILED, .slot = i, .err_no = e,
                                        .next_ms = next < 0 ? -1 : next - now});
        if (next < 0) {
            tq_pool_emit(p, (tq_pool_event){.kind = TQ_POOL_EV_GIVEN_UP, .slot = i});
        }
        return 0;
    }
    s->pid = (long)pid;
    s->started_ms = now;
    s->next_ms = 0;
    p->sum->started++;
    tq_pool_emit(p, (tq_pool_event){.kind = TQ_POOL_EV_STARTED, .slot = i, .pid = (long)pid});
    if (p->sig->paused) {
        kill(pid, SIGUSR2);   /* started while the pool is paused: paused too */
    }
    return 0;
}

static void tq_pool_forward(tq_pool_run_state *p, int signo)
{
    for (int i = 0; i < p->o->processes; i++) {
        if (p->slots[i].pid > 0) {
            kill((pid_t)p->slots[i].pid, signo);
        }
    }
    tq_pool_emit(p, (tq_pool_event){.kind = TQ_POOL_EV_SIGNAL, .signo = signo});
}

/* What becomes of slot i once its child ended with status after lived_ms. */
static void tq_pool_after_end(tq_pool_run_state *p, int i, int status, int64_t now)
{
    tq_pool_slot *s = &p->slots[i];
    int64_t lived = now - s->started_ms;
    int clean = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    long pid = s->pid;
    s->pid = 0;
    if (!clean) {
        p->sum->failed++;
        p->sum->last_status = status;
    }
    if (p->stopping || (clean && !p->o->replace_finished)) {
        s->next_ms = -1;
    } else if (clean || lived >= p->o->quick_ms) {
        s->quick = 0;
        s->next_ms = now;
    } else {
        tq_pool_next_start(p, s, now);
    }
    tq_pool_emit(p, (tq_pool_event){.kind = TQ_POOL_EV_ENDED, .slot = i, .pid = pid, .status = status,
                                    .lived_ms = lived, .next_ms = s->next_ms < 0 ? -1 : s->next_ms - now});
    if (s->next_ms < 0 && !clean && !p->stopping) {
        tq_pool_emit(p, (tq_pool_event){.kind = TQ_POOL_EV_GIVEN_UP, .slot = i});
    }
}

static void tq_pool_reap(tq_pool_run_state *p)
{
    int status;
    pid_t pid;
    while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
        for (int i = 0; i < p->o->processes; i++) {
            if (p->slots[i].pid == (long)pid) {
                tq_pool_after_end(p, i, status, tq_monotonic_ms());
                break;
            }
        }   /* not ours (a process the caller started before): reaped all the same */
    }
}

/* The signals noted since the last look: a stop goes to every child once; pause and
 * resume as they come. */
static void tq_pool_signals(tq_pool_run_state *p)
{
    int signo = tq_signal_take(p->sig);
    if (p->sig->stop && !p->stopping) {
        p->stopping = 1;
        p->sum->stop_signal = signo == SIGINT || signo == SIGQUIT ? signo : SIGTERM;
        tq_pool_forward(p, SIGTERM);
    } else if (!p->stopping && (signo == SIGUSR2 || signo == SIGCONT)) {
        tq_pool_forward(p, signo);
    }
}

/* 1 while a child runs or a slot waits for its next start. */
static int tq_pool_live(const tq_pool_run_state *p, int64_t *next)
{
    int live = 0;
    *next = -1;
    for (int i = 0; i < p->o->processes; i++) {
        const tq_pool_slot *s = &p->slots[i];
        if (s->pid > 0) {
            live = 1;
        } else if (s->next_ms >= 0 && !p->stopping) {
            live = 1;
            if (*next < 0 || s->next_ms < *next) {
                *next = s->next_ms;
            }
        }
    }
    return live;
}

int tq_pool_run(const tq_pool_opts *o, tq_signal_state *sig, tq_pool_log_fn log, void *ctx,
                tq_pool_summary *summary, tq_error *err)
{
    if (o->processes < 1 || o->processes > TQ_POOL_MAX_PROCESSES) {
        tq_error_set(err, TQ_ERR_INVALID, "a pool of %d processes: the number must be 1 to %d",
                     o->processes, TQ_POOL_MAX_PROCESSES);
        return -2;
    }
    memset(summary, 0, sizeof(*summary));
    tq_pool_run_state p = {.o = o, .sig = sig, .log = log, .ctx = ctx, .sum = summary,
                           .parent = (long)getpid()};
    p.slots = calloc((size_t)o->processes, sizeof(*p.slots));
    if (!p.slots) {
        tq_error_set(err, TQ_ERR_NOMEM, "a pool of %d processes: out of memory", o->processes);
        return -2;
    }
    int64_t next;
    while (1) {
        tq_pool_signals(&p);
        int64_t now = tq_monotonic_ms();
        for (int i = 0; i < o->processes && !p.stopping && !sig->stop; i++) {
            tq_pool_slot *s = &p.slots[i];
            if (s->pid == 0 && s->next_ms >= 0 && s->next_ms <= now && tq_pool_start(&p, i, now)) {
                free(p.slots);
                return i;
            }
        }
        tq_pool_reap(&p);
        if (!tq_pool_live(&p, &next)) {
            break;
        }
        int64_t wait = o->poll_ms, left = next - tq_monotonic_ms();
        if (next >= 0 && left < wait) {
            wait = left > 0 ? left : 0;
        }
        tq_signal_wait(sig, -1, (int)wait);
    }
    free(p.slots);
    if (summary->started == 0 && !p.stopping) {
        return tq_error_set(err, TQ_ERR_IO, "a pool of %d processes: no process could be started", o->processes), -2;
    }
    return -1;
}

#else /* _WIN32 */

int tq_pool_run(const tq_pool_opts *o, tq_signal_state *sig, tq_pool_log_fn log, void *ctx,
                tq_pool_summary *summary, tq_error *err)
{
    memset(summary, 0, sizeof(*summary));
    tq_error_set(err, TQ_ERR_STATE, "a pool of worker processes needs fork(), which Windows does not have");
    return -2;
}

#endif
