/*
 * tq_http: what the task HTTP API's core files share: the error value every step of a
 * request returns (HTTP status, error code, message), the user a request runs as, and
 * the role bits of doc/compatibility.md's "Task HTTP API" (README, "Task HTTP API").
 * May touch: libc.
 */
#ifndef TQ_HTTP_H
#define TQ_HTTP_H

#include <stdbool.h>
#include <stddef.h>

/* Role bits of a user (token file column 3). Every authenticated user is a base user. */
#define TQ_ROLE_USER      1u   /* TAO's BASE_USER: the browser API, own tasks only */
#define TQ_ROLE_MANAGER   2u   /* TaskQueueManager / TAO_MANAGER: REST routes, any task by id */
#define TQ_ROLE_PUBLISHER 4u   /* REST_PUBLISHER: tao/TaskQueue/get and getStatus */

typedef struct tq_http_error {
    int status;              /* HTTP status */
    int code;                /* the envelope's code / errorCode */
    char message[256];
    char allow[32];          /* the Allow header of a 405 */
} tq_http_error;

/* Fills err; always returns -1 so callers can `return tq_http_fail(...)`. */
int tq_http_fail(tq_http_error *err, int status, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

typedef struct tq_http_user {
    char id[256];
    unsigned roles;
} tq_http_user;

#endif
