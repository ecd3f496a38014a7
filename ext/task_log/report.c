/*
 * report.c: task reports between PHP values and the core's report model
 * (src/task_log/tq_report: one shape check, one normalisation, one depth limit; see
 * doc/ARCHITECTURE.md, "Reports"). This file only does what needs the Zend API: report
 * objects (JsonSerializable, else toArray()) resolved to arrays, PHP values to JSON and
 * back, and generis' Report classes rebuilt from what a store read.
 * May touch: the Zend API, ext/json, ext/spl, common/common, src/task_log/tq_report,
 * src/task/tq_json.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "ext/spl/spl_exceptions.h"
#include "../php_taskqueue.h"
#include "task_log_shared.h"
#include "task_log/tq_report.h"

/* --- PHP value -> the JSON the core checks -------------------------------------------- */

static json_t *tq_node_json(zval *report, bool with_data, smart_str *path, int level);

static json_t *tq_node_fail(smart_str *path, const char *fmt, const char *detail)
{
    smart_str_0(path);
    zend_string *what = zend_strpprintf(0, fmt, detail);
    php_tq_throw(spl_ce_InvalidArgumentException, "Invalid task report%s%s: %s",
                 path->s && ZSTR_LEN(path->s) ? " at " : "", path->s ? ZSTR_VAL(path->s) : "", ZSTR_VAL(what));
    zend_string_release(what);
    return NULL;
}

/* A report object -> its array (jsonSerialize() first, as json_encode() would). */
static json_t *tq_node_object_json(zval *report, bool with_data, smart_str *path, int level)
{
    const char *via = instanceof_function(Z_OBJCE_P(report), php_json_serializable_ce) ? "jsonSerialize"
                    : php_tq_has_method(report, "toarray") ? "toArray" : NULL;
    if (!via) {
        return tq_node_fail(path, "an object of class %s is neither JsonSerializable nor has toArray()",
                            ZSTR_VAL(Z_OBJCE_P(report)->name));
    }
    zval arr;
    if (php_tq_call(report, via, &arr, 0, NULL) == FAILURE) {
        return NULL;
    }
    json_t *j = NULL;
    if (Z_TYPE(arr) != IS_ARRAY) {
        zend_string *m = zend_strpprintf(0, "%s::%s() returned %s, not an array",
                                         ZSTR_VAL(Z_OBJCE_P(report)->name), via, zend_zval_type_name(&arr));
        tq_node_fail(path, "%s", ZSTR_VAL(m));
        zend_string_release(m);
    } else {
        j = tq_node_json(&arr, with_data, path, level);
    }
    zval_ptr_dtor(&arr);
    return j;
}

/* A value that is not a node's own: data and other keys. */
static json_t *tq_value_json(zval *v)
{
    tq_error err;
    tq_error_clear(&err);
    json_t *j = php_tq_zval_to_json(v, &err);
    if (!j && !EG(exception)) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Cannot encode as JSON: %s", err.message);
    }
    return j;
}

static json_t *tq_children_json(zval *children, bool with_data, smart_str *path, int level)
{
    json_t *list = json_array();
    zval *child;
    uint32_t n = 0;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(children), child) {
        size_t mark = path->s ? ZSTR_LEN(path->s) : 0;
        smart_str_append_printf(path, "%schildren[%u]", mark ? "." : "", n++);
        json_t *c = tq_node_json(child, with_data, path, level + 2);
        if (path->s) {
            ZSTR_LEN(path->s) = mark;
        }
        if (!c) {
            json_decref(list);
            return NULL;
        }
        json_array_append_new(list, c);
    } ZEND_HASH_FOREACH_END();
    return list;
}

/* One key of a node array. NULL: leave it out (no exception) or failed (exception). */
static json_t *tq_key_json(zend_string *key, zval *v, bool with_data, smart_str *path, int level)
{
    ZVAL_DEREF(v);
    if (key && zend_string_equals_literal(key, "children")) {
        if (Z_TYPE_P(v) == IS_ARRAY) {
            return tq_children_json(v, with_data, path, level);
        }
        /* null means none; anything else: the core names its type */
        return Z_TYPE_P(v) == IS_NULL ? NULL : Z_TYPE_P(v) == IS_OBJECT ? json_object() : tq_value_json(v);
    }
    bool is_message = key && zend_string_equals_literal(key, "message");
    if (key && (is_message || zend_string_equals_literal(key, "type"))) {
        if (Z_TYPE_P(v) != IS_STRING) {
            return json_false();   /* the core says what it must be */
        }
        if (with_data) {
            return tq_value_json(v);
        }
        /* a check only needs to know that the message is a string */
        return is_message ? json_string("") : json_stringn(Z_STRVAL_P(v), Z_STRLEN_P(v));
    }
    return with_data ? tq_value_json(v) : NULL;
}

