/*
 * cli.c: the command-line side (spec §7). The tools TAO operators run through
 * `php index.php '<FQCN>' --name=value ...`: RunWorker (a LongRunningWorker on the
 * dispatcher or one queue, with limits), InitializeQueue (brokers, strategy, tables, and
 * the changed dispatcher written back to config/tao/taskQueue.conf.php), BrokerFactory;
 * and TaskQueue\Cli, the front controller a TAO-like root's index.php calls: it resolves
 * the action, runs it, prints its report as TAO's helpers_Report::renderToCommandLine()
 * does, and turns the report into an exit status (TAO always exits 0, quirk 12).
 * Classes other groups provide (LongRunningWorker, RdsQueueBroker, SqsQueueBroker) are
 * looked up by name when needed, so this file builds without them.
 * May touch: the Zend API, common/common, src/cli/tq_cli_args, src/cli/tq_file,
 * src/task_log/tq_report (its depth limit).
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/json/php_json.h"
#include "ext/date/php_date.h"
#include "../php_taskqueue.h"
#include "cli/tq_cli_args.h"
#include "cli/tq_file.h"
#include "task_log/tq_report.h"
#include "cli_arginfo.h"

#ifndef PHP_WIN32
#include <unistd.h>
#endif

zend_class_entry *php_tq_ce_BrokerFactory;
zend_class_entry *php_tq_ce_RunWorker;
zend_class_entry *php_tq_ce_InitializeQueue;
zend_class_entry *php_tq_ce_Cli;

#define TQ_CLASS_LONG_RUNNING_WORKER "oat\\taoTaskQueue\\model\\LongRunningWorker"
#define TQ_CLASS_RDS_BROKER "oat\\taoTaskQueue\\model\\QueueBroker\\RdsQueueBroker"
#define TQ_CLASS_SQS_BROKER "oat\\taoTaskQueue\\model\\QueueBroker\\SqsQueueBroker"
#define TQ_SERVICE_QUEUE "tao/taskQueue"
#define TQ_SERVICE_TASK_LOG "tao/taskLog"
#define TQ_SERVICE_LOG "generis/log"
/* common_cache_Cache::SERVICE_ID, what TAO's factory hands an SQS broker */
#define TQ_SERVICE_CACHE "generis/cache"
#define TQ_VALID_BROKERS "memory, rds, newsql, sqs"
#define TQ_DATE_ATOM "Y-m-d\\TH:i:sP"
/* The report model's one limit (src/task_log/tq_report.h) in report levels: a node at
 * level d (the root is 0) is JSON level 2d + 1, its children list 2d + 2. */
#define TQ_REPORT_DEPTH ((TQ_REPORT_MAX_DEPTH - 2) / 2)

/* === report arrays {type, message, data, children} ====================================== */

static void rep_new(zval *out, const char *type, zend_string *message)
{
    zval children;
    array_init(out);
    add_assoc_string(out, "type", type);
    add_assoc_str(out, "message", message);
    add_assoc_null(out, "data");
    array_init(&children);
    add_assoc_zval(out, "children", &children);
}

static void rep_newf(zval *out, const char *type, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 3, 4);

static void rep_newf(zval *out, const char *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    zend_string *msg = zend_vstrpprintf(0, fmt, ap);
    va_end(ap);
    rep_new(out, type, msg);
}

/* Appends child (taken) to report's children. */
static void rep_add(zval *report, zval *child)
{
    zval *children = zend_hash_str_find(Z_ARRVAL_P(report), "children", sizeof("children") - 1);
    SEPARATE_ARRAY(children);
    add_next_index_zval(children, child);
}

static void rep_addf(zval *report, const char *type, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 3, 4);

static void rep_addf(zval *report, const char *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    zend_string *msg = zend_vstrpprintf(0, fmt, ap);
    va_end(ap);
    zval child;
    rep_new(&child, type, msg);
    rep_add(report, &child);
}

/* What a tool returns: generis' common_report_Report when it can be loaded (TAO's
 * CliController renders only Report objects), else the array. Takes arr. */
static void rep_return(zval *arr, zval *return_value)
{
    zend_string *name = zend_string_init("common_report_Report", sizeof("common_report_Report") - 1, 0);
    zend_class_entry *ce = zend_lookup_class(name);
    zend_string_release(name);
    if (EG(exception)) {
        zend_clear_exception();     /* an autoloader that throws: the array still is a report */
        ce = NULL;
    }
    zend_function *fn = ce ? zend_hash_str_find_ptr(&ce->function_table, "jsonunserialize",
                                                    sizeof("jsonunserialize") - 1) : NULL;
    if (fn && (fn->common.fn_flags & ZEND_ACC_STATIC)) {
        zval obj;
        ZVAL_UNDEF(&obj);
        zend_call_known_function(fn, NULL, ce, &obj, 1, arr, NULL);
        if (!EG(exception) && Z_TYPE(obj) == IS_OBJECT) {
            zval_ptr_dtor(arr);
            RETURN_COPY_VALUE(&obj);
        }
        zval_ptr_dtor(&obj);
        if (EG(exception)) {
            zend_clear_exception();
        }
    }
    RETURN_COPY_VALUE(arr);
}

/* === exceptions ========================================================================= */

/* true when the pending exception must go on unwinding (exit() or a graceful exit). */
static bool must_unwind(void)
{
    zend_object *ex = EG(exception);
    return ex && (zend_is_unwind_exit(ex) || zend_is_graceful_exit(ex));
}

/* Takes the pending exception and makes it an error report carrying its message (what
 * TAO's tools return from their catch). false, and the exception left pending, when
 * it must unwind. */
