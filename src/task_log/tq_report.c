/* tq_report: report trees over jansson (see tq_report.h). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "task_log/tq_report.h"

static const char *const tq_report_types[] = {
    TQ_REPORT_INFO, TQ_REPORT_SUCCESS, TQ_REPORT_WARNING, TQ_REPORT_ERROR
};

int tq_report_type_valid(const char *type)
{
    if (!type) {
        return 0;
    }
    for (size_t i = 0; i < sizeof(tq_report_types) / sizeof(tq_report_types[0]); i++) {
        if (strcmp(type, tq_report_types[i]) == 0) {
            return 1;
        }
    }
    return 0;
}

json_t *tq_report_new(const char *type, const char *message, json_t *data, tq_error *err)
{
    if (!tq_report_type_valid(type)) {
        json_decref(data);
        tq_error_set(err, TQ_ERR_INVALID, "report type \"%s\" is not one of info, success, warning, error",
                     type ? type : "(null)");
        return NULL;
    }
    json_t *msg = json_string(message ? message : "");
    if (!msg) {
        json_decref(data);
        tq_error_set(err, TQ_ERR_INVALID, "report message is not valid UTF-8");
        return NULL;
    }
    json_t *node = json_object();
    json_t *children = json_array();
    if (!node || !children
        || json_object_set_new(node, "type", json_string(type)) != 0
        || json_object_set_new(node, "message", msg) != 0
        || json_object_set_new(node, "data", data ? data : json_null()) != 0
        || json_object_set_new(node, "children", children) != 0) {
        /* set_new steals its value even when it fails, so only the unset ones leak */
        json_decref(node);
        tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        return NULL;
    }
    return node;
}

json_t *tq_report_newf(const char *type, json_t *data, tq_error *err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) {
        json_decref(data);
        tq_error_set(err, TQ_ERR_INVALID, "report message cannot be formatted");
        return NULL;
    }
    char *msg = malloc((size_t)n + 1);
    if (!msg) {
        json_decref(data);
        tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        return NULL;
    }
    va_start(ap, fmt);
    vsnprintf(msg, (size_t)n + 1, fmt, ap);
    va_end(ap);
    json_t *node = tq_report_new(type, msg, data, err);
    free(msg);
    return node;
}

int tq_report_add(json_t *report, json_t *child, tq_error *err)
{
    json_t *children = json_is_object(report) ? json_object_get(report, "children") : NULL;
    if (!json_is_array(children)) {
        json_decref(child);
        return tq_error_set(err, TQ_ERR_INVALID, "not a report node: it has no children array");
    }
    if (!child) {
        return tq_error_set(err, TQ_ERR_INVALID, "no child report given");
    }
    if (json_array_append_new(children, child) != 0) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    return 0;
}

/* --- shape check ------------------------------------------------------------------- */

/* What PHP calls the type of the value a JSON value came from (json_encode()'s rules). */
static const char *tq_php_type(const json_t *v)
{
    switch (json_typeof(v)) {
        case JSON_OBJECT:
        case JSON_ARRAY: return "array";
        case JSON_STRING: return "string";
        case JSON_INTEGER: return "int";
        case JSON_REAL: return "float";
        case JSON_TRUE:
        case JSON_FALSE: return "bool";
        default: return "null";
    }
}

/* 1 when v, taken to sit at JSON level `level` (the root is 1), nests deeper than
 * TQ_REPORT_MAX_DEPTH. Stops descending as soon as it knows. */
static int tq_too_deep(const json_t *v, int level)
{
    if (level > TQ_REPORT_MAX_DEPTH) {
        return 1;
    }
    size_t i;
    const char *key;
    json_t *item;
    if (json_is_array(v)) {
        json_array_foreach(v, i, item) {
            if (tq_too_deep(item, level + 1)) {
                return 1;
            }
        }
    } else if (json_is_object(v)) {
        json_object_foreach((json_t *)v, key, item) {
            if (tq_too_deep(item, level + 1)) {
                return 1;
            }
        }
    }
    return 0;
}

static int tq_check_fail(tq_error *err, const char *path, const char *what, const char *given)
{
    return tq_error_set(err, strcmp(what, TQ_REPORT_TOO_DEEP) == 0 ? TQ_ERR_TOO_DEEP : TQ_ERR_INVALID, "Invalid task report%s%s: %s%s%s", *path ? " at " : "", path, what,
                        given ? given : "", given ? " given" : "");
}

