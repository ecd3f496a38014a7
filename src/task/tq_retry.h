/*
 * tq_retry: a task's retry policy (attempts, exponential backoff with jitter and a cap, the
 * exception classes that retry), its limits, its JSON form under metadata TQ_KEY_RETRY, and
 * the delay before an attempt. The policy travels inside the task (README "Retries and dead
 * letters"): the worker that sees a task fail needs nothing but the message to decide, on any
 * host. May touch: jansson, libc.
 */
#ifndef TQ_RETRY_H
#define TQ_RETRY_H

#include <stddef.h>
#include <stdint.h>
#include <jansson.h>
#include "common/tq_error.h"

#define TQ_RETRY_ATTEMPTS_MAX 100
#define TQ_RETRY_BACKOFF_MAX_S 86400.0          /* first delay: at most a day */
#define TQ_RETRY_CAP_MAX_S (366.0 * 86400)      /* the cap: as long as any delay (tq_schedule) */
#define TQ_RETRY_MULTIPLIER_MAX 10.0
#define TQ_RETRY_CLASSES_MAX 32
#define TQ_RETRY_CLASS_MAX 255                   /* bytes of one class name */
#define TQ_RETRY_ERROR_MAX 1024                  /* bytes kept of one attempt's error */

typedef struct tq_retry {
    int attempts;           /* runs in all, the first included: 1 means no retry */
    double backoff;         /* seconds before the second run */
    double multiplier;      /* each later delay is this many times the one before */
    double max_backoff;     /* no delay is longer (seconds) */
    double jitter;          /* 0..1: a delay is shortened by up to this fraction, at random */
    char **retry_on;        /* class names (malloc'd); none: every exception retries */
    size_t n_retry_on;
} tq_retry;

/* attempts 1, backoff 1, multiplier 2, max_backoff 300, jitter 0.5, no classes. */
void tq_retry_init(tq_retry *p);
void tq_retry_clear(tq_retry *p);

/* Each value within its limits (TQ_ERR_INVALID naming the field and the limit). */
int tq_retry_check(const tq_retry *p, tq_error *err);
/* A class name as PHP writes one (letters, digits, '_', '\\', bytes >= 0x80; no leading
 * digit); a leading '\\' is allowed and dropped by tq_retry_add_class. */
int tq_retry_add_class(tq_retry *p, const char *name, size_t len, tq_error *err);

/* The policy from its JSON object (keys: attempts, backoff, multiplier, max_backoff, jitter,
 * retry_on; absent keys keep their defaults, an unknown key is refused), checked. out is
 * initialised first and cleared on failure. */
int tq_retry_of_json(const json_t *j, tq_retry *out, tq_error *err);
/* New reference, every key written; NULL on allocation failure. */
json_t *tq_retry_to_json(const tq_retry *p);

/* Milliseconds to wait before run `attempt + 1` after run `attempt` failed (attempt >= 1):
 * backoff * multiplier^(attempt-1), capped at max_backoff, shortened by jitter * u
 * (u in [0, 1), the caller's random draw). */
int64_t tq_retry_delay_ms(const tq_retry *p, int attempt, double u);

/* One attempt's error as it is kept in metadata TQ_KEY_ERRORS: "Class: message", cut to
 * TQ_RETRY_ERROR_MAX bytes at a UTF-8 boundary (malloc'd, or NULL). */
char *tq_retry_error_text(const char *cls, const char *message);

#endif
