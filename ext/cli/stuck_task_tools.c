/*
 * stuck_task_tools.c: StuckTaskSummary and StuckTaskRestart (AbstractStuckTask), the tools
 * that list and restart the stuck tasks of an RDS queue (README "Operator tools").
 * Options in generis' ScriptAction style (src/cli/tq_cli_args: tq_cli_parse_script). The
 * finding and restarting are StuckTaskRepository and RestartStuckTaskService (ext/stuck).
 * May touch: the Zend API, common/common, stuck/stuck, src/cli/tq_cli_args.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/standard/php_string.h"
#include "../php_taskqueue.h"
#include "../stuck/stuck.h"
#include "tools.h"
#include "stuck_task_tools_arginfo.h"

zend_class_entry *php_tq_ce_AbstractStuckTask;
zend_class_entry *php_tq_ce_StuckTaskSummary;
zend_class_entry *php_tq_ce_StuckTaskRestart;

#define SCOPE php_tq_ce_AbstractStuckTask
#define DEFAULT_STATUSES "enqueued,dequeued,running"   /* TAO: enqueued (doc/compatibility.md) */

enum { ST_QUEUE, ST_WHITELIST, ST_STATUSES, ST_AGE, ST_HELP, ST_N };
static const tq_cli_spec st_specs[ST_N] = {
    [ST_QUEUE] = {"queue", TQ_CLI_STRING, "<name>", "q", 1},
    [ST_WHITELIST] = {"whitelist", TQ_CLI_STRING, "<task FQCN,task FQCN>", "w", 1},
    [ST_STATUSES] = {"statuses", TQ_CLI_STRING, "<" DEFAULT_STATUSES ",failed>", "s", 0},
    [ST_AGE] = {"age", TQ_CLI_COUNT, "<seconds, at least 180>", NULL, 0},   /* TAO's "-w" clashes: long form only */
    [ST_HELP] = {"help", TQ_CLI_FLAG, NULL, "h", 0},
};

/* "a, b" split on commas into a list (TAO: explode(',')). */
static void st_split(const tq_cli_value *v, const char *fallback, zval *out)
{
    zend_string *text = v->set ? zend_string_init(v->str, v->len, 0) : zend_string_init(fallback, strlen(fallback), 0);
    zend_string *comma = zend_string_init(",", 1, 0);
    array_init(out);
    php_explode(comma, text, out, ZEND_LONG_MAX);
    zend_string_release(comma);
    zend_string_release(text);
}

/* new StuckTaskQuery(queue, whitelist, statuses, age). FAILURE with an exception pending. */
static zend_result st_query(const tq_cli_value *v, zval *query)
{
    zval args[4];
    ZVAL_STR(&args[0], php_tq_cli_opt_str(&v[ST_QUEUE]));
    st_split(&v[ST_WHITELIST], "", &args[1]);
    st_split(&v[ST_STATUSES], DEFAULT_STATUSES, &args[2]);
    ZVAL_LONG(&args[3], v[ST_AGE].set ? (zend_long)v[ST_AGE].num : 180);
    zend_result r = php_tq_cli_new_object(php_tq_ce_StuckTaskQuery, query, 4, args);
    for (int i = 0; i < 3; i++) {
        zval_ptr_dtor(&args[i]);
    }
    return r;
}

