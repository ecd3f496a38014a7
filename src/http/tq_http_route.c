/*
 * tq_http_route.c: the route table, role checks and parameter checks (tq_http_route.h).
 * May touch: libc, tq_http, tq_http_params.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "http/tq_http_route.h"

#define WEB_METHODS (TQ_METHOD_GET | TQ_METHOD_POST)
#define ANY_USER TQ_ROLE_USER

static const tq_http_route routes[] = {
    { "/tao/TaskQueueWebApi/getAll", TQ_ACT_WEB_GET_ALL, TQ_API_WEB, WEB_METHODS, ANY_USER, false, true },
    { "/tao/TaskQueueWebApi/get", TQ_ACT_WEB_GET, TQ_API_WEB, WEB_METHODS, ANY_USER, false, true },
    { "/tao/TaskQueueWebApi/stats", TQ_ACT_WEB_STATS, TQ_API_WEB, WEB_METHODS, ANY_USER, false, true },
    { "/tao/TaskQueueWebApi/archive", TQ_ACT_WEB_ARCHIVE, TQ_API_WEB, WEB_METHODS, ANY_USER, false, true },
    { "/tao/TaskQueueWebApi/cancel", TQ_ACT_WEB_CANCEL, TQ_API_WEB, WEB_METHODS, ANY_USER, false, true },
    { "/tao/TaskQueueWebApi/download", TQ_ACT_WEB_DOWNLOAD, TQ_API_WEB, WEB_METHODS, ANY_USER, false, false },
    { "/tao/TaskQueue/get", TQ_ACT_REST_GET, TQ_API_REST, TQ_METHOD_GET,
      TQ_ROLE_MANAGER | TQ_ROLE_PUBLISHER, true, false },
    { "/tao/TaskQueue/getAll", TQ_ACT_REST_GET_ALL, TQ_API_REST, TQ_METHOD_GET, TQ_ROLE_MANAGER, false, false },
    { "/tao/TaskQueue/getStatus", TQ_ACT_REST_GET_STATUS, TQ_API_REST, TQ_METHOD_GET,
      TQ_ROLE_MANAGER | TQ_ROLE_PUBLISHER, true, false },
    { "/taoTaskQueue/TaskQueueRestApi/get", TQ_ACT_LEGACY_GET, TQ_API_LEGACY, TQ_METHOD_GET,
      TQ_ROLE_MANAGER, true, false },
    { "/taoTaskQueue/TaskQueueRestApi/getStatus", TQ_ACT_LEGACY_GET_STATUS, TQ_API_LEGACY, TQ_METHOD_GET,
      TQ_ROLE_MANAGER, true, false },
    /* reads are GET, changes POST only (a link or an image cannot trigger one) */
    { "/tao/TaskQueueDashboard/queues", TQ_ACT_DASH_QUEUES, TQ_API_REST, TQ_METHOD_GET, TQ_ROLE_MANAGER, true, false },
    { "/tao/TaskQueueDashboard/workers", TQ_ACT_DASH_WORKERS, TQ_API_REST, TQ_METHOD_GET, TQ_ROLE_MANAGER, true, false },
    { "/tao/TaskQueueDashboard/stuck", TQ_ACT_DASH_STUCK, TQ_API_REST, TQ_METHOD_GET, TQ_ROLE_MANAGER, true, false },
    { "/tao/TaskQueueDashboard/failed", TQ_ACT_DASH_FAILED, TQ_API_REST, TQ_METHOD_GET, TQ_ROLE_MANAGER, true, false },
    { "/tao/TaskQueueDashboard/retry", TQ_ACT_DASH_RETRY, TQ_API_REST, TQ_METHOD_POST, TQ_ROLE_MANAGER, true, false },
    { "/tao/TaskQueueDashboard/restart", TQ_ACT_DASH_RESTART, TQ_API_REST, TQ_METHOD_POST, TQ_ROLE_MANAGER, true, false },
    { "/tao/TaskQueueDashboard/cancel", TQ_ACT_DASH_CANCEL, TQ_API_REST, TQ_METHOD_POST, TQ_ROLE_MANAGER, true, false },
    { "/tao/TaskQueueDashboard/archiveFinished", TQ_ACT_DASH_ARCHIVE_FINISHED, TQ_API_REST, TQ_METHOD_POST,
      TQ_ROLE_MANAGER, true, false },
    /* Prometheus scrapes with a manager's token (README "Metrics") */
    { "/metrics", TQ_ACT_METRICS, TQ_API_REST, TQ_METHOD_GET, TQ_ROLE_MANAGER, true, false },
};

static unsigned method_bit(const char *method)
{
    if (method && strcmp(method, "GET") == 0) return TQ_METHOD_GET;
    if (method && strcmp(method, "POST") == 0) return TQ_METHOD_POST;
    return 0;
}

int tq_http_route_match(const char *method, const char *path, const tq_http_route **out, tq_http_error *err)
{
    for (size_t i = 0; i < sizeof(routes) / sizeof(routes[0]); i++) {
        if (path && strcmp(routes[i].path, path) == 0) {
            if (!(method_bit(method) & routes[i].methods)) {
                tq_http_fail(err, 405, "Method %.16s not allowed", method ? method : "");
                strcpy(err->allow, routes[i].methods == TQ_METHOD_POST ? "POST"
                                   : routes[i].methods & TQ_METHOD_POST ? "GET, POST" : "GET");
                return -1;
            }
            *out = &routes[i];
            return 0;
        }
    }
    return tq_http_fail(err, 404, "Not found");
}

int tq_http_route_allows(const tq_http_route *route, const tq_http_user *user, tq_http_error *err)
{
    if (route->roles & user->roles) {
        return 0;
    }
    return tq_http_fail(err, 403, "Access denied");
}

