/*
 * tq_selector: the queue-picking strategies (tao-core's WeightStrategy, taoTaskQueue's
 * StrictPriorityStrategy) over plain weights, with a seedable generator of their own.
 * May touch: libc.
 */
#ifndef TQ_SELECTOR_H
#define TQ_SELECTOR_H

#include <stddef.h>
#include <stdint.h>

typedef struct tq_rng {
    uint64_t s[4];       /* xoshiro256** state */
} tq_rng;

void tq_rng_seed(tq_rng *r, uint64_t seed);
void tq_rng_seed_os(tq_rng *r);          /* from getrandom(2) */
uint64_t tq_rng_next(tq_rng *r);
uint64_t tq_rng_below(tq_rng *r, uint64_t n);   /* uniform in [0, n), n > 0 */

/* Index of the queue to poll, proportional to weights (negative weights count as 0).
 * When every weight is 0 each queue is equally likely (TAO fails there); -1 when n == 0. */
int tq_weight_pick(tq_rng *r, const int64_t *weights, size_t n);
/* The same draw among the queues whose skip[i] is 0 (skip may be NULL): WeightStrategy's next
 * queue once the ones tried came back empty (doc/compatibility.md, "Queue selection"). With no
 * queue skipped it consumes the generator exactly as tq_weight_pick(), so a seed replays the
 * same first picks. -1 when every queue is skipped. */
int tq_weight_pick_except(tq_rng *r, const int64_t *weights, const unsigned char *skip, size_t n);

typedef struct tq_strict_priority {
    size_t next;         /* cursor into the queues sorted by weight, highest first */
} tq_strict_priority;

/* Fills order[0..n-1] with queue indexes by weight, highest first, ties in config order. */
void tq_strict_order(const int64_t *weights, size_t n, size_t *order);
/* The position (into order) to poll now; wraps to 0 past the end. */
size_t tq_strict_current(tq_strict_priority *sp, size_t n);
/* After a poll: a hit goes back to the top, a miss moves on. */
void tq_strict_after(tq_strict_priority *sp, int found);
/* Seconds to wait: 5 after a full round with nothing found, else 0. */
int tq_strict_wait(const tq_strict_priority *sp, size_t n);

#endif
