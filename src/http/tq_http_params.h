/*
 * tq_http_params: the parameters of a request, from its query string and a
 * form-encoded body, decoded as PHP does (`+` is a space, %XX bytes, `name[]` and
 * `name[n]` collect a list, a repeated plain name keeps its last value), under caps
 * so that an oversized or malformed request is a 400 before anything else runs.
 * May touch: libc, tq_http.
 */
#ifndef TQ_HTTP_PARAMS_H
#define TQ_HTTP_PARAMS_H

#include "http/tq_http.h"

#define TQ_HTTP_MAX_INPUT  8192   /* bytes of a query string or form body */
#define TQ_HTTP_MAX_PARAMS 128    /* name=value pairs in all */
#define TQ_HTTP_MAX_NAME   64     /* bytes of a decoded name */
#define TQ_HTTP_MAX_VALUE  1024   /* bytes of a decoded value */

typedef struct tq_http_param {
    char *name;       /* without the [] of a list entry */
    char *value;
    bool list;        /* came as name[] or name[n] */
} tq_http_pair;

typedef struct tq_http_params {
    tq_http_pair items[TQ_HTTP_MAX_PARAMS];
    size_t n;
} tq_http_params;

void tq_http_params_init(tq_http_params *p);
void tq_http_params_free(tq_http_params *p);
/* Adds the pairs of a=1&b=2 text. -1 with a 400 in err when it breaks a cap or is malformed
 * (bad %XX, a NUL byte, a name with brackets other than [] / [digits]). */
int tq_http_params_parse(tq_http_params *p, const char *s, size_t len, tq_http_error *err);
/* The value of a plain (non-list) name: the last one given, NULL when absent. */
const char *tq_http_param(const tq_http_params *p, const char *name);
/* How many list entries name[] has. */
size_t tq_http_param_count(const tq_http_params *p, const char *name);
/* The i-th list entry of name[] (NULL past the end). */
const char *tq_http_param_at(const tq_http_params *p, const char *name, size_t i);

#endif
