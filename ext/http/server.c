/*
 * http/server.c: TaskQueue\Http\Server, the SAPI side of the task HTTP API (README
 * "Task HTTP API"): reads the request (method, path, query, form body, Authorization
 * and X-Requested-With headers) from the SAPI, lets src/http route, authenticate and
 * check it, runs the route (actions.c) on the Task Log of the TAO root's config, and
 * writes status, headers and JSON body (/metrics: text); download streams the file.
 * PHP's own warnings never reach the body. May touch: the Zend API, common/common, http/http.h, src/http.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "php_ini.h"
#include "SAPI.h"
#include "zend_exceptions.h"
#include "ext/standard/php_string.h"
#include "main/php_streams.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "../task_log/task_log.h"
#include "http.h"
#include "http/tq_http_auth.h"
#include "http/tq_http_body.h"
#include "http/tq_http_file.h"
#include "http/tq_http_origin.h"
#include "../task_log/entity_rows.h"
#include "server_arginfo.h"

zend_class_entry *php_tq_ce_HttpServer;

#define TQ_SERVICE_TASK_LOG "tao/taskLog"

/* --- the request -------------------------------------------------------------------- */

typedef struct http_in {
    const char *method, *path, *query, *authorization, *requested_with, *content_type;
    const char *origin, *host, *port, *fetch_site;     /* where a browser says the request comes from */
    char *path_buf;          /* the path part of REQUEST_URI */
    zend_string *body;       /* a form body, else NULL */
} http_in;

/* $_SERVER[name] as the script sees it (a front controller may have rewritten it). */
static const char *server_var(const char *name)
{
    zend_is_auto_global_str("_SERVER", sizeof("_SERVER") - 1);
    zval *server = zend_hash_str_find_deref(&EG(symbol_table), "_SERVER", sizeof("_SERVER") - 1);
    if (!server || Z_TYPE_P(server) != IS_ARRAY) {
        server = &PG(http_globals)[TRACK_VARS_SERVER];
    }
    zval *v = Z_TYPE_P(server) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(server), name, strlen(name)) : NULL;
    return v && Z_TYPE_P(v) == IS_STRING ? Z_STRVAL_P(v) : NULL;
}

/* The raw body of a form POST (php://input), at most TQ_HTTP_MAX_INPUT + 1 bytes: one
 * more than the cap, so that an oversized body is refused rather than cut. */
static zend_string *form_body(const char *content_type)
{
    static const char form[] = "application/x-www-form-urlencoded";
    if (!content_type || strncasecmp(content_type, form, sizeof(form) - 1) != 0) {
        return NULL;
    }
    php_stream *in = php_stream_open_wrapper_ex("php://input", "rb", 0, NULL, NULL);
    if (!in) {
        return NULL;
    }
    zend_string *s = php_stream_copy_to_mem(in, TQ_HTTP_MAX_INPUT + 1, 0);
    php_stream_close(in);
    return s;
}

static void read_request(http_in *in)
{
    memset(in, 0, sizeof(*in));
    in->method = SG(request_info).request_method;
    if (!in->method) {
        in->method = server_var("REQUEST_METHOD");     /* the CLI (tests) */
    }
    const char *uri = server_var("REQUEST_URI");
    if (!uri) {
        uri = SG(request_info).request_uri;
    }
    in->path_buf = estrdup(uri ? uri : "");
    char *q = strchr(in->path_buf, '?');
    if (q) {
        *q = '\0';
    }
    in->path = in->path_buf;
    in->query = server_var("QUERY_STRING");
    in->authorization = server_var("HTTP_AUTHORIZATION");
    in->requested_with = server_var("HTTP_X_REQUESTED_WITH");
    in->content_type = server_var("CONTENT_TYPE");
    in->origin = server_var("HTTP_ORIGIN");
    in->host = server_var("HTTP_HOST");
    in->port = server_var("SERVER_PORT");
    in->fetch_site = server_var("HTTP_SEC_FETCH_SITE");
    if (in->method && strcmp(in->method, "POST") == 0) {
        in->body = form_body(in->content_type);
    }
}

static void free_request(http_in *in)
{
    efree(in->path_buf);
    if (in->body) {
        zend_string_release(in->body);
    }
}

/* --- the answer --------------------------------------------------------------------- */

static void send_header(const char *line)
{
    sapi_header_line ctr = {0};
    ctr.line = line;
    ctr.line_len = strlen(line);
    sapi_header_op(SAPI_HEADER_REPLACE, &ctr);
}

/* status, Content-Type: type and the body (freed); NULL body: headers only. */
static void send_body(int status, const char *type, char *body, size_t len)
{
    char line[96];
    SG(sapi_headers).http_response_code = status;
    snprintf(line, sizeof(line), "Content-Type: %s", type);
    send_header(line);
    send_header("Cache-Control: no-store");
    if (body) {
        snprintf(line, sizeof(line), "Content-Length: %zu", len);    /* keep-alive without chunking */
        send_header(line);
        PHPWRITE(body, len);
        free(body);
    }
}