static bool catch_as_report(zval *report)
{
    if (!EG(exception) || must_unwind()) {
        return false;
    }
    zend_string *msg = php_tq_exception_message(EG(exception));
    zend_clear_exception();
    rep_new(report, "error", msg);
    return true;
}

/* === small helpers ====================================================================== */

/* A class the extension may or may not define in this build. No autoloading: TAO's own
 * PHP copies of these classes must not be picked up in place of a missing native one. */
static zend_class_entry *native_class(const char *name)
{
    zend_string *n = zend_string_init(name, strlen(name), 0);
    zend_class_entry *ce = zend_lookup_class_ex(n, NULL, ZEND_FETCH_CLASS_NO_AUTOLOAD);
    zend_string_release(n);
    return ce;
}

/* new ce(...argv) into out. FAILURE with an exception pending. */
static zend_result new_object(zend_class_entry *ce, zval *out, uint32_t argc, zval *argv)
{
    if (object_init_ex(out, ce) == FAILURE) {
        ZVAL_UNDEF(out);
        return FAILURE;
    }
    zend_function *ctor = Z_OBJ_HT_P(out)->get_constructor(Z_OBJ_P(out));
    if (EG(exception)) {
        zend_object_store_ctor_failed(Z_OBJ_P(out));
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        return FAILURE;
    }
    if (ctor) {
        zend_call_known_instance_method(ctor, Z_OBJ_P(out), NULL, argc, argv);
        if (EG(exception)) {
            zend_object_store_ctor_failed(Z_OBJ_P(out));
            zval_ptr_dtor(out);
            ZVAL_UNDEF(out);
            return FAILURE;
        }
    }
    return SUCCESS;
}

/* $obj->name($arg) with one zval argument (NULL: none), result dropped. */
static zend_result call1(zval *obj, const char *name, zval *arg)
{
    return php_tq_call(obj, name, NULL, arg ? 1 : 0, arg);
}

static bool call_bool(zval *obj, const char *name, zend_result *r)
{
    zval rv;
    *r = php_tq_call(obj, name, &rv, 0, NULL);
    if (*r == FAILURE) {
        return false;
    }
    bool b = zend_is_true(&rv);
    zval_ptr_dtor(&rv);
    return b;
}

/* A service of the tool: through the locator set with setServiceLocator() (TAO's
 * ServiceManager), else from the TAO root's config file. */
static zend_result tool_service(zval *self, zend_class_entry *scope, const char *id, zval *out)
{
    zval spec;
    ZVAL_STRING(&spec, id);
    zend_result r = php_tq_resolve_service(Z_OBJ_P(self), scope, &spec, out);
    zval_ptr_dtor(&spec);
    return r;
}

static zval *tool_locator(zval *self, zend_class_entry *scope)
{
    zval *loc = PHP_TQ_PROP(Z_OBJ_P(self), scope, "serviceLocator");
    return loc && Z_TYPE_P(loc) == IS_OBJECT ? loc : NULL;
}

/* The Task Log the tools use. TAO asks its ServiceManager for tao/taskLog, which is the
 * instance the dispatcher got too; without a locator the dispatcher's own getTaskLog()
 * gives that same shared instance (it resolves tao/taskLog from the config file). */
static zend_result tool_task_log(zval *self, zend_class_entry *scope, zval *dispatcher, zval *out)
{
    if (!tool_locator(self, scope) && php_tq_has_method(dispatcher, "gettasklog")) {
        return php_tq_call(dispatcher, "getTaskLog", out, 0, NULL);
    }
    return tool_service(self, scope, TQ_SERVICE_TASK_LOG, out);
}

/* The tool's parameters as tokens for tq_cli_parse (strings converted; the zend_strings
 * stay alive in strs). */
typedef struct tool_args {
    size_t n;
    zend_string **strs;
    const char **tokens;
    size_t *lens;
} tool_args;

static void tool_args_init(tool_args *a, HashTable *params)
{
    uint32_t count = params ? zend_hash_num_elements(params) : 0;
    a->n = 0;
    a->strs = count ? safe_emalloc(count, sizeof(zend_string *), 0) : NULL;
    a->tokens = count ? safe_emalloc(count, sizeof(char *), 0) : NULL;
    a->lens = count ? safe_emalloc(count, sizeof(size_t), 0) : NULL;
    if (!count) {
        return;
    }
    zval *v;
    ZEND_HASH_FOREACH_VAL(params, v) {
        zend_string *s = zval_get_string(v);
        a->strs[a->n] = s;
        a->tokens[a->n] = ZSTR_VAL(s);
        a->lens[a->n] = ZSTR_LEN(s);
        a->n++;
    } ZEND_HASH_FOREACH_END();
}

static void tool_args_free(tool_args *a)
{
    for (size_t i = 0; i < a->n; i++) {
        zend_string_release(a->strs[i]);
    }
    if (a->strs) {
        efree(a->strs);
        efree(a->tokens);
        efree(a->lens);
    }
}

static zend_string *opt_str(const tq_cli_value *v)
{
    return zend_string_init(v->str, v->len, 0);
}

/* An info report listing a tool's options, for --help. */
static void usage_report(zval *report, const char *tool, const char *about, const tq_cli_spec *specs, size_t n)
{
    rep_newf(report, "info", "php index.php 'oat\\taoTaskQueue\\scripts\\tools\\%s' [options]", tool);
    rep_addf(report, "info", "%s", about);
    for (size_t i = 0; i < n; i++) {
        rep_addf(report, "info", "--%s%s%s", specs[i].name, specs[i].placeholder ? "=" : "",
                 specs[i].placeholder ? specs[i].placeholder : "");
    }
}

