/*
 * tq_http_route: TAO's task routes (README "Task HTTP API", doc/taskApi.yml): which
 * path is which action of which API (browser, REST, legacy REST), the methods it takes,
 * the roles that may call it and whether it sees every owner's tasks (the dashboard's
 * operator routes tao/TaskQueueDashboard/... and /metrics are ours, errors in the REST
 * envelopes); and the checked
 * parameters of one call. May touch: libc, tq_http, tq_http_params.
 */
#ifndef TQ_HTTP_ROUTE_H
#define TQ_HTTP_ROUTE_H

#include "http/tq_http.h"
#include "http/tq_http_params.h"

typedef enum tq_http_api {
    TQ_API_WEB,       /* tao/TaskQueueWebApi: {success, data} / {success, code, message, data} */
    TQ_API_REST,      /* tao/TaskQueue: {success, data, version} / {success, errorCode, errorMsg, version} */
    TQ_API_LEGACY     /* taoTaskQueue/TaskQueueRestApi: the REST envelopes */
} tq_http_api;

typedef enum tq_http_action_id {
    TQ_ACT_WEB_GET_ALL, TQ_ACT_WEB_GET, TQ_ACT_WEB_STATS, TQ_ACT_WEB_ARCHIVE, TQ_ACT_WEB_CANCEL,
    TQ_ACT_WEB_DOWNLOAD, TQ_ACT_REST_GET, TQ_ACT_REST_GET_ALL, TQ_ACT_REST_GET_STATUS,
    TQ_ACT_LEGACY_GET, TQ_ACT_LEGACY_GET_STATUS,
    /* the dashboard's operator view (tao/TaskQueueDashboard, managers; README "Task dashboard") */
    TQ_ACT_DASH_QUEUES, TQ_ACT_DASH_WORKERS, TQ_ACT_DASH_STUCK, TQ_ACT_DASH_FAILED,
    TQ_ACT_DASH_RETRY, TQ_ACT_DASH_RESTART, TQ_ACT_DASH_CANCEL, TQ_ACT_DASH_ARCHIVE_FINISHED,
    /* /metrics: Prometheus' text format, managers (README "Metrics") */
    TQ_ACT_METRICS
} tq_http_action_id;

#define TQ_METHOD_GET  1u
#define TQ_METHOD_POST 2u

#define TQ_HTTP_LIMIT_DEFAULT 20
#define TQ_HTTP_LIMIT_MAX     100       /* the GUI asks for 100 */
#define TQ_HTTP_OFFSET_MAX    10000000
#define TQ_HTTP_MAX_IDS       100       /* taskId[] entries */
#define TQ_HTTP_MAX_ID        255       /* bytes of a task id */

typedef struct tq_http_route {
    const char *path;
    tq_http_action_id action;
    tq_http_api api;
    unsigned methods;
    unsigned roles;         /* any of these may call it */
    bool any_owner;         /* sees every owner's task by id (else the caller's own) */
    bool xhr_only;          /* TAO answers only XMLHttpRequest calls */
} tq_http_route;

/* The route of a path, checked against the method: -1 with 404 (unknown path) or 405
 * (err->allow filled) in err. */
int tq_http_route_match(const char *method, const char *path, const tq_http_route **out, tq_http_error *err);
/* 0 when one of the user's roles may call the route, else -1 with a 403. */
int tq_http_route_allows(const tq_http_route *route, const tq_http_user *user, tq_http_error *err);
/* The API a path belongs to (the envelope of its errors), also for unknown actions. */
tq_http_api tq_http_api_of_path(const char *path);

/* The checked parameters of one call. */
typedef struct tq_http_call {
    const tq_http_route *route;
    const char *task_id;      /* taskId / id (points into the params) */
    const char **task_ids;    /* taskId[] entries (malloc'd array, entries in the params) */
    size_t n_ids;
    bool all;                 /* taskId=all */
    long limit, offset;
} tq_http_call;

/* Validates params for route: required ids, id shape, limit and offset within caps, the
 * XHR header of browser routes (requested_with may be NULL). -1 with a 400 in err. */
int tq_http_call_parse(const tq_http_route *route, const tq_http_params *params, const char *requested_with,
                       tq_http_call *out, tq_http_error *err);
void tq_http_call_free(tq_http_call *call);

#endif
