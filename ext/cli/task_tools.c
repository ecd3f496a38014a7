/*
 * task_tools.c: the tools that run or enqueue one task (README "Operator tools"): RunTask
 * (-t <base64 of a task's JSON>: run here by a OneTimeTask worker, the report says its final
 * status), ReRunTask (-t <task log id>: the task again under a new id, through
 * queue/task_rerun.c as the dashboard's retry) and AddTaskToQueue (<Action FQCN> [param ...]).
 * Options in generis' ScriptAction style (src/cli/tq_cli_args: tq_cli_parse_script); TAO's
 * messages. What a task names is checked as the deserializer checks it (a generis Action or
 * a class taskqueue.allowed_callables lists) before anything is enqueued.
 * May touch: the Zend API, common/common, queue/queue.h, task/task.h, worker/worker.h,
 * src/cli/tq_cli_args.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "ext/standard/base64.h"
#include "../php_taskqueue.h"
#include "tools.h"
#include "task_tools_arginfo.h"

zend_class_entry *php_tq_ce_RunTask;
zend_class_entry *php_tq_ce_ReRunTask;
zend_class_entry *php_tq_ce_AddTaskToQueue;

#define TQ_ACTION_INTERFACE "oat\\oatbox\\action\\Action"

enum { TT_TASK, TT_HELP, TT_N };
static const tq_cli_spec rt_specs[TT_N] = {
    [TT_TASK] = {"task", TQ_CLI_STRING, "<base64 of the task's JSON>", "t", 1},
    [TT_HELP] = {"help", TQ_CLI_FLAG, NULL, "h", 0},
};
static const tq_cli_spec rr_specs[TT_N] = {
    [TT_TASK] = {"task", TQ_CLI_STRING, "<task log id>", "t", 1},
    [TT_HELP] = {"help", TQ_CLI_FLAG, NULL, "h", 0},
};

/* The tool's dispatcher and Task Log. FAILURE with an exception pending (log left UNDEF). */
static zend_result tt_services(zval *self, zend_class_entry *scope, zval *dispatcher, zval *log)
{
    ZVAL_UNDEF(log);
    if (php_tq_cli_tool_service(self, scope, TQ_SERVICE_QUEUE, dispatcher) == FAILURE) {
        return FAILURE;
    }
    if (php_tq_cli_tool_task_log(self, scope, dispatcher, log) == FAILURE) {
        zval_ptr_dtor(dispatcher);
        return FAILURE;
    }
    return SUCCESS;
}

/* RunTask: decode, deserialize, run with a OneTimeTask worker. */
static zend_result rt_run(zval *self, const tq_cli_value *v, const void *data, zval *report)
{
    zend_string *json = php_base64_decode_ex((const unsigned char *)v[TT_TASK].str, v[TT_TASK].len, true);
    if (!json) {
        php_tq_cli_rep_newf(report, "error", "The task given with -t/--task is not base64 (%zu characters)", v[TT_TASK].len);
        return SUCCESS;
    }
    zval serializer, task, arg, dispatcher, log, worker, status;
    ZVAL_UNDEF(&task);
    ZVAL_UNDEF(&worker);
    zend_result r = php_tq_cli_new_object(php_tq_ce_TaskSerializerService, &serializer, 0, NULL);
    if (r == SUCCESS) {
        ZVAL_STR(&arg, json);
        r = php_tq_call(&serializer, "deserialize", &task, 1, &arg);
        zval_ptr_dtor(&serializer);
    }
    zend_string_release(json);
    if (r == FAILURE || tt_services(self, php_tq_ce_RunTask, &dispatcher, &log) == FAILURE) {
        zval_ptr_dtor(&task);
        return FAILURE;
    }
    zval args[2];
    ZVAL_COPY_VALUE(&args[0], &dispatcher);
    ZVAL_COPY_VALUE(&args[1], &log);
    r = php_tq_cli_new_object(php_tq_ce_OneTimeTask, &worker, 2, args);
    if (r == SUCCESS) {
        r = php_tq_cli_call1(&worker, "setTask", &task);
    }
    if (r == SUCCESS && php_tq_call(&worker, "run", &status, 0, NULL) == SUCCESS) {
        php_tq_cli_rep_new(report, "info", zval_get_string(&status));
        zval_ptr_dtor(&status);
    } else {
        r = FAILURE;
    }
    zval_ptr_dtor(&worker);
    zval_ptr_dtor(&task);
    zval_ptr_dtor(&log);
    zval_ptr_dtor(&dispatcher);
    return r;
}

/* The class a task name or an action names, when it may run as a task's callable; an error
 * report (TAO's texts) and NULL otherwise. */
static zend_class_entry *tt_allowed_class(const char *name, size_t len, const char *missing, zval *report)
{
    zend_string *s = zend_string_init(name, len, 0);
    zend_class_entry *ce = len ? zend_lookup_class(s) : NULL;
    zend_string_release(s);
    if (EG(exception)) {
        return NULL;                      /* the autoloader's exception becomes the report */
    }
    if (!ce) {
        php_tq_cli_rep_newf(report, "error", missing, (int)len, name);
        return NULL;
    }
    if (!php_tq_task_class_allowed(ce)) {
        php_tq_cli_rep_newf(report, "error", "Action in not instance of " TQ_ACTION_INTERFACE
                            " (%s; taskqueue.allowed_callables may list it)", ZSTR_VAL(ce->name));
        return NULL;
    }
    return ce;
}

/* The re-run of the task whose log entity is entity (id: its id), under the deserializer's
 * rules for its task name. */