/* === BrokerFactory ====================================================================== */

/* The argument checks of the factory, also run by InitializeQueue before it touches
 * any service (TAO checks its options first). FAILURE with an exception thrown. */
static zend_result broker_check(const char *id, const char *persistence)
{
    bool sql = strcmp(id, "rds") == 0 || strcmp(id, "newsql") == 0;
    /* PHP's empty(): null, '' and '0' */
    if (sql && (!persistence || !*persistence || strcmp(persistence, "0") == 0)) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Persistence id (--persistence=...) needs to be set for SQL.");
        return FAILURE;
    }
    if (strcmp(id, "newsql") == 0) {
        php_tq_throw(spl_ce_InvalidArgumentException,
                     "Broker \"newsql\" (NewSqlQueueBroker) is not supported by taskqueue; use \"rds\" "
                     "(PostgreSQL) instead.");
        return FAILURE;
    }
    if (strcmp(id, "memory") != 0 && strcmp(id, "rds") != 0 && strcmp(id, "sqs") != 0) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Broker \"%s\" is not a valid broker option. Valid options: "
                     TQ_VALID_BROKERS, id);
        return FAILURE;
    }
    return SUCCESS;
}

static zend_result broker_native(const char *cls, const char *id, zval *out, uint32_t argc, zval *argv)
{
    zend_class_entry *ce = native_class(cls);
    if (!ce) {
        php_tq_throw(spl_ce_RuntimeException, "Broker \"%s\" needs %s, which this build of taskqueue does not "
                     "provide.", id, cls);
        return FAILURE;
    }
    return new_object(ce, out, argc, argv);
}

/* BrokerFactory::create() in C. FAILURE with an exception pending. */
static zend_result broker_create(const char *id, const char *persistence, zend_long capacity, zval *out)
{
    if (broker_check(id, persistence) == FAILURE) {
        return FAILURE;
    }
    zval args[2];
    zend_result r;
    if (strcmp(id, "memory") == 0) {
        ZVAL_LONG(&args[0], capacity);
        r = new_object(php_tq_ce_InMemoryQueueBroker, out, 1, args);
    } else if (strcmp(id, "rds") == 0) {
        ZVAL_STRING(&args[0], persistence);
        ZVAL_LONG(&args[1], capacity);
        r = broker_native(TQ_CLASS_RDS_BROKER, id, out, 2, args);
        zval_ptr_dtor(&args[0]);
    } else {
        ZVAL_STRING(&args[0], TQ_SERVICE_CACHE);
        ZVAL_LONG(&args[1], capacity);
        r = broker_native(TQ_CLASS_SQS_BROKER, id, out, 2, args);
        zval_ptr_dtor(&args[0]);
    }
    return r;
}

#define BF_METHOD(name) ZEND_METHOD(oat_taoTaskQueue_scripts_tools_BrokerFactory, name)

BF_METHOD(create)
{
    zend_string *id, *persistence = NULL;
    zend_long capacity = 1;
    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_STR(id)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR_OR_NULL(persistence)
        Z_PARAM_LONG(capacity)
    ZEND_PARSE_PARAMETERS_END();
    if (broker_create(ZSTR_VAL(id), persistence ? ZSTR_VAL(persistence) : NULL, capacity, return_value) == FAILURE) {
        RETURN_THROWS();
    }
}

