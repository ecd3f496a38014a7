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

void php_tq_log(zend_object *obj, zend_class_entry *scope, const char *level, zval *context, const char *fmt, ...)
{
    zval *logger = php_tq_prop(obj, scope, "logger", sizeof("logger") - 1);
    if (!logger || Z_TYPE_P(logger) != IS_OBJECT) {
        return;
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
    /* A logger must not swallow or replace the exception a caller is reporting. */
    zend_object *pending = EG(exception);
    if (pending) {
        EG(exception) = NULL;
    }
    zval lg;
    ZVAL_COPY(&lg, logger);
    php_tq_call(&lg, level, NULL, 2, args);
    zval_ptr_dtor(&lg);
    if (pending) {
        if (EG(exception)) {
            zend_clear_exception();
        }
        EG(exception) = pending;
    }
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&args[1]);
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

/* --- JSON ------------------------------------------------------------------------- */

static json_t *tq_to_json(zval *zv, tq_error *err, int depth);

static json_t *tq_hash_to_json(HashTable *ht, bool as_list, tq_error *err, int depth, bool skip_non_public)
{
    json_t *out = as_list ? json_array() : json_object();
    if (!out) {
        tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        return NULL;
    }
    zend_string *key;
    zend_ulong idx;
    zval *val;
    ZEND_HASH_FOREACH_KEY_VAL_IND(ht, idx, key, val) {
        if (skip_non_public && key && ZSTR_LEN(key) && ZSTR_VAL(key)[0] == '\0') {
            continue; /* a mangled private/protected name */
        }
        if (!as_list && key && memchr(ZSTR_VAL(key), '\0', ZSTR_LEN(key))) {
            /* jansson cannot read such a key back (and its objects keep keys up to the NUL) */
            json_decref(out);
            return tq_error_set(err, TQ_ERR_INVALID, "the key \"%.*s…\" holds a NUL byte",
                                (int)strnlen(ZSTR_VAL(key), 60), ZSTR_VAL(key)), NULL;
        }
        json_t *item = tq_to_json(val, err, depth + 1);
        if (!item) {
            json_decref(out);
            return NULL;
        }
        int rc;
        if (as_list) {
            rc = json_array_append_new(out, item);
        } else if (key) {
            rc = json_object_setn_new(out, ZSTR_VAL(key), ZSTR_LEN(key), item);
        } else {
            char buf[32];
            int n = snprintf(buf, sizeof(buf), ZEND_ULONG_FMT, idx);
            rc = json_object_setn_new(out, buf, (size_t)n, item);
        }
        if (rc != 0) {
            json_decref(out);
            return tq_error_set(err, TQ_ERR_INVALID, "a key is not valid UTF-8"), NULL;
        }
    } ZEND_HASH_FOREACH_END();
    return out;
}

static json_t *tq_object_to_json(zval *zv, tq_error *err, int depth)
{
    zend_object *obj = Z_OBJ_P(zv);
    if (instanceof_function(obj->ce, zend_ce_closure)) {
        tq_error_set(err, TQ_ERR_INVALID, "a Closure cannot be encoded as JSON");
        return NULL;
    }
    if (instanceof_function(obj->ce, php_json_serializable_ce)) {
        zval rv;
        if (php_tq_call(zv, "jsonSerialize", &rv, 0, NULL) == FAILURE) {
            tq_error_set(err, TQ_ERR_INVALID, "%s::jsonSerialize() threw", ZSTR_VAL(obj->ce->name));
            return NULL;
        }
        json_t *j;
        if (Z_TYPE(rv) == IS_OBJECT && Z_OBJ(rv) == obj) {
            j = tq_hash_to_json(zend_std_get_properties(obj), false, err, depth, true);
        } else {
            j = tq_to_json(&rv, err, depth + 1);
        }
        zval_ptr_dtor(&rv);
        return j;
    }
    HashTable *props = zend_get_properties_for(zv, ZEND_PROP_PURPOSE_JSON);
    json_t *j = props ? tq_hash_to_json(props, false, err, depth, true) : json_object();
    if (props) {
        zend_release_properties(props);
    }
    return j;
}

static json_t *tq_to_json(zval *zv, tq_error *err, int depth)
{
    json_t *j = NULL;
    if (depth > 512) {
        tq_error_set(err, TQ_ERR_TOO_DEEP, "maximum nesting depth of 512 exceeded");
        return NULL;
    }
    ZVAL_DEREF(zv);
    switch (Z_TYPE_P(zv)) {
        case IS_NULL: j = json_null(); break;
        case IS_FALSE: j = json_false(); break;
        case IS_TRUE: j = json_true(); break;
        case IS_LONG: j = json_integer((json_int_t)Z_LVAL_P(zv)); break;
        case IS_DOUBLE:
            if (!zend_finite(Z_DVAL_P(zv))) {
                tq_error_set(err, TQ_ERR_INVALID, "Inf and NaN cannot be JSON encoded");
                return NULL;
            }
            j = json_real(Z_DVAL_P(zv));
            break;
        case IS_STRING:
            j = json_stringn(Z_STRVAL_P(zv), Z_STRLEN_P(zv));
            if (!j) {
                tq_error_set(err, TQ_ERR_INVALID, "malformed UTF-8 characters, possibly incorrectly encoded");
                return NULL;
            }
            break;
        case IS_ARRAY:
            return tq_hash_to_json(Z_ARRVAL_P(zv), zend_array_is_list(Z_ARRVAL_P(zv)), err, depth, false);
        case IS_OBJECT:
            return tq_object_to_json(zv, err, depth);
        default:
            tq_error_set(err, TQ_ERR_INVALID, "type %s cannot be encoded as JSON", zend_zval_type_name(zv));
            return NULL;
    }
    if (!j) {
        tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    return j;
}

json_t *php_tq_zval_to_json(zval *zv, tq_error *err)
{
    return tq_to_json(zv, err, 0);
}

void php_tq_json_to_zval(const json_t *j, zval *out)
{
    switch (json_typeof(j)) {
        case JSON_NULL: ZVAL_NULL(out); return;
        case JSON_TRUE: ZVAL_TRUE(out); return;
        case JSON_FALSE: ZVAL_FALSE(out); return;
        case JSON_INTEGER: ZVAL_LONG(out, (zend_long)json_integer_value(j)); return;
        case JSON_REAL: ZVAL_DOUBLE(out, json_real_value(j)); return;
        case JSON_STRING: ZVAL_STRINGL(out, json_string_value(j), json_string_length(j)); return;
        case JSON_ARRAY: {
            size_t i;
            json_t *item;
            array_init_size(out, (uint32_t)json_array_size(j));
            json_array_foreach(j, i, item) {
                zval zi;
                php_tq_json_to_zval(item, &zi);
                add_next_index_zval(out, &zi);
            }
            return;
        }
        case JSON_OBJECT: {
            const char *key;
            size_t klen;
            json_t *item;
            array_init_size(out, (uint32_t)json_object_size(j));
            json_object_keylen_foreach((json_t *)j, key, klen, item) {
                zval zi;
                php_tq_json_to_zval(item, &zi);
                zend_symtable_str_update(Z_ARRVAL_P(out), key, klen, &zi);
            }
            return;
        }
    }
    ZVAL_NULL(out);
}

zend_string *php_tq_json_encode(zval *zv)
{
    tq_error err;
    tq_error_clear(&err);
    json_t *j = php_tq_zval_to_json(zv, &err);
    if (!j) {
        if (!EG(exception)) {
            php_tq_throw(spl_ce_InvalidArgumentException, "Cannot encode as JSON: %s", err.message);
        }
        return NULL;
    }
    zend_string *s = php_tq_json_text(j);
    json_decref(j);
    return s;
}

zend_string *php_tq_json_text(const json_t *j)
{
    size_t len;
    char *text = tq_json_dumps_php(j, &len);
    if (!text) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Cannot encode as JSON: nesting too deep or out of memory");
        return NULL;
    }
    zend_string *s = zend_string_init(text, len, 0);
    free(text);
    return s;
}

zend_result php_tq_json_decode(const char *s, size_t len, zval *out, tq_error *err)
{
    json_t *j = tq_json_parse(s, len, err);
    if (!j) {
        return FAILURE;
    }
    php_tq_json_to_zval(j, out);
    json_decref(j);
    return SUCCESS;
}

/* --- TAO root, config files, services --------------------------------------------- */

zend_string *php_tq_tao_root(void)
{
    zval *c = zend_get_constant_str("ROOT_PATH", sizeof("ROOT_PATH") - 1);
    if (c && Z_TYPE_P(c) == IS_STRING && Z_STRLEN_P(c)) {
        return zend_string_copy(Z_STR_P(c));
    }
    if (TQ_G(root) && *TQ_G(root)) {
        return zend_string_init(TQ_G(root), strlen(TQ_G(root)), 0);
    }
    const char *env = getenv("TASKQUEUE_ROOT");
    if (env && *env) {
        return zend_string_init(env, strlen(env), 0);
    }
    return NULL;
}

static zend_result tq_run_php_file(const char *path, zval *out)
{
    zend_file_handle fh;
    zend_stream_init_filename(&fh, path);
    zend_op_array *op_array = zend_compile_file(&fh, ZEND_REQUIRE);
    zend_destroy_file_handle(&fh);
    if (!op_array) {
        return FAILURE;
    }
    ZVAL_UNDEF(out);
    zend_execute(op_array, out);
    destroy_op_array(op_array);
    efree_size(op_array, sizeof(zend_op_array));
    if (EG(exception)) {
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        return FAILURE;
    }
    if (Z_TYPE_P(out) == IS_UNDEF) {
        ZVAL_NULL(out);
    }
    return SUCCESS;
}

zend_result php_tq_load_service_config(zend_string *service_id, zval *out, tq_error *err)
{
    const char *id = ZSTR_VAL(service_id);
    const char *slash = strchr(id, '/');
    if (!slash || slash == id || !slash[1] || strchr(slash + 1, '/') || strstr(id, "..")) {
        return tq_error_set(err, TQ_ERR_INVALID, "\"%s\" is not a service id of the form <extension>/<name>", id),
               FAILURE;
    }
    zend_string *root = php_tq_tao_root();
    if (!root) {
        return tq_error_set(err, TQ_ERR_NOT_FOUND,
                   "no TAO root is known (define ROOT_PATH, set taskqueue.root or TASKQUEUE_ROOT)"), FAILURE;
    }
    char path[MAXPATHLEN];
    const char *sep = ZSTR_LEN(root) && ZSTR_VAL(root)[ZSTR_LEN(root) - 1] == '/' ? "" : "/";
    snprintf(path, sizeof(path), "%s%sconfig/%.*s/%s.conf.php", ZSTR_VAL(root), sep,
             (int)(slash - id), id, slash + 1);
    zend_string_release(root);
    if (VCWD_ACCESS(path, R_OK) != 0) {
        return tq_error_set(err, TQ_ERR_NOT_FOUND, "config file %s does not exist", path), FAILURE;
    }
    if (tq_run_php_file(path, out) == FAILURE) {
        if (!EG(exception)) {
            tq_error_set(err, TQ_ERR_INVALID, "config file %s could not be compiled", path);
        } else {
            tq_error_set(err, TQ_ERR_INVALID, "config file %s threw an exception", path);
        }
        return FAILURE;
    }
    return SUCCESS;
}

zend_result php_tq_resolve_service(zend_object *holder, zend_class_entry *scope, zval *spec, zval *out)
{
    ZVAL_DEREF(spec);
    if (Z_TYPE_P(spec) == IS_OBJECT) {
        ZVAL_COPY(out, spec);
        return SUCCESS;
    }
    if (Z_TYPE_P(spec) != IS_STRING || Z_STRLEN_P(spec) == 0) {
        php_tq_throw(spl_ce_InvalidArgumentException, "A service must be an object or a service id, %s given",
                     zend_zval_type_name(spec));
        return FAILURE;
    }
    zval *locator = PHP_TQ_PROP(holder, scope, "serviceLocator");
    if (locator && Z_TYPE_P(locator) == IS_OBJECT) {
        zval loc;
        ZVAL_COPY(&loc, locator);
        zend_result r = php_tq_call(&loc, "get", out, 1, spec);
        zval_ptr_dtor(&loc);
        return r;
    }
    tq_error err;
    tq_error_clear(&err);
    if (php_tq_load_service_config(Z_STR_P(spec), out, &err) == FAILURE) {
        if (!EG(exception)) {
            php_tq_throw(spl_ce_RuntimeException, "Service \"%s\" cannot be found: no service locator was set and %s",
                         Z_STRVAL_P(spec), err.message);
        }
        return FAILURE;
    }
    if (Z_TYPE_P(out) != IS_OBJECT) {
        php_tq_throw(spl_ce_RuntimeException, "Service \"%s\": its config file returned %s, not an object",
                     Z_STRVAL_P(spec), zend_zval_type_name(out));
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        return FAILURE;
    }
    return SUCCESS;
}

/* --- PHP code of config values --------------------------------------------------- */

void php_tq_php_string(smart_str *out, const char *s, size_t len)
{
    smart_str_appendc(out, '\'');
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '\\' || s[i] == '\'') {
            smart_str_appendc(out, '\\');
        }
        smart_str_appendc(out, s[i]);
    }
    smart_str_appendc(out, '\'');
}

