/*
 * tq_envelope: the task JSON of TAO's queues (doc/ARCHITECTURE.md, section 5) read and checked before any PHP
 * object is built: {"taskFqcn": "<class>", "metadata": {"__id__": ..., ...},
 * "parameters": [..] | {..}}. Every rule that needs no class table lives here, so a
 * bad message is refused with a message naming the field (and the task id when it
 * is known) without touching Zend. Also the ISO-8601 reading of `__created_at__`.
 * May touch: jansson, tq_json (parsing), libc.
 */
#ifndef TQ_ENVELOPE_H
#define TQ_ENVELOPE_H

#include <stddef.h>
#include <stdint.h>
#include <jansson.h>
#include "common/tq_error.h"

/* An instant: seconds since the epoch (UTC) and microseconds. */
typedef struct tq_instant {
    int64_t sec;
    int32_t usec;
} tq_instant;

/* A checked envelope. Pointers borrow from `root`, which tq_envelope_free() releases. */
typedef struct tq_envelope {
    json_t *root;
    const char *fqcn;          /* taskFqcn */
    size_t fqcn_len;
    json_t *metadata;          /* a JSON object, in document order */
    json_t *parameters;        /* a JSON object or array */
    const char *id;            /* metadata.__id__ */
    size_t id_len;
    json_t *owner;             /* metadata.__owner__ (scalar or null), NULL when absent */
    json_t *callable;          /* metadata.__callable__, NULL when absent or null */
    int has_created_at;        /* metadata.__created_at__ present and not null */
    tq_instant created_at;     /* its value, in UTC */
} tq_envelope;

/* Parses and checks text. 0 with env filled (free it), or -1 with err naming the
 * field at fault and env left empty (nothing to free). */
int tq_envelope_parse(const char *text, size_t len, tq_envelope *env, tq_error *err);
void tq_envelope_free(tq_envelope *env);
/* metadata.__id__ of a message body, when it is JSON with a non-empty string there (no other
 * check: for messages that may not be tasks at all). malloc'd, or NULL. */
char *tq_envelope_task_id(const char *body, size_t len);

/* About how many bytes PHP needs to hold the envelope's metadata and parameters as arrays and
 * strings (buckets, hash tables, string headers): what decoding will take from memory_limit.
 * An estimate, never below the truth by much; saturates at SIZE_MAX. */
size_t tq_envelope_php_bytes(const tq_envelope *env);

/* Reads an ISO-8601 date-time: YYYY-MM-DD, optionally followed by 'T' or ' ' and
 * HH:MM[:SS[.fraction]], optionally followed by 'Z' or an offset ±HH[:MM] / ±HHMM.
 * A missing offset means UTC. 0 with *out set, or -1 when s is not of that form or
 * names a day/time that does not exist. */
int tq_iso8601_parse(const char *s, size_t len, tq_instant *out);

/* Writes "YYYY-MM-DD HH:MM:SS.uuuuuu" (UTC) into out (at least 32 bytes) for years
 * 0..9999; -1 outside that range. */
int tq_instant_format_utc(const tq_instant *t, char *out, size_t size);

#endif
