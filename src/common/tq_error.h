/*
 * tq_error: how errors travel as values through the core. A function that can fail
 * returns a status (0 ok, non-zero failure) and fills a tq_error the caller owns;
 * ext/ turns it into an exception. May touch: libc.
 */
#ifndef TQ_ERROR_H
#define TQ_ERROR_H

#include <stdarg.h>

typedef enum tq_errcode {
    TQ_OK = 0,
    TQ_ERR_NOMEM,
    TQ_ERR_INVALID,     /* bad input from the caller: names, values, JSON */
    TQ_ERR_NOT_FOUND,
    TQ_ERR_STATE,       /* a guarded transition did not hold */
    TQ_ERR_IO,          /* a server or the network failed */
    TQ_ERR_TOO_DEEP     /* a value nests deeper than JSON (and a report) may: 512 levels */
} tq_errcode;

typedef struct tq_error {
    tq_errcode code;
    char message[512];
} tq_error;

void tq_error_clear(tq_error *err);
/* printf-style; err may be NULL. Always returns -1 so callers can `return tq_error_set(...)`. */
int tq_error_set(tq_error *err, tq_errcode code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

#endif
