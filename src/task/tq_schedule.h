/*
 * tq_schedule: when a task may run and what makes it unique, as its JSON carries them
 * (metadata keys TQ_KEY_RUN_AT and TQ_KEY_UNIQUE_KEY, src/task/tq_message_key.h), and the
 * limits every front (the task's setters, the brokers) checks them against, so a bad value
 * is refused with the same message wherever it comes from and before anything is queued.
 * May touch: jansson, task/tq_envelope (ISO-8601), libc.
 */
#ifndef TQ_SCHEDULE_H
#define TQ_SCHEDULE_H

#include <stddef.h>
#include <stdint.h>
#include <jansson.h>
#include "common/tq_error.h"

#define TQ_UNIQUE_KEY_MAX 255               /* bytes: the queue table's VARCHAR(255) */
#define TQ_DELAY_MAX_S (366 * 86400)        /* a delay or due time at most a year ahead */
#define TQ_RUN_AT_SLACK_MS 1000             /* a due time this much in the past is "now" */

typedef struct tq_schedule {
    int has_run_at;
    int64_t run_at_ms;      /* due time, ms since the epoch (UTC) */
    char *unique_key;       /* malloc'd, or NULL */
} tq_schedule;

void tq_schedule_clear(tq_schedule *s);

/* The checks of the setters: a delay in whole seconds, 0..TQ_DELAY_MAX_S; a due time not
 * before now - TQ_RUN_AT_SLACK_MS and not more than TQ_DELAY_MAX_S ahead; a uniqueness key
 * of 1..TQ_UNIQUE_KEY_MAX bytes without NUL. TQ_ERR_INVALID naming the problem. */
int tq_schedule_check_delay(int64_t seconds, tq_error *err);
int tq_schedule_check_run_at(int64_t at_ms, int64_t now_ms, tq_error *err);
int tq_schedule_check_unique_key(const char *key, size_t len, tq_error *err);

/* Reads both keys from a task JSON text (out zeroed first). A text that names neither key
 * is not parsed (the enqueue path stays as fast as before). A value of the wrong type or
 * form, a key over the limit: -1 with TQ_ERR_INVALID. Not JSON: 0 with nothing set (the
 * claim side sets such messages aside). A due time in the past is kept (it is due). */
int tq_schedule_of_body(const char *body, size_t len, tq_schedule *out, tq_error *err);
int tq_schedule_of_metadata(const json_t *metadata, tq_schedule *out, tq_error *err);

/* "YYYY-MM-DDTHH:MM:SS.mmm+00:00" (ISO-8601, what the JSON carries; PHP's DateTime reads
 * it) or, with sql, "YYYY-MM-DD HH:MM:SS.mmm+00" (a timestamptz literal). size >= 40. */
int tq_schedule_format(int64_t ms, int sql, char *out, size_t size);

/* Milliseconds since the epoch, from the wall clock. */
int64_t tq_schedule_now_ms(void);

#endif
