/*
 * common/common.c: the glue helpers every class group uses: declared-property access, TAO's
 * option bag and logger / service-locator methods, calling PHP methods and protected hooks,
 * logging through PSR-3 loggers, exceptions and their messages, and new task id URIs.
 * Beside it (one header, common/common.h): json.c (zval <-> JSON), tao_config.c (TAO root,
 * config files, services) and php_code.c (config values written as PHP code).
 * May touch: the Zend API, src/common/tq_error, src/task/tq_id.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "php_ini.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/json/php_json.h"
#include "zend_closures.h"
#include "ext/standard/php_var.h"
#include "../php_taskqueue.h"
#include "common.h"

/* --- declared properties ---------------------------------------------------------- */

zval *php_tq_prop(zend_object *obj, zend_class_entry *scope, const char *name, size_t len)
{
    zval rv;
    zval *zv = zend_read_property(scope, obj, name, len, 1, &rv);
    /* Declared properties live in the object, so the pointer is stable; rv is only
     * used for magic __get, which our classes do not have. */
    return zv == &rv ? NULL : zv;
}

void php_tq_prop_set(zend_object *obj, zend_class_entry *scope, const char *name, size_t len, zval *value)
{
    zend_update_property(scope, obj, name, len, value);
}

/* --- options ---------------------------------------------------------------------- */

static HashTable *tq_options(zend_object *obj, zend_class_entry *scope, bool for_write)
{
    zval *opts = PHP_TQ_PROP(obj, scope, "options");
    if (!opts) {
        return NULL;
    }
    ZVAL_DEREF(opts);
    if (Z_TYPE_P(opts) != IS_ARRAY) {
        return NULL;
    }
    if (for_write) {
        SEPARATE_ARRAY(opts);
    }
    return Z_ARRVAL_P(opts);
}

zval *php_tq_option(zend_object *obj, zend_class_entry *scope, const char *name)
{
    HashTable *ht = tq_options(obj, scope, false);
    return ht ? zend_symtable_str_find(ht, name, strlen(name)) : NULL;
}

void php_tq_option_set(zend_object *obj, zend_class_entry *scope, zend_string *name, zval *value)
{
    HashTable *ht = tq_options(obj, scope, true);
    if (ht) {
        Z_TRY_ADDREF_P(value);
        zend_symtable_update(ht, name, value);
    }
}

void php_tq_m_setOption(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *scope)
{
    zend_string *name;
    zval *value;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_STR(name)
        Z_PARAM_ZVAL(value)
    ZEND_PARSE_PARAMETERS_END();
    php_tq_option_set(Z_OBJ_P(ZEND_THIS), scope, name, value);
}

void php_tq_m_getOption(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *scope)
{
    zend_string *name;
    zval *def = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(name)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(def)
    ZEND_PARSE_PARAMETERS_END();
    zval *v = php_tq_option(Z_OBJ_P(ZEND_THIS), scope, ZSTR_VAL(name));
    if (v) {
        RETURN_COPY_DEREF(v);
    }
    if (def) {
        RETURN_COPY(def);
    }
    RETURN_NULL();
}

void php_tq_m_hasOption(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *scope)
{
    zend_string *name;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(name)
    ZEND_PARSE_PARAMETERS_END();
    /* generis' ConfigurableService::hasOption() is isset(): an option set to null is absent */
    zval *v = php_tq_option(Z_OBJ_P(ZEND_THIS), scope, ZSTR_VAL(name));
    if (v) {
        ZVAL_DEREF(v);
    }
    RETURN_BOOL(v && Z_TYPE_P(v) != IS_NULL);
}

void php_tq_m_setOptions(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *scope)
{
    zval *options;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY(options)
    ZEND_PARSE_PARAMETERS_END();
    PHP_TQ_PROP_SET(Z_OBJ_P(ZEND_THIS), scope, "options", options);
}

void php_tq_m_constructOptions(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *scope)
{
    zval *options = NULL;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY(options)
    ZEND_PARSE_PARAMETERS_END();
    if (options) {
        PHP_TQ_PROP_SET(Z_OBJ_P(ZEND_THIS), scope, "options", options);
    }
}

void php_tq_m_getOptions(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *scope)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *opts = PHP_TQ_PROP(Z_OBJ_P(ZEND_THIS), scope, "options");
    if (opts) {
        RETURN_COPY_DEREF(opts);
    }
    RETURN_EMPTY_ARRAY();
}