/* Everything but the children: type, message, and how deep data and other keys nest. */
static int tq_check_node(const json_t *node, const char *path, int level, tq_error *err)
{
    if (json_is_array(node)) {
        node = NULL;    /* a PHP list: an array without a "type" */
    } else if (!json_is_object(node)) {
        return tq_check_fail(err, path, "expected an array {type, message, data, children} or a report object, ",
                             tq_php_type(node));
    }
    json_t *type = node ? json_object_get(node, "type") : NULL;
    if (!json_is_string(type) || !tq_report_type_valid(json_string_value(type))) {
        return tq_check_fail(err, path, "\"type\" must be one of info, success, warning, error", NULL);
    }
    if (!json_is_string(json_object_get(node, "message"))) {
        return tq_check_fail(err, path, "\"message\" must be a string", NULL);
    }
    json_t *children = json_object_get(node, "children");
    if (children && !json_is_array(children) && !json_is_null(children)) {
        return tq_check_fail(err, path, "\"children\" must be a list of reports, ", tq_php_type(children));
    }
    const char *key;
    json_t *value;
    json_object_foreach((json_t *)node, key, value) {
        if (strcmp(key, "children") != 0 && tq_too_deep(value, level + 1)) {
            return tq_check_fail(err, "", TQ_REPORT_TOO_DEEP, NULL);
        }
    }
    return 0;
}

/* path is the location of node, e.g. "children[2]" ("" for the root); level is its JSON
 * level: a node is an object (level n), its children a list (n + 1) of nodes (n + 2). */
static int tq_check(const json_t *node, char *path, size_t plen, size_t cap, int level, tq_error *err)
{
    if (level + 1 > TQ_REPORT_MAX_DEPTH) {
        /* its children list (normalisation always writes one) would be too deep; no path:
         * it would be longer than any message */
        return tq_check_fail(err, "", TQ_REPORT_TOO_DEEP, NULL);
    }
    if (tq_check_node(node, path, level, err) != 0) {
        return -1;
    }
    json_t *children = json_object_get(node, "children");
    size_t i;
    json_t *child;
    json_array_foreach(children, i, child) {
        int n = snprintf(path + plen, cap - plen, "%schildren[%zu]", plen ? "." : "", i);
        size_t clen = (n < 0 || (size_t)n >= cap - plen) ? cap - 1 : plen + (size_t)n;
        if (tq_check(child, path, clen, cap, level + 2, err) != 0) {
            return -1;
        }
        path[plen] = '\0';
    }
    return 0;
}

int tq_report_check(const json_t *node, tq_error *err)
{
    char path[512];
    path[0] = '\0';
    return tq_check(node, path, 0, sizeof(path), 1, err);
}

/* --- normalisation --------------------------------------------------------------- */

static int tq_is_core_key(const char *key)
{
    return strcmp(key, "type") == 0 || strcmp(key, "message") == 0 || strcmp(key, "data") == 0
        || strcmp(key, "children") == 0;
}

/* node has been checked already. */
static json_t *tq_normalize(const json_t *node, tq_error *err)
{
    json_t *data = json_object_get(node, "data");
    json_t *out = tq_report_new(json_string_value(json_object_get(node, "type")),
                                json_string_value(json_object_get(node, "message")),
                                data ? json_deep_copy(data) : json_null(), err);
    if (!out) {
        return NULL;
    }
    if (data && !json_is_null(data) && json_is_null(json_object_get(out, "data"))) {
        json_decref(out);
        tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        return NULL;
    }
    size_t i;
    json_t *child;
    json_array_foreach(json_object_get(node, "children"), i, child) {
        json_t *c = tq_normalize(child, err);
        if (!c || tq_report_add(out, c, err) != 0) {
            json_decref(out);
            return NULL;
        }
    }
    const char *key;
    size_t klen;
    json_t *value;
    json_object_keylen_foreach((json_t *)node, key, klen, value) {
        if (tq_is_core_key(key)) {
            continue;
        }
        json_t *copy = json_deep_copy(value);
        if (!copy || json_object_setn_new(out, key, klen, copy) != 0) {
            json_decref(out);
            tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
            return NULL;
        }
    }
    return out;
}

json_t *tq_report_normalize(const json_t *node, tq_error *err)
{
    if (tq_report_check(node, err) != 0) {
        return NULL;
    }
    return tq_normalize(node, err);
}

/* --- queries ----------------------------------------------------------------------- */

static int tq_node_is(const json_t *node, const char *type)
{
    json_t *t = json_is_object(node) ? json_object_get(node, "type") : NULL;
    return json_is_string(t) && strcmp(json_string_value(t), type) == 0;
}

static int tq_contains(const json_t *node, const char *type, int depth)
{
    json_t *children = json_is_object(node) ? json_object_get(node, "children") : NULL;
    if (!json_is_array(children) || depth > TQ_REPORT_MAX_DEPTH) {   /* bounded recursion */
        return 0;
    }
    size_t i;
    json_t *child;
    json_array_foreach(children, i, child) {
        if (tq_node_is(child, type) || tq_contains(child, type, depth + 1)) {
            return 1;
        }
    }
    return 0;
}

int tq_report_contains(const json_t *node, const char *type)
{
    return type ? tq_contains(node, type, 0) : 0;
}

int tq_report_has_error(const json_t *node)
{
    return tq_node_is(node, TQ_REPORT_ERROR) || tq_contains(node, TQ_REPORT_ERROR, 0);
}
