/*
 * tq_http_body: the JSON bodies of the task HTTP API, as TAO writes them: the browser
 * API's {success, data} and {success, code, message, data: []}, the REST
 * {success, data, version} and {success, errorCode, errorMsg, version}, and the bare
 * {success: bool} of archive/cancel (doc/taskApi.yml). Strings are escaped as PHP's
 * json_encode() does. May touch: libc, jansson, task/tq_json, tq_http, tq_http_route.
 */
#ifndef TQ_HTTP_BODY_H
#define TQ_HTTP_BODY_H

#include "http/tq_http.h"
#include "http/tq_http_route.h"

/* The error body of api for err (malloc'd, NUL-terminated; NULL when out of memory). */
char *tq_http_error_body(tq_http_api api, const tq_http_error *err, const char *version, size_t *len);
/* The success envelope of api around data_json, which must be JSON text. */
char *tq_http_success_body(tq_http_api api, const char *data_json, size_t data_len, const char *version,
                           size_t *len);
/* {"success":true} or {"success":false}. */
char *tq_http_flag_body(bool success, size_t *len);

#endif