/* A service object of ours with the tool's locator handed on. */
static zend_result st_service(zval *self, zend_class_entry *ce, zval *out)
{
    if (php_tq_cli_new_object(ce, out, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    zval *locator = php_tq_cli_tool_locator(self, SCOPE);
    return locator ? php_tq_cli_call1(out, "setServiceLocator", locator) : SUCCESS;
}

/* $obj->method()->format(DATE_ATOM), or "None" when the method gives no date. */
static zend_string *st_date(zval *obj, const char *method)
{
    zval d, fmt, s;
    if (Z_TYPE_P(obj) != IS_OBJECT || php_tq_call(obj, method, &d, 0, NULL) == FAILURE) {
        zend_clear_exception();
        return zend_string_init("None", 4, 0);
    }
    zend_string *out = NULL;
    ZVAL_STRING(&fmt, TQ_DATE_ATOM);
    if (Z_TYPE(d) == IS_OBJECT && php_tq_call(&d, "format", &s, 1, &fmt) == SUCCESS) {
        out = zval_get_string(&s);
        zval_ptr_dtor(&s);
    }
    zend_clear_exception();
    zval_ptr_dtor(&fmt);
    zval_ptr_dtor(&d);
    return out ? out : zend_string_init("None", 4, 0);
}

/* What one stuck task shows: its log entity's id, label and name, its queued task. */
typedef struct st_row {
    zval entity, task;
    zend_string *id, *label, *name, *task_id;
    bool orphan;
} st_row;

static void st_row_load(zval *stuck, st_row *r)
{
    if (php_tq_call(stuck, "getTaskLog", &r->entity, 0, NULL) == FAILURE) {
        ZVAL_NULL(&r->entity);
    }
    if (php_tq_call(stuck, "getTask", &r->task, 0, NULL) == FAILURE) {
        ZVAL_NULL(&r->task);
    }
    zend_clear_exception();
    r->orphan = Z_TYPE(r->task) != IS_OBJECT;
    r->id = php_tq_call_string(&r->entity, "getId");
    r->label = php_tq_call_string(&r->entity, "getLabel");
    r->name = php_tq_call_string(&r->entity, "getTaskName");
    r->task_id = php_tq_call_string(&r->task, "getId");     /* TAO prints the task's id, not the message row */
}

static void st_row_free(st_row *r)
{
    zval_ptr_dtor(&r->entity);
    zval_ptr_dtor(&r->task);
    zend_string_release(r->id);
    zend_string_release(r->label);
    zend_string_release(r->name);
    zend_string_release(r->task_id);
}

/* Root message pieces: the age date and the whitelist, as TAO prints them. */
static void st_header(zval *query, zend_string **date, zend_string **names)
{
    zval list;
    *date = st_date(query, "getAgeDateTime");
    *names = NULL;
    if (php_tq_call(query, "getWhitelist", &list, 0, NULL) == SUCCESS) {
        zend_string *sep = zend_string_init(",", 1, 0);
        if (Z_TYPE(list) == IS_ARRAY) {
            zval joined;
            php_implode(sep, Z_ARRVAL(list), &joined);
            *names = Z_TYPE(joined) == IS_STRING ? Z_STR(joined) : NULL;
        }
        zend_string_release(sep);
        zval_ptr_dtor(&list);
    }
    if (!*names) {
        *names = ZSTR_EMPTY_ALLOC();
    }
}

static void st_summary_line(zval *report, zval *stuck)
{
    st_row r;
    st_row_load(stuck, &r);
    zend_string *created = st_date(&r.entity, "getCreatedAt"), *updated = st_date(&r.entity, "getUpdatedAt");
    zend_string *task_created = st_date(&r.task, "getCreatedAt");
    php_tq_cli_rep_addf(report, "info", "[%s][%s/%s]: Label = %s, TaskName = %s, IsOrphan = %s, TaskId = %s, "
                        "TaskCreatedAt = %s", ZSTR_VAL(r.id), ZSTR_VAL(created), ZSTR_VAL(updated),
                        ZSTR_VAL(r.label), ZSTR_VAL(r.name), r.orphan ? "Yes" : "No",
                        ZSTR_LEN(r.task_id) ? ZSTR_VAL(r.task_id) : "None", ZSTR_VAL(task_created));
    zend_string_release(created);
    zend_string_release(updated);
    zend_string_release(task_created);
    st_row_free(&r);
}

/* Restarts one task; its line (success, or error with the reason) goes into report. */
static bool st_restart_line(zval *service, zval *report, zval *stuck)
{
    st_row r;
    st_row_load(stuck, &r);
    bool ok = php_tq_call(service, "restart", NULL, 1, stuck) == SUCCESS;
    if (ok) {
        php_tq_cli_rep_addf(report, "success", "Restarting: TaskLogId = %s, Label = %s, TaskName = %s", ZSTR_VAL(r.id),
                            ZSTR_VAL(r.label), ZSTR_VAL(r.name));
    } else {
        zend_string *why = php_tq_take_exception_message();
        php_tq_cli_rep_addf(report, "error", "Error restarting: TaskLogId %s, Label %s, TaskName = %s, Error: %s",
                            ZSTR_VAL(r.id), ZSTR_VAL(r.label), ZSTR_VAL(r.name), ZSTR_VAL(why));
        zend_string_release(why);
    }
    st_row_free(&r);
    return ok;
}

static zend_result st_summary(zval *self, zval *query, zval *found, zval *report)
{
    zend_string *date, *names;
    st_header(query, &date, &names);
    php_tq_cli_rep_newf(report, "success", "Total = %u, Age <= %s, TasksName = %s",
                        zend_hash_num_elements(Z_ARRVAL(*found)), ZSTR_VAL(date), ZSTR_VAL(names));
    zend_string_release(date);
    zend_string_release(names);
    zval *stuck;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(found), stuck) {
        st_summary_line(report, stuck);
    } ZEND_HASH_FOREACH_END();
    return SUCCESS;
}

static zend_result st_restart(zval *self, zval *query, zval *found, zval *report)
{
    zval service;
    if (st_service(self, php_tq_ce_RestartStuckTaskService, &service) == FAILURE) {
        zval_ptr_dtor(&service);
        return FAILURE;
    }
    zend_string *date, *names;
    st_header(query, &date, &names);
    php_tq_cli_rep_newf(report, "success", "Rescheduling tasks for: age <= %s, tasks names IN %s", ZSTR_VAL(date),
                        ZSTR_VAL(names));
    zend_string_release(date);
    zend_string_release(names);
    uint32_t restarted = 0, errors = 0;
    zval *stuck;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(found), stuck) {
        if (php_tq_cli_must_unwind()) {
            break;
        }
        st_restart_line(&service, report, stuck) ? restarted++ : errors++;
    } ZEND_HASH_FOREACH_END();
    php_tq_cli_rep_addf(report, "info", "Total: %u, Restarted: %u, Errors: %u", restarted + errors, restarted, errors);
    zval_ptr_dtor(&service);
    return SUCCESS;
}

