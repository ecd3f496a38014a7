/*
 * tools.c: helpers the command-line class groups share (see tools.h).
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

/* === report arrays {type, message, data, children} ====================================== */

void php_tq_cli_rep_new(zval *out, const char *type, zend_string *message)
{
    zval children;
    array_init(out);
    add_assoc_string(out, "type", type);
    add_assoc_str(out, "message", message);
    add_assoc_null(out, "data");
    array_init(&children);
    add_assoc_zval(out, "children", &children);
}


void php_tq_cli_rep_newf(zval *out, const char *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    zend_string *msg = zend_vstrpprintf(0, fmt, ap);
    va_end(ap);
    php_tq_cli_rep_new(out, type, msg);
}

/* Appends child (taken) to report's children. */
void php_tq_cli_rep_add(zval *report, zval *child)
{
    zval *children = zend_hash_str_find(Z_ARRVAL_P(report), "children", sizeof("children") - 1);
    SEPARATE_ARRAY(children);
    add_next_index_zval(children, child);
}


void php_tq_cli_rep_addf(zval *report, const char *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    zend_string *msg = zend_vstrpprintf(0, fmt, ap);
    va_end(ap);
    zval child;
    php_tq_cli_rep_new(&child, type, msg);
    php_tq_cli_rep_add(report, &child);
}

/* What a tool returns: generis' common_report_Report when it can be loaded (TAO's
 * CliController renders only Report objects), else the array. Takes arr. */
void php_tq_cli_rep_return(zval *arr, zval *return_value)
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
bool php_tq_cli_must_unwind(void)
{
    zend_object *ex = EG(exception);
    return ex && (zend_is_unwind_exit(ex) || zend_is_graceful_exit(ex));
}

/* Takes the pending exception and makes it an error report carrying its message (what
 * TAO's tools return from their catch). false, and the exception left pending, when
 * it must unwind. */
bool php_tq_cli_catch_as_report(zval *report)
{
    if (!EG(exception) || php_tq_cli_must_unwind()) {
        return false;
    }
    zend_string *msg = php_tq_exception_message(EG(exception));
    zend_clear_exception();
    php_tq_cli_rep_new(report, "error", msg);
    return true;
}

/* === small helpers ====================================================================== */

/* A class the extension may or may not define in this build. No autoloading: TAO's own
 * PHP copies of these classes must not be picked up in place of a missing native one. */
zend_class_entry *php_tq_cli_native_class(const char *name)
{
    zend_string *n = zend_string_init(name, strlen(name), 0);
    zend_class_entry *ce = zend_lookup_class_ex(n, NULL, ZEND_FETCH_CLASS_NO_AUTOLOAD);
    zend_string_release(n);
    return ce;
}

/* new ce(...argv) into out. FAILURE with an exception pending. */
zend_result php_tq_cli_new_object(zend_class_entry *ce, zval *out, uint32_t argc, zval *argv)
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
zend_result php_tq_cli_call1(zval *obj, const char *name, zval *arg)
{
    return php_tq_call(obj, name, NULL, arg ? 1 : 0, arg);
}

bool php_tq_cli_call_bool(zval *obj, const char *name, zend_result *r)
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
zend_result php_tq_cli_tool_service(zval *self, zend_class_entry *scope, const char *id, zval *out)
{
    zval spec;
    ZVAL_STRING(&spec, id);
    zend_result r = php_tq_resolve_service(Z_OBJ_P(self), scope, &spec, out);
    zval_ptr_dtor(&spec);
    return r;
}

zval *php_tq_cli_tool_locator(zval *self, zend_class_entry *scope)
{
    zval *loc = PHP_TQ_PROP(Z_OBJ_P(self), scope, "serviceLocator");
    return loc && Z_TYPE_P(loc) == IS_OBJECT ? loc : NULL;
}

/* The Task Log the tools use. TAO asks its ServiceManager for tao/taskLog, which is the
 * instance the dispatcher got too; without a locator the dispatcher's own getTaskLog()
 * gives that same shared instance (it resolves tao/taskLog from the config file). */
zend_result php_tq_cli_tool_task_log(zval *self, zend_class_entry *scope, zval *dispatcher, zval *out)
{
    if (!php_tq_cli_tool_locator(self, scope) && php_tq_has_method(dispatcher, "gettasklog")) {
        return php_tq_call(dispatcher, "getTaskLog", out, 0, NULL);
    }
    return php_tq_cli_tool_service(self, scope, TQ_SERVICE_TASK_LOG, out);
}