static void rr_enqueue(zval *dispatcher, zval *entity, zval *id, zval *report)
{
    zend_string *n = php_tq_call_string(entity, "getTaskName");
    php_tq_rerun rerun;
    if (tt_allowed_class(ZSTR_VAL(n), ZSTR_LEN(n), "Task class %.*s does not exist: not enqueued again.", report)) {
        if (php_tq_task_rerun(dispatcher, entity, &rerun)) {
            php_tq_cli_rep_newf(report, "success", "Original task `%s` was added to the queue under new id %s",
                                Z_STRVAL_P(id), ZSTR_VAL(rerun.new_id));
        } else if (!EG(exception)) {
            php_tq_cli_rep_newf(report, "error", "Task %s could not be enqueued again", Z_STRVAL_P(id));
        }
        php_tq_task_rerun_free(&rerun);
    }
    zend_string_release(n);
}

/* ReRunTask: the entry by id, its class checked, a copy enqueued. */
static zend_result rr_run(zval *self, const tq_cli_value *v, const void *data, zval *report)
{
    zval dispatcher, log, entity, id;
    if (tt_services(self, php_tq_ce_ReRunTask, &dispatcher, &log) == FAILURE) {
        return FAILURE;
    }
    ZVAL_STR(&id, php_tq_cli_opt_str(&v[TT_TASK]));
    if (php_tq_call(&log, "getById", &entity, 1, &id) == FAILURE) {
        ZVAL_UNDEF(&entity);
    }
    zend_result r = SUCCESS;
    if (Z_TYPE(entity) == IS_OBJECT && !EG(exception)) {
        rr_enqueue(&dispatcher, &entity, &id, report);
        r = EG(exception) ? FAILURE : SUCCESS;
    } else if (php_tq_cli_must_unwind()) {
        r = FAILURE;
    } else {
        zend_clear_exception();
        php_tq_cli_rep_newf(report, "error", "Task with corresponding id not found.");
    }
    zval_ptr_dtor(&entity);
    zval_ptr_dtor(&id);
    zval_ptr_dtor(&log);
    zval_ptr_dtor(&dispatcher);
    return r;
}

ZEND_METHOD(oat_taoTaskQueue_scripts_tools_RunTask, __invoke)
{
    static const php_tq_cli_script tool = {rt_specs, TT_N, TT_HELP, "Run a task", rt_run, NULL};
    php_tq_cli_script_invoke(INTERNAL_FUNCTION_PARAM_PASSTHRU, &tool);
}

ZEND_METHOD(oat_taoTaskQueue_scripts_tools_ReRunTask, __invoke)
{
    static const php_tq_cli_script tool = {rr_specs, TT_N, TT_HELP, "Uses for restarting tasks from the task queue",
                                           rr_run, NULL};
    php_tq_cli_script_invoke(INTERNAL_FUNCTION_PARAM_PASSTHRU, &tool);
}

/* AddTaskToQueue: positional <Action FQCN> [param ...]; createTask(new Action(), the params,
 * the FQCN as label). */
static zend_result aq_run(zval *self, const php_tq_cli_args *a, zval *report)
{
    if (a->n == 0) {
        php_tq_cli_rep_newf(report, "error", "Usage: <Action FQCN> [param ...]");
        return SUCCESS;
    }
    zend_class_entry *ce = tt_allowed_class(a->tokens[0], a->lens[0], "Action class does not exist (%.*s)", report);
    if (!ce) {
        return EG(exception) ? FAILURE : SUCCESS;
    }
    zval dispatcher, args[3], task;
    if (php_tq_cli_tool_service(self, php_tq_ce_AddTaskToQueue, TQ_SERVICE_QUEUE, &dispatcher) == FAILURE) {
        return FAILURE;
    }
    if (php_tq_cli_new_object(ce, &args[0], 0, NULL) == FAILURE) {
        zval_ptr_dtor(&dispatcher);
        return FAILURE;
    }
    array_init(&args[1]);
    for (size_t i = 1; i < a->n; i++) {
        add_next_index_str(&args[1], zend_string_copy(a->strs[i]));
    }
    ZVAL_STR_COPY(&args[2], ce->name);
    zend_result r = php_tq_call(&dispatcher, "createTask", &task, 3, args);
    if (r == SUCCESS) {
        if (Z_TYPE(task) == IS_OBJECT) {
            php_tq_cli_rep_newf(report, "info", "Task %s has been successfully added to the queue", ZSTR_VAL(ce->name));
        } else {
            php_tq_cli_rep_newf(report, "error", "Task %s could not be added to the queue", ZSTR_VAL(ce->name));
        }
        zval_ptr_dtor(&task);
    }
    for (int i = 0; i < 3; i++) {
        zval_ptr_dtor(&args[i]);
    }
    zval_ptr_dtor(&dispatcher);
    return r;
}

ZEND_METHOD(oat_taoTaskQueue_scripts_tools_AddTaskToQueue, __invoke)
{
    php_tq_cli_action_invoke(INTERNAL_FUNCTION_PARAM_PASSTHRU, aq_run);
}

PHP_TQ_LOCATOR_METHODS(oat_taoTaskQueue_scripts_tools_RunTask, php_tq_ce_RunTask)
PHP_TQ_LOCATOR_METHODS(oat_taoTaskQueue_scripts_tools_ReRunTask, php_tq_ce_ReRunTask)
PHP_TQ_LOCATOR_METHODS(oat_taoTaskQueue_scripts_tools_AddTaskToQueue, php_tq_ce_AddTaskToQueue)

void php_tq_cli_task_tools_minit(void)
{
    php_tq_ce_RunTask = register_class_oat_taoTaskQueue_scripts_tools_RunTask();
    php_tq_ce_ReRunTask = register_class_oat_taoTaskQueue_scripts_tools_ReRunTask();
    php_tq_ce_AddTaskToQueue = register_class_oat_taoTaskQueue_scripts_tools_AddTaskToQueue();
}