tq_http_api tq_http_api_of_path(const char *path)
{
    static const char web[] = "/tao/TaskQueueWebApi/";
    static const char legacy[] = "/taoTaskQueue/";
    if (path && strncmp(path, web, sizeof(web) - 1) == 0) return TQ_API_WEB;
    if (path && strncmp(path, legacy, sizeof(legacy) - 1) == 0) return TQ_API_LEGACY;
    return TQ_API_REST;
}

/* A task id: 1..TQ_HTTP_MAX_ID bytes, no control characters (ids are URIs). */
static int check_id(const char *name, const char *id, tq_http_error *err)
{
    size_t len = strlen(id);
    if (len == 0 || len > TQ_HTTP_MAX_ID) {
        return tq_http_fail(err, 400, "Invalid parameter %s: a task id of 1 to %d bytes is expected", name, TQ_HTTP_MAX_ID);
    }
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)id[i];
        if (c < 0x20 || c == 0x7f) {
            return tq_http_fail(err, 400, "Invalid parameter %s: control character in task id", name);
        }
    }
    return 0;
}

/* A whole number 0..max in decimal digits, else a 400. Absent: def. */
static int parse_count(const tq_http_params *p, const char *name, long def, long max, long *out, tq_http_error *err)
{
    const char *v = tq_http_param(p, name);
    if (tq_http_param_count(p, name) > 0) {
        return tq_http_fail(err, 400, "Invalid parameter %s: a whole number is expected", name);
    }
    if (!v) {
        *out = def;
        return 0;
    }
    size_t len = strlen(v);
    if (len == 0 || len > 9 || strspn(v, "0123456789") != len) {
        return tq_http_fail(err, 400, "Invalid parameter %s: a whole number from 0 to %ld is expected", name, max);
    }
    *out = strtol(v, NULL, 10);
    if (*out > max) {
        return tq_http_fail(err, 400, "Invalid parameter %s: at most %ld", name, max);
    }
    return 0;
}

static int parse_single(const tq_http_params *p, const char *name, tq_http_call *out, tq_http_error *err)
{
    out->task_id = tq_http_param(p, name);
    if (!out->task_id) {
        return tq_http_fail(err, 400, tq_http_param_count(p, name) ? "Invalid parameter %s: one task id is expected"
                                                                 : "Missing parameter %s", name);
    }
    return check_id(name, out->task_id, err);
}

/* taskId=<id>, taskId=all or taskId[]=<id>... */
static int parse_selection(const tq_http_params *p, tq_http_call *out, tq_http_error *err)
{
    size_t n = tq_http_param_count(p, "taskId");
    if (n == 0) {
        if (parse_single(p, "taskId", out, err) != 0) {
            return -1;
        }
        out->all = strcmp(out->task_id, "all") == 0;
        return 0;
    }
    if (n > TQ_HTTP_MAX_IDS) {
        return tq_http_fail(err, 400, "Invalid parameter taskId: at most %d ids", TQ_HTTP_MAX_IDS);
    }
    out->task_ids = calloc(n, sizeof(char *));
    if (!out->task_ids) {
        return tq_http_fail(err, 500, "Out of memory");
    }
    for (size_t i = 0; i < n; i++) {
        out->task_ids[i] = tq_http_param_at(p, "taskId", i);
        if (check_id("taskId[]", out->task_ids[i], err) != 0) {
            return -1;
        }
    }
    out->n_ids = n;
    return 0;
}

int tq_http_call_parse(const tq_http_route *route, const tq_http_params *params, const char *requested_with,
                       tq_http_call *out, tq_http_error *err)
{
    memset(out, 0, sizeof(*out));
    out->route = route;
    if (route->xhr_only && (!requested_with || strcasecmp(requested_with, "XMLHttpRequest") != 0)) {
        return tq_http_fail(err, 400, "Only ajax call allowed.");
    }
    switch (route->action) {
    case TQ_ACT_WEB_GET_ALL:
    case TQ_ACT_REST_GET_ALL:
    case TQ_ACT_DASH_FAILED:
        if (parse_count(params, "limit", TQ_HTTP_LIMIT_DEFAULT, TQ_HTTP_LIMIT_MAX, &out->limit, err) != 0) {
            return -1;
        }
        if (out->limit == 0) {
            return tq_http_fail(err, 400, "Invalid parameter limit: at least 1");
        }
        return parse_count(params, "offset", 0, TQ_HTTP_OFFSET_MAX, &out->offset, err);
    case TQ_ACT_WEB_GET:
    case TQ_ACT_WEB_DOWNLOAD:
    case TQ_ACT_DASH_RETRY:
    case TQ_ACT_DASH_RESTART:
    case TQ_ACT_DASH_CANCEL:
        return parse_single(params, "taskId", out, err);
    case TQ_ACT_WEB_ARCHIVE:
    case TQ_ACT_WEB_CANCEL:
        return parse_selection(params, out, err);
    case TQ_ACT_REST_GET:
    case TQ_ACT_REST_GET_STATUS:
    case TQ_ACT_LEGACY_GET:
    case TQ_ACT_LEGACY_GET_STATUS:
        return parse_single(params, "id", out, err);
    case TQ_ACT_WEB_STATS:
    case TQ_ACT_DASH_QUEUES:
    case TQ_ACT_DASH_WORKERS:
    case TQ_ACT_DASH_STUCK:
    case TQ_ACT_DASH_ARCHIVE_FINISHED:
    case TQ_ACT_METRICS:
        return 0;
    }
    return 0;
}

void tq_http_call_free(tq_http_call *call)
{
    free(call->task_ids);
    call->task_ids = NULL;
    call->n_ids = 0;
}
