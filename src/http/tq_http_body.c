/*
 * tq_http_body.c: JSON envelopes (tq_http_body.h).
 * May touch: libc, jansson, task/tq_json, tq_http, tq_http_route.
 */
#include <stdio.h>
#include <string.h>
#include <jansson.h>
#include "task/tq_json.h"
#include "http/tq_http_body.h"

/* Appends s as a JSON string literal. */
static int put_string(tq_buf *b, const char *s)
{
    json_t *j = json_string(s);
    if (!j) {
        j = json_string("(invalid UTF-8)");     /* messages may quote user input */
    }
    int rc = j ? tq_json_dump_php(j, b) : -1;
    json_decref(j);
    return rc;
}

static int put(tq_buf *b, const char *s)
{
    return tq_buf_append(b, s, strlen(s));
}

static char *finish(tq_buf *b, int rc, size_t *len)
{
    if (rc != 0) {
        tq_buf_free(b);
        return NULL;
    }
    return tq_buf_steal(b, len);
}

char *tq_http_error_body(tq_http_api api, const tq_http_error *err, const char *version, size_t *len)
{
    tq_buf b;
    char code[32];
    tq_buf_init(&b);
    snprintf(code, sizeof(code), "%d", err->code);
    int rc;
    if (api == TQ_API_WEB) {
        rc = put(&b, "{\"success\":false,\"code\":") | put(&b, code) | put(&b, ",\"message\":")
             | put_string(&b, err->message) | put(&b, ",\"data\":[]}");
    } else {
        rc = put(&b, "{\"success\":false,\"errorCode\":") | put(&b, code) | put(&b, ",\"errorMsg\":")
             | put_string(&b, err->message) | put(&b, ",\"version\":") | put_string(&b, version) | put(&b, "}");
    }
    return finish(&b, rc, len);
}

char *tq_http_success_body(tq_http_api api, const char *data_json, size_t data_len, const char *version,
                           size_t *len)
{
    tq_buf b;
    tq_buf_init(&b);
    int rc = put(&b, "{\"success\":true,\"data\":") | tq_buf_append(&b, data_json, data_len);
    if (api != TQ_API_WEB) {
        rc |= put(&b, ",\"version\":") | put_string(&b, version);
    }
    rc |= put(&b, "}");
    return finish(&b, rc, len);
}

char *tq_http_flag_body(bool success, size_t *len)
{
    tq_buf b;
    tq_buf_init(&b);
    return finish(&b, put(&b, success ? "{\"success\":true}" : "{\"success\":false}"), len);
}
