/*
 * long_running_worker.c: LongRunningWorker (doc/ARCHITECTURE.md, section 9), the worker a
 * supervisor runs: its methods, properties, exceptions and logging, and the start and end of
 * run(). The loop is in long_running_worker_loop.c, what it does with the brokers of the
 * polled queues in long_running_worker_brokers.c (worker/long_running_worker.h); StderrLogger,
 * the logger it falls back to, is in stderr_logger.c.
 *
 * The loop is C; the queue, the tasks, the task log and the logger are reached through
 * their PHP methods (dequeue(), processTask(), getWaitTime(), ...), so PHP queues and
 * test doubles work as with TAO's PHP worker. What differs from TAO:
 *  - the limit counts tasks handled, not polls, and is not multiplied by the batch size
 *    (quirk 15); before each poll a hook (set_claim_cap) tells native brokers how many tasks
 *    the worker still may take, and for brokers written in PHP TAO's hasEnoughSpace() rule
 *    applies (a batch is claimed only when there is room for it or the broker can give
 *    the surplus back);
 *  - whatever way the loop ends (limit, time, memory, signal, empty queue, exception),
 *    tasks still buffered in a broker are given back (releasePreFetchedMessages());
 *  - signals are handled natively (worker/signals.c) and every wait wakes on them at once;
 *    an idle worker waits on its native broker's wait op (LISTEN/NOTIFY) when there is
 *    one, else sleeps on the signal pipe;
 *  - time and memory limits, a stop-when-empty mode, and stderr logging without a logger.
 * May touch: the Zend API, common/common, worker/signals, worker/stderr_logger,
 * worker/long_running_worker.h.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/standard/hrtime.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "../task/task.h"
#include "../task_log/task_log.h"
#include "../queue/queue.h"
#include "worker.h"
#include "signals.h"
#include "stderr_logger.h"
#include "heartbeat.h"
#include "long_running_worker.h"
#include "long_running_worker_arginfo.h"

#ifdef PHP_WIN32
#include <process.h>
#else
#include <unistd.h>
#endif

zend_class_entry *php_tq_ce_LongRunningWorker;
zend_class_entry *php_tq_ce_StderrLogger;

#define SELF Z_OBJ_P(ZEND_THIS)

/* --- properties ------------------------------------------------------------------------ */

zend_long php_tq_lrw_long(zend_object *self, const char *name)
{
    zval *v = php_tq_prop(self, LRW_CE, name, strlen(name));
    return v ? zval_get_long(v) : 0;
}

void php_tq_lrw_set_long(zend_object *self, const char *name, zend_long n)
{
    zval v;
    ZVAL_LONG(&v, n);
    php_tq_prop_set(self, LRW_CE, name, strlen(name), &v);
}

static bool lrw_bool(zend_object *self, const char *name)
{
    zval *v = php_tq_prop(self, LRW_CE, name, strlen(name));
    return v && zend_is_true(v);
}

static void lrw_set_bool(zend_object *self, const char *name, bool b)
{
    zval v;
    ZVAL_BOOL(&v, b);
    php_tq_prop_set(self, LRW_CE, name, strlen(name), &v);
}

/* --- exceptions -------------------------------------------------------------------------- */

zend_string *php_tq_lrw_take_exception(void)
{
    zend_object *ex = EG(exception);
    if (!ex || zend_is_unwind_exit(ex) || zend_is_graceful_exit(ex)
        || !instanceof_function(ex->ce, zend_ce_exception)) {
        return NULL;
    }
    zend_string *msg = php_tq_exception_message(ex);
    zend_clear_exception();
    return msg;
}

void php_tq_lrw_stash_begin(php_tq_lrw_stash *s)
{
    s->ex = EG(exception);
    EG(exception) = NULL;
}

void php_tq_lrw_stash_end(php_tq_lrw_stash *s)
{
    if (EG(exception)) {
        if (s->ex) {
            zend_clear_exception();
        } else {
            return; /* nothing was pending: a new exception (exit() included) goes on */
        }
    }
    EG(exception) = s->ex;
}

/* --- log context and logging --------------------------------------------------------------- */

/* The queue's name (dedicated queue), or the dispatcher's queue names joined with ",". */
static zend_string *lrw_queue_label(zval *queuer)
{
    zval rv;
    zend_string *out = NULL;
    if (php_tq_lrw_is(queuer, php_tq_ce_QueueInterface)) {
        if (php_tq_call(queuer, "getName", &rv, 0, NULL) == SUCCESS) {
            out = zval_get_string(&rv);
            zval_ptr_dtor(&rv);
        }
    } else if (php_tq_lrw_is(queuer, php_tq_ce_QueueDispatcherInterface)) {
        if (php_tq_call(queuer, "getQueueNames", &rv, 0, NULL) == SUCCESS) {
            if (Z_TYPE(rv) == IS_ARRAY) {
                smart_str buf = {0};
                zval *n;
                ZEND_HASH_FOREACH_VAL(Z_ARRVAL(rv), n) {
                    zend_string *s = zval_get_string(n);
                    if (buf.s) {
                        smart_str_appendc(&buf, ',');
                    }
                    smart_str_append(&buf, s);
                    zend_string_release(s);
                } ZEND_HASH_FOREACH_END();
                out = buf.s ? smart_str_extract(&buf) : ZSTR_EMPTY_ALLOC();
            }
            zval_ptr_dtor(&rv);
        }
    }
    if (EG(exception)) {
        zend_clear_exception();
    }
    return out;
}

