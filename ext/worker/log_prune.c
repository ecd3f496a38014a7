/*
 * worker/log_prune.c: taskqueue.log_prune_days, applied by an idle LongRunningWorker to its Task
 * Log (README "Operator tools"): archived entries older than that many days are deleted through
 * the Task Log broker's pruneArchived() (RdsTaskLogBroker; other brokers have none and are left
 * alone), at most PRUNE_ROWS a round and a round at most once an hour, so the worker is back
 * on its queues within a few batches' time. Several workers on one database share the work
 * (each batch skips the rows another one has locked).
 * May touch: the Zend API, ext/date, common/common, worker.h, long_running_worker.h.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "ext/date/php_date.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "worker.h"
#include "long_running_worker.h"

#define PRUNE_EVERY_NS ((php_hrtime_t)3600 * 1000000000)
#define PRUNE_ROWS 10000
#define PRUNE_BATCH 1000

/* The worker's Task Log broker when it can prune (a new reference in out). */
static bool prunable_broker(php_tq_lrw_run *r, zval *out)
{
    zval *log = PHP_TQ_PROP(r->self, php_tq_ce_AbstractWorker, "taskLog");
    if (!log || Z_TYPE_P(log) != IS_OBJECT || php_tq_call(log, "getBroker", out, 0, NULL) == FAILURE) {
        zend_clear_exception();
        return false;
    }
    if (Z_TYPE_P(out) == IS_OBJECT && zend_hash_str_exists(&Z_OBJCE_P(out)->function_table, "prunearchived", 13)) {
        return true;
    }
    zval_ptr_dtor(out);
    return false;
}

void php_tq_lrw_prune_log(php_tq_lrw_run *r)
{
    zend_long days = TQ_G(log_prune_days);
    php_hrtime_t now = php_hrtime_current();
    if (days <= 0 || EG(exception) || (r->pruned_at && now - r->pruned_at < PRUNE_EVERY_NS)) {
        return;
    }
    r->pruned_at = now;
    zval broker, when, args[3], rv;
    if (!prunable_broker(r, &broker)) {
        return;
    }
    php_date_instantiate(php_date_get_immutable_ce(), &when);
    char at[32];
    snprintf(at, sizeof(at), "@" ZEND_LONG_FMT, (zend_long)time(NULL) - days * 86400);
    php_date_initialize(Z_PHPDATE_P(&when), at, strlen(at), NULL, NULL, 0);
    ZVAL_COPY_VALUE(&args[0], &when);
    ZVAL_LONG(&args[1], PRUNE_BATCH);
    ZVAL_LONG(&args[2], PRUNE_ROWS);
    if (php_tq_call(&broker, "pruneArchived", &rv, 3, args) == SUCCESS) {
        if (zval_get_long(&rv) > 0) {
            php_tq_lrw_log(r->self, "info", "Pruned " ZEND_LONG_FMT " archived task log entries older than "
                           ZEND_LONG_FMT " days (taskqueue.log_prune_days).", zval_get_long(&rv), days);
        }
        zval_ptr_dtor(&rv);
    } else {
        zend_string *msg = php_tq_take_exception_message();
        php_tq_lrw_log(r->self, "warning", "Pruning archived task log entries failed: %s", ZSTR_VAL(msg));
        zend_string_release(msg);
    }
    zend_clear_exception();   /* from the logger: the worker goes on */
    zval_ptr_dtor(&when);
    zval_ptr_dtor(&broker);
}
