/*
 * tq_keeper_thread: the thread scaffolding the lease keepers share (src/pg/tq_lease_keeper,
 * src/sqs/tq_sqs_keeper): a mutex and two condition variables on the monotonic clock, a
 * thread started with every signal blocked (signals belong to the PHP thread), a loop that
 * renews what is due and otherwise sleeps until the next due time or a wake-up, stop + join,
 * and the reset of a keeper inherited through fork() (the thread did not come along, the
 * mutex may have been held by it). What is renewed and how stays with each keeper: it gives
 * two callbacks, both called with the mutex held.
 * May touch: pthreads, libc, worker/tq_signal (the monotonic clock).
 */
#ifndef TQ_KEEPER_THREAD_H
#define TQ_KEEPER_THREAD_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>
#include "common/tq_error.h"

typedef struct tq_keeper_thread {
    pthread_mutex_t mu;      /* guards the keeper's entries and stats */
    pthread_cond_t cv;       /* wakes the thread: new entry, stop */
    pthread_cond_t done;     /* for the keeper's own waits (e.g. a call came back) */
    pthread_t thread;
    pid_t pid;               /* the process that owns the thread and the entries */
    int running;             /* thread started (in this process) */
    int stop;                /* set under mu; read without it by tq_keeper_thread_stopping() */
    const char *what;        /* names the keeper in errors */
    /* One round of renewals due at now; may let go of mu around network calls. 1 when it did
     * something (the loop looks again at once), 0 when nothing is due. */
    int (*renew_due)(void *keeper, int64_t now);
    /* Monotonic ms of the next renewal due, -1 when nothing is registered. */
    int64_t (*next_due)(void *keeper);
    void *keeper;
} tq_keeper_thread;

void tq_keeper_thread_init(tq_keeper_thread *t, const char *what, int (*renew_due)(void *, int64_t),
                           int64_t (*next_due)(void *), void *keeper);
/* In a child after fork(): resets the scaffolding (new mutex, no thread) and returns true so
 * the keeper forgets the parent's entries; false in the owning process. Call it (without mu)
 * at the start of every public entry point. */
bool tq_keeper_thread_after_fork(tq_keeper_thread *t);
/* Starts the thread if it is not running (mu held). 0, or -1 with err. */
int tq_keeper_thread_start(tq_keeper_thread *t, tq_error *err);
/* Whether a stop was asked (any thread, no lock). */
int tq_keeper_thread_stopping(const tq_keeper_thread *t);
/* Stops and joins the thread if it runs, then destroys mutex and conditions. */
void tq_keeper_thread_destroy(tq_keeper_thread *t);

#endif
