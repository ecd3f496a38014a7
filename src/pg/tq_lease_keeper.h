/*
 * tq_lease_keeper: a heartbeat thread that renews the leases of claimed PostgreSQL queue
 * rows while their tasks run or wait in a worker's prefetch buffer, so a long task is not
 * handed to a second worker, and keeps doing so while the task body is blocked in a long
 * C call (the PHP thread cannot renew anything then).
 *
 * - It has its own connection, opened from the conninfo by the thread itself (a libpq
 *   connection is never shared between threads), and only ever runs
 *   tq_pg_queue_extend_many() on it: one statement per queue and lease length, for every
 *   row whose renewal is due, every lease/3.
 * - Rows are registered by (queue name, row id, deliveries, lease): the delivery count
 *   fences the renewal, so a row re-claimed by another worker is never renewed for it.
 *   Unregister a row once it is acknowledged, completed, released or set aside; a row that
 *   stays registered is renewed for as long as the process lives.
 * - The thread starts with the first registration, blocks every signal (they belong to
 *   the PHP thread) and stops in tq_lease_keeper_free(). A keeper inherited through
 *   fork() forgets the parent's rows and starts its own thread when next used.
 * - A failed renewal (server restarting) is retried every 500 ms until it succeeds or the
 *   row is unregistered; the lease may run out meanwhile, and the row is then delivered
 *   again (at least once, never lost).
 * May touch: libpq (through tq_pg), pthreads, libc. No Zend, no global state.
 */
#ifndef TQ_LEASE_KEEPER_H
#define TQ_LEASE_KEEPER_H

#include <stddef.h>
#include <stdint.h>
#include "common/tq_error.h"

typedef struct tq_lease_keeper tq_lease_keeper;

typedef struct tq_lease_keeper_stats {
    uint64_t statements;   /* renewal statements sent (one per queue and lease per round) */
    uint64_t renewed;      /* rows whose lease was renewed */
    uint64_t lost;         /* rows not renewed: gone, or held by another worker now */
    uint64_t errors;       /* failed renewal statements */
    uint64_t connects;     /* connections opened by the thread */
} tq_lease_keeper_stats;

/* Validates the conninfo; neither connects nor starts the thread. NULL with err. */
tq_lease_keeper *tq_lease_keeper_new(const char *conninfo, tq_error *err);
/* Stops and joins the thread, closes its connection, frees everything. NULL is fine. */
void tq_lease_keeper_free(tq_lease_keeper *k);

/* Keeps renewing row row_id of queue (the name as given to tq_pg_queue_new) with leases of
 * lease_ms (<= 0: 5 minutes), the first renewal lease_ms/3 from now. Registering a row
 * again replaces its deliveries and lease. Starts the thread if needed. 0 or -1. */
int tq_lease_keeper_add(tq_lease_keeper *k, const char *queue, int64_t row_id, int deliveries, int64_t lease_ms,
                        tq_error *err);
/* Stops renewing it (nothing happens if it is not registered). */
void tq_lease_keeper_remove(tq_lease_keeper *k, const char *queue, int64_t row_id);
/* Rows registered now. */
size_t tq_lease_keeper_count(tq_lease_keeper *k);
void tq_lease_keeper_get_stats(tq_lease_keeper *k, tq_lease_keeper_stats *out);

#endif