/* A report value -> JSON of the same shape, object nodes resolved. with_data: data and
 * other keys too, else only what the shape check reads. NULL with an exception pending. */
static json_t *tq_node_json(zval *report, bool with_data, smart_str *path, int level)
{
    ZVAL_DEREF(report);
    if (level + 1 > TQ_REPORT_MAX_DEPTH) {
        return json_object();   /* the core's check says it is too deep */
    }
    if (Z_TYPE_P(report) == IS_OBJECT) {
        return tq_node_object_json(report, with_data, path, level);
    }
    if (Z_TYPE_P(report) != IS_ARRAY) {
        return Z_TYPE_P(report) == IS_RESOURCE
            ? tq_node_fail(path, "expected an array {type, message, data, children} or a report object, %s given",
                           zend_zval_type_name(report))
            : tq_value_json(report);
    }
    json_t *node = zend_array_is_list(Z_ARRVAL_P(report)) && zend_hash_num_elements(Z_ARRVAL_P(report))
                 ? json_array() : json_object();
    if (json_is_array(node)) {
        return node;            /* a list has no "type": the core says so */
    }
    zend_string *key;
    zend_ulong idx;
    zval *v;
    ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(report), idx, key, v) {
        json_t *j = tq_key_json(key, v, with_data, path, level);
        if (!j && EG(exception)) {
            json_decref(node);
            return NULL;
        }
        if (!j) {
            continue;
        }
        char buf[32];
        size_t klen = key ? ZSTR_LEN(key) : (size_t)snprintf(buf, sizeof(buf), ZEND_ULONG_FMT, idx);
        if (json_object_setn_new(node, key ? ZSTR_VAL(key) : buf, klen, j) != 0) {
            json_decref(node);
            php_tq_throw(spl_ce_InvalidArgumentException, "Cannot encode as JSON: %s", "a key is not valid UTF-8");
            return NULL;
        }
    } ZEND_HASH_FOREACH_END();
    return node;
}

static json_t *tq_report_to_json(zval *report, bool with_data)
{
    smart_str path = {0};
    json_t *j = tq_node_json(report, with_data, &path, 1);
    smart_str_free(&path);
    return j;
}

static void tq_report_throw(const tq_error *err)
{
    if (!EG(exception)) {
        php_tq_throw(err->code == TQ_ERR_NOMEM ? spl_ce_RuntimeException : spl_ce_InvalidArgumentException,
                     "%s", err->message);
    }
}

zend_result php_tq_report_check(zval *report)
{
    json_t *j = tq_report_to_json(report, false);
    if (!j) {
        return FAILURE;
    }
    tq_error err;
    tq_error_clear(&err);
    int rc = tq_report_check(j, &err);
    json_decref(j);
    if (rc != 0) {
        tq_report_throw(&err);
        return FAILURE;
    }
    return SUCCESS;
}

json_t *php_tq_report_json(zval *report)
{
    json_t *j = tq_report_to_json(report, true);
    if (!j) {
        return NULL;
    }
    tq_error err;
    tq_error_clear(&err);
    json_t *norm = tq_report_normalize(j, &err);
    json_decref(j);
    if (!norm) {
        tq_report_throw(&err);
    }
    return norm;
}

zend_string *php_tq_report_encode(zval *report)
{
    json_t *norm = php_tq_report_json(report);
    if (!norm) {
        return NULL;
    }
    zend_string *s = php_tq_json_text(norm);
    json_decref(norm);
    return s;
}

/* --- stored reports -> PHP ---------------------------------------------------------- */

/* The Report class of generis that restores a report, if any is loaded or loadable: the
 * newer oat\oatbox\reporting\Report (what TAO's Task Log reads back), or first its parent
 * common_report_Report (what TAO's worker builds) when the caller is the worker. */
