/*
 * tq_memory_broker: the in-process FIFO behind InMemoryQueueBroker. A ring buffer of
 * messages; claim hands them out for good (a process that dies loses its memory
 * anyway), so ack has nothing to do and count is what is still waiting.
 * May touch: libc.
 */
#include <stdlib.h>
#include <string.h>
#include "queue/tq_broker.h"

typedef struct tq_memory_broker {
    tq_broker base;      /* first, so a tq_broker * is a tq_memory_broker * */
    tq_message *ring;
    size_t cap;          /* slots in ring (0 or a power of two) */
    size_t head;         /* slot of the oldest message */
    size_t len;          /* messages waiting */
} tq_memory_broker;

static tq_memory_broker *mem(tq_broker *b)
{
    return (tq_memory_broker *)b;
}

/* Frees every message of a ring that is no longer reachable from the broker, so that
 * an attachment's release (a PHP destructor) may push to the broker again safely. */
static void free_ring(tq_broker *b, tq_message *ring, size_t cap, size_t head, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        tq_message_clear(b, &ring[(head + i) & (cap - 1)]);
    }
    free(ring);
}

static void empty_queue(tq_memory_broker *m)
{
    tq_message *ring = m->ring;
    size_t cap = m->cap, head = m->head, len = m->len;
    m->ring = NULL;
    m->cap = m->head = m->len = 0;
    if (ring) {
        free_ring(&m->base, ring, cap, head, len);
    }
}

static int mem_create_queue(tq_broker *b, tq_error *err)
{
    empty_queue(mem(b));
    return 0;
}

static int grow(tq_memory_broker *m, tq_error *err)
{
    size_t cap = m->cap ? m->cap * 2 : 16;
    if (cap < m->cap || cap > SIZE_MAX / sizeof(tq_message)) {
        return tq_error_set(err, TQ_ERR_NOMEM, "the memory queue is full");
    }
    tq_message *ring = calloc(cap, sizeof(tq_message));
    if (!ring) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory growing the memory queue to %zu messages", cap);
    }
    /* Unwrap into the new ring so the oldest message sits at slot 0. */
    for (size_t i = 0; i < m->len; i++) {
        ring[i] = m->ring[(m->head + i) & (m->cap - 1)];
    }
    free(m->ring);
    m->ring = ring;
    m->cap = cap;
    m->head = 0;
    return 0;
}

static int mem_push(tq_broker *b, const char *body, size_t len, void *attachment, tq_error *err)
{
    tq_memory_broker *m = mem(b);
    if (!body) {
        return tq_error_set(err, TQ_ERR_INVALID, "a message needs a body");
    }
    if (m->len == m->cap && grow(m, err) != 0) {
        return -1;
    }
    char *copy = malloc(len + 1);
    if (!copy) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory copying a message of %zu bytes", len);
    }
    memcpy(copy, body, len);
    copy[len] = '\0';
    tq_message *slot = &m->ring[(m->head + m->len) & (m->cap - 1)];
    memset(slot, 0, sizeof(*slot));
    slot->body = copy;
    slot->len = len;
    slot->attachment = attachment;
    m->len++;
    return 0;
}

static int mem_claim(tq_broker *b, size_t max, int64_t lease_ms, tq_message *out, tq_error *err)
{
    tq_memory_broker *m = mem(b);
    size_t n = max < m->len ? max : m->len;
    if (n > INT32_MAX) {
        n = INT32_MAX;
    }
    for (size_t i = 0; i < n; i++) {
        tq_message *slot = &m->ring[m->head];
        out[i] = *slot;              /* ownership moves to the caller */
        out[i].deliveries = 1;
        memset(slot, 0, sizeof(*slot));
        m->head = (m->head + 1) & (m->cap - 1);
        m->len--;
    }
    if (m->len == 0) {
        m->head = 0;
    }
    return (int)n;
}

static int mem_ack(tq_broker *b, const tq_message *msg, tq_error *err)
{
    return 0; /* claiming already removed it */
}

static int64_t mem_count(tq_broker *b, tq_error *err)
{
    return (int64_t)mem(b)->len;
}

static void mem_destroy(tq_broker *b)
{
    if (b) {
        empty_queue(mem(b));
        free(b);
    }
}

static const tq_broker_ops memory_ops = {
    .id = "memory",
    .create_queue = mem_create_queue,
    .push = mem_push,
    .claim = mem_claim,
    .ack = mem_ack,
    .extend = NULL,
    .release = NULL,
    .count = mem_count,
    .destroy = mem_destroy,
};

tq_broker *tq_memory_broker_new(void)
{
    tq_memory_broker *m = calloc(1, sizeof(*m));
    if (!m) {
        return NULL;
    }
    m->base.ops = &memory_ops;
    return &m->base;
}

void tq_memory_broker_each_attachment(tq_broker *b, void (*fn)(void *attachment, void *ctx), void *ctx)
{
    tq_memory_broker *m = mem(b);
    for (size_t i = 0; i < m->len; i++) {
        void *a = m->ring[(m->head + i) & (m->cap - 1)].attachment;
        if (a) {
            fn(a, ctx);
        }
    }
}