/* The tool's parameters as tokens for tq_cli_parse (strings converted; the zend_strings
 * stay alive in strs). */

void php_tq_cli_tool_args_init(php_tq_cli_args *a, HashTable *params)
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

void php_tq_cli_tool_args_free(php_tq_cli_args *a)
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

zend_string *php_tq_cli_opt_str(const tq_cli_value *v)
{
    return zend_string_init(v->str, v->len, 0);
}

/* An info report listing a tool's options, for --help. */
void php_tq_cli_usage_report(zval *report, const char *tool, const char *about, const tq_cli_spec *specs, size_t n)
{
    php_tq_cli_rep_newf(report, "info", "php index.php 'oat\\taoTaskQueue\\scripts\\tools\\%s' [options]", tool);
    php_tq_cli_rep_addf(report, "info", "%s", about);
    for (size_t i = 0; i < n; i++) {
        php_tq_cli_rep_addf(report, "info", "--%s%s%s", specs[i].name, specs[i].placeholder ? "=" : "",
                 specs[i].placeholder ? specs[i].placeholder : "");
    }
}

void php_tq_cli_script_usage_report(zval *report, const char *about, const tq_cli_spec *specs, size_t n)
{
    smart_str s = {0};
    char one[160];
    smart_str_appends(&s, about);
    for (int required = 1; required >= 0; required--) {
        smart_str_appends(&s, required ? "\nRequired Arguments:" : "\nOptional Arguments:");
        for (size_t i = 0; i < n; i++) {
            if (!specs[i].required == !required) {
                tq_cli_script_usage(&specs[i], one, sizeof(one));
                smart_str_appends(&s, "\n  ");
                smart_str_appends(&s, one);
            }
        }
    }
    php_tq_cli_rep_new(report, "info", smart_str_extract(&s));
}

void php_tq_cli_script_invoke(INTERNAL_FUNCTION_PARAMETERS, const php_tq_cli_script *tool)
{
    HashTable *params = NULL;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(params)
    ZEND_PARSE_PARAMETERS_END();
    php_tq_cli_args a;
    tq_cli_value *v = safe_emalloc(tool->n, sizeof(*v), 0);
    tq_error err;
    zval report;
    ZVAL_UNDEF(&report);
    php_tq_cli_tool_args_init(&a, params);
    tq_error_clear(&err);
    bool unwind = false;
    if (tq_cli_parse_script(tool->specs, tool->n, a.tokens, a.lens, a.n, v, &err) != 0) {
        php_tq_cli_rep_newf(&report, "error", "%s", err.message);
    } else if (v[tool->help].set && v[tool->help].num) {
        php_tq_cli_script_usage_report(&report, tool->about, tool->specs, tool->n);
    } else if (tq_cli_check_required(tool->specs, tool->n, v, &err) != 0) {
        php_tq_cli_rep_newf(&report, "error", "%s", err.message);
    } else if (tool->run(ZEND_THIS, v, tool->data, &report) == FAILURE) {
        if (Z_TYPE(report) == IS_ARRAY) {
            zval_ptr_dtor(&report);
        }
        unwind = !php_tq_cli_catch_as_report(&report);
    }
    php_tq_cli_tool_args_free(&a);
    efree(v);
    if (unwind) {
        RETURN_THROWS();
    }
    php_tq_cli_rep_return(&report, return_value);
}

void php_tq_cli_action_invoke(INTERNAL_FUNCTION_PARAMETERS, php_tq_cli_action_run run)
{
    HashTable *params = NULL;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(params)
    ZEND_PARSE_PARAMETERS_END();
    php_tq_cli_args a;
    zval report;
    ZVAL_UNDEF(&report);
    php_tq_cli_tool_args_init(&a, params);
    bool unwind = false;
    if (run(ZEND_THIS, &a, &report) == FAILURE) {
        if (Z_TYPE(report) == IS_ARRAY) {
            zval_ptr_dtor(&report);
        }
        unwind = !php_tq_cli_catch_as_report(&report);
    }
    php_tq_cli_tool_args_free(&a);
    if (unwind) {
        RETURN_THROWS();
    }
    php_tq_cli_rep_return(&report, return_value);
}