PHP_TQ_LOCATOR_METHODS(oat_taoTaskQueue_scripts_tools_BrokerFactory, php_tq_ce_BrokerFactory)

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
            if (call1(worker, setters[i].method, &n) == FAILURE) {
                return FAILURE;
            }
        }
    }
    if (v[RW_EMPTY].set) {
        zval b;
        ZVAL_BOOL(&b, v[RW_EMPTY].num != 0);
        return call1(worker, "stopWhenEmpty", &b);
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
                r = call1(worker, "setLogger", &logger);
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
    zend_class_entry *ce = native_class(TQ_CLASS_LONG_RUNNING_WORKER);
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
    if (new_object(ce, &worker, 3, args) == FAILURE) {
        return FAILURE;
    }
    zend_result r = SUCCESS;
    zval *locator = tool_locator(self, php_tq_ce_RunWorker);
    if (locator && php_tq_has_method(&worker, "setservicelocator")) {
        r = call1(&worker, "setServiceLocator", locator);
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
    if (tool_service(self, php_tq_ce_RunWorker, TQ_SERVICE_QUEUE, &dispatcher) == FAILURE) {
        return FAILURE;
    }
    zend_result r;
    bool sync = call_bool(&dispatcher, "isSync", &r);
    if (r == SUCCESS && sync) {
        rep_newf(report, "info", "No worker is needed because all registered queue is a Sync Queue.");
        zval_ptr_dtor(&dispatcher);
        return SUCCESS;
    }
    if (r == SUCCESS && v[RW_QUEUE].set) {
        zval name;
        ZVAL_STR(&name, opt_str(&v[RW_QUEUE]));
        r = php_tq_call(&dispatcher, "getQueue", &queue, 1, &name);
        zval_ptr_dtor(&name);
    }
    if (r == SUCCESS) {
        r = tool_task_log(self, php_tq_ce_RunWorker, &dispatcher, &task_log);
    }
    if (r == SUCCESS) {
        r = rw_run(self, Z_TYPE(queue) == IS_OBJECT ? &queue : &dispatcher, &task_log, v);
    }
    if (r == SUCCESS) {
        zend_string *now = php_format_date(TQ_DATE_ATOM, sizeof(TQ_DATE_ATOM) - 1, time(NULL), 1);
        rep_newf(report, "success", "Worker finished at %s", ZSTR_VAL(now));
        zend_string_release(now);
    }
    zval_ptr_dtor(&task_log);
    zval_ptr_dtor(&queue);
    zval_ptr_dtor(&dispatcher);
    return r;
}

#define RW_METHOD(name) ZEND_METHOD(oat_taoTaskQueue_scripts_tools_RunWorker, name)

RW_METHOD(__invoke)
{
    HashTable *params = NULL;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(params)
    ZEND_PARSE_PARAMETERS_END();
    tool_args a;
    tq_cli_value v[RW_N];
    tq_error err;
    zval report;
    tool_args_init(&a, params);
    tq_error_clear(&err);
    if (tq_cli_parse(rw_specs, RW_N, a.tokens, a.lens, a.n, v, &err) != 0) {
        rep_newf(&report, "error", "%s", err.message);
    } else if (v[RW_HELP].set && v[RW_HELP].num) {
        usage_report(&report, "RunWorker", "Runs a worker on every queue (weighted) or on one queue, until it is "
                     "stopped (SIGTERM, SIGINT, SIGQUIT) or a limit is reached.", rw_specs, RW_N - 1);
    } else if (rw_invoke(ZEND_THIS, v, &report) == FAILURE && !catch_as_report(&report)) {
        tool_args_free(&a);
        RETURN_THROWS();
    }
    tool_args_free(&a);
    rep_return(&report, return_value);
}

PHP_TQ_LOCATOR_METHODS(oat_taoTaskQueue_scripts_tools_RunWorker, php_tq_ce_RunWorker)

/* === InitializeQueue ==================================================================== */

enum { IQ_BROKER, IQ_PERSISTENCE, IQ_RECEIVE, IQ_QUEUE, IQ_STRATEGY, IQ_HELP, IQ_N };
static const tq_cli_spec iq_specs[IQ_N] = {
    [IQ_BROKER] = {"broker", TQ_CLI_STRING, "<memory|rds|newsql|sqs>"},
    [IQ_PERSISTENCE] = {"persistence", TQ_CLI_STRING, "<id>"},
    [IQ_RECEIVE] = {"receive", TQ_CLI_COUNT, "<tasks>"},
    [IQ_QUEUE] = {"queue", TQ_CLI_STRING, "<name>"},
    [IQ_STRATEGY] = {"strategy", TQ_CLI_STRING, "<FQCN>"},
    [IQ_HELP] = {"help", TQ_CLI_FLAG, NULL},
};

typedef struct iq_opts {
    zend_string *broker;       /* NULL: keep the brokers */
    zend_string *persistence;
    zend_long receive;         /* 1 when absent or 0, as TAO */
    zend_string *queue;        /* NULL: every queue */
    zval strategy;             /* the strategy object, or UNDEF */
    bool changes;              /* any option given: the dispatcher is saved again */
} iq_opts;

static void iq_opts_free(iq_opts *o)
{
    if (o->broker) {
        zend_string_release(o->broker);
    }
    if (o->persistence) {
        zend_string_release(o->persistence);
    }
    if (o->queue) {
        zend_string_release(o->queue);
    }
    zval_ptr_dtor(&o->strategy);
}

/* --strategy: a class that exists (autoloaded, as TAO's class_exists()), built with no
 * argument, that is a selector strategy. FAILURE with an exception thrown. */
static zend_result iq_strategy(const tq_cli_value *v, zval *out)
{
    zend_string *name = opt_str(v);
    zend_class_entry *ce = ZSTR_LEN(name) ? zend_lookup_class(name) : NULL;
    if (!ce && !EG(exception)) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Strategy \"%s\" does not exist.", ZSTR_VAL(name));
    }
    zend_result r = ce ? new_object(ce, out, 0, NULL) : FAILURE;
    if (r == SUCCESS && !instanceof_function(ce, php_tq_ce_SelectorStrategyInterface)) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Strategy \"%s\" is not a task selector strategy: it does not "
                     "implement %s.", ZSTR_VAL(name), ZSTR_VAL(php_tq_ce_SelectorStrategyInterface->name));
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        r = FAILURE;
    }
    zend_string_release(name);
    return r;
}

/* The options, checked before any service is touched. FAILURE with an exception. */
static zend_result iq_options(const tq_cli_value *v, size_t ntokens, iq_opts *o)
{
    memset(o, 0, sizeof(*o));
    ZVAL_UNDEF(&o->strategy);
    o->changes = ntokens > 0;
    o->receive = v[IQ_RECEIVE].set && v[IQ_RECEIVE].num > 0 ? (zend_long)v[IQ_RECEIVE].num : 1;
    if (v[IQ_PERSISTENCE].set) {
        o->persistence = opt_str(&v[IQ_PERSISTENCE]);
    }
    if (v[IQ_QUEUE].set) {
        o->queue = opt_str(&v[IQ_QUEUE]);
    }
    if (v[IQ_BROKER].set) {
        o->broker = opt_str(&v[IQ_BROKER]);
        if (broker_check(ZSTR_VAL(o->broker), o->persistence ? ZSTR_VAL(o->persistence) : NULL) == FAILURE) {
            return FAILURE;
        }
    }
    if (v[IQ_STRATEGY].set) {
        return iq_strategy(&v[IQ_STRATEGY], &o->strategy);
    }
    return SUCCESS;
}