/* getLogContext(): PID, Iteration, QueueName (TAO's keys). */
static void lrw_context(zend_object *self, zval *out)
{
    array_init(out);
    add_assoc_long(out, "PID", (zend_long)getpid());
    add_assoc_long(out, "Iteration", php_tq_lrw_long(self, "iterations"));
    zval *queuer = PHP_TQ_PROP(self, W_CE, "queuer");
    if (!queuer || Z_TYPE_P(queuer) != IS_OBJECT) {
        return;
    }
    php_tq_lrw_stash st;
    php_tq_lrw_stash_begin(&st);
    zval q;
    ZVAL_COPY(&q, queuer);
    zend_string *label = lrw_queue_label(&q);
    zval_ptr_dtor(&q);
    php_tq_lrw_stash_end(&st);
    if (label) {
        add_assoc_str(out, "QueueName", label);
    }
}

/* Through the worker's logger (during run() there always is one: StderrLogger when the
 * user set none). */
void php_tq_lrw_log(zend_object *self, const char *level, const char *fmt, ...)
{
    zval *logger = PHP_TQ_PROP(self, W_CE, "logger");
    if (!logger || Z_TYPE_P(logger) != IS_OBJECT) {
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    zend_string *msg = zend_vstrpprintf(0, fmt, ap);
    va_end(ap);
    zval ctx;
    lrw_context(self, &ctx);
    php_tq_log(self, W_CE, level, &ctx, "%s", ZSTR_VAL(msg));
    zval_ptr_dtor(&ctx);
    zend_string_release(msg);
}

/* --- the start and end of run() ------------------------------------------------------------ */

/* The log level of the StderrLogger a worker without a logger uses. */
static const char *lrw_default_level(void)
{
    const char *env = getenv("TASKQUEUE_LOG_LEVEL");
    if (env && php_tq_stderr_level_of(env, strlen(env)) >= 0) {
        return env;
    }
    return "info";
}

static void lrw_start(php_tq_lrw_run *r, zend_object *self, zval *queuer)
{
    memset(r, 0, sizeof(*r));
    r->self = self;
    ZVAL_COPY(&r->queuer, queuer);
    r->dedicated = php_tq_lrw_is(queuer, php_tq_ce_QueueInterface);
    r->dispatcher = php_tq_lrw_is(queuer, php_tq_ce_QueueDispatcherInterface);
    r->limit = r->dedicated ? php_tq_lrw_long(self, "maxIterations") : 0;
    r->time_limit = php_tq_lrw_long(self, "timeLimit");
    r->memory_limit = php_tq_lrw_long(self, "memoryLimit");
    r->stop_when_empty = lrw_bool(self, "stopWhenEmpty");
    r->started = php_hrtime_current();
    r->sig = php_tq_signals_state();
    r->dispatch = zend_hash_str_find_ptr(EG(function_table), "pcntl_signal_dispatch",
                                         sizeof("pcntl_signal_dispatch") - 1);
    php_tq_lrw_set_long(self, "iterations", 0);
    php_tq_lrw_set_long(self, "processed", 0);

    zval *logger = PHP_TQ_PROP(self, W_CE, "logger");
    if (!logger || Z_TYPE_P(logger) != IS_OBJECT) {
        zval l, lvl;
        object_init_ex(&l, php_tq_ce_StderrLogger);
        ZVAL_STRING(&lvl, lrw_default_level());
        zend_call_known_instance_method_with_1_params(php_tq_ce_StderrLogger->constructor, Z_OBJ(l), NULL, &lvl);
        zval_ptr_dtor(&lvl);
        PHP_TQ_PROP_SET(self, W_CE, "logger", &l);
        zval_ptr_dtor(&l);
        r->own_logger = true;
    }
    if (lrw_bool(self, "handleSignals")) {
        php_tq_signals_install();
        r->signals = true;
    }
    r->logged_paused = r->sig->paused != 0;
}

static void lrw_finish(php_tq_lrw_run *r)
{
    php_tq_lrw_release(r);
    if (r->signals) {
        php_tq_signals_restore();
    }
    php_tq_lrw_stash st;
    php_tq_lrw_stash_begin(&st);
    php_tq_lrw_log(r->self, "info", "LongRunningWorker finished.");
    php_tq_lrw_stash_end(&st);
    /* the stop request is used up; a later run() starts afresh */
    r->sig->stop = 0;
    r->sig->paused = 0;
    if (r->own_logger) {
        zval null;
        ZVAL_NULL(&null);
        PHP_TQ_PROP_SET(r->self, W_CE, "logger", &null);
    }
    zval_ptr_dtor(&r->queuer);
}

/* --- LongRunningWorker ----------------------------------------------------------------------- */


ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, __construct)
{
    zval *queuer, *task_log, *signals = NULL;
    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_OBJECT_OF_CLASS(queuer, php_tq_ce_QueuerInterface)
        Z_PARAM_OBJECT_OF_CLASS(task_log, php_tq_ce_TaskLogInterface)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(signals)
    ZEND_PARSE_PARAMETERS_END();
    PHP_TQ_PROP_SET(SELF, W_CE, "queuer", queuer);
    PHP_TQ_PROP_SET(SELF, W_CE, "taskLog", task_log);
#ifdef PHP_WIN32
    lrw_set_bool(SELF, "handleSignals", false);
#else
    lrw_set_bool(SELF, "handleSignals", signals ? zend_is_true(signals) : true);
#endif
}

ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, run)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *queuer = PHP_TQ_PROP(SELF, W_CE, "queuer");
    if (!queuer || Z_TYPE_P(queuer) != IS_OBJECT) {
        php_tq_throw(spl_ce_LogicException, "The worker has no queue to take tasks from.");
        RETURN_THROWS();
    }
    php_tq_lrw_run r;
    lrw_start(&r, SELF, queuer);
    php_tq_heartbeat_begin(PHP_TQ_PROP(SELF, W_CE, "taskLog"), queuer);
    php_tq_lrw_log(SELF, "info", "Starting LongRunningWorker.");
    zend_result res = php_tq_lrw_loop(&r);
    php_tq_heartbeat_end();
    lrw_finish(&r);
    if (res == FAILURE || EG(exception)) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, setMaxIterations)
{
    zval *n;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(n)
    ZEND_PARSE_PARAMETERS_END();
    zval *queuer = PHP_TQ_PROP(SELF, W_CE, "queuer");
    if (!php_tq_lrw_is(queuer, php_tq_ce_QueueInterface)) {
        php_tq_throw(spl_ce_LogicException, "Limit can be set only if a dedicated queue is set.");
        RETURN_THROWS();
    }
    zend_long limit = zval_get_long(n);
    if (limit < 0) {
        php_tq_throw(spl_ce_InvalidArgumentException, "LongRunningWorker::setMaxIterations(): the limit must be "
                     "0 (none) or a number of tasks, " ZEND_LONG_FMT " given", limit);
        RETURN_THROWS();
    }
    /* tasks, not polls; not multiplied by the batch size (quirk 15) */
    php_tq_lrw_set_long(SELF, "maxIterations", limit);
    RETURN_OBJ_COPY(SELF);
}

