/*
 * worker/long_running_worker.h: what the files of LongRunningWorker share (private to ext/worker;
 * the class entries are in worker.h): one run()'s state and the helpers each file offers the
 * others. long_running_worker.c: the class (methods, properties, exceptions, logging, the start
 * and end of run()); long_running_worker_loop.c: the loop (signals and flags, limits, one poll,
 * back-off); long_running_worker_brokers.c: the brokers of the polled queues (waiting on them,
 * claim caps, buffered tasks given back).
 * May touch: the Zend API, src/worker/tq_signal.
 */
#ifndef PHP_TQ_LONG_RUNNING_WORKER_H
#define PHP_TQ_LONG_RUNNING_WORKER_H

#include "php.h"
#include "ext/standard/hrtime.h"
#include "worker/tq_signal.h"

#define LRW_CE php_tq_ce_LongRunningWorker
#define W_CE php_tq_ce_AbstractWorker

typedef struct php_tq_lrw_run {
    zend_object *self;
    zval queuer;               /* held for the whole run */
    bool dedicated;            /* a QueueInterface: back-off, limit, one broker */
    bool dispatcher;           /* a QueueDispatcherInterface: getWaitTime(), several brokers */
    bool signals;              /* our handlers are installed for this run */
    bool own_logger;           /* a StderrLogger was set for this run */
    tq_signal_state *sig;
    zend_function *dispatch;   /* pcntl_signal_dispatch(), when pcntl is loaded */
    zend_long limit;           /* tasks; 0: none */
    zend_long time_limit;      /* s; 0: none */
    zend_long memory_limit;    /* MB; 0: none */
    bool stop_when_empty;
    php_hrtime_t started;
    zend_long processed;
    zend_long empty_polls;
    bool logged_stop;          /* the stop request was logged */
    bool logged_paused;        /* the paused state last logged */
    php_hrtime_t pruned_at;    /* the last Task Log prune (log_prune.c); 0: none yet */
} php_tq_lrw_run;

static inline bool php_tq_lrw_is(zval *v, zend_class_entry *ce)
{
    return v && Z_TYPE_P(v) == IS_OBJECT && instanceof_function(Z_OBJCE_P(v), ce);
}

/* long_running_worker.c */
zend_long php_tq_lrw_long(zend_object *self, const char *name);
void php_tq_lrw_set_long(zend_object *self, const char *name, zend_long n);
/* Takes a pending \Exception (not an \Error, not exit()) and returns its message; NULL
 * (exception left pending) otherwise. */
zend_string *php_tq_lrw_take_exception(void);
/* Runs PHP code while an exception is on its way out: it is kept aside, and whatever the
 * code throws is dropped. */
typedef struct { zend_object *ex; } php_tq_lrw_stash;
void php_tq_lrw_stash_begin(php_tq_lrw_stash *s);
void php_tq_lrw_stash_end(php_tq_lrw_stash *s);
/* Through the worker's logger, with getLogContext()'s context. */
void php_tq_lrw_log(zend_object *self, const char *level, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 3, 4);

/* log_prune.c: when idle, taskqueue.log_prune_days applied to the worker's Task Log (at most
 * once an hour, a bounded number of rows a round). Never throws; failures are logged. */
void php_tq_lrw_prune_log(php_tq_lrw_run *r);

/* long_running_worker_loop.c */
zend_result php_tq_lrw_dispatch_pcntl(php_tq_lrw_run *r);
/* Milliseconds left before the time limit (LONG_MAX without one). */
zend_long php_tq_lrw_time_left_ms(php_tq_lrw_run *r);
/* Polls and processes until a stop, a limit or an exception (FAILURE: it is pending). */
zend_result php_tq_lrw_loop(php_tq_lrw_run *r);

/* long_running_worker_brokers.c */
zend_result php_tq_lrw_wait(php_tq_lrw_run *r, zend_long ms, bool use_broker);
void php_tq_lrw_cap_claims(php_tq_lrw_run *r, zend_long cap);
bool php_tq_lrw_may_claim(php_tq_lrw_run *r, zend_long remaining);
void php_tq_lrw_release(php_tq_lrw_run *r);

#endif
