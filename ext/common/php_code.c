/*
 * common/php_code.c: the one PHP-code emitter: config values (scalars, arrays, objects with
 * __toPhpCode()) written as PHP source the way generis' common_Utils::toHumanReadablePhpString()
 * writes them, for __toPhpCode() methods and the config files the CLI writes. Declared in
 * common/common.h. May touch: the Zend API.
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