void php_tq_m_setProp(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *scope, const char *name)
{
    zval *value;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT(value)
    ZEND_PARSE_PARAMETERS_END();
    php_tq_prop_set(Z_OBJ_P(ZEND_THIS), scope, name, strlen(name), value);
}

void php_tq_m_getProp(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *scope, const char *name)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *v = php_tq_prop(Z_OBJ_P(ZEND_THIS), scope, name, strlen(name));
    if (v) {
        RETURN_COPY_DEREF(v);
    }
    RETURN_NULL();
}

/* --- calling PHP ------------------------------------------------------------------ */

zend_result php_tq_call(zval *obj, const char *name, zval *retval, uint32_t argc, zval *argv)
{
    zval fname, rv;
    ZVAL_STRING(&fname, name);
    zend_result r = call_user_function(NULL, obj, &fname, retval ? retval : &rv, argc, argv);
    zval_ptr_dtor(&fname);
    if (!retval) {
        zval_ptr_dtor(&rv);
    }
    if (r == FAILURE || EG(exception)) {
        if (retval && r == SUCCESS) {
            zval_ptr_dtor(retval);
            ZVAL_UNDEF(retval);
        }
        if (!EG(exception)) {
            zend_throw_error(NULL, "Call to %s::%s() failed",
                Z_TYPE_P(obj) == IS_OBJECT ? ZSTR_VAL(Z_OBJCE_P(obj)->name) : "?", name);
        }
        return FAILURE;
    }
    return SUCCESS;
}

zend_string *php_tq_call_string(zval *obj, const char *name)
{
    zval rv;
    if (Z_TYPE_P(obj) != IS_OBJECT || php_tq_call(obj, name, &rv, 0, NULL) == FAILURE) {
        zend_clear_exception();
        return ZSTR_EMPTY_ALLOC();
    }
    zend_string *s = Z_TYPE(rv) == IS_NULL ? ZSTR_EMPTY_ALLOC() : zval_get_string(&rv);
    zval_ptr_dtor(&rv);
    return s;
}

bool php_tq_has_method(zval *obj, const char *lc_name)
{
    return Z_TYPE_P(obj) == IS_OBJECT
        && zend_hash_str_exists(&Z_OBJCE_P(obj)->function_table, lc_name, strlen(lc_name));
}

zend_result php_tq_call_callable(zval *callable, zval *retval, uint32_t argc, zval *argv)
{
    zval rv;
    zend_result r = call_user_function(NULL, NULL, callable, retval ? retval : &rv, argc, argv);
    if (!retval) {
        zval_ptr_dtor(&rv);
    }
    if (r == FAILURE || EG(exception)) {
        if (retval && r == SUCCESS) {
            zval_ptr_dtor(retval);
            ZVAL_UNDEF(retval);
        }
        if (!EG(exception)) {
            zend_throw_error(NULL, "The task callable could not be called");
        }
        return FAILURE;
    }
    return SUCCESS;
}

/* --- calling protected hooks ------------------------------------------------------ */

/* $this->name(...) for the protected hooks (doPop, doDelete). php_tq_call() checks
 * visibility from the calling user frame, which may not see a protected method, so
 * the method is looked up on the object's class and called directly. */
zend_result php_tq_call_hook(zval *self, const char *name, zval *retval, uint32_t argc, zval *argv)
{
    size_t len = strlen(name);
    char *lc = zend_str_tolower_dup(name, len);
    zend_function *fn = zend_hash_str_find_ptr(&Z_OBJCE_P(self)->function_table, lc, len);
    efree(lc);
    if (!fn) {
        zend_throw_error(NULL, "Call to undefined method %s::%s()", ZSTR_VAL(Z_OBJCE_P(self)->name), name);
        return FAILURE;
    }
    zval rv;
    zend_call_known_instance_method(fn, Z_OBJ_P(self), retval ? retval : &rv, argc, argv);
    if (!retval) {
        zval_ptr_dtor(&rv);
    }
    if (EG(exception)) {
        if (retval) {
            zval_ptr_dtor(retval);
            ZVAL_UNDEF(retval);
        }
        return FAILURE;
    }
    return SUCCESS;
}

/* --- logging ---------------------------------------------------------------------- */