static void tq_php_indent(smart_str *out, int level)
{
    for (int i = 0; i < level; i++) {
        smart_str_appendl(out, "    ", 4);
    }
}

static zend_result tq_php_code(smart_str *out, zval *value, int level, unsigned flags);

static zend_result tq_php_array(smart_str *out, HashTable *ht, int level, unsigned flags)
{
    if (zend_hash_num_elements(ht) == 0 && !(flags & PHP_TQ_CODE_EMPTY_ARRAY_OPEN)) {
        smart_str_appends(out, "array()");
        return SUCCESS;
    }
    bool list = zend_array_is_list(ht);
    bool first = true;
    zend_string *key;
    zend_ulong idx;
    zval *val;
    smart_str_appends(out, "array(");
    ZEND_HASH_FOREACH_KEY_VAL_IND(ht, idx, key, val) {
        smart_str_appends(out, first ? "\n" : ",\n");
        first = false;
        tq_php_indent(out, level + 1);
        if (!list) {
            if (key) {
                php_tq_php_string(out, ZSTR_VAL(key), ZSTR_LEN(key));
            } else {
                smart_str_append_long(out, (zend_long)idx);
            }
            smart_str_appends(out, " => ");
        }
        if (tq_php_code(out, val, level + 1, flags) == FAILURE) {
            return FAILURE;
        }
    } ZEND_HASH_FOREACH_END();
    smart_str_appendc(out, '\n');
    tq_php_indent(out, level);
    smart_str_appendc(out, ')');
    return SUCCESS;
}