static void send_json(int status, char *body, size_t len)
{
    send_body(status, "application/json; charset=UTF-8", body, len);
}

/* TAO_VERSION when TAO defined it, else ours: the REST envelopes' "version". */
static const char *api_version(void)
{
    zval *v = zend_get_constant_str("TAO_VERSION", sizeof("TAO_VERSION") - 1);
    return v && Z_TYPE_P(v) == IS_STRING ? Z_STRVAL_P(v) : "taskqueue-" PHP_TASKQUEUE_VERSION;
}

static int send_error(tq_http_api api, const tq_http_error *err)
{
    size_t len = 0;
    if (err->status == 405 && err->allow[0]) {
        char allow[64];
        snprintf(allow, sizeof(allow), "Allow: %s", err->allow);
        send_header(allow);
    }
    if (err->status == 401) {
        send_header("WWW-Authenticate: Bearer");
    }
    char *body = tq_http_error_body(api, err, api_version(), &len);
    send_json(err->status, body, len);
    return err->status;
}

int php_tq_http_send_file(const char *path, const char *name)
{
    php_stream *s = php_stream_open_wrapper((char *)path, "rb", 0, NULL);
    php_stream_statbuf st;
    if (!s) {
        return -1;
    }
    char line[600];
    SG(sapi_headers).http_response_code = 200;
    send_header("Set-Cookie: fileDownload=true; path=/");
    tq_http_content_disposition(name, line + 21, sizeof(line) - 21);
    memcpy(line, "Content-Disposition: ", 21);
    send_header(line);
    snprintf(line, sizeof(line), "Content-Type: %s", tq_http_mime_type(name));
    send_header(line);
    if (php_stream_stat(s, &st) == 0) {
        snprintf(line, sizeof(line), "Content-Length: %lld", (long long)st.sb.st_size);
        send_header(line);
    }
    php_stream_passthru(s);        /* chunks (or a mapping) of the file, never all of it in memory */
    php_stream_close(s);
    return 0;
}

/* --- settings -------------------------------------------------------------------------- */

/* ini name, else env: the value (efree() it) or NULL. */
static char *setting(const char *ini, const char *env)
{
    const char *v = zend_ini_string_ex((char *)ini, strlen(ini), 0, NULL);
    if (v && *v) {
        return estrdup(v);
    }
    char *e = sapi_getenv((char *)env, strlen(env));    /* emalloc'd, NULL where the SAPI has none */
    if (e && *e) {
        return e;
    }
    if (e) {
        efree(e);
    }
    v = getenv(env);
    return v && *v ? estrdup(v) : NULL;
}

/* --- handling -------------------------------------------------------------------------- */

/* Who calls: the given TAO session user, else the bearer token's. */
static int identify(http_in *in, zend_string *user_id, HashTable *roles, tq_http_user *user, tq_http_error *err)
{
    if (!user_id) {
        char *tokens = setting("taskqueue.api_tokens", "TASKQUEUE_API_TOKENS");
        int rc = tq_http_auth_file(in->authorization, tokens, user, err);
        if (tokens) {
            efree(tokens);
        }
        return rc;
    }
    if (ZSTR_LEN(user_id) == 0 || ZSTR_LEN(user_id) >= sizeof(user->id)) {
        return tq_http_fail(err, 401, "Authentication required");
    }
    memcpy(user->id, ZSTR_VAL(user_id), ZSTR_LEN(user_id) + 1);
    user->roles = TQ_ROLE_USER;
    zval *role;
    if (roles) {
        ZEND_HASH_FOREACH_VAL(roles, role) {
            if (Z_TYPE_P(role) == IS_STRING) {
                user->roles |= tq_http_roles_parse(Z_STRVAL_P(role), Z_STRLEN_P(role));
            }
        } ZEND_HASH_FOREACH_END();
    }
    return 0;
}

/* The given Task Log, else the tao/taskLog service of the TAO root's config. */
static int task_log_of(zval *given, bool debug, zval *out, tq_http_error *err)
{
    if (given) {
        ZVAL_COPY(out, given);
        return 0;
    }
    tq_error terr;
    tq_error_clear(&terr);
    zend_string *id = zend_string_init(TQ_SERVICE_TASK_LOG, sizeof(TQ_SERVICE_TASK_LOG) - 1, 0);
    zend_result r = php_tq_load_service_config(id, out, &terr);
    zend_string_release(id);
    if (r == SUCCESS && Z_TYPE_P(out) == IS_OBJECT && instanceof_function(Z_OBJCE_P(out), php_tq_ce_TaskLogInterface)) {
        return 0;
    }
    if (r == SUCCESS) {
        zval_ptr_dtor(out);
        snprintf(terr.message, sizeof(terr.message), "the tao/taskLog config does not return a TaskLogInterface");
    } else if (EG(exception)) {
        zend_clear_exception();
        snprintf(terr.message, sizeof(terr.message), "the tao/taskLog config threw an exception");
    }
    ZVAL_UNDEF(out);
    if (debug) {
        return tq_http_fail(err, 500, "Task Log unavailable: %s", terr.message);
    }
    return tq_http_fail(err, 500, "Unexpected error. Please contact administrator");
}