static zend_result iq_set_broker(zval *queue, const iq_opts *o)
{
    zval broker;
    if (broker_create(ZSTR_VAL(o->broker), o->persistence ? ZSTR_VAL(o->persistence) : NULL, o->receive,
                      &broker) == FAILURE) {
        return FAILURE;
    }
    /* a fresh broker per queue: what TAO's `clone $broker` of an unused broker gives */
    zend_result r = call1(queue, "setBroker", &broker);
    zval_ptr_dtor(&broker);
    return r;
}

static zend_result iq_set_brokers(zval *dispatcher, const iq_opts *o)
{
    zval target;
    zend_result r;
    if (o->queue) {
        zval name;
        ZVAL_STR_COPY(&name, o->queue);
        r = php_tq_call(dispatcher, "getQueue", &target, 1, &name);
        zval_ptr_dtor(&name);
        if (r == SUCCESS) {
            r = iq_set_broker(&target, o);
            zval_ptr_dtor(&target);
        }
        return r;
    }
    if (php_tq_call(dispatcher, "getQueues", &target, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    r = SUCCESS;
    if (Z_TYPE(target) == IS_ARRAY) {
        zval *q;
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL(target), q) {
            if (iq_set_broker(q, o) == FAILURE) {
                r = FAILURE;
                break;
            }
        } ZEND_HASH_FOREACH_END();
    }
    zval_ptr_dtor(&target);
    return r;
}

/* What TAO's registerService() does for a file-based config: the dispatcher as PHP code
 * in <root>/config/tao/taskQueue.conf.php, replaced atomically so that a request or a
 * worker reading it meanwhile sees the old file or the new one. */
static zend_result iq_save(zval *dispatcher)
{
    zend_string *root = php_tq_tao_root();
    if (!root) {
        php_tq_throw(spl_ce_RuntimeException, "Cannot save the queue service: no TAO root is known (define ROOT_PATH, "
                     "set taskqueue.root or TASKQUEUE_ROOT).");
        return FAILURE;
    }
    zend_string *code = php_tq_to_php_code(dispatcher);
    if (!code) {
        zend_string_release(root);
        return FAILURE;
    }
    bool slash = ZSTR_LEN(root) && ZSTR_VAL(root)[ZSTR_LEN(root) - 1] == '/';
    zend_string *path = zend_strpprintf(0, "%s%sconfig/tao/taskQueue.conf.php", ZSTR_VAL(root), slash ? "" : "/");
    zend_string *text = zend_strpprintf(0, "<?php\nreturn %s;\n", ZSTR_VAL(code));
    tq_error err;
    tq_error_clear(&err);
    zend_result r = SUCCESS;
    if (tq_file_replace(ZSTR_VAL(path), ZSTR_VAL(text), ZSTR_LEN(text), &err) != 0) {
        php_tq_throw(spl_ce_RuntimeException, "Cannot save the queue service: %s", err.message);
        r = FAILURE;
    }
    zend_string_release(text);
    zend_string_release(path);
    zend_string_release(code);
    zend_string_release(root);
    return r;
}

static zend_result iq_apply(zval *dispatcher, const iq_opts *o, zval *report)
{
    if (o->broker && iq_set_brokers(dispatcher, o) == FAILURE) {
        return FAILURE;
    }
    if (Z_TYPE(o->strategy) == IS_OBJECT && call1(dispatcher, "setTaskSelector", (zval *)&o->strategy) == FAILURE) {
        return FAILURE;
    }
    zend_result r;
    bool sync = call_bool(dispatcher, "isSync", &r);
    if (r == FAILURE) {
        return FAILURE;
    }
    if (!sync) {
        if (php_tq_call(dispatcher, "initialize", NULL, 0, NULL) == FAILURE) {
            return FAILURE;
        }
        rep_addf(report, "success", "Queue(s) initialized.");
    }
    if (o->changes) {
        if (iq_save(dispatcher) == FAILURE) {
            return FAILURE;
        }
        rep_addf(report, "success", "Queue service re-registered.");
    }
    return SUCCESS;
}

/* The body of InitializeQueue::__invoke() after parsing. FAILURE with an exception. */
static zend_result iq_invoke(zval *self, const tq_cli_value *v, size_t ntokens, zval *report)
{
    iq_opts o;
    zval dispatcher, task_log;
    ZVAL_UNDEF(&dispatcher);
    ZVAL_UNDEF(&task_log);
    zend_result r = iq_options(v, ntokens, &o);
    if (r == SUCCESS) {
        rep_newf(report, "info", "Running command...");
        r = tool_service(self, php_tq_ce_InitializeQueue, TQ_SERVICE_QUEUE, &dispatcher);
        if (r == SUCCESS) {
            r = iq_apply(&dispatcher, &o, report);
        }
        if (r == SUCCESS) {
            r = tool_task_log(self, php_tq_ce_InitializeQueue, &dispatcher, &task_log);
        }
        if (r == SUCCESS) {
            r = php_tq_call(&task_log, "createContainer", NULL, 0, NULL);
        }
        if (r == SUCCESS) {
            rep_addf(report, "success", "Task Log container created.");
        } else {
            zval_ptr_dtor(report);   /* TAO replaces the whole report by the failure */
            ZVAL_UNDEF(report);
        }
    }
    zval_ptr_dtor(&task_log);
    zval_ptr_dtor(&dispatcher);
    iq_opts_free(&o);
    return r;
}

#define IQ_METHOD(name) ZEND_METHOD(oat_taoTaskQueue_scripts_tools_InitializeQueue, name)

IQ_METHOD(__invoke)
{
    HashTable *params = NULL;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(params)
    ZEND_PARSE_PARAMETERS_END();
    tool_args a;
    tq_cli_value v[IQ_N];
    tq_error err;
    zval report;
    ZVAL_UNDEF(&report);
    tool_args_init(&a, params);
    tq_error_clear(&err);
    if (tq_cli_parse(iq_specs, IQ_N, a.tokens, a.lens, a.n, v, &err) != 0) {
        rep_newf(&report, "error", "%s", err.message);
    } else if (v[IQ_HELP].set && v[IQ_HELP].num) {
        usage_report(&report, "InitializeQueue", "Creates the queues and the Task Log container; with options, "
                     "changes the brokers (all queues, or --queue) or the strategy first and saves "
                     "config/tao/taskQueue.conf.php.", iq_specs, IQ_N - 1);
    } else if (iq_invoke(ZEND_THIS, v, a.n, &report) == FAILURE && !catch_as_report(&report)) {
        tool_args_free(&a);
        RETURN_THROWS();
    }
    tool_args_free(&a);
    rep_return(&report, return_value);
}

PHP_TQ_LOCATOR_METHODS(oat_taoTaskQueue_scripts_tools_InitializeQueue, php_tq_ce_InitializeQueue)

/* === reports as TAO's renderToCommandLine() prints them ================================== */

/* A report value -> {type: string, message: string, children: [...]}: arrays as they
 * are, objects through toArray() (generis' Report), jsonSerialize(), or getType()/
 * getMessage()/getChildren(). FAILURE (nothing thrown) when it is not report-shaped;
 * FAILURE with an exception pending when one of those methods threw. */
static zend_result rep_norm(zval *in, zval *out, int depth);

static zend_result rep_norm_object(zval *in, zval *out, int depth)
{
    zval arr;
    const char *via = php_tq_has_method(in, "toarray") ? "toArray"
                    : instanceof_function(Z_OBJCE_P(in), php_json_serializable_ce) ? "jsonSerialize" : NULL;
    if (via) {
        if (php_tq_call(in, via, &arr, 0, NULL) == FAILURE) {
            return FAILURE;
        }
        zend_result r = Z_TYPE(arr) == IS_ARRAY ? rep_norm(&arr, out, depth) : FAILURE;
        zval_ptr_dtor(&arr);
        return r;
    }
    if (!php_tq_has_method(in, "gettype") || !php_tq_has_method(in, "getmessage")) {
        return FAILURE;
    }
    zval type, message, children;
    ZVAL_UNDEF(&children);
    if (php_tq_call(in, "getType", &type, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    if (php_tq_call(in, "getMessage", &message, 0, NULL) == FAILURE) {
        zval_ptr_dtor(&type);
        return FAILURE;
    }
    if (php_tq_has_method(in, "getchildren") && php_tq_call(in, "getChildren", &children, 0, NULL) == FAILURE) {
        zval_ptr_dtor(&type);
        zval_ptr_dtor(&message);
        return FAILURE;
    }
    array_init(&arr);
    add_assoc_zval(&arr, "type", &type);
    add_assoc_zval(&arr, "message", &message);
    if (Z_TYPE(children) != IS_UNDEF) {
        add_assoc_zval(&arr, "children", &children);
    }
    zend_result r = rep_norm(&arr, out, depth);
    zval_ptr_dtor(&arr);
    return r;
}

static zend_result rep_norm(zval *in, zval *out, int depth)
{
    ZVAL_DEREF(in);
    if (depth > TQ_REPORT_DEPTH) {
        return FAILURE;
    }
    if (Z_TYPE_P(in) == IS_OBJECT) {
        return rep_norm_object(in, out, depth);
    }
    if (Z_TYPE_P(in) != IS_ARRAY) {
        return FAILURE;
    }
    HashTable *ht = Z_ARRVAL_P(in);
    zval *type = zend_hash_str_find_deref(ht, "type", 4);
    zval *message = zend_hash_str_find_deref(ht, "message", 7);
    zval *children = zend_hash_str_find_deref(ht, "children", 8);
    if (!type || Z_TYPE_P(type) != IS_STRING || !message
        || (Z_TYPE_P(message) != IS_STRING && Z_TYPE_P(message) != IS_NULL && Z_TYPE_P(message) != IS_LONG
            && Z_TYPE_P(message) != IS_DOUBLE)
        || (children && Z_TYPE_P(children) != IS_ARRAY && Z_TYPE_P(children) != IS_NULL)) {
        return FAILURE;
    }
    zval list;
    array_init(&list);
    if (children && Z_TYPE_P(children) == IS_ARRAY) {
        zval *child;
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(children), child) {
            zval c;
            if (rep_norm(child, &c, depth + 1) == FAILURE) {
                zval_ptr_dtor(&list);
                return FAILURE;
            }
            add_next_index_zval(&list, &c);
        } ZEND_HASH_FOREACH_END();
    }
    array_init(out);
    add_assoc_str(out, "type", zend_string_copy(Z_STR_P(type)));
    add_assoc_str(out, "message", zval_get_string(message));
    add_assoc_zval(out, "children", &list);
    return SUCCESS;
}

static const char *rep_type(zval *norm)
{
    return Z_STRVAL_P(zend_hash_str_find(Z_ARRVAL_P(norm), "type", 4));
}

static zval *rep_children(zval *norm)
{
    return zend_hash_str_find(Z_ARRVAL_P(norm), "children", 8);
}

/* The report itself or any child is an error: the action failed. */
static bool rep_has_error(zval *norm)
{
    if (strcmp(rep_type(norm), "error") == 0) {
        return true;
    }
    zval *child;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(rep_children(norm)), child) {
        if (rep_has_error(child)) {
            return true;
        }
    } ZEND_HASH_FOREACH_END();
    return false;
}

/* helpers_Report::renderToCommandLine(): the colour code before the indent, the reset
 * after the message, then the children 2 spaces further in. */
static void rep_render(smart_str *out, zval *norm, bool colors, int indent)
{
    const char *type = rep_type(norm);
    const char *color = strcmp(type, "success") == 0 ? "0;32"
                      : strcmp(type, "warning") == 0 ? "1;33"
                      : strcmp(type, "error") == 0 ? "1;31" : "0;37";
    if (colors) {
        smart_str_appends(out, "\033[");
        smart_str_appends(out, color);
        smart_str_appendc(out, 'm');
    }
    for (int i = 0; i < indent; i++) {
        smart_str_appendc(out, ' ');
    }
    smart_str_append(out, Z_STR_P(zend_hash_str_find(Z_ARRVAL_P(norm), "message", 7)));
    if (colors) {
        smart_str_appends(out, "\033[0m");
    }
    smart_str_appends(out, PHP_EOL);
    zval *child;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(rep_children(norm)), child) {
        rep_render(out, child, colors, indent + 2);
    } ZEND_HASH_FOREACH_END();
}

