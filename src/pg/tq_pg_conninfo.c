/*
 * tq_pg_conninfo.c: keeps passwords out of what a tq_pg connection reports: the
 * password a conninfo carries, messages scrubbed of "password=...", URI user:secret@
 * and the literal password, and tq_error filled from a libpq message that way.
 * May touch: libpq (PQconninfoParse), libc.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "pg/tq_pg_internal.h"

/* ---- password scrubbing --------------------------------------------------------------- */

typedef struct tq_pg_out {
    char *buf;
    size_t size;
    size_t len;
} tq_pg_out;

static void tq_pg_out_put(tq_pg_out *o, const char *s, size_t n)
{
    while (n-- > 0 && o->len + 1 < o->size) {
        o->buf[o->len++] = *s++;
    }
    o->buf[o->len] = '\0';
}

/* Length of a conninfo value starting at s: a 'quoted' value with \ escapes, or up to
 * white space. */
static size_t tq_pg_value_len(const char *s)
{
    const char *p = s;
    if (*p == '\'') {
        for (p++; *p && *p != '\''; p++) {
            if (*p == '\\' && p[1]) {
                p++;
            }
        }
        return (size_t)(p - s) + (*p == '\'');
    }
    while (*p && !isspace((unsigned char)*p) && *p != '&') {
        p++;
    }
    return (size_t)(p - s);
}

/* "password = value" (keyword form and URI query parameter) -> "password=***". */
static void tq_pg_scrub_keyword(const char *in, tq_pg_out *o)
{
    const char *p = in;
    while (*p) {
        if (strncasecmp(p, "password", 8) == 0) {
            const char *q = p + 8;
            while (*q == ' ' || *q == '\t') {
                q++;
            }
            if (*q == '=') {
                q++;
                while (*q == ' ' || *q == '\t') {
                    q++;
                }
                tq_pg_out_put(o, "password=***", 12);
                p = q + tq_pg_value_len(q);
                continue;
            }
        }
        tq_pg_out_put(o, p, 1);
        p++;
    }
}

/* scheme://user:secret@host -> scheme://user:***@host */
static void tq_pg_scrub_uri(const char *in, tq_pg_out *o)
{
    const char *p = in;
    while (*p) {
        const char *s = strstr(p, "://");
        if (!s) {
            break;
        }
        s += 3;
        const char *end = s + strcspn(s, "@/ \t\n'\"");
        const char *colon = memchr(s, ':', (size_t)(end - s));
        if (*end == '@' && colon) {
            tq_pg_out_put(o, p, (size_t)(colon + 1 - p));
            tq_pg_out_put(o, "***", 3);
            p = end;
        } else {
            tq_pg_out_put(o, p, (size_t)(s - p));
            p = s;
        }
    }
    tq_pg_out_put(o, p, strlen(p));
}

static void tq_pg_scrub_literal(const char *in, const char *secret, tq_pg_out *o)
{
    size_t n = strlen(secret);
    const char *p = in;
    const char *hit;
    while ((hit = strstr(p, secret)) != NULL) {
        tq_pg_out_put(o, p, (size_t)(hit - p));
        tq_pg_out_put(o, "***", 3);
        p = hit + n;
    }
    tq_pg_out_put(o, p, strlen(p));
}

/* One of libpq's own connection keywords (PQconndefaults lists them all). */
static int tq_pg_is_libpq_keyword(const char *s, size_t n)
{
    PQconninfoOption *opts = PQconndefaults();
    int found = 0;
    for (PQconninfoOption *o = opts; o && o->keyword && !found; o++) {
        found = strlen(o->keyword) == n && strncmp(o->keyword, s, n) == 0;
    }
    PQconninfoFree(opts);
    return found;
}

/* A key of a keyword/value conninfo that stands before any "password": text there cannot
 * be part of a password, so an unknown option named there may be shown. */
static int tq_pg_is_key_before_password(const char *s, size_t n, const char *conninfo)
{
    if (strstr(conninfo, "://")) {
        return 0;
    }
    const char *end = conninfo;
    while (*end && strncasecmp(end, "password", 8) != 0) {
        end++;
    }
    for (const char *k = conninfo; k + n <= end; k++) {
        if ((k == conninfo || strchr(" \t", k[-1])) && strncmp(k, s, n) == 0
            && k[n + strspn(k + n, " \t")] == '=') {
            return 1;
        }
    }
    return 0;
}