static zend_result tq_php_object(smart_str *out, zval *value)
{
    zend_class_entry *ce = Z_OBJCE_P(value);
    if (zend_hash_str_exists(&ce->function_table, "__tophpcode", sizeof("__tophpcode") - 1)) {
        zval code;
        if (php_tq_call(value, "__toPhpCode", &code, 0, NULL) == FAILURE) {
            return FAILURE;
        }
        if (Z_TYPE(code) != IS_STRING) {
            php_tq_throw(spl_ce_UnexpectedValueException, "%s::__toPhpCode() returned %s, not a string",
                         ZSTR_VAL(ce->name), zend_zval_type_name(&code));
            zval_ptr_dtor(&code);
            return FAILURE;
        }
        smart_str_append(out, Z_STR(code));
        zval_ptr_dtor(&code);
        return SUCCESS;
    }
    /* what generis does for objects that cannot write themselves as code */
    php_serialize_data_t var_hash;
    smart_str ser = {0};
    PHP_VAR_SERIALIZE_INIT(var_hash);
    php_var_serialize(&ser, value, &var_hash);
    PHP_VAR_SERIALIZE_DESTROY(var_hash);
    if (EG(exception)) {
        smart_str_free(&ser);
        return FAILURE;
    }
    smart_str_0(&ser);
    smart_str_appends(out, "unserialize(");
    php_tq_php_string(out, ser.s ? ZSTR_VAL(ser.s) : "", ser.s ? ZSTR_LEN(ser.s) : 0);
    smart_str_appendc(out, ')');
    smart_str_free(&ser);
    return SUCCESS;
}

