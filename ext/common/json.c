/*
 * common/json.c: zval <-> JSON for the glue: zvals (arrays, objects, JsonSerializable) to
 * jansson values and back, and text written byte for byte as json_encode() writes it
 * (src/task/tq_json). Declared in common/common.h.
 * May touch: the Zend API, src/task/tq_json, src/common/tq_error.
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
