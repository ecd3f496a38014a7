/*
 * cli.c: TaskQueue\Cli, the front controller a TAO-like root's index.php calls:
 * it resolves the action, runs it, prints its report as TAO's
 * helpers_Report::renderToCommandLine() does, and turns the report into an exit status
 * (TAO always exits 0, quirk 12). The tools it runs live beside it: broker_factory.c,
 * run_worker.c, initialize_queue.c (helpers in tools.c).
 * May touch: the Zend API, common/common, src/task_log/tq_report (its depth limit).
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
#include "../common/common.h"
#include "../queue/queue.h"
#include "cli.h"
#include "cli/tq_cli_args.h"
#include "cli/tq_file.h"
#include "tools.h"
#include "ext/json/php_json.h"
#include "task_log/tq_report.h"
#include "cli_arginfo.h"

#ifndef PHP_WIN32
#include <unistd.h>
#endif

zend_class_entry *php_tq_ce_Cli;

/* The report model's one limit (src/task_log/tq_report.h) in report levels: a node at
 * level d (the root is 0) is JSON level 2d + 1, its children list 2d + 2. */
#define TQ_REPORT_DEPTH ((TQ_REPORT_MAX_DEPTH - 2) / 2)

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
    php_tq_cli_rep_newf(report, "error", "An exception occured while running \"%s\"", ZSTR_VAL(action_id));
    zval child;
    php_tq_cli_rep_new(&child, "error", msg.s ? msg.s : ZSTR_EMPTY_ALLOC());
    php_tq_cli_rep_add(report, &child);
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
        php_tq_cli_rep_newf(report, "error", "Unknown action %s", ZSTR_VAL(id));
        return SUCCESS;
    }
    if (ce->ce_flags & (ZEND_ACC_INTERFACE | ZEND_ACC_TRAIT | ZEND_ACC_EXPLICIT_ABSTRACT_CLASS | ZEND_ACC_ENUM)
        || !zend_hash_str_exists(&ce->function_table, "__invoke", sizeof("__invoke") - 1)) {
        php_tq_cli_rep_newf(report, "error", "Action %s cannot be run: it is not a class with an __invoke() method",
                 ZSTR_VAL(ce->name));
        return SUCCESS;
    }
    if (php_tq_cli_new_object(ce, action, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    if (locator && php_tq_has_method(action, "setservicelocator") && php_tq_cli_call1(action, "setServiceLocator", locator) == FAILURE) {
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
        if (php_tq_cli_must_unwind()) {
            return FAILURE;
        }
        cli_exception_report(id, report);
        return SUCCESS;
    }
    if (!zend_is_true(&rv)) {
        zval_ptr_dtor(&rv);
        zend_string *cls = Z_TYPE_P(action) == IS_OBJECT ? Z_OBJCE_P(action)->name : id;
        php_tq_cli_rep_newf(report, "info", "Action '%s' ended gracefully with no report returned.", ZSTR_VAL(cls));
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
        php_tq_cli_rep_newf(report, "error", "No action given. Usage: php index.php '<action class>' [--option=value ...]");
    } else if (cli_resolve(id, locator, &action, report) == FAILURE) {
        if (php_tq_cli_must_unwind()) {
            r = FAILURE;
        } else {
            cli_exception_report(id, report);
        }
    } else if (Z_TYPE(action) != IS_UNDEF) {
        if (Z_TYPE(action) == IS_OBJECT || zend_is_callable(&action, 0, NULL)) {
            r = cli_call(id, &action, &params, report);
        } else {
            php_tq_cli_rep_newf(report, "error", "Action %s cannot be run: the service is not invokable", ZSTR_VAL(id));
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
        if (php_tq_cli_must_unwind()) {
            zval_ptr_dtor(&report);
            RETURN_THROWS();
        }
        zend_string *what = Z_TYPE(report) == IS_OBJECT ? zend_string_copy(Z_OBJCE(report)->name)
                          : zend_string_init(zend_zval_type_name(&report), strlen(zend_zval_type_name(&report)), 0);
        if (EG(exception)) {
            zval ex;
            php_tq_cli_rep_newf(&ex, "error", "The report of \"%s\" could not be read", ZSTR_VAL(what));
            zend_string *m = php_tq_exception_message(EG(exception));
            zend_clear_exception();
            php_tq_cli_rep_addf(&ex, "error", "%s", ZSTR_VAL(m));
            zend_string_release(m);
            rep_norm(&ex, &norm, 0);
            zval_ptr_dtor(&ex);
        } else {
            zval bad;
            php_tq_cli_rep_newf(&bad, "error", "The action returned %s, which is not a report", ZSTR_VAL(what));
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
    php_tq_cli_broker_factory_minit();
    php_tq_cli_run_worker_minit();
    php_tq_cli_initialize_queue_minit();
    php_tq_cli_stuck_task_tools_minit();
    php_tq_cli_task_log_utility_minit();
    php_tq_cli_manage_association_map_minit();
    php_tq_cli_task_tools_minit();
    php_tq_cli_worker_manager_minit();
    php_tq_cli_migrate_queue_messages_minit();
    php_tq_ce_Cli = register_class_TaskQueue_Cli();
}
