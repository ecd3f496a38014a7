/*
 * initialize_queue.c: InitializeQueue: brokers, strategy, tables, and the changed
 * dispatcher written back to config/tao/taskQueue.conf.php.
 * May touch: the Zend API, common/common, src/cli/tq_cli_args,
 * src/cli/tq_file.
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
#include "cli/tq_file.h"
#include "initialize_queue_arginfo.h"

zend_class_entry *php_tq_ce_InitializeQueue;

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
    zend_string *name = php_tq_cli_opt_str(v);
    zend_class_entry *ce = ZSTR_LEN(name) ? zend_lookup_class(name) : NULL;
    if (!ce && !EG(exception)) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Strategy \"%s\" does not exist.", ZSTR_VAL(name));
    }
    zend_result r = ce ? php_tq_cli_new_object(ce, out, 0, NULL) : FAILURE;
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
        o->persistence = php_tq_cli_opt_str(&v[IQ_PERSISTENCE]);
    }
    if (v[IQ_QUEUE].set) {
        o->queue = php_tq_cli_opt_str(&v[IQ_QUEUE]);
    }
    if (v[IQ_BROKER].set) {
        o->broker = php_tq_cli_opt_str(&v[IQ_BROKER]);
        if (php_tq_cli_broker_check(ZSTR_VAL(o->broker), o->persistence ? ZSTR_VAL(o->persistence) : NULL) == FAILURE) {
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
    if (php_tq_cli_broker_create(ZSTR_VAL(o->broker), o->persistence ? ZSTR_VAL(o->persistence) : NULL, o->receive,
                      &broker) == FAILURE) {
        return FAILURE;
    }
    /* a fresh broker per queue: what TAO's `clone $broker` of an unused broker gives */
    zend_result r = php_tq_cli_call1(queue, "setBroker", &broker);
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
/* The file is compiled (not run) before it replaces the old one: a text that does not
 * parse would stop every request and worker that includes it. */
static zend_result iq_compiles(zend_string *text, zend_string *path)
{
    zend_op_array *op = zend_compile_string(text, ZSTR_VAL(path), ZEND_COMPILE_POSITION_AT_SHEBANG);
    if (op) {
        destroy_op_array(op);
        efree_size(op, sizeof(zend_op_array));
        return SUCCESS;
    }
    zend_string *why = EG(exception) ? php_tq_take_exception_message() : zend_string_init("unknown error", 13, 0);
    php_tq_throw(spl_ce_RuntimeException,
                 "Cannot save the queue service: the generated configuration does not compile (%s), %s is left as it was",
                 ZSTR_VAL(why), ZSTR_VAL(path));
    zend_string_release(why);
    return FAILURE;
}

zend_result php_tq_cli_save_dispatcher(zval *dispatcher)
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
    /* by length: the code may hold NUL bytes (an object with private properties is
     * written as unserialize('…\0Class\0prop…')); "%s" cut the file there */
    zend_string *text = zend_string_concat3("<?php\nreturn ", sizeof("<?php\nreturn ") - 1, ZSTR_VAL(code),
                                            ZSTR_LEN(code), ";\n", 2);
    tq_error err;
    tq_error_clear(&err);
    zend_result r = SUCCESS;
    if (iq_compiles(text, path) == FAILURE) {
        r = FAILURE;
    } else if (tq_file_replace(ZSTR_VAL(path), ZSTR_VAL(text), ZSTR_LEN(text), &err) != 0) {
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
    if (Z_TYPE(o->strategy) == IS_OBJECT && php_tq_cli_call1(dispatcher, "setTaskSelector", (zval *)&o->strategy) == FAILURE) {
        return FAILURE;
    }
    zend_result r;
    bool sync = php_tq_cli_call_bool(dispatcher, "isSync", &r);
    if (r == FAILURE) {
        return FAILURE;
    }
    if (!sync) {
        if (php_tq_call(dispatcher, "initialize", NULL, 0, NULL) == FAILURE) {
            return FAILURE;
        }
        php_tq_cli_rep_addf(report, "success", "Queue(s) initialized.");
    }
    if (o->changes) {
        if (php_tq_cli_save_dispatcher(dispatcher) == FAILURE) {
            return FAILURE;
        }
        php_tq_cli_rep_addf(report, "success", "Queue service re-registered.");
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
        php_tq_cli_rep_newf(report, "info", "Running command...");
        r = php_tq_cli_tool_service(self, php_tq_ce_InitializeQueue, TQ_SERVICE_QUEUE, &dispatcher);
        if (r == SUCCESS) {
            r = iq_apply(&dispatcher, &o, report);
        }
        if (r == SUCCESS) {
            r = php_tq_cli_tool_task_log(self, php_tq_ce_InitializeQueue, &dispatcher, &task_log);
        }
        if (r == SUCCESS) {
            r = php_tq_call(&task_log, "createContainer", NULL, 0, NULL);
        }
        if (r == SUCCESS) {
            php_tq_cli_rep_addf(report, "success", "Task Log container created.");
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


ZEND_METHOD(oat_taoTaskQueue_scripts_tools_InitializeQueue, __invoke)
{
    HashTable *params = NULL;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(params)
    ZEND_PARSE_PARAMETERS_END();
    php_tq_cli_args a;
    tq_cli_value v[IQ_N];
    tq_error err;
    zval report;
    ZVAL_UNDEF(&report);
    php_tq_cli_tool_args_init(&a, params);
    tq_error_clear(&err);
    if (tq_cli_parse(iq_specs, IQ_N, a.tokens, a.lens, a.n, v, &err) != 0) {
        php_tq_cli_rep_newf(&report, "error", "%s", err.message);
    } else if (v[IQ_HELP].set && v[IQ_HELP].num) {
        php_tq_cli_usage_report(&report, "InitializeQueue", "Creates the queues and the Task Log container; with options, "
                     "changes the brokers (all queues, or --queue) or the strategy first and saves "
                     "config/tao/taskQueue.conf.php.", iq_specs, IQ_N - 1);
    } else if (iq_invoke(ZEND_THIS, v, a.n, &report) == FAILURE && !php_tq_cli_catch_as_report(&report)) {
        php_tq_cli_tool_args_free(&a);
        RETURN_THROWS();
    }
    php_tq_cli_tool_args_free(&a);
    php_tq_cli_rep_return(&report, return_value);
}

PHP_TQ_LOCATOR_METHODS(oat_taoTaskQueue_scripts_tools_InitializeQueue, php_tq_ce_InitializeQueue)

void php_tq_cli_initialize_queue_minit(void)
{
    php_tq_ce_InitializeQueue = register_class_oat_taoTaskQueue_scripts_tools_InitializeQueue();
}
