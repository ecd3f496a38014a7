/*
 * tq_http_origin: requests from another site are refused (README "Task dashboard"). A
 * browser says where a request comes from (Origin, Sec-Fetch-Site); the dashboard at
 * /taskqueue/ is same-origin, command-line clients send neither header. The bearer token
 * already keeps other sites out (a page elsewhere cannot read it, and no cookie carries
 * it); this check is the second lock. May touch: libc, tq_http.
 */
#ifndef TQ_HTTP_ORIGIN_H
#define TQ_HTTP_ORIGIN_H

#include "http/tq_http.h"

/* 0 when the request may be answered: no Origin header, or one whose host and port are
 * the Host header's (its port, else server_port, the port the front listens on, else the
 * origin scheme's default), and a Sec-Fetch-Site that is absent, "same-origin" or "none".
 * Else -1 with a 403 "Cross-origin request refused" in err. Any argument may be NULL. */
int tq_http_origin_check(const char *origin, const char *host, const char *server_port, const char *sec_fetch_site,
                         tq_http_error *err);

#endif
