/*
 * task_log_utility.c: TaskLogUtility, the operator's view of the Task Log from the command
 * line (README "Operator tools"): stats, the tasks not archived, one task, archive,
 * cancel, always as TAO's super user `cli-user` (every owner). Outputs are TAO's: success
 * reports whose message is pretty-printed JSON, "Archived: 1", "Cancelled: 1", the examples
 * text. Options are parsed strictly (tq_cli_parse): an unknown one is an error naming it,
 * and --limit/--offset/--force may stand anywhere on the line (TAO wants them after
 * --available / --archive / --cancel; doc/compatibility.md). Ours: --prune-archived=<date>
 * [--batch=<n>], archived entries deleted in batches.
 * May touch: the Zend API, ext/date, common/common, task_log/entity_rows, src/cli/tq_cli_args.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/date/php_date.h"
#include "ext/json/php_json.h"
#include "ext/spl/spl_exceptions.h"
#include "../php_taskqueue.h"
#include "../task_log/entity_rows.h"
#include "tools.h"
#include "task_log_utility_arginfo.h"

zend_class_entry *php_tq_ce_TaskLogUtility;

#define SCOPE php_tq_ce_TaskLogUtility
#define SUPER_USER "cli-user"      /* TaskLogInterface::SUPER_USER */
#define DEFAULT_LIMIT 20

enum { TU_STATS, TU_AVAILABLE, TU_LIMIT, TU_OFFSET, TU_GET, TU_ARCHIVE, TU_CANCEL, TU_FORCE, TU_HELP, TU_PRUNE,
       TU_BATCH, TU_N };
static const tq_cli_spec tu_specs[TU_N] = {
    [TU_STATS] = {"stats", TQ_CLI_FLAG, NULL},
    [TU_AVAILABLE] = {"available", TQ_CLI_FLAG, NULL},
    [TU_LIMIT] = {"limit", TQ_CLI_COUNT, "<n>"},
    [TU_OFFSET] = {"offset", TQ_CLI_COUNT, "<n>"},
    [TU_GET] = {"get-task", TQ_CLI_STRING, "<taskId>"},
    [TU_ARCHIVE] = {"archive", TQ_CLI_STRING, "<taskId>"},
    [TU_CANCEL] = {"cancel", TQ_CLI_STRING, "<taskId>"},
    [TU_FORCE] = {"force", TQ_CLI_FLAG, NULL},
    [TU_HELP] = {"help", TQ_CLI_FLAG, NULL},
    /* ours (README "Operator tools"): not in TAO's examples text, which stays word for word */
    [TU_PRUNE] = {"prune-archived", TQ_CLI_STRING, "<date>"},
    [TU_BATCH] = {"batch", TQ_CLI_COUNT, "<n>"},
};

#define TU_CMD "sudo -u www-data php index.php 'oat\\taoTaskQueue\\scripts\\tools\\TaskLogUtility' "
/* TAO's examples text, word for word (its unit test compares it). */
static const char *const tu_examples[][3] = {
    {"Stats", "Return stats about the tasks logs statuses", TU_CMD "--stats"},
    {"List Task Logs", "List All the tasks that are not archived will be retrived, default limit is 20",
     TU_CMD "--available --limit[optional]=20 --offset[optional]=10"},
    {"Get Task Log", "Get an specific task log by id", TU_CMD "--get-task=[taskdId]"},
    {"Archive a Task Log", "Archive a task log", TU_CMD "--archive=[taskdId] --force[optional]"},
    {"Cancel a Task Log", "Cancel a task log", TU_CMD "--cancel=[taskdId] --force[optional]"},
};

static void tu_examples_report(zval *report)
{
    smart_str s = {0};
    smart_str_appends(&s, "Examples");
    for (size_t i = 0; i < sizeof(tu_examples) / sizeof(tu_examples[0]); i++) {
        smart_str_append_printf(&s, "\n %zu. %s\n\t Description: \t %s\n\t Example: \t %s", i + 1, tu_examples[i][0],
                                tu_examples[i][1], tu_examples[i][2]);
    }
    php_tq_cli_rep_new(report, "success", smart_str_extract(&s));
}

