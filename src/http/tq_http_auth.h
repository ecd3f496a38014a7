/*
 * tq_http_auth: who a request is. Bearer tokens are checked against a token file of
 * lines `<sha256 hex of the token> <user id> <roles, comma-separated, or ->` (`#` starts
 * a comment at the start of a line or after a blank), so no token is stored in clear (README "Task HTTP API").
 * May touch: libc, libcrypto, tq_http.
 */
#ifndef TQ_HTTP_AUTH_H
#define TQ_HTTP_AUTH_H

#include "http/tq_http.h"

#define TQ_HTTP_MAX_TOKEN 512           /* bytes of a presented token */

/* Role bits of a roles column ("-" or empty: none beyond TQ_ROLE_USER, which every
 * user has). Known names: TaskQueueManager, TAO_MANAGER, taoTaskQueueManager and their
 * TAO role URIs (manager), REST_PUBLISHER and its URI (publisher); others are ignored. */
unsigned tq_http_roles_parse(const char *csv, size_t len);

/* sha256 of data as 64 lower-case hex digits and a NUL. */
void tq_http_sha256_hex(const char *data, size_t len, char hex[65]);

/* The user of an Authorization header value, looked up in the token file's text:
 * -1 with a 401 when the header is missing, not "Bearer <token>", or the token matches
 * no line. Lines that are not three well-formed columns are skipped, and so is the user
 * id cli-user (TAO's super user, who sees every owner's tasks). */
int tq_http_auth_text(const char *authorization, const char *text, size_t len, tq_http_user *user,
                      tq_http_error *err);

/* Same, reading the file at path (NULL or "": no tokens configured, a 401; unreadable:
 * a 500 naming the path). */
int tq_http_auth_file(const char *authorization, const char *path, tq_http_user *user, tq_http_error *err);

#endif
