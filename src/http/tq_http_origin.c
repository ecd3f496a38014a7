/*
 * tq_http_origin.c: the same-origin check of tq_http_origin.h.
 * May touch: libc, tq_http.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "http/tq_http_origin.h"

typedef struct authority {
    const char *host;
    size_t host_len;
    long port;          /* 0: none given */
} authority;

/* host[:port] (an IPv6 host in brackets) of len bytes; -1 when the port is not a number. */
static int split_authority(const char *s, size_t len, authority *out)
{
    const char *end = s + len, *colon = NULL;
    const char *after_host = s[0] == '[' ? memchr(s, ']', len) : s;
    if (!after_host) {
        return -1;
    }
    for (const char *p = end; p > after_host; p--) {
        if (p[-1] == ':') {
            colon = p - 1;
            break;
        }
    }
    out->host = s;
    out->host_len = colon ? (size_t)(colon - s) : len;
    out->port = 0;
    if (colon) {
        char *stop = NULL;
        out->port = strtol(colon + 1, &stop, 10);
        if (colon + 1 == end || stop != end || out->port <= 0 || out->port > 65535) {
            return -1;
        }
    }
    return out->host_len ? 0 : -1;
}

/* The authority of an origin "scheme://host[:port]" with the scheme's default port
 * filled in; -1 for "null", no scheme, a path or user part after the authority. */
static int origin_authority(const char *origin, authority *out, long *default_port)
{
    const char *sep = strstr(origin, "://");
    if (!sep || sep == origin) {
        return -1;
    }
    *default_port = (size_t)(sep - origin) == 5 && strncasecmp(origin, "https", 5) == 0 ? 443 : 80;
    const char *auth = sep + 3;
    if (strpbrk(auth, "/?#@ ") || split_authority(auth, strlen(auth), out) != 0) {
        return -1;
    }
    if (out->port == 0) {
        out->port = *default_port;
    }
    return 0;
}

int tq_http_origin_check(const char *origin, const char *host, const char *server_port, const char *sec_fetch_site,
                         tq_http_error *err)
{
    if (sec_fetch_site && *sec_fetch_site && strcasecmp(sec_fetch_site, "same-origin") != 0
        && strcasecmp(sec_fetch_site, "none") != 0) {
        return tq_http_fail(err, 403, "Cross-origin request refused");
    }
    if (!origin || !*origin) {
        return 0;
    }
    authority o, h;
    long default_port;
    if (origin_authority(origin, &o, &default_port) != 0 || !host || split_authority(host, strlen(host), &h) != 0) {
        return tq_http_fail(err, 403, "Cross-origin request refused");
    }
    if (h.port == 0) {
        /* a front that passes the host name alone (nginx's $host): the port it listens on */
        h.port = server_port && *server_port ? strtol(server_port, NULL, 10) : default_port;
    }
    if (o.host_len != h.host_len || strncasecmp(o.host, h.host, o.host_len) != 0 || o.port != h.port) {
        return tq_http_fail(err, 403, "Cross-origin request refused");
    }
    return 0;
}