typedef zend_result (*st_action)(zval *self, zval *query, zval *found, zval *report);

/* Query, findAll(), then the tool's own part. FAILURE with an exception pending. */
static zend_result st_run(zval *self, const tq_cli_value *v, st_action act, zval *report)
{
    zval query, repo, collection, found;
    ZVAL_UNDEF(&repo);
    ZVAL_UNDEF(&collection);
    if (st_query(v, &query) == FAILURE) {
        return FAILURE;
    }
    zend_result r = st_service(self, php_tq_ce_StuckTaskRepository, &repo);
    if (r == SUCCESS) {
        r = php_tq_call(&repo, "findAll", &collection, 1, &query);
    }
    if (r == SUCCESS) {
        r = php_tq_call(&collection, "getArrayCopy", &found, 0, NULL);
    }
    if (r == SUCCESS) {
        r = act(self, &query, &found, report);
        zval_ptr_dtor(&found);
    }
    zval_ptr_dtor(&collection);
    zval_ptr_dtor(&repo);
    zval_ptr_dtor(&query);
    return r;
}

/* The tool's run: the query and the stuck tasks, then data's action (a st_action). */
static zend_result st_tool_run(zval *self, const tq_cli_value *v, const void *data, zval *report)
{
    return st_run(self, v, *(const st_action *)data, report);
}

ZEND_METHOD(oat_taoTaskQueue_scripts_tools_StuckTaskSummary, __invoke)
{
    static const st_action act = st_summary;
    static const php_tq_cli_script tool = {st_specs, ST_N, ST_HELP, "Summary of the stuck tasks of a queue: queued "
                                           "too long, or running with no live worker.", st_tool_run, &act};
    php_tq_cli_script_invoke(INTERNAL_FUNCTION_PARAM_PASSTHRU, &tool);
}

ZEND_METHOD(oat_taoTaskQueue_scripts_tools_StuckTaskRestart, __invoke)
{
    static const st_action act = st_restart;
    static const php_tq_cli_script tool = {st_specs, ST_N, ST_HELP, "Restarts the stuck tasks of a queue: their "
                                           "message goes back in line, or, when it is gone, a new task is created.",
                                           st_tool_run, &act};
    php_tq_cli_script_invoke(INTERNAL_FUNCTION_PARAM_PASSTHRU, &tool);
}

PHP_TQ_LOCATOR_METHODS(oat_taoTaskQueue_scripts_tools_AbstractStuckTask, php_tq_ce_AbstractStuckTask)

void php_tq_cli_stuck_task_tools_minit(void)
{
    php_tq_ce_AbstractStuckTask = register_class_oat_taoTaskQueue_scripts_tools_AbstractStuckTask();
    php_tq_ce_StuckTaskSummary = register_class_oat_taoTaskQueue_scripts_tools_StuckTaskSummary(php_tq_ce_AbstractStuckTask);
    php_tq_ce_StuckTaskRestart = register_class_oat_taoTaskQueue_scripts_tools_StuckTaskRestart(php_tq_ce_AbstractStuckTask);
}
