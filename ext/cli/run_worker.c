/*
 * run_worker.c: RunWorker, the tool that runs a LongRunningWorker on the dispatcher
 * or one queue, with limits; with --processes, a pool of such workers forked from this
 * process after its start-up (src/worker/tq_pool), which supervises them.
 * May touch: the Zend API, common/common, worker/signals, worker/stderr_logger, src/cli/tq_cli_args,
 * src/worker/tq_pool, src/worker/tq_child.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"
#include "main/php_output.h"
#include "ext/spl/spl_exceptions.h"
#include "../php_taskqueue.h"
#include "tools.h"
#include "ext/date/php_date.h"
#include "../worker/signals.h"
#include "../worker/stderr_logger.h"
#include "worker/tq_child.h"
#include "worker/tq_pool.h"
#include "run_worker_arginfo.h"

zend_class_entry *php_tq_ce_RunWorker;

/* === RunWorker ========================================================================== */

enum { RW_QUEUE, RW_LIMIT, RW_TIME, RW_MEMORY, RW_EMPTY, RW_PROCESSES, RW_HELP, RW_N };
static const tq_cli_spec rw_specs[RW_N] = {
    [RW_QUEUE] = {"queue", TQ_CLI_STRING, "<name>"},
    [RW_LIMIT] = {"limit", TQ_CLI_COUNT, "<tasks>"},
    [RW_TIME] = {"time-limit", TQ_CLI_COUNT, "<seconds>"},
    [RW_MEMORY] = {"memory-limit", TQ_CLI_COUNT, "<MB>"},
    [RW_EMPTY] = {"stop-when-empty", TQ_CLI_FLAG, NULL},
    [RW_PROCESSES] = {"processes", TQ_CLI_COUNT, "<n>"},
    [RW_HELP] = {"help", TQ_CLI_FLAG, NULL},
};

/* Applies the limits through the worker's setters; a setter missing from the build is
 * an error, not a silently ignored limit. */
static zend_result rw_limits(zval *worker, const tq_cli_value *v)
{
    static const struct { int opt; const char *method; } setters[] = {
        {RW_LIMIT, "setMaxIterations"}, {RW_TIME, "setTimeLimit"}, {RW_MEMORY, "setMemoryLimit"},
    };
    for (size_t i = 0; i < sizeof(setters) / sizeof(setters[0]); i++) {
        const tq_cli_value *o = &v[setters[i].opt];
        if (o->set && o->num > 0) {   /* 0 means no limit, as TAO's --limit=0 */
            zval n;
            ZVAL_LONG(&n, (zend_long)o->num);
            if (php_tq_cli_call1(worker, setters[i].method, &n) == FAILURE) {
                return FAILURE;
            }
        }
    }
    if (v[RW_EMPTY].set) {
        zval b;
        ZVAL_BOOL(&b, v[RW_EMPTY].num != 0);
        return php_tq_cli_call1(worker, "stopWhenEmpty", &b);
    }
    return SUCCESS;
}

/* In TAO the worker logs through generis' log service (LoggerAwareTrait falls back on it);
 * with TAO's ServiceManager as locator, ours gets the same logger. */
static zend_result rw_logger(zval *worker, zval *locator)
{
    if (!php_tq_has_method(locator, "has") || !php_tq_has_method(locator, "get") || !php_tq_has_method(worker, "setlogger")) {
        return SUCCESS;
    }
    zval id, rv, logger;
    ZVAL_STRING(&id, TQ_SERVICE_LOG);
    zend_result r = php_tq_call(locator, "has", &rv, 1, &id);
    bool has = r == SUCCESS && zend_is_true(&rv);
    if (r == SUCCESS) {
        zval_ptr_dtor(&rv);
    }
    if (has) {
        r = php_tq_call(locator, "get", &logger, 1, &id);
        if (r == SUCCESS) {
            if (Z_TYPE(logger) == IS_OBJECT) {
                r = php_tq_cli_call1(worker, "setLogger", &logger);
            }
            zval_ptr_dtor(&logger);
        }
    }
    zval_ptr_dtor(&id);
    return r;
}