static zend_result tq_php_code(smart_str *out, zval *value, int level, unsigned flags)
{
    ZVAL_DEREF(value);
    if (level > 512) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Cannot write PHP code: nesting deeper than 512 levels");
        return FAILURE;
    }
    switch (Z_TYPE_P(value)) {
        case IS_NULL: smart_str_appends(out, "null"); return SUCCESS;
        case IS_FALSE: smart_str_appends(out, "false"); return SUCCESS;
        case IS_TRUE: smart_str_appends(out, "true"); return SUCCESS;
        case IS_LONG:
            if (Z_LVAL_P(value) == ZEND_LONG_MIN) {
                /* -9223372036854775808 would parse as a float */
                smart_str_appends(out, "PHP_INT_MIN");
            } else {
                smart_str_append_long(out, Z_LVAL_P(value));
            }
            return SUCCESS;
        case IS_DOUBLE: {
            double d = Z_DVAL_P(value);
            if (zend_isnan(d)) {
                smart_str_appends(out, "NAN");
            } else if (zend_isinf(d)) {
                smart_str_appends(out, d > 0 ? "INF" : "-INF");
            } else {
                /* as var_export(): shortest round-trip form, ".0" kept so it stays a float */
                smart_str_append_double(out, d, (int)PG(serialize_precision), true);
            }
            return SUCCESS;
        }
        case IS_STRING:
            php_tq_php_string(out, Z_STRVAL_P(value), Z_STRLEN_P(value));
            return SUCCESS;
        case IS_ARRAY:
            return tq_php_array(out, Z_ARRVAL_P(value), level, flags);
        case IS_OBJECT:
            return tq_php_object(out, value);
        default:
            php_tq_throw(spl_ce_InvalidArgumentException, "Cannot write a value of type %s as PHP code",
                         zend_zval_type_name(value));
            return FAILURE;
    }
}

zend_result php_tq_php_code(smart_str *out, zval *value, int level, unsigned flags)
{
    return tq_php_code(out, value, level, flags);
}

zend_string *php_tq_to_php_code(zval *value)
{
    smart_str out = {0};
    if (tq_php_code(&out, value, 0, 0) == FAILURE) {
        smart_str_free(&out);
        return NULL;
    }
    return smart_str_extract(&out);
}

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