static zend_class_entry *tq_report_class(bool worker)
{
    static const char *const names[] = {"oat\\oatbox\\reporting\\Report", "common_report_Report"};
    for (size_t k = 0; k < sizeof(names) / sizeof(names[0]); k++) {
        size_t i = worker ? sizeof(names) / sizeof(names[0]) - 1 - k : k;
        zend_string *n = zend_string_init(names[i], strlen(names[i]), 0);
        zend_class_entry *ce = zend_lookup_class(n);
        zend_string_release(n);
        if (EG(exception)) {
            return NULL;
        }
        zend_function *fn = ce ? zend_hash_str_find_ptr(&ce->function_table, "jsonunserialize",
                                                        sizeof("jsonunserialize") - 1) : NULL;
        if (fn && (fn->common.fn_flags & ZEND_ACC_STATIC)) {
            return ce;
        }
    }
    return NULL;
}

zend_result php_tq_report_from_array(zval *arr, zval *out)
{
    return php_tq_report_from_array_ex(arr, out, false);
}

zend_result php_tq_report_from_array_ex(zval *arr, zval *out, bool worker)
{
    ZVAL_NULL(out);
    ZVAL_DEREF(arr);
    if (Z_TYPE_P(arr) != IS_ARRAY) {
        return SUCCESS;
    }
    zend_class_entry *ce = tq_report_class(worker);
    if (EG(exception)) {
        return FAILURE;
    }
    if (ce) {
        zend_function *fn = zend_hash_str_find_ptr(&ce->function_table, "jsonunserialize", sizeof("jsonunserialize") - 1);
        zend_call_known_function(fn, NULL, ce, out, 1, arr, NULL);
        if (EG(exception)) {
            zval_ptr_dtor(out);
            ZVAL_NULL(out);
            return FAILURE;
        }
        return SUCCESS;
    }
    HashTable *ht = Z_ARRVAL_P(arr);
    if (zend_hash_str_exists(ht, "type", 4) && zend_hash_str_exists(ht, "message", 7)
        && zend_hash_str_exists(ht, "data", 4)) {
        ZVAL_COPY(out, arr);
    }
    return SUCCESS;
}

zend_result php_tq_report_from_json(const char *json, size_t len, zval *out)
{
    ZVAL_NULL(out);
    if (!json || !len) {
        return SUCCESS;
    }
    zval decoded;
    if (php_json_decode_ex(&decoded, json, len, PHP_JSON_OBJECT_AS_ARRAY, PHP_JSON_PARSER_DEFAULT_DEPTH) == FAILURE) {
        return SUCCESS;     /* not JSON: no report, as TAO reads it */
    }
    zend_result r = php_tq_report_from_array(&decoded, out);
    zval_ptr_dtor(&decoded);
    return r;
}

zend_result php_tq_report_to_array(zval *report, zval *out)
{
    ZVAL_NULL(out);
    ZVAL_DEREF(report);
    if (Z_TYPE_P(report) == IS_ARRAY) {
        ZVAL_COPY(out, report);
        return SUCCESS;
    }
    if (Z_TYPE_P(report) != IS_OBJECT) {
        return SUCCESS;
    }
    if (php_tq_has_method(report, "toarray")) {
        zval arr;
        if (php_tq_call(report, "toArray", &arr, 0, NULL) == FAILURE) {
            return FAILURE;
        }
        if (Z_TYPE(arr) == IS_ARRAY) {
            ZVAL_COPY_VALUE(out, &arr);
        } else {
            zval_ptr_dtor(&arr);
        }
        return SUCCESS;
    }
    if (instanceof_function(Z_OBJCE_P(report), php_json_serializable_ce)) {
        /* jsonSerialize() may leave child objects: a JSON round trip flattens them */
        zend_string *json = php_tq_json_encode(report);
        if (!json) {
            return FAILURE;
        }
        zval decoded;
        if (php_json_decode_ex(&decoded, ZSTR_VAL(json), ZSTR_LEN(json), PHP_JSON_OBJECT_AS_ARRAY,
                               PHP_JSON_PARSER_DEFAULT_DEPTH) == SUCCESS) {
            if (Z_TYPE(decoded) == IS_ARRAY) {
                ZVAL_COPY_VALUE(out, &decoded);
            } else {
                zval_ptr_dtor(&decoded);
            }
        }
        zend_string_release(json);
    }
    return SUCCESS;
}
