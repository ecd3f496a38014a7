/*
 * tq_id: the digits of task id URIs (<namespace>#i<digits>). Microseconds since the
 * epoch (16 digits) then 8 digits of a per-process random base plus a counter, so ids
 * are unique across processes and hosts and sort roughly by creation time.
 * May touch: libc, getrandom(2).
 */
#ifndef TQ_ID_H
#define TQ_ID_H

#include <stddef.h>
#include <stdint.h>

/* Per-process generator state; zero-initialise it. The caller keeps it (the glue keeps
 * it in the module globals). */
typedef struct tq_id_state {
    uint64_t base;
    uint64_t counter;
    long pid;
} tq_id_state;

/* Writes the NUL-terminated digits (24 chars) into out (at least 32 bytes). */
void tq_id_digits(tq_id_state *st, char *out, size_t size);

#endif