/* The text before the quoted argument in each message PQconninfoParse() can give
 * (libpq's fe-connect.c). The argument runs from there to the message's last quote, and may
 * itself hold quotes. */
static const char *const tq_pg_arg_heads[] = {
    "missing \"=\" after \"",
    "invalid connection option \"",
    "invalid percent-encoded token: \"",
    "forbidden value %00 in percent-encoded value: \"",
    "invalid URI propagated to internal parser routine: \"",
    "in IPv6 host address in URI: \"",
    "IPv6 host address may not be empty in URI: \"",
    "(expected \":\" or \"/\"): \"",
    "separator \"=\" in URI query parameter: \"",
    "invalid URI query parameter: \"",
};

/* libpq's parse errors quote the text they stumbled on, which may be (part of) a password
 * the parse could not find: an unquoted space, a bad %-escape. The argument is shown only
 * when it is one of libpq's keywords or an option named before any password, "..."
 * otherwise; a message of an unknown shape is cut at its first quote. */
void tq_pg_hide_quoted(const char *msg, const char *conninfo, char *out, size_t size)
{
    tq_pg_out o = {out, size, 0};
    out[0] = '\0';
    const char *start = NULL;
    for (size_t i = 0; !start && i < sizeof(tq_pg_arg_heads) / sizeof(tq_pg_arg_heads[0]); i++) {
        const char *hit = strstr(msg, tq_pg_arg_heads[i]);
        start = hit ? hit + strlen(tq_pg_arg_heads[i]) : NULL;
    }
    const char *end = strrchr(msg, '"');
    if (!start || !end || end < start) {
        const char *quote = strchr(msg, '"');
        tq_pg_out_put(&o, msg, quote ? (size_t)(quote - msg) : strlen(msg));
        tq_pg_out_put(&o, quote ? "\"...\"" : "", quote ? 5 : 0);
        return;
    }
    size_t n = (size_t)(end - start);
    int shown = n > 0 && (tq_pg_is_libpq_keyword(start, n) || tq_pg_is_key_before_password(start, n, conninfo));
    tq_pg_out_put(&o, msg, (size_t)(start - msg));
    tq_pg_out_put(&o, shown ? start : "...", shown ? n : 3);
    tq_pg_out_put(&o, end, strlen(end));
}

char *tq_pg_conninfo_password(const char *conninfo)
{
    if (!conninfo) {
        return NULL;
    }
    char *errmsg = NULL;
    PQconninfoOption *opts = PQconninfoParse(conninfo, &errmsg);
    PQfreemem(errmsg);
    char *password = NULL;
    for (PQconninfoOption *o = opts; o && o->keyword; o++) {
        if (strcmp(o->keyword, "password") == 0 && o->val && *o->val) {
            password = strdup(o->val);
        }
    }
    PQconninfoFree(opts);
    return password;
}

static void tq_pg_scrub_with(char *msg, size_t size, const char *password)
{
    char a[1024];
    char b[1024];
    tq_pg_out oa = {a, sizeof(a), 0};
    tq_pg_out ob = {b, sizeof(b), 0};
    a[0] = b[0] = '\0';
    tq_pg_scrub_keyword(msg, &oa);
    tq_pg_scrub_uri(a, &ob);
    /* Very short passwords would blank out ordinary words; the patterns above still apply. */
    if (password && strlen(password) >= 3) {
        oa.len = 0;
        tq_pg_scrub_literal(b, password, &oa);
        snprintf(msg, size, "%s", a);
    } else {
        snprintf(msg, size, "%s", b);
    }
}

void tq_pg_scrub(char *msg, size_t size, const char *conninfo)
{
    char *password = tq_pg_conninfo_password(conninfo);
    tq_pg_scrub_with(msg, size, password);
    free(password);
}

/* Fills err from a libpq message, without the trailing newline, scrubbed. */
int tq_pg_error(tq_pg *c, tq_errcode code, tq_error *err, const char *fmt, const char *what,
                       const char *msg)
{
    char text[1024];
    snprintf(text, sizeof(text), "%s", msg ? msg : "unknown error");
    size_t n = strlen(text);
    while (n > 0 && (text[n - 1] == '\n' || text[n - 1] == ' ')) {
        text[--n] = '\0';
    }
    tq_error_set(err, code, fmt, what, text);
    if (err) {
        tq_pg_scrub_with(err->message, sizeof(err->message), c ? c->password : NULL);
    }
    return -1;
}