/* Builds the worker and runs it to its end. FAILURE with an exception pending. */
static zend_result rw_run(zval *self, zval *queuer, zval *task_log, const tq_cli_value *v)
{
    zend_class_entry *ce = php_tq_cli_native_class(TQ_CLASS_LONG_RUNNING_WORKER);
    if (!ce) {
        php_tq_throw(spl_ce_RuntimeException, "%s is not available in this build of taskqueue.",
                     TQ_CLASS_LONG_RUNNING_WORKER);
        return FAILURE;
    }
    zval args[3], worker;
    ZVAL_COPY_VALUE(&args[0], queuer);
    ZVAL_COPY_VALUE(&args[1], task_log);
#ifdef PHP_WIN32
    ZVAL_FALSE(&args[2]);   /* as TAO: no signal handling on Windows */
#else
    ZVAL_TRUE(&args[2]);
#endif
    if (php_tq_cli_new_object(ce, &worker, 3, args) == FAILURE) {
        return FAILURE;
    }
    zend_result r = SUCCESS;
    zval *locator = php_tq_cli_tool_locator(self, php_tq_ce_RunWorker);
    if (locator && php_tq_has_method(&worker, "setservicelocator")) {
        r = php_tq_cli_call1(&worker, "setServiceLocator", locator);
    }
    if (r == SUCCESS && locator) {
        r = rw_logger(&worker, locator);
    }
    if (r == SUCCESS) {
        r = rw_limits(&worker, v);
    }
    if (r == SUCCESS) {
        r = php_tq_call(&worker, "run", NULL, 0, NULL);
    }
    zval_ptr_dtor(&worker);
    return r;
}

/* === the pool (--processes) ============================================================== */

/* The pool's log: through the worker's logger (TAO's generis/log) when the locator has
 * one, else a StderrLogger line. */
typedef struct rw_pool_log {
    zval logger;   /* IS_OBJECT or UNDEF */
    int processes;
} rw_pool_log;

static void rw_pool_say(rw_pool_log *l, const char *level, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 3, 4);
static void rw_pool_say(rw_pool_log *l, const char *level, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    zend_string *msg = zend_vstrpprintf(0, fmt, ap);
    va_end(ap);
    if (Z_TYPE(l->logger) == IS_OBJECT) {
        zval arg;
        ZVAL_STR(&arg, msg);
        if (php_tq_call(&l->logger, level, NULL, 1, &arg) == FAILURE) {
            zend_clear_exception();   /* a log that fails must not end the pool */
        }
    } else {
        php_tq_stderr_line(level, msg);
    }
    zend_string_release(msg);
}

static void rw_pool_event(void *ctx, const tq_pool_event *e)
{
    rw_pool_log *l = ctx;
    char how[64];
    switch (e->kind) {
    case TQ_POOL_EV_STARTED:
        rw_pool_say(l, "info", "RunWorker pool: worker process %ld started (slot %d of %d)", e->pid, e->slot + 1, l->processes);
        break;
    case TQ_POOL_EV_ENDED:
        tq_child_describe(e->status, how, sizeof(how));
        if (e->next_ms < 0) {
            rw_pool_say(l, "info", "RunWorker pool: worker process %ld (slot %d) ended, %s, after %.1f s", e->pid,
                        e->slot + 1, how, e->lived_ms / 1000.0);
        } else {
            rw_pool_say(l, tq_child_succeeded(e->status) ? "info" : "warning",
                        "RunWorker pool: worker process %ld (slot %d) ended, %s, after %.1f s; another starts in %.1f s",
                        e->pid, e->slot + 1, how, e->lived_ms / 1000.0, e->next_ms / 1000.0);
        }
        break;
    case TQ_POOL_EV_GIVEN_UP:
        rw_pool_say(l, "error", "RunWorker pool: slot %d is given up: its worker processes kept failing within seconds "
                    "of their start (the log above says why)", e->slot + 1);
        break;
    case TQ_POOL_EV_FORK_FAILED:
        rw_pool_say(l, "error", "RunWorker pool: no process could be started for slot %d (fork: %s)", e->slot + 1,
                    strerror(e->err_no));
        break;
    case TQ_POOL_EV_SIGNAL:
        rw_pool_say(l, "info", "RunWorker pool: signal %d passed on to the worker processes", e->signo);
        break;
    }
}