zend_function *php_tq_user_method(zend_object *obj, const char *lc_name)
{
    zend_function *fn = zend_hash_str_find_ptr(&obj->ce->function_table, lc_name, strlen(lc_name));
    return fn && fn->type == ZEND_USER_FUNCTION ? fn : NULL;
}

/* generis' log<Level>() helper when PHP code overrides it ("logerror" for "error"). */
static zend_function *tq_log_override(zend_object *obj, const char *level)
{
    char name[24];
    int n = snprintf(name, sizeof(name), "log%s", level);
    if (n <= 0 || (size_t)n >= sizeof(name)) {
        return NULL;
    }
    return php_tq_user_method(obj, name);
}

/* The object's PSR-3 logger into *out (a reference the caller releases): its `logger`
 * property, else, as generis' LoggerAwareTrait::getLogger(), the `generis/log` service of
 * its service locator when it has one. false: nothing to log to (no exception is left). */
bool php_tq_logger_of(zend_object *obj, zend_class_entry *scope, zval *out)
{
    ZVAL_UNDEF(out);
    zval *logger = php_tq_prop(obj, scope, "logger", sizeof("logger") - 1);
    if (logger && Z_TYPE_P(logger) == IS_OBJECT) {
        ZVAL_COPY(out, logger);
        return true;
    }
    zval *locator = php_tq_prop(obj, scope, "serviceLocator", sizeof("serviceLocator") - 1);
    if (!locator || Z_TYPE_P(locator) != IS_OBJECT || !php_tq_has_method(locator, "has")) {
        return false;
    }
    zval loc, id, has;
    ZVAL_COPY(&loc, locator);
    ZVAL_STRING(&id, "generis/log");
    bool found = false;
    if (php_tq_call(&loc, "has", &has, 1, &id) == SUCCESS) {
        found = zend_is_true(&has);
        zval_ptr_dtor(&has);
        if (found && (php_tq_call(&loc, "get", out, 1, &id) == FAILURE || Z_TYPE_P(out) != IS_OBJECT)) {
            zval_ptr_dtor(out);
            ZVAL_UNDEF(out);
            found = false;
        }
    }
    zval_ptr_dtor(&id);
    zval_ptr_dtor(&loc);
    if (EG(exception) && !zend_is_unwind_exit(EG(exception)) && !zend_is_graceful_exit(EG(exception))) {
        zend_clear_exception();
    }
    return found && !EG(exception);
}

/* $logger->level(message, context) with an exception pending on entry kept aside: a logger
 * must not swallow or replace the exception a caller is reporting. */
static void tq_log_write(zend_object *obj, zend_class_entry *scope, zend_function *override, const char *level,
                         zval *args /* [2] */)
{
    zend_object *pending = EG(exception);
    if (pending) {
        EG(exception) = NULL;
    }
    if (override) {
        zval rv;
        zend_call_known_instance_method(override, obj, &rv, 2, args);
        zval_ptr_dtor(&rv);
    } else {
        zval lg;
        if (php_tq_logger_of(obj, scope, &lg)) {
            php_tq_call(&lg, level, NULL, 2, args);
        }
        zval_ptr_dtor(&lg);
    }
    if (pending) {
        if (EG(exception)) {
            zend_clear_exception();
        }
        EG(exception) = pending;
    }
}

void php_tq_log(zend_object *obj, zend_class_entry *scope, const char *level, zval *context, const char *fmt, ...)
{
    zend_function *override = tq_log_override(obj, level);
    if (!override) {
        /* the cheap test first: nothing at all to log to */
        zval *logger = php_tq_prop(obj, scope, "logger", sizeof("logger") - 1);
        zval *locator = php_tq_prop(obj, scope, "serviceLocator", sizeof("serviceLocator") - 1);
        if ((!logger || Z_TYPE_P(logger) != IS_OBJECT) && (!locator || Z_TYPE_P(locator) != IS_OBJECT)) {
            return;
        }
    }
    va_list ap;
    va_start(ap, fmt);
    zend_string *msg = zend_vstrpprintf(0, fmt, ap);
    va_end(ap);

    zval args[2];
    ZVAL_STR(&args[0], msg);
    if (context) {
        ZVAL_COPY(&args[1], context);
    } else {
        array_init(&args[1]);
    }
    tq_log_write(obj, scope, override, level, args);
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&args[1]);
}

