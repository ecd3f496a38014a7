/*
 * http/metrics.c: /metrics (README "Metrics"), Prometheus' text format for a manager's
 * token. Per queue of the tao/taskQueue service: depth and oldest waiting task read now
 * (an RdsQueueBroker's table, index-driven like the dashboard's; other brokers: count()),
 * the counters of tq_metrics_counts (every worker's heartbeat adds its deltas there) and
 * the live workers of tq_workers, all from the Task Log's database; the page itself is
 * src/metrics/tq_metrics_text's. The dashboard's retry counts as "retried" here.
 * May touch: the Zend API, common/common, http/http.h, pg/pg.h, pg/rds.h, src/metrics,
 * src/pg (tq_pg_dashboard, tq_pg_log, tq_pg_metrics, tq_pg_workers).
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "../pg/pg.h"
#include "../pg/rds.h"
#include "http.h"
#include "metrics/tq_metrics_deltas.h"
#include "metrics/tq_metrics_text.h"
#include "pg/tq_pg_log.h"
#include "pg/tq_pg_dashboard.h"
#include "pg/tq_pg_metrics.h"
#include "pg/tq_pg_workers.h"

/* Depth and oldest waiting age of one queue of the dispatcher into q. */
static void metrics_queue(zval *queue, tq_metrics_queue *q)
{
    zval name, broker, count;
    q->depth = -1;
    q->oldest_age = -1;
    if (php_tq_call(queue, "getName", &name, 0, NULL) == FAILURE) {
        zend_clear_exception();
        return;
    }
    zend_string *qname = zval_get_string(&name);
    zval_ptr_dtor(&name);
    snprintf(q->name, sizeof(q->name), "%s", ZSTR_VAL(qname));
    ZVAL_NULL(&broker);
    if (php_tq_call(queue, "getBroker", &broker, 0, NULL) == FAILURE) {
        zend_clear_exception();
    }
    tq_pg *pg;
    char table[64];
    tq_error err;
    if (php_tq_http_dash_rds_queue(&broker, qname, &pg, table)
        && tq_pg_dash_queue(pg, table, &q->depth, &q->oldest_age, &err) == 0) {
        /* read now from the queue's table */
    } else if (php_tq_call(queue, "count", &count, 0, NULL) == SUCCESS) {
        q->depth = zval_get_long(&count);       /* SQS: approximate; no age */
        zval_ptr_dtor(&count);
    } else {
        zend_clear_exception();
    }
    zval_ptr_dtor(&broker);
    zend_string_release(qname);
}

/* The configured queues (*out emalloc'd). FAILURE with the answer filled. */
static zend_result metrics_queues(php_tq_http_ctx *ctx, tq_metrics_queue **out, size_t *n)
{
    zval dispatcher, queues, *q;
    *out = NULL;
    *n = 0;
    if (php_tq_http_dash_dispatcher(ctx, &dispatcher) == FAILURE) {
        return FAILURE;
    }
    if (php_tq_call(&dispatcher, "getQueues", &queues, 0, NULL) == FAILURE) {
        zval_ptr_dtor(&dispatcher);
        php_tq_http_fail_exception(ctx, false);
        return FAILURE;
    }
    if (Z_TYPE(queues) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL(queues)) > 0) {
        *out = ecalloc(zend_hash_num_elements(Z_ARRVAL(queues)), sizeof(**out));
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL(queues), q) {
            metrics_queue(q, &(*out)[*n]);
            *n += (*out)[*n].name[0] != '\0';
        } ZEND_HASH_FOREACH_END();
    }
    zval_ptr_dtor(&queues);
    zval_ptr_dtor(&dispatcher);
    return SUCCESS;
}

void php_tq_http_metrics(php_tq_http_ctx *ctx)
{
    php_tq_dash_log log;
    tq_metrics_queue *queues = NULL;
    tq_metrics_count *counts = NULL;
    tq_worker_row *workers = NULL;
    size_t nq = 0, nc = 0, nw = 0;
    tq_error err;
    tq_error_clear(&err);
    if (php_tq_http_dash_log(ctx, &log) == FAILURE || metrics_queues(ctx, &queues, &nq) == FAILURE) {
        return;
    }
    if (tq_pg_metrics_read(log.pg, &counts, &nc, &err) != 0 || tq_pg_workers_list(log.pg, &workers, &nw, &err) != 0) {
        php_tq_http_dash_fail_error(ctx, &err);
    } else {
        tq_metrics_snapshot snap = { queues, nq, counts, nc, workers, nw };
        ctx->text = tq_metrics_render(&snap, &ctx->text_len, &err);
        ctx->text_type = TQ_METRICS_CONTENT_TYPE;
        if (!ctx->text) {
            php_tq_http_dash_fail_error(ctx, &err);
        }
    }
    if (queues) {
        efree(queues);
    }
    free(counts);
    free(workers);
}

void php_tq_http_metrics_count_retry(php_tq_http_ctx *ctx, zend_string *queue)
{
    zval broker;
    if (php_tq_call(ctx->task_log, "getBroker", &broker, 0, NULL) == FAILURE) {
        zend_clear_exception();
        return;
    }
    tq_pg_log *store = Z_TYPE(broker) == IS_OBJECT && instanceof_function(Z_OBJCE(broker), php_tq_ce_RdsTaskLogBroker)
                       ? php_tq_rds_log_store(Z_OBJ(broker)) : NULL;
    zend_clear_exception();
    tq_metrics_deltas d = { 0 };
    char *json = store && tq_metrics_deltas_count(&d, ZSTR_VAL(queue), TQ_M_RETRIED) == 0 ? tq_metrics_deltas_json(&d) : NULL;
    tq_error err;
    if (json) {
        tq_pg_metrics_add(tq_pg_log_conn(store), json, &err);      /* best effort: the retry itself is done */
    }
    free(json);
    tq_metrics_deltas_free(&d);
    zval_ptr_dtor(&broker);    /* the store lives in the broker, which the Task Log keeps */
}
