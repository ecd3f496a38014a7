/*
 * Helpers shared by the fuzz targets: splitting one input into NUL-terminated fields,
 * and a check that aborts (so libFuzzer keeps the input) when a property does not hold.
 * May touch: libc.
 */
#ifndef TQ_FUZZ_H
#define TQ_FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_CHECK(cond, ...)                                                       \
    do {                                                                            \
        if (!(cond)) {                                                              \
            fprintf(stderr, "fuzz property failed at %s:%d: %s\n", __FILE__,        \
                    __LINE__, #cond);                                               \
            fprintf(stderr, __VA_ARGS__);                                           \
            fputc('\n', stderr);                                                    \
            abort();                                                                \
        }                                                                           \
    } while (0)

/* A malloc'd, NUL-terminated copy of data split on '\n' into at most max fields
 * (the last field keeps any further newlines). Returns the number of fields; free
 * *owner when done. */
static inline size_t fuzz_fields(const uint8_t *data, size_t size, char **fields, size_t max,
                                 char **owner)
{
    char *s = malloc(size + 1);
    if (!s) {
        abort();
    }
    memcpy(s, data, size);
    s[size] = '\0';
    *owner = s;
    size_t n = 0;
    char *p = s;
    while (n < max) {
        fields[n++] = p;
        char *nl = n < max ? strchr(p, '\n') : NULL;
        if (!nl) {
            break;
        }
        *nl = '\0';
        p = nl + 1;
    }
    return n;
}

#endif
