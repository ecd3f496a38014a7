/*
 * tq_sqs_keeper: a heartbeat thread that keeps claimed SQS messages invisible while their
 * tasks wait in a worker's prefetch buffer or run, so a long task is never handed to a
 * second worker, and keeps doing so while the task body is blocked in a long C call (the
 * PHP thread cannot send anything then).
 *
 * - The thread has its own tq_sqs client (a libcurl handle is never shared between
 *   threads), made from the broker's resolved configuration, and only ever sends
 *   ChangeMessageVisibilityBatch: for every message whose renewal is due (every lease/3),
 *   grouped by queue URL and lease, ten per call (messages due within lease/6 go along).
 * - Messages are registered by (queue URL, receipt handle, lease). A renewal that SQS refuses
 *   for one message (receipt no longer valid, message deleted, the 12 h limit reached) drops
 *   that message; a failed call (network, 5xx after the client's retries) is tried again
 *   500 ms later. Unregister a message once it is deleted, released or set aside.
 * - tq_sqs_keeper_remove() waits for a renewal of that message already on the wire, so that
 *   a release (visibility 0) sent right after it cannot be overtaken by the renewal.
 * - The thread starts with the first registration, blocks every signal (they belong to the
 *   PHP thread) and stops in tq_sqs_keeper_free(). A keeper inherited through fork() forgets
 *   the parent's messages, leaves the parent's client alone and starts its own when next used.
 * The shape (new/free/add/remove/count/get_stats) is the one of the PostgreSQL lease keeper
 * (tq_lease_keeper.h), so both can later sit behind one interface.
 * May touch: libcurl (through tq_sqs), pthreads, libc. No Zend, no global state.
 */
#ifndef TQ_SQS_KEEPER_H
#define TQ_SQS_KEEPER_H

#include <stddef.h>
#include <stdint.h>
#include "common/tq_error.h"
#include "sqs/tq_sqs.h"

typedef struct tq_sqs_keeper tq_sqs_keeper;

typedef struct tq_sqs_keeper_stats {
    uint64_t calls;      /* ChangeMessageVisibilityBatch calls that got an answer */
    uint64_t renewed;    /* messages whose visibility was extended */
    uint64_t lost;       /* messages SQS would not extend (dropped from the keeper) */
    uint64_t errors;     /* calls that failed as a whole (retried) */
    uint64_t requests;   /* HTTP requests of the thread's client, retries included */
} tq_sqs_keeper_stats;

/* cfg must be resolved; it is copied (with shorter retries and timeouts of its own).
 * Neither connects nor starts the thread. NULL with err. */
tq_sqs_keeper *tq_sqs_keeper_new(const tq_sqs_config *cfg, tq_error *err);
/* Stops and joins the thread, frees everything. NULL is fine. */
void tq_sqs_keeper_free(tq_sqs_keeper *k);

/* Keeps message `receipt` of the queue at queue_url invisible with leases of lease_ms
 * (rounded up to whole seconds, at most 12 h; <= 0: 10 minutes), the first renewal lease_ms/3
 * from now. Registering a receipt again replaces its lease. Starts the thread if needed. */
int tq_sqs_keeper_add(tq_sqs_keeper *k, const char *queue_url, const char *receipt, int64_t lease_ms,
                      tq_error *err);
/* Stops renewing it (nothing happens if it is not registered); waits for a renewal of it that
 * is on the wire. */
void tq_sqs_keeper_remove(tq_sqs_keeper *k, const char *receipt);
/* Messages registered now. */
size_t tq_sqs_keeper_count(tq_sqs_keeper *k);
void tq_sqs_keeper_get_stats(tq_sqs_keeper *k, tq_sqs_keeper_stats *out);

#endif
