/*
 * http/http.h: what server.c (the SAPI side: request in, answer out) and actions.c (the
 * routes' work on a TaskLogInterface) share. May touch: the Zend API, src/http.
 */
#ifndef PHP_TQ_HTTP_H
#define PHP_TQ_HTTP_H

#include "php.h"
#include "http/tq_http.h"
#include "http/tq_http_route.h"

/* Start-up of TaskQueue\Http\Server (server.c), called by MINIT. */
void php_tq_http_minit(void);

typedef struct php_tq_http_ctx {
    tq_http_call call;
    tq_http_user user;
    zval *task_log;          /* a TaskLogInterface */
    const char *storage;     /* the directory download reads from ("" when unknown) */
    bool debug;              /* taskqueue.api_debug: unexpected errors say what happened */
    /* the answer: an error, a data value for the envelope, a bare {success} flag, or
     * a file already sent */
    bool failed;
    tq_http_error err;
    zval data;
    int flag;                /* -1: none; 0/1: {"success": false/true} */
    bool streamed;
} php_tq_http_ctx;

/* Runs ctx->call's action; fills the answer of ctx. */
void php_tq_http_run(php_tq_http_ctx *ctx);
/* The operator routes tao/TaskQueueDashboard/... (dashboard.c). */
void php_tq_http_dashboard(php_tq_http_ctx *ctx);
/* Turns the pending exception into the answer: not found (code 404), a refusal the user
 * may read (business: a 400), or an unexpected error (500; its text only with
 * taskqueue.api_debug). */
void php_tq_http_fail_exception(php_tq_http_ctx *ctx, bool business);
/* Sends a stored file (headers and body, streamed); -1 when it cannot be opened. */
int php_tq_http_send_file(const char *path, const char *name);

#endif
