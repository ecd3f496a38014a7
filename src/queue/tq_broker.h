/*
 * tq_broker: the queue broker interface every native broker implements (memory here;
 * PostgreSQL and SQS later). A broker moves opaque message bodies (task JSON); claiming
 * hands a message out under a lease, ack removes it for good, release gives it back.
 * May touch: libc. Each implementation names what else it touches.
 */
#ifndef TQ_BROKER_H
#define TQ_BROKER_H

#include <stddef.h>
#include <stdint.h>
#include "common/tq_error.h"

struct tq_signal_state;

typedef struct tq_message {
    char *body;          /* task JSON, NUL-terminated, malloc'd */
    size_t len;
    char *receipt;       /* what ack/release/extend need: row id, receipt handle; may be NULL */
    int deliveries;      /* 1 on the first hand-out, more after lease expiry / release */
    void *attachment;    /* in-process payload pushed with the body (memory broker); owned */
} tq_message;

typedef struct tq_broker tq_broker;

typedef struct tq_broker_ops {
    const char *id;      /* "memory", "rds", "sqs": AbstractQueueBroker::getBrokerId() */
    int (*create_queue)(tq_broker *b, tq_error *err);
    /* Takes ownership of attachment on success (0); on failure the caller keeps it. */
    int (*push)(tq_broker *b, const char *body, size_t len, void *attachment, tq_error *err);
    /* Claims up to max messages, hidden from others for lease_ms; fills out[0..n-1]
     * (the caller owns them, free with tq_message_clear). Returns n >= 0, or -1. */
    int (*claim)(tq_broker *b, size_t max, int64_t lease_ms, tq_message *out, tq_error *err);
    int (*ack)(tq_broker *b, const tq_message *m, tq_error *err);
    /* Optional (NULL when the broker has no leases). */
    int (*extend)(tq_broker *b, const tq_message *m, int64_t lease_ms, tq_error *err);
    int (*release)(tq_broker *b, const tq_message *m, tq_error *err);
    /* Messages waiting (not claimed). -1 on error. */
    int64_t (*count)(tq_broker *b, tq_error *err);
    /* Optional: an idle worker's wait. Returns when a message may have arrived
     * (TQ_WAIT_READY, e.g. a PostgreSQL NOTIFY), a signal was noted (TQ_WAIT_SIGNAL) or
     * timeout_ms passed (TQ_WAIT_TIMEOUT); -1 on error. sig may be NULL. NULL op: the
     * worker sleeps on its signal state instead. */
    int (*wait)(tq_broker *b, int timeout_ms, struct tq_signal_state *sig, tq_error *err);
    void (*destroy)(tq_broker *b);
} tq_broker_ops;

struct tq_broker {
    const tq_broker_ops *ops;
    void (*free_attachment)(void *attachment); /* set by the owner of attachments; may be NULL */
};

void tq_message_clear(tq_broker *b, tq_message *m);

/* The in-process FIFO behind InMemoryQueueBroker. Claim hands messages out for good
 * (a process that dies loses its memory anyway), ack is a no-op. */
tq_broker *tq_memory_broker_new(void);
/* Calls fn(attachment, ctx) for every waiting message that carries one, oldest first
 * (the PHP glue reports them to the garbage collector). fn must not touch b. */
void tq_memory_broker_each_attachment(tq_broker *b, void (*fn)(void *attachment, void *ctx), void *ctx);

#endif