void php_tq_m_log(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *scope, const char *level)
{
    zval *message, *context = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL(message)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(context)
    ZEND_PARSE_PARAMETERS_END();
    /* straight to the logger, never through an override: one that calls
     * parent::logError() must not be called again */
    zval args[2];
    ZVAL_COPY_VALUE(&args[0], message);
    if (context) {
        ZVAL_COPY_VALUE(&args[1], context);
    } else {
        ZVAL_EMPTY_ARRAY(&args[1]);
    }
    tq_log_write(Z_OBJ_P(ZEND_THIS), scope, NULL, level, args);
}

/* --- exceptions ------------------------------------------------------------------- */

void php_tq_throw(zend_class_entry *ce, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    zend_string *msg = zend_vstrpprintf(0, fmt, ap);
    va_end(ap);
    zend_throw_exception(ce, ZSTR_VAL(msg), 0);
    zend_string_release(msg);
}

zend_result php_tq_refuse_nul(const char *s, size_t len, zend_class_entry *ce, const char *method, const char *what)
{
    if (!s || !memchr(s, '\0', len)) {
        return SUCCESS;
    }
    php_tq_throw(spl_ce_InvalidArgumentException, "%s::%s(): the %s must not contain a NUL byte (\"%s\\0…\")",
                 ZSTR_VAL(ce->name), method, what, s);
    return FAILURE;
}

zend_result php_tq_refuse_nul_zval(const zval *v, zend_class_entry *ce, const char *method, const char *what)
{
    return Z_TYPE_P(v) == IS_STRING ? php_tq_refuse_nul(Z_STRVAL_P(v), Z_STRLEN_P(v), ce, method, what) : SUCCESS;
}

void php_tq_throw_named(const char *class_name, zend_class_entry *fallback, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    zend_string *msg = zend_vstrpprintf(0, fmt, ap);
    va_end(ap);
    zend_string *cname = zend_string_init(class_name, strlen(class_name), 0);
    zend_class_entry *ce = zend_lookup_class(cname);
    zend_string_release(cname);
    if (EG(exception)) {
        /* an autoloader failed: report ours, not its */
        zend_clear_exception();
    }
    if (!ce || !instanceof_function(ce, zend_ce_throwable) || (ce->ce_flags & ZEND_ACC_ABSTRACT)) {
        ce = fallback;
    }
    zend_throw_exception(ce, ZSTR_VAL(msg), 0);
    zend_string_release(msg);
}

zend_string *php_tq_exception_message(zend_object *ex)
{
    zval rv;
    zval *m = zend_read_property_ex(zend_get_exception_base(ex), ex, ZSTR_KNOWN(ZEND_STR_MESSAGE), 1, &rv);
    return zval_get_string(m);
}

zend_string *php_tq_take_exception_message(void)
{
    zend_object *ex = EG(exception);
    if (!ex) {
        return zend_string_init("unknown error", sizeof("unknown error") - 1, 0);
    }
    GC_ADDREF(ex);
    zend_clear_exception();
    zend_string *s = php_tq_exception_message(ex);
    if (!ZSTR_LEN(s)) {
        zend_string_release(s);
        s = zend_string_copy(ex->ce->name);
    }
    OBJ_RELEASE(ex);
    return s;
}

void php_tq_throw_error(zend_class_entry *ce, const tq_error *err, const char *prefix)
{
    if (prefix) {
        php_tq_throw(ce, "%s: %s", prefix, err->message);
    } else {
        php_tq_throw(ce, "%s", err->message);
    }
}

/* --- task ids -------------------------------------------------------------------- */

zend_string *php_tq_new_uri(void)
{
    char digits[32];
    tq_id_digits(&TQ_G(id_state), digits, sizeof(digits));
    zval *ns = zend_get_constant_str("LOCAL_NAMESPACE", sizeof("LOCAL_NAMESPACE") - 1);
    const char *prefix = (ns && Z_TYPE_P(ns) == IS_STRING) ? Z_STRVAL_P(ns) : TQ_G(id_namespace);
    if (!prefix) {
        prefix = "";
    }
    size_t plen = strlen(prefix);
    /* LOCAL_NAMESPACE in TAO ends with '#'; a namespace without it gets one. */
    if (plen && prefix[plen - 1] == '#') {
        return zend_strpprintf(0, "%si%s", prefix, digits);
    }
    return zend_strpprintf(0, "%s#i%s", prefix, digits);
}

void php_tq_strings_free(zend_string **strings, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (strings[i]) {
            zend_string_release(strings[i]);
        }
    }
    efree(strings);
}
