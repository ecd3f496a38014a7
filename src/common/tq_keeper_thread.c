/*
 * tq_keeper_thread.c: the lease keepers' thread scaffolding (see tq_keeper_thread.h).
 * May touch: pthreads, libc, worker/tq_signal.
 */
#include <signal.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "common/tq_keeper_thread.h"
#include "worker/tq_signal.h"

static void sync_init(tq_keeper_thread *t)
{
    pthread_condattr_t ca;
    pthread_mutex_init(&t->mu, NULL);
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&t->cv, &ca);
    pthread_cond_init(&t->done, &ca);
    pthread_condattr_destroy(&ca);
}

void tq_keeper_thread_init(tq_keeper_thread *t, const char *what, int (*renew_due)(void *, int64_t),
                           int64_t (*next_due)(void *), void *keeper)
{
    memset(t, 0, sizeof(*t));
    t->pid = getpid();
    t->what = what;
    t->renew_due = renew_due;
    t->next_due = next_due;
    t->keeper = keeper;
    sync_init(t);
}

static void *keeper_main(void *arg)
{
    tq_keeper_thread *t = arg;
    pthread_mutex_lock(&t->mu);
    while (!t->stop) {
        if (t->renew_due(t->keeper, tq_monotonic_ms())) {
            continue;
        }
        int64_t next = t->next_due(t->keeper);
        if (next < 0) {
            pthread_cond_wait(&t->cv, &t->mu);
            continue;
        }
        struct timespec ts;
        ts.tv_sec = (time_t)(next / 1000);
        ts.tv_nsec = (long)(next % 1000) * 1000000L;
        pthread_cond_timedwait(&t->cv, &t->mu, &ts);
    }
    pthread_mutex_unlock(&t->mu);
    return NULL;
}

bool tq_keeper_thread_after_fork(tq_keeper_thread *t)
{
    if (t->pid == getpid()) {
        return false;
    }
    sync_init(t);                        /* the parent's thread may have held the mutex */
    t->pid = getpid();
    t->running = 0;
    t->stop = 0;
    return true;
}

int tq_keeper_thread_start(tq_keeper_thread *t, tq_error *err)
{
    if (t->running) {
        return 0;
    }
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);   /* the thread inherits "everything blocked" */
    int rc = pthread_create(&t->thread, NULL, keeper_main, t);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (rc != 0) {
        return tq_error_set(err, TQ_ERR_IO, "cannot start the %s thread: %s", t->what, strerror(rc));
    }
    t->running = 1;
    return 0;
}

int tq_keeper_thread_stopping(const tq_keeper_thread *t)
{
    return __atomic_load_n(&t->stop, __ATOMIC_RELAXED);
}

void tq_keeper_thread_destroy(tq_keeper_thread *t)
{
    if (t->running) {
        pthread_mutex_lock(&t->mu);
        __atomic_store_n(&t->stop, 1, __ATOMIC_RELAXED);
        pthread_cond_signal(&t->cv);
        pthread_mutex_unlock(&t->mu);
        pthread_join(t->thread, NULL);
        t->running = 0;
    }
    pthread_cond_destroy(&t->cv);
    pthread_cond_destroy(&t->done);
    pthread_mutex_destroy(&t->mu);
}