/* A success report whose message is json_encode(value, JSON_PRETTY_PRINT). Takes value. */
static zend_result tu_json_report(zval *value, zval *report)
{
    smart_str s = {0};
    zend_result r = php_json_encode_ex(&s, value, PHP_JSON_PRETTY_PRINT, PHP_JSON_PARSER_DEFAULT_DEPTH);
    zval_ptr_dtor(value);
    if (r == FAILURE) {
        smart_str_free(&s);
        php_tq_throw(spl_ce_RuntimeException, "The answer cannot be written as JSON");
        return FAILURE;
    }
    php_tq_cli_rep_new(report, "success", smart_str_extract(&s));
    return SUCCESS;
}

static zend_result tu_stats(zval *log, zval *report)
{
    zval user, stats, data;
    ZVAL_STRING(&user, SUPER_USER);
    zend_result r = php_tq_call(log, "getStats", &stats, 1, &user);
    zval_ptr_dtor(&user);
    if (r == FAILURE) {
        return FAILURE;
    }
    r = php_tq_call(&stats, "jsonSerialize", &data, 0, NULL);
    zval_ptr_dtor(&stats);
    return r == SUCCESS ? tu_json_report(&data, report) : FAILURE;
}

/* TAO's SimpleManagementCollectionDecorator with the report included. */
static zend_result tu_available(zval *log, const tq_cli_value *v, zval *report)
{
    zval args[3], coll, rows;
    ZVAL_STRING(&args[0], SUPER_USER);
    ZVAL_LONG(&args[1], v[TU_LIMIT].set ? (zend_long)v[TU_LIMIT].num : DEFAULT_LIMIT);
    if (v[TU_OFFSET].set) {
        ZVAL_LONG(&args[2], (zend_long)v[TU_OFFSET].num);
    } else {
        ZVAL_NULL(&args[2]);
    }
    zend_result r = php_tq_call(log, "findAvailableByUser", &coll, 3, args);
    zval_ptr_dtor(&args[0]);
    if (r == FAILURE) {
        return FAILURE;
    }
    char *storage = php_tq_storage_dir();
    r = php_tq_entity_rows(log, &coll, storage, true, NULL, &rows);
    efree(storage);
    zval_ptr_dtor(&coll);
    return r == SUCCESS ? tu_json_report(&rows, report) : FAILURE;
}

/* getByIdAndUser(id, cli-user) into entity. */
static zend_result tu_entity(zval *log, const tq_cli_value *opt, zval *entity)
{
    zval args[2];
    ZVAL_STR(&args[0], php_tq_cli_opt_str(opt));
    ZVAL_STRING(&args[1], SUPER_USER);
    zend_result r = php_tq_call(log, "getByIdAndUser", entity, 2, args);
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&args[1]);
    return r;
}

static zend_result tu_get(zval *log, const tq_cli_value *v, zval *report)
{
    zval entity, row;
    if (tu_entity(log, &v[TU_GET], &entity) == FAILURE) {
        return FAILURE;
    }
    char *storage = php_tq_storage_dir();
    zend_result r = php_tq_entity_row(log, &entity, storage, true, &row);
    efree(storage);
    zval_ptr_dtor(&entity);
    return r == SUCCESS ? tu_json_report(&row, report) : FAILURE;
}

/* archive/cancel(entity, force): "Archived: 1" ("Archived: " when it answers false, as TAO). */
static zend_result tu_change(zval *log, const tq_cli_value *v, int which, const char *method, const char *done,
                             zval *report)
{
    zval args[2], rv;
    if (tu_entity(log, &v[which], &args[0]) == FAILURE) {
        return FAILURE;
    }
    ZVAL_BOOL(&args[1], v[TU_FORCE].set && v[TU_FORCE].num);
    zend_result r = php_tq_call(log, method, &rv, 2, args);
    zval_ptr_dtor(&args[0]);
    if (r == SUCCESS) {
        zend_string *s = zval_get_string(&rv);
        php_tq_cli_rep_newf(report, "success", "%s: %s", done, ZSTR_VAL(s));
        zend_string_release(s);
        zval_ptr_dtor(&rv);
    }
    return r;
}