/* max: the loop turns the limit into ms or bytes (long_running_worker_loop.c); beyond it that
 * overflowed (a huge memory limit wrapped to 0 and stopped the worker after each task). */
static void lrw_set_limit(INTERNAL_FUNCTION_PARAMETERS, const char *prop, const char *what, zend_long max)
{
    zend_long n;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(n)
    ZEND_PARSE_PARAMETERS_END();
    if (n < 0 || n > max) {
        php_tq_throw(spl_ce_InvalidArgumentException, "LongRunningWorker::%s(): must be 0 (no limit) to "
                     ZEND_LONG_FMT ", " ZEND_LONG_FMT " given", what, max, n);
        RETURN_THROWS();
    }
    php_tq_lrw_set_long(SELF, prop, n);
    RETURN_OBJ_COPY(SELF);
}

ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, setTimeLimit)
{
    lrw_set_limit(INTERNAL_FUNCTION_PARAM_PASSTHRU, "timeLimit", "setTimeLimit", 366 * 86400);   /* s: a year */
}

ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, setMemoryLimit)
{
    lrw_set_limit(INTERNAL_FUNCTION_PARAM_PASSTHRU, "memoryLimit", "setMemoryLimit", 1 << 24); /* MB: 16 TiB */
}

ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, stopWhenEmpty)
{
    bool stop = true;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_BOOL(stop)
    ZEND_PARSE_PARAMETERS_END();
    lrw_set_bool(SELF, "stopWhenEmpty", stop);
    RETURN_OBJ_COPY(SELF);
}

ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, getProcessedCount)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(php_tq_lrw_long(SELF, "processed"));
}

/* TAO's signal callbacks, public: they set the same flags as the signals (per process,
 * as signals are), so calling them from a task or a pcntl handler works as in TAO. */
ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, shutdown)
{
    ZEND_PARSE_PARAMETERS_NONE();
    php_tq_signals_state()->stop = 1;
}

ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, pauseProcessing)
{
    ZEND_PARSE_PARAMETERS_NONE();
    php_tq_signals_state()->paused = 1;
}

ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, unPauseProcessing)
{
    ZEND_PARSE_PARAMETERS_NONE();
    php_tq_signals_state()->paused = 0;
}

ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, getLogContext)
{
    ZEND_PARSE_PARAMETERS_NONE();
    lrw_context(SELF, return_value);
}

void php_tq_long_running_worker_minit(void)
{
    php_tq_ce_LongRunningWorker = register_class_oat_taoTaskQueue_model_LongRunningWorker(php_tq_ce_AbstractWorker);
    php_tq_ce_StderrLogger = register_class_oat_taoTaskQueue_model_Log_StderrLogger();
}