static zend_string *rep_render_str(zval *norm, bool colors)
{
    smart_str out = {0};
    rep_render(&out, norm, colors, 0);
    smart_str_0(&out);
    return out.s ? out.s : ZSTR_EMPTY_ALLOC();
}

/* As TAO: colours unless TAO_CONSOLE=nocolor or Windows; ours also not when stdout is
 * not a terminal (logs and pipes stay clean) or NO_COLOR is set. */
static bool cli_colors(void)
{
#ifdef PHP_WIN32
    return false;
#else
    const char *tao = getenv("TAO_CONSOLE");
    const char *no = getenv("NO_COLOR");
    if ((tao && strcmp(tao, "nocolor") == 0) || (no && *no)) {
        return false;
    }
    return isatty(STDOUT_FILENO);
#endif
}

/* === TaskQueue\Cli ======================================================================= */

/* TAO's CliController: the exception's message, then each previous one's. */
static void cli_exception_report(zend_string *action_id, zval *report)
{
    zend_object *ex = EG(exception);
    GC_ADDREF(ex);
    zend_clear_exception();
    smart_str msg = {0};
    zend_object *cur = ex;
    while (cur) {
        if (cur != ex) {
            smart_str_appends(&msg, PHP_EOL "caused by : " PHP_EOL);
        }
        zend_string *m = php_tq_exception_message(cur);
        smart_str_append(&msg, m);
        zend_string_release(m);
        zval rv;
        zval *prev = zend_read_property_ex(zend_get_exception_base(cur), cur, ZSTR_KNOWN(ZEND_STR_PREVIOUS), 1, &rv);
        cur = prev && Z_TYPE_P(prev) == IS_OBJECT && Z_OBJ_P(prev) != ex ? Z_OBJ_P(prev) : NULL;
    }
    smart_str_0(&msg);
    rep_newf(report, "error", "An exception occured while running \"%s\"", ZSTR_VAL(action_id));
    zval child;
    rep_new(&child, "error", msg.s ? msg.s : ZSTR_EMPTY_ALLOC());
    rep_add(report, &child);
    OBJ_RELEASE(ex);
}

