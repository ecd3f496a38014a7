/*
 * tq_selector: queue picking for WeightStrategy (proportional to weights) and
 * StrictPriorityStrategy (highest weight first, cursor over the sorted queues), and
 * the xoshiro256** generator they draw from. Each strategy owns its generator, so a
 * seed replays the same picks whatever else the process does with mt_rand().
 * May touch: libc, getrandom(2).
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/random.h>
#include "queue/tq_selector.h"

/* --- generator ------------------------------------------------------------------- */

static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

void tq_rng_seed(tq_rng *r, uint64_t seed)
{
    /* splitmix64 spreads any seed (0 included) over a state that is never all zero. */
    for (int i = 0; i < 4; i++) {
        r->s[i] = splitmix64(&seed);
    }
}

void tq_rng_seed_os(tq_rng *r)
{
    uint64_t seed;
    if (getrandom(&seed, sizeof(seed), GRND_NONBLOCK) != (ssize_t)sizeof(seed)) {
        /* No entropy yet (early boot) or no syscall: picks only need to be spread out,
         * not secret, so time, pid and an address will do. */
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        seed = ((uint64_t)ts.tv_sec << 32) ^ (uint64_t)ts.tv_nsec ^ ((uint64_t)getpid() << 16)
             ^ (uint64_t)(uintptr_t)r;
    }
    tq_rng_seed(r, seed);
}

static uint64_t rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

uint64_t tq_rng_next(tq_rng *r)
{
    uint64_t *s = r->s;
    uint64_t result = rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

uint64_t tq_rng_below(tq_rng *r, uint64_t n)
{
    if (n <= 1) {
        return 0;
    }
    /* Rejection keeps every value equally likely: drop the draws below 2^64 mod n. */
    uint64_t threshold = (0 - n) % n;
    for (;;) {
        uint64_t x = tq_rng_next(r);
        if (x >= threshold) {
            return x % n;
        }
    }
}

/* --- WeightStrategy -------------------------------------------------------------- */

int tq_weight_pick(tq_rng *r, const int64_t *weights, size_t n)
{
    return tq_weight_pick_except(r, weights, NULL, n);
}

/* The weight a queue counts with: 0 when skipped or not positive, else scaled by shift. */
static uint64_t weight_of(const int64_t *weights, const unsigned char *skip, size_t i, int shift)
{
    if ((skip && skip[i]) || weights[i] <= 0) {
        return 0;
    }
    return (uint64_t)weights[i] >> shift;
}

int tq_weight_pick_except(tq_rng *r, const int64_t *weights, const unsigned char *skip, size_t n)
{
    size_t left = 0;
    for (size_t i = 0; i < n; i++) {
        left += !(skip && skip[i]);
    }
    if (left == 0) {
        return -1;
    }
    /* Negative weights count as 0. Huge weights are scaled down together until their
     * sum fits in 64 bits, which keeps the proportions. */
    int shift = 0;
    uint64_t total;
    for (;;) {
        int overflow = 0;
        total = 0;
        for (size_t i = 0; i < n; i++) {
            uint64_t w = weight_of(weights, skip, i, shift);
            if (total + w < total) {
                overflow = 1;
                break;
            }
            total += w;
        }
        if (!overflow) {
            break;
        }
        shift++;
    }
    if (total == 0) {
        /* TAO fails here (random_int(1, 0)); every queue left gets an equal chance instead
         * (so a queue of weight 0 is polled once every weighted one came back empty). */
        uint64_t k = tq_rng_below(r, left);
        for (size_t i = 0; i < n; i++) {
            if (!(skip && skip[i]) && k-- == 0) {
                return (int)i;
            }
        }
    }
    /* TAO draws in [1, total] and walks the queues in order, subtracting each weight,
     * until the draw is used up; a draw in [0, total) against running sums is the same. */
    uint64_t x = tq_rng_below(r, total);
    for (size_t i = 0; i < n; i++) {
        uint64_t w = weight_of(weights, skip, i, shift);
        if (x < w) {
            return (int)i;
        }
        x -= w;
    }
    return (int)(n - 1); /* not reached */
}

/* --- StrictPriorityStrategy ------------------------------------------------------ */

void tq_strict_order(const int64_t *weights, size_t n, size_t *order)
{
    /* Insertion sort: stable (ties keep their configured order, as PHP 8's usort does)
     * and the number of queues is small. */
    for (size_t i = 0; i < n; i++) {
        size_t j = i;
        while (j > 0 && weights[order[j - 1]] < weights[i]) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = i;
    }
}

size_t tq_strict_current(tq_strict_priority *sp, size_t n)
{
    if (sp->next >= n) {
        sp->next = 0;
    }
    return sp->next;
}

void tq_strict_after(tq_strict_priority *sp, int found)
{
    sp->next = found ? 0 : sp->next + 1;
}

int tq_strict_wait(const tq_strict_priority *sp, size_t n)
{
    /* Only a whole round without a task (cursor just past the last queue) sleeps. */
    return sp->next == n ? 5 : 0;
}
