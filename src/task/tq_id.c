#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdint.h>
#include <time.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/random.h>
#endif
#include "task/tq_id.h"

static uint64_t tq_id_seed(void)
{
    uint64_t seed = 0;
#if defined(__linux__)
    if (getrandom(&seed, sizeof(seed), 0) == (ssize_t)sizeof(seed)) {
        return seed;
    }
#endif
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return ((uint64_t)ts.tv_nsec << 20) ^ (uint64_t)getpid() ^ (uint64_t)ts.tv_sec;
}

void tq_id_digits(tq_id_state *st, char *out, size_t size)
{
    /* A random base, then a counter so two ids in one microsecond differ. A fork()
     * child re-seeds because its pid differs from the one the base was drawn in. */
    long pid = (long)getpid();
    if (st->pid != pid) {
        st->base = tq_id_seed();
        st->counter = 0;
        st->pid = pid;
    }
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint64_t usec = (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
    uint64_t tail = (st->base + st->counter++) % 100000000u;
    snprintf(out, size, "%016llu%08llu", (unsigned long long)usec, (unsigned long long)tail);
}
