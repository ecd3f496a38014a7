/* tq_report: report trees over jansson (see tq_report.h). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "task_log/tq_report.h"

/* Same bound as the JSON encoder: a deeper tree is certainly not a real report and
 * recursion must stay bounded. */
#define TQ_REPORT_MAX_DEPTH 512

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

/* path is the location of node, e.g. "children[2]" ("" for the root). */
static int tq_check(const json_t *node, char *path, size_t plen, size_t cap, int depth, tq_error *err)
{
    const char *where = plen ? path : "report";
    const char *dot = plen ? "." : "";
    if (depth > TQ_REPORT_MAX_DEPTH) {
        /* the path would be longer than any message */
        return tq_error_set(err, TQ_ERR_INVALID, "report: nested deeper than %d levels", TQ_REPORT_MAX_DEPTH);
    }
    if (!json_is_object(node)) {
        return tq_error_set(err, TQ_ERR_INVALID, "%s: a report must be an object", where);
    }
    json_t *type = json_object_get(node, "type");
    if (!json_is_string(type) || !tq_report_type_valid(json_string_value(type))) {
        return tq_error_set(err, TQ_ERR_INVALID, "%s%stype: must be one of info, success, warning, error",
                            plen ? path : "", dot);
    }
    if (!json_is_string(json_object_get(node, "message"))) {
        return tq_error_set(err, TQ_ERR_INVALID, "%s%smessage: must be a string", plen ? path : "", dot);
    }
    json_t *children = json_object_get(node, "children");
    if (!children) {
        return 0;
    }
    if (!json_is_array(children)) {
        return tq_error_set(err, TQ_ERR_INVALID, "%s%schildren: must be a list of reports", plen ? path : "", dot);
    }
    size_t i;
    json_t *child;
    json_array_foreach(children, i, child) {
        int n = snprintf(path + plen, cap - plen, "%schildren[%zu]", dot, i);
        size_t clen = (n < 0 || (size_t)n >= cap - plen) ? cap - 1 : plen + (size_t)n;
        if (tq_check(child, path, clen, cap, depth + 1, err) != 0) {
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
    return tq_check(node, path, 0, sizeof(path), 0, err);
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
    if (!json_is_array(children) || depth > TQ_REPORT_MAX_DEPTH) {
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