/* Ours: archived entries last changed before the date (any form DateTimeImmutable reads, UTC
 * unless it names a zone: "2026-01-01", "-90 days") deleted in batches, on a Task Log whose
 * broker can (RdsTaskLogBroker::pruneArchived()). */
static zend_result tu_prune(zval *log, const tq_cli_value *v, zval *report)
{
    zval broker, when, args[3], rv, tz;
    if (php_tq_call(log, "getBroker", &broker, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    if (Z_TYPE(broker) != IS_OBJECT || !zend_hash_str_exists(&Z_OBJCE(broker)->function_table, "prunearchived", 13)) {
        php_tq_cli_rep_newf(report, "error", "--prune-archived needs a Task Log on PostgreSQL (RdsTaskLogBroker); "
                            "this one's broker is %s", Z_TYPE(broker) == IS_OBJECT ? ZSTR_VAL(Z_OBJCE(broker)->name)
                                                                                   : zend_zval_type_name(&broker));
        zval_ptr_dtor(&broker);
        return SUCCESS;
    }
    object_init_ex(&tz, php_date_get_timezone_ce());
    ZVAL_STRING(&args[0], "UTC");
    zend_call_known_instance_method_with_1_params(Z_OBJCE(tz)->constructor, Z_OBJ(tz), NULL, &args[0]);
    zval_ptr_dtor(&args[0]);
    object_init_ex(&when, php_date_get_immutable_ce());
    ZVAL_STR(&args[0], php_tq_cli_opt_str(&v[TU_PRUNE]));
    ZVAL_COPY_VALUE(&args[1], &tz);
    zend_call_known_instance_method_with_2_params(Z_OBJCE(when)->constructor, Z_OBJ(when), NULL, &args[0], &args[1]);
    zend_result r = FAILURE;
    if (EG(exception)) {
        zend_clear_exception();
        php_tq_cli_rep_newf(report, "error", "--prune-archived=%s is not a date", Z_STRVAL(args[0]));
        r = SUCCESS;
    } else {
        zval a[3];
        ZVAL_COPY_VALUE(&a[0], &when);
        ZVAL_LONG(&a[1], v[TU_BATCH].set ? (zend_long)v[TU_BATCH].num : 1000);
        ZVAL_LONG(&a[2], 0);
        if (php_tq_call(&broker, "pruneArchived", &rv, 3, a) == SUCCESS) {
            zval fmt, shown;
            ZVAL_STRING(&fmt, "Y-m-d H:i:s");
            php_tq_call(&when, "format", &shown, 1, &fmt);
            php_tq_cli_rep_newf(report, "success", "Pruned " ZEND_LONG_FMT " archived task log entries last changed "
                                "before %s UTC", zval_get_long(&rv), Z_TYPE(shown) == IS_STRING ? Z_STRVAL(shown) : "");
            zval_ptr_dtor(&fmt);
            zval_ptr_dtor(&shown);
            zval_ptr_dtor(&rv);
            r = SUCCESS;
        }
    }
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&when);
    zval_ptr_dtor(&tz);
    zval_ptr_dtor(&broker);
    return r;
}

/* TAO's order of precedence: stats, available, get-task, archive, cancel, else the examples
 * (ours, --prune-archived, when none of TAO's is given). */
static zend_result tu_run(zval *self, const tq_cli_value *v, zval *report)
{
    zval log;
    bool tao = v[TU_STATS].num || v[TU_AVAILABLE].num || v[TU_GET].set || v[TU_ARCHIVE].set || v[TU_CANCEL].set;
    if (!tao && !v[TU_PRUNE].set) {
        tu_examples_report(report);
        return SUCCESS;
    }
    if (php_tq_cli_tool_service(self, SCOPE, TQ_SERVICE_TASK_LOG, &log) == FAILURE) {
        return FAILURE;
    }
    zend_result r = !tao ? tu_prune(&log, v, report)
                  : v[TU_STATS].num ? tu_stats(&log, report)
                  : v[TU_AVAILABLE].num ? tu_available(&log, v, report)
                  : v[TU_GET].set ? tu_get(&log, v, report)
                  : v[TU_ARCHIVE].set ? tu_change(&log, v, TU_ARCHIVE, "archive", "Archived", report)
                  : tu_change(&log, v, TU_CANCEL, "cancel", "Cancelled", report);
    zval_ptr_dtor(&log);
    return r;
}

/* TAO's argument rules: --limit/--offset need --available, --force needs --archive or
 * --cancel, a task id must not be empty. */
static const char *tu_check(const tq_cli_value *v)
{
    if ((v[TU_LIMIT].set || v[TU_OFFSET].set) && !v[TU_AVAILABLE].num) {
        return "Arg --available argument must be use";
    }
    if (v[TU_BATCH].set && (!v[TU_PRUNE].set || v[TU_BATCH].num < 1 || v[TU_BATCH].num > 100000)) {
        return "--batch=<n> (1..100000) goes with --prune-archived=<date>";
    }
    if (v[TU_PRUNE].set && v[TU_PRUNE].len == 0) {
        return "--prune-archived=<date> argument must be set";
    }
    if (v[TU_FORCE].set && !v[TU_ARCHIVE].set && !v[TU_CANCEL].set) {
        return "--archive=[taskId] or --cancel=[taskId] argument must be set";
    }
    static const struct { int opt; const char *msg; } ids[] = {
        {TU_GET, "--get-task=[taskId] argument must be set"},
        {TU_ARCHIVE, "--archive=[taskId] argument must be set"},
        {TU_CANCEL, "--cancel=[taskId] argument must be set"},
    };
    for (size_t i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
        if (v[ids[i].opt].set && v[ids[i].opt].len == 0) {
            return ids[i].msg;
        }
    }
    return NULL;
}

/* An error report with the exception's message and TAO's --force hint. */
static void tu_error_report(const tq_cli_value *v, zval *report)
{
    zend_string *msg = php_tq_take_exception_message();
    bool forced = v[TU_FORCE].set && v[TU_FORCE].num;
    const char *hint = forced ? ""
                     : v[TU_ARCHIVE].set && !v[TU_STATS].num && !v[TU_AVAILABLE].num && !v[TU_GET].set
                       ? "\nPlease use --force to force archive of an in-progress task."
                     : v[TU_CANCEL].set && !v[TU_STATS].num && !v[TU_AVAILABLE].num && !v[TU_GET].set
                       ? "\nPlease use --force to force cancellation of a created task." : "";
    php_tq_cli_rep_newf(report, "error", "%s%s", ZSTR_VAL(msg), hint);
    zend_string_release(msg);
}

ZEND_METHOD(oat_taoTaskQueue_scripts_tools_TaskLogUtility, __invoke)
{
    HashTable *params = NULL;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(params)
    ZEND_PARSE_PARAMETERS_END();
    php_tq_cli_args a;
    tq_cli_value v[TU_N];
    tq_error err;
    zval report;
    const char *bad;
    php_tq_cli_tool_args_init(&a, params);
    tq_error_clear(&err);
    if (tq_cli_parse(tu_specs, TU_N, a.tokens, a.lens, a.n, v, &err) != 0) {
        php_tq_cli_rep_newf(&report, "error", "%s", err.message);
    } else if ((bad = tu_check(v)) != NULL) {
        php_tq_cli_rep_newf(&report, "error", "%s", bad);
    } else if (tu_run(ZEND_THIS, v, &report) == FAILURE) {
        if (php_tq_cli_must_unwind()) {
            php_tq_cli_tool_args_free(&a);
            RETURN_THROWS();
        }
        tu_error_report(v, &report);
    }
    php_tq_cli_tool_args_free(&a);
    php_tq_cli_rep_return(&report, return_value);
}

PHP_TQ_LOCATOR_METHODS(oat_taoTaskQueue_scripts_tools_TaskLogUtility, php_tq_ce_TaskLogUtility)

void php_tq_cli_task_log_utility_minit(void)
{
    php_tq_ce_TaskLogUtility = register_class_oat_taoTaskQueue_scripts_tools_TaskLogUtility();
}
