/*
 * tq_http_params.c: query string and form body decoding under caps (tq_http_params.h).
 * May touch: libc, tq_http.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "http/tq_http_params.h"

int tq_http_fail(tq_http_error *err, int status, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->message, sizeof(err->message), fmt, ap);
        va_end(ap);
        err->status = status;
        err->code = status;
        err->allow[0] = '\0';
    }
    return -1;
}

void tq_http_params_init(tq_http_params *p)
{
    p->n = 0;
}

void tq_http_params_free(tq_http_params *p)
{
    for (size_t i = 0; i < p->n; i++) {
        free(p->items[i].name);
        free(p->items[i].value);
    }
    p->n = 0;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Percent-decodes s[0..len) into a new string of at most cap bytes. NULL when malformed,
 * too long, holding a NUL byte, or out of memory (why goes to err). */
static char *decode(const char *s, size_t len, size_t cap, const char *what, tq_http_error *err)
{
    char *out = malloc(len + 1);
    size_t o = 0;
    if (!out) {
        tq_http_fail(err, 500, "Out of memory");
        return NULL;
    }
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '+') {
            c = ' ';
        } else if (c == '%') {
            int hi = i + 1 < len ? hexval(s[i + 1]) : -1;
            int lo = i + 2 < len ? hexval(s[i + 2]) : -1;
            if (hi < 0 || lo < 0) {
                free(out);
                tq_http_fail(err, 400, "Malformed parameter %s: bad percent escape", what);
                return NULL;
            }
            c = (char)(hi * 16 + lo);
            i += 2;
        }
        if (c == '\0') {
            free(out);
            tq_http_fail(err, 400, "Malformed parameter %s: NUL byte", what);
            return NULL;
        }
        out[o++] = c;
    }
    out[o] = '\0';
    if (o > cap) {
        free(out);
        tq_http_fail(err, 400, "Parameter %s is too long (at most %zu bytes)", what, cap);
        return NULL;
    }
    return out;
}

/* Splits a decoded name into base and list flag: "a[]" and "a[12]" are list entries;
 * other brackets are refused (PHP would build nested arrays no route takes). */
static int split_name(char *name, bool *list, tq_http_error *err)
{
    char *br = strchr(name, '[');
    *list = false;
    if (!br) {
        return strchr(name, ']') ? tq_http_fail(err, 400, "Malformed parameter name") : 0;
    }
    char *p = br + 1;
    while (*p >= '0' && *p <= '9') {
        p++;
    }
    if (br == name || p[0] != ']' || p[1] != '\0') {
        return tq_http_fail(err, 400, "Malformed parameter name");
    }
    *br = '\0';
    *list = true;
    return 0;
}

static int add_pair(tq_http_params *p, const char *s, size_t len, tq_http_error *err)
{
    const char *eq = memchr(s, '=', len);
    size_t nlen = eq ? (size_t)(eq - s) : len;
    if (nlen == 0) {
        return 0;                       /* "=x" or "": PHP drops them too */
    }
    if (p->n == TQ_HTTP_MAX_PARAMS) {
        return tq_http_fail(err, 400, "Too many parameters (at most %d)", TQ_HTTP_MAX_PARAMS);
    }
    char *name = decode(s, nlen, TQ_HTTP_MAX_NAME, "name", err);
    if (!name) {
        return -1;
    }
    bool list;
    if (split_name(name, &list, err) != 0) {
        free(name);
        return -1;
    }
    char *value = eq ? decode(eq + 1, len - nlen - 1, TQ_HTTP_MAX_VALUE, name, err) : strdup("");
    if (!value) {
        free(name);
        return eq ? -1 : tq_http_fail(err, 500, "Out of memory");
    }
    p->items[p->n].name = name;
    p->items[p->n].value = value;
    p->items[p->n].list = list;
    p->n++;
    return 0;
}

int tq_http_params_parse(tq_http_params *p, const char *s, size_t len, tq_http_error *err)
{
    if (!s || len == 0) {
        return 0;
    }
    if (len > TQ_HTTP_MAX_INPUT) {
        return tq_http_fail(err, 400, "Request parameters too large (at most %d bytes)", TQ_HTTP_MAX_INPUT);
    }
    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i == len || s[i] == '&') {
            if (i > start && add_pair(p, s + start, i - start, err) != 0) {
                return -1;
            }
            start = i + 1;
        }
    }
    return 0;
}

const char *tq_http_param(const tq_http_params *p, const char *name)
{
    for (size_t i = p->n; i-- > 0;) {
        if (!p->items[i].list && strcmp(p->items[i].name, name) == 0) {
            return p->items[i].value;
        }
    }
    return NULL;
}

size_t tq_http_param_count(const tq_http_params *p, const char *name)
{
    size_t n = 0;
    for (size_t i = 0; i < p->n; i++) {
        n += p->items[i].list && strcmp(p->items[i].name, name) == 0;
    }
    return n;
}

const char *tq_http_param_at(const tq_http_params *p, const char *name, size_t k)
{
    for (size_t i = 0; i < p->n; i++) {
        if (p->items[i].list && strcmp(p->items[i].name, name) == 0 && k-- == 0) {
            return p->items[i].value;
        }
    }
    return NULL;
}
