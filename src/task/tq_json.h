/*
 * tq_json: JSON text exactly as PHP's json_encode() writes it with default flags
 * ("/" escaped as "\/", non-ASCII as lower-case \uXXXX, floats in shortest round-trip
 * form with ".0" kept), over jansson values. TAO stores task JSON written that way,
 * so producing the same bytes keeps rows interchangeable with TAO's PHP code.
 * May touch: jansson, libc. No Zend.
 */
#ifndef TQ_JSON_H
#define TQ_JSON_H

#include <stddef.h>
#include <jansson.h>
#include "common/tq_error.h"

typedef struct tq_buf {
    char *data;
    size_t len;
    size_t cap;
} tq_buf;

void tq_buf_init(tq_buf *b);
void tq_buf_free(tq_buf *b);
/* Returns 0, or -1 when out of memory (the buffer is left as it was). */
int tq_buf_append(tq_buf *b, const char *s, size_t n);
int tq_buf_putc(tq_buf *b, char c);
/* Hands the NUL-terminated text to the caller (free() it); the buffer is reset. */
char *tq_buf_steal(tq_buf *b, size_t *len);

/* Appends the PHP json_encode() form of v. Returns 0 or -1 (out of memory, NaN/Inf, depth > 512). */
int tq_json_dump_php(const json_t *v, tq_buf *out);

/* Same, into a malloc'd NUL-terminated string (NULL on failure). */
char *tq_json_dumps_php(const json_t *v, size_t *len);

/* Parses text; on failure fills err with jansson's line/column and message. */
json_t *tq_json_parse(const char *text, size_t len, tq_error *err);

#endif