/* The parent's report once its pool has ended. */
static void rw_pool_report(zval *report, const tq_pool_summary *sum, int processes)
{
    zend_string *now = php_format_date(TQ_DATE_ATOM, sizeof(TQ_DATE_ATOM) - 1, time(NULL), 1);
    if (sum->given_up > 0) {
        char how[64];
        tq_child_describe(sum->last_status, how, sizeof(how));
        php_tq_cli_rep_newf(report, "error", "Worker pool finished at %s with %d of its %d slots given up: their "
                            "processes kept failing at start (the last one: %s; the log says why)", ZSTR_VAL(now),
                            sum->given_up, processes, how);
    } else {
        php_tq_cli_rep_newf(report, "success", "Worker pool finished at %s: %d worker processes ran, %d ended by a failure",
                            ZSTR_VAL(now), sum->started, sum->failed);
    }
    zend_string_release(now);
}

/* Forks the pool. true in a child (which then runs its worker as RunWorker alone does);
 * false in the parent once the pool has ended, report filled. */
static bool rw_pool(zval *self, const tq_cli_value *v, zval *report)
{
    tq_pool_opts o;
    tq_pool_opts_default(&o, v[RW_PROCESSES].num > TQ_POOL_MAX_PROCESSES ? TQ_POOL_MAX_PROCESSES + 1
                                                                           : (int)v[RW_PROCESSES].num);
    /* --stop-when-empty: a worker that found the queues empty is done; otherwise a clean
     * exit is a limit reached (--limit, --time-limit, --memory-limit), and a fresh process
     * takes over */
    o.replace_finished = !(v[RW_EMPTY].set && v[RW_EMPTY].num);
    rw_pool_log l = {.processes = o.processes};
    php_tq_logger_of(Z_OBJ_P(self), php_tq_ce_RunWorker, &l.logger);   /* none: the pool logs to stderr */
    fflush(stdout);   /* nothing buffered is written twice */
    fflush(stderr);
    php_tq_signals_install();
    tq_pool_summary sum;
    tq_error err;
    tq_error_clear(&err);
    int rc = tq_pool_run(&o, php_tq_signals_state(), rw_pool_event, &l, &sum, &err);
    zval_ptr_dtor(&l.logger);
    if (rc >= 0) {
        /* The handlers stay: a stop that comes before the worker's run() installs them again
         * is noted, and the worker then ends at once instead of the child dying of it. */
        php_output_discard_all();   /* what the script buffered before is the parent's to print */
        return true;
    }
    php_tq_signals_restore();
    if (rc == -2) {
        php_tq_cli_rep_newf(report, "error", "%s", err.message);
    } else {
        rw_pool_report(report, &sum, o.processes);
    }
    return false;
}

/* A pool's child ends here with its worker: an error report goes to stderr (it has no
 * output of its own), and the process exits as exit() would, 0 or 1. */
static void rw_child_exit(zval *report)
{
    zval *type = Z_TYPE_P(report) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(report), "type", 4) : NULL;
    zval *msg = Z_TYPE_P(report) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(report), "message", 7) : NULL;
    bool failed = type && Z_TYPE_P(type) == IS_STRING && zend_string_equals_literal(Z_STR_P(type), "error");
    if (failed) {
        zend_string *line = zend_strpprintf(0, "RunWorker pool: worker process %ld: %s", (long)getpid(),
                                            msg && Z_TYPE_P(msg) == IS_STRING ? Z_STRVAL_P(msg) : "failed");
        php_tq_stderr_line("error", line);
        zend_string_release(line);
    }
    EG(exit_status) = failed ? 1 : 0;
    zend_throw_unwind_exit();
}

/* The body of RunWorker::__invoke(): fills report; FAILURE with an exception pending.
 * *child: set in a pool's child process. */
