/*
 * http/http.h: what server.c (the SAPI side: request in, answer out) and actions.c (the
 * routes' work on a TaskLogInterface) share, and what dashboard.c lends metrics.c.
 * May touch: the Zend API, src/http, src/pg/tq_pg (the type only).
 */
#ifndef PHP_TQ_HTTP_H
#define PHP_TQ_HTTP_H

#include "php.h"
#include "zend_smart_str.h"
#include "http/tq_http.h"
#include "http/tq_http_route.h"
#include "pg/tq_pg.h"

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
    char *text;              /* a text answer of text_type (malloc'd; /metrics), else NULL */
    size_t text_len;
    const char *text_type;
} php_tq_http_ctx;

/* Runs ctx->call's action; fills the answer of ctx. */
void php_tq_http_run(php_tq_http_ctx *ctx);
/* The operator routes tao/TaskQueueDashboard/... (dashboard.c). */
void php_tq_http_dashboard(php_tq_http_ctx *ctx);
/* /metrics, Prometheus' text format (metrics.c; README "Metrics"). */
void php_tq_http_metrics(php_tq_http_ctx *ctx);
/* Counts a task the dashboard enqueued again as "retried" on queue (best effort). */
void php_tq_http_metrics_count_retry(php_tq_http_ctx *ctx, zend_string *queue);

/* What dashboard.c and metrics.c share. The Task Log's PostgreSQL store: */
typedef struct php_tq_dash_log {
    tq_pg *pg;
    const char *table;
} php_tq_dash_log;
/* The store of the Task Log's RdsTaskLogBroker. FAILURE with the answer filled (a 400
 * when the Task Log is elsewhere). */
zend_result php_tq_http_dash_log(php_tq_http_ctx *ctx, php_tq_dash_log *out);
/* The tao/taskQueue service (a QueueDispatcherInterface). FAILURE with the answer filled. */
zend_result php_tq_http_dash_dispatcher(php_tq_http_ctx *ctx, zval *out);
/* A failure of the core as the answer: a 500, its text only with taskqueue.api_debug. */
void php_tq_http_dash_fail_error(php_tq_http_ctx *ctx, const tq_error *err);
/* The PostgreSQL connection and table of an RdsQueueBroker's queue, else false. */
bool php_tq_http_dash_rds_queue(zval *broker, zend_string *queue_name, tq_pg **pg, char table[64]);
/* dashboard_sqs.c: an SQS queue's messages kept in TQ_<name>_poison. The task ids of broker's
 * (when it is an SqsQueueBroker), one per line, appended to ids; quiet on failure. */
void php_tq_http_dash_sqs_kept(zval *broker, smart_str *ids);
/* Sends task_id's kept message back on whichever SQS queue of queues holds it: that queue's
 * name, or NULL (none; an exception may be pending). */
zend_string *php_tq_http_dash_sqs_redrive(zval *queues, const char *task_id);
/* Turns the pending exception into the answer: not found (code 404), a refusal the user
 * may read (business: a 400), or an unexpected error (500; its text only with
 * taskqueue.api_debug). */
void php_tq_http_fail_exception(php_tq_http_ctx *ctx, bool business);
/* Sends a stored file (headers and body, streamed); -1 when it cannot be opened. */
int php_tq_http_send_file(const char *path, const char *name);

#endif