/* Sends what the route produced. */
static int send_answer(php_tq_http_ctx *ctx)
{
    size_t len = 0;
    if (ctx->streamed) {
        return 200;
    }
    if (ctx->text) {
        send_body(200, ctx->text_type, ctx->text, ctx->text_len);
        ctx->text = NULL;
        return 200;
    }
    if (ctx->flag >= 0) {
        char *body = tq_http_flag_body(ctx->flag == 1, &len);
        send_json(200, body, len);
        return 200;
    }
    zend_string *data = php_tq_json_encode(&ctx->data);
    if (!data) {
        zend_clear_exception();
        tq_http_fail(&ctx->err, 500, "Unexpected error. Please contact administrator");
        return send_error(ctx->call.route->api, &ctx->err);
    }
    char *body = tq_http_success_body(ctx->call.route->api, ZSTR_VAL(data), ZSTR_LEN(data), api_version(), &len);
    zend_string_release(data);
    send_json(200, body, len);
    return 200;
}

static int handle(zval *given_log, zend_string *user_id, HashTable *roles)
{
    http_in in;
    php_tq_http_ctx ctx;
    tq_http_params params;
    tq_http_error err;
    const tq_http_route *route = NULL;
    zval task_log;
    char *storage = NULL;
    int status;

    read_request(&in);
    memset(&ctx, 0, sizeof(ctx));
    ctx.flag = -1;
    ZVAL_UNDEF(&ctx.data);
    ZVAL_UNDEF(&task_log);
    tq_http_params_init(&params);
    ctx.debug = zend_ini_long((char *)"taskqueue.api_debug", sizeof("taskqueue.api_debug") - 1, 0) != 0;
    /* 404/405, another site's request 403, then 401, 403, then the parameters: a stranger
     * learns nothing about them */
    if (tq_http_route_match(in.method, in.path, &route, &err) != 0
        || tq_http_origin_check(in.origin, in.host, in.port, in.fetch_site, &err) != 0
        || identify(&in, user_id, roles, &ctx.user, &err) != 0
        || tq_http_route_allows(route, &ctx.user, &err) != 0
        || tq_http_params_parse(&params, in.query, in.query ? strlen(in.query) : 0, &err) != 0
        || (in.body && tq_http_params_parse(&params, ZSTR_VAL(in.body), ZSTR_LEN(in.body), &err) != 0)
        || tq_http_call_parse(route, &params, in.requested_with, &ctx.call, &err) != 0
        || task_log_of(given_log, ctx.debug, &task_log, &err) != 0) {
        status = send_error(route ? route->api : tq_http_api_of_path(in.path), &err);
    } else {
        storage = php_tq_storage_dir();
        ctx.task_log = &task_log;
        ctx.storage = storage;
        php_tq_http_run(&ctx);
        if (EG(exception)) {
            zend_clear_exception();     /* answered already; nothing may escape to the page */
        }
        status = ctx.failed ? send_error(route->api, &ctx.err) : send_answer(&ctx);
    }
    free(ctx.text);
    zval_ptr_dtor(&ctx.data);
    zval_ptr_dtor(&task_log);
    tq_http_call_free(&ctx.call);
    tq_http_params_free(&params);
    free_request(&in);
    if (storage) {
        efree(storage);
    }
    return status;
}

ZEND_METHOD(TaskQueue_Http_Server, handle)
{
    zval *task_log = NULL;
    zend_string *user_id = NULL;
    HashTable *roles = NULL;
    ZEND_PARSE_PARAMETERS_START(0, 3)
        Z_PARAM_OPTIONAL
        Z_PARAM_OBJECT_OF_CLASS_OR_NULL(task_log, php_tq_ce_TaskLogInterface)
        Z_PARAM_STR_OR_NULL(user_id)
        Z_PARAM_ARRAY_HT(roles)
    ZEND_PARSE_PARAMETERS_END();
    /* PHP's notices would land in the JSON body: they go to the log only */
    bool display = PG(display_errors);
    PG(display_errors) = 0;
    int status = handle(task_log, user_id, roles);
    PG(display_errors) = display;
    RETURN_LONG(status);
}

void php_tq_http_minit(void)
{
    php_tq_ce_HttpServer = register_class_TaskQueue_Http_Server();
}