static zend_result rw_invoke(zval *self, const tq_cli_value *v, zval *report, bool *child)
{
    zval dispatcher, queue, task_log;
    ZVAL_UNDEF(&queue);
    ZVAL_UNDEF(&task_log);
    if (php_tq_cli_tool_service(self, php_tq_ce_RunWorker, TQ_SERVICE_QUEUE, &dispatcher) == FAILURE) {
        return FAILURE;
    }
    zend_result r;
    bool sync = php_tq_cli_call_bool(&dispatcher, "isSync", &r);
    if (r == SUCCESS && sync) {
        php_tq_cli_rep_newf(report, "info", "No worker is needed because all registered queue is a Sync Queue.");
        zval_ptr_dtor(&dispatcher);
        return SUCCESS;
    }
    if (r == SUCCESS && v[RW_PROCESSES].set) {
        if (!(*child = rw_pool(self, v, report))) {
            zval_ptr_dtor(&dispatcher);
            return SUCCESS;
        }
    }
    if (r == SUCCESS && v[RW_QUEUE].set) {
        zval name;
        ZVAL_STR(&name, php_tq_cli_opt_str(&v[RW_QUEUE]));
        r = php_tq_call(&dispatcher, "getQueue", &queue, 1, &name);
        zval_ptr_dtor(&name);
    }
    if (r == SUCCESS) {
        r = php_tq_cli_tool_task_log(self, php_tq_ce_RunWorker, &dispatcher, &task_log);
    }
    if (r == SUCCESS) {
        r = rw_run(self, Z_TYPE(queue) == IS_OBJECT ? &queue : &dispatcher, &task_log, v);
    }
    if (r == SUCCESS) {
        zend_string *now = php_format_date(TQ_DATE_ATOM, sizeof(TQ_DATE_ATOM) - 1, time(NULL), 1);
        php_tq_cli_rep_newf(report, "success", "Worker finished at %s", ZSTR_VAL(now));
        zend_string_release(now);
    }
    zval_ptr_dtor(&task_log);
    zval_ptr_dtor(&queue);
    zval_ptr_dtor(&dispatcher);
    return r;
}


ZEND_METHOD(oat_taoTaskQueue_scripts_tools_RunWorker, __invoke)
{
    HashTable *params = NULL;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(params)
    ZEND_PARSE_PARAMETERS_END();
    php_tq_cli_args a;
    tq_cli_value v[RW_N];
    tq_error err;
    zval report;
    bool child = false;
    php_tq_cli_tool_args_init(&a, params);
    tq_error_clear(&err);
    if (tq_cli_parse(rw_specs, RW_N, a.tokens, a.lens, a.n, v, &err) != 0) {
        php_tq_cli_rep_newf(&report, "error", "%s", err.message);
    } else if (v[RW_HELP].set && v[RW_HELP].num) {
        php_tq_cli_usage_report(&report, "RunWorker", "Runs a worker on every queue (weighted) or on one queue, until it is "
                     "stopped (SIGTERM, SIGINT, SIGQUIT) or a limit is reached; with --processes, that many workers "
                     "forked from this process, each started again when it ends, until the pool is stopped.",
                     rw_specs, RW_N - 1);
    } else if (rw_invoke(ZEND_THIS, v, &report, &child) == FAILURE && !php_tq_cli_catch_as_report(&report)) {
        php_tq_cli_tool_args_free(&a);
        RETURN_THROWS();
    }
    php_tq_cli_tool_args_free(&a);
    if (child) {
        rw_child_exit(&report);
        zval_ptr_dtor(&report);
        RETURN_THROWS();
    }
    php_tq_cli_rep_return(&report, return_value);
}

PHP_TQ_LOCATOR_METHODS(oat_taoTaskQueue_scripts_tools_RunWorker, php_tq_ce_RunWorker)

void php_tq_cli_run_worker_minit(void)
{
    php_tq_ce_RunWorker = register_class_oat_taoTaskQueue_scripts_tools_RunWorker();
}