/* generis' ActionService::resolve(): a service the locator has, else a class with
 * __invoke, built with no argument and given the locator. FAILURE with an exception
 * pending; SUCCESS with action UNDEF and report filled when it cannot be resolved. */
static zend_result cli_resolve(zend_string *id, zval *locator, zval *action, zval *report)
{
    ZVAL_UNDEF(action);
    if (locator && php_tq_has_method(locator, "has") && php_tq_has_method(locator, "get")) {
        zval arg;
        ZVAL_STR_COPY(&arg, id);
        bool known = false;
        zval rv;
        zend_result r = php_tq_call(locator, "has", &rv, 1, &arg);
        if (r == SUCCESS) {
            known = zend_is_true(&rv);
            zval_ptr_dtor(&rv);
        }
        if (r == SUCCESS && known) {
            r = php_tq_call(locator, "get", action, 1, &arg);
        }
        zval_ptr_dtor(&arg);
        if (r == FAILURE || known) {
            return r;
        }
    }
    zend_class_entry *ce = zend_lookup_class(id);
    if (EG(exception)) {
        return FAILURE;
    }
    if (!ce) {
        rep_newf(report, "error", "Unknown action %s", ZSTR_VAL(id));
        return SUCCESS;
    }
    if (ce->ce_flags & (ZEND_ACC_INTERFACE | ZEND_ACC_TRAIT | ZEND_ACC_EXPLICIT_ABSTRACT_CLASS | ZEND_ACC_ENUM)
        || !zend_hash_str_exists(&ce->function_table, "__invoke", sizeof("__invoke") - 1)) {
        rep_newf(report, "error", "Action %s cannot be run: it is not a class with an __invoke() method",
                 ZSTR_VAL(ce->name));
        return SUCCESS;
    }
    if (new_object(ce, action, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    if (locator && php_tq_has_method(action, "setservicelocator") && call1(action, "setServiceLocator", locator) == FAILURE) {
        zval_ptr_dtor(action);
        ZVAL_UNDEF(action);
        return FAILURE;
    }
    return SUCCESS;
}

/* Runs $action($params) and leaves its report (or the one standing for it) in report.
 * FAILURE only when exit() is unwinding. */
static zend_result cli_call(zend_string *id, zval *action, zval *params, zval *report)
{
    zval rv;
    if (php_tq_call(action, "__invoke", &rv, 1, params) == FAILURE) {
        if (must_unwind()) {
            return FAILURE;
        }
        cli_exception_report(id, report);
        return SUCCESS;
    }
    if (!zend_is_true(&rv)) {
        zval_ptr_dtor(&rv);
        zend_string *cls = Z_TYPE_P(action) == IS_OBJECT ? Z_OBJCE_P(action)->name : id;
        rep_newf(report, "info", "Action '%s' ended gracefully with no report returned.", ZSTR_VAL(cls));
        return SUCCESS;
    }
    ZVAL_COPY_VALUE(report, &rv);
    return SUCCESS;
}

/* The whole run but the printing. FAILURE only when exit() is unwinding. */
static zend_result cli_run(HashTable *argv, zval *locator, zval *report)
{
    zval params, action;
    zend_string *id = NULL;
    uint32_t pos = 0;
    zval *arg;
    array_init(&params);
    ZVAL_UNDEF(&action);
    ZEND_HASH_FOREACH_VAL(argv, arg) {
        if (pos == 1) {
            id = zval_get_string(arg);
        } else if (pos > 1) {
            add_next_index_str(&params, zval_get_string(arg));
        }
        pos++;
    } ZEND_HASH_FOREACH_END();
    zend_result r = SUCCESS;
    if (!id || ZSTR_LEN(id) == 0) {
        rep_newf(report, "error", "No action given. Usage: php index.php '<action class>' [--option=value ...]");
    } else if (cli_resolve(id, locator, &action, report) == FAILURE) {
        if (must_unwind()) {
            r = FAILURE;
        } else {
            cli_exception_report(id, report);
        }
    } else if (Z_TYPE(action) != IS_UNDEF) {
        if (Z_TYPE(action) == IS_OBJECT || zend_is_callable(&action, 0, NULL)) {
            r = cli_call(id, &action, &params, report);
        } else {
            rep_newf(report, "error", "Action %s cannot be run: the service is not invokable", ZSTR_VAL(id));
        }
    }
    zval_ptr_dtor(&action);
    zval_ptr_dtor(&params);
    if (id) {
        zend_string_release(id);
    }
    return r;
}

ZEND_METHOD(TaskQueue_Cli, __construct)
{
    ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(TaskQueue_Cli, run)
{
    HashTable *argv;
    zval *locator = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ARRAY_HT(argv)
        Z_PARAM_OPTIONAL
        Z_PARAM_OBJECT_OR_NULL(locator)
    ZEND_PARSE_PARAMETERS_END();
    zval report, norm;
    ZVAL_UNDEF(&report);
    if (cli_run(argv, locator, &report) == FAILURE) {
        zval_ptr_dtor(&report);
        RETURN_THROWS();
    }
    if (rep_norm(&report, &norm, 0) == FAILURE) {
        if (must_unwind()) {
            zval_ptr_dtor(&report);
            RETURN_THROWS();
        }
        zend_string *what = Z_TYPE(report) == IS_OBJECT ? zend_string_copy(Z_OBJCE(report)->name)
                          : zend_string_init(zend_zval_type_name(&report), strlen(zend_zval_type_name(&report)), 0);
        if (EG(exception)) {
            zval ex;
            rep_newf(&ex, "error", "The report of \"%s\" could not be read", ZSTR_VAL(what));
            zend_string *m = php_tq_exception_message(EG(exception));
            zend_clear_exception();
            rep_addf(&ex, "error", "%s", ZSTR_VAL(m));
            zend_string_release(m);
            rep_norm(&ex, &norm, 0);
            zval_ptr_dtor(&ex);
        } else {
            zval bad;
            rep_newf(&bad, "error", "The action returned %s, which is not a report", ZSTR_VAL(what));
            rep_norm(&bad, &norm, 0);
            zval_ptr_dtor(&bad);
        }
        zend_string_release(what);
    }
    zval_ptr_dtor(&report);
    zend_string *text = rep_render_str(&norm, cli_colors());
    php_output_write(ZSTR_VAL(text), ZSTR_LEN(text));
    zend_string_release(text);
    bool failed = rep_has_error(&norm);
    zval_ptr_dtor(&norm);
    RETURN_LONG(failed ? 1 : 0);
}

ZEND_METHOD(TaskQueue_Cli, renderReport)
{
    zval *report;
    bool colors = false;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL(report)
        Z_PARAM_OPTIONAL
        Z_PARAM_BOOL(colors)
    ZEND_PARSE_PARAMETERS_END();
    zval norm;
    if (rep_norm(report, &norm, 0) == FAILURE) {
        if (!EG(exception)) {
            php_tq_throw(spl_ce_InvalidArgumentException, "Not a report: expected an array {type, message, data, "
                         "children} or a Report object, %s given", zend_zval_type_name(report));
        }
        RETURN_THROWS();
    }
    RETVAL_STR(rep_render_str(&norm, colors));
    zval_ptr_dtor(&norm);
}

/* === start-up ============================================================================ */

void php_tq_cli_minit(void)
{
    php_tq_ce_BrokerFactory = register_class_oat_taoTaskQueue_scripts_tools_BrokerFactory();
    php_tq_ce_RunWorker = register_class_oat_taoTaskQueue_scripts_tools_RunWorker();
    php_tq_ce_InitializeQueue = register_class_oat_taoTaskQueue_scripts_tools_InitializeQueue();
    php_tq_ce_Cli = register_class_TaskQueue_Cli();
}
