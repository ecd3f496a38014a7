/*
 * run_worker.c: RunWorker, the tool that runs a LongRunningWorker on the dispatcher
 * or one queue, with limits.
 * May touch: the Zend API, common/common, src/cli/tq_cli_args.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_exceptions.h"
#include "../php_taskqueue.h"
#include "tools.h"
#include "ext/date/php_date.h"
#include "run_worker_arginfo.h"

zend_class_entry *php_tq_ce_RunWorker;

/* === RunWorker ========================================================================== */

enum { RW_QUEUE, RW_LIMIT, RW_TIME, RW_MEMORY, RW_EMPTY, RW_HELP, RW_N };
static const tq_cli_spec rw_specs[RW_N] = {
    [RW_QUEUE] = {"queue", TQ_CLI_STRING, "<name>"},
    [RW_LIMIT] = {"limit", TQ_CLI_COUNT, "<tasks>"},
    [RW_TIME] = {"time-limit", TQ_CLI_COUNT, "<seconds>"},
    [RW_MEMORY] = {"memory-limit", TQ_CLI_COUNT, "<MB>"},
    [RW_EMPTY] = {"stop-when-empty", TQ_CLI_FLAG, NULL},
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

/* The body of RunWorker::__invoke(): fills report; FAILURE with an exception pending. */
static zend_result rw_invoke(zval *self, const tq_cli_value *v, zval *report)
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
    php_tq_cli_tool_args_init(&a, params);
    tq_error_clear(&err);
    if (tq_cli_parse(rw_specs, RW_N, a.tokens, a.lens, a.n, v, &err) != 0) {
        php_tq_cli_rep_newf(&report, "error", "%s", err.message);
    } else if (v[RW_HELP].set && v[RW_HELP].num) {
        php_tq_cli_usage_report(&report, "RunWorker", "Runs a worker on every queue (weighted) or on one queue, until it is "
                     "stopped (SIGTERM, SIGINT, SIGQUIT) or a limit is reached.", rw_specs, RW_N - 1);
    } else if (rw_invoke(ZEND_THIS, v, &report) == FAILURE && !php_tq_cli_catch_as_report(&report)) {
        php_tq_cli_tool_args_free(&a);
        RETURN_THROWS();
    }
    php_tq_cli_tool_args_free(&a);
    php_tq_cli_rep_return(&report, return_value);
}

PHP_TQ_LOCATOR_METHODS(oat_taoTaskQueue_scripts_tools_RunWorker, php_tq_ce_RunWorker)

void php_tq_cli_run_worker_minit(void)
{
    php_tq_ce_RunWorker = register_class_oat_taoTaskQueue_scripts_tools_RunWorker();
}
