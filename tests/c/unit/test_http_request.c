/* tq_http_params, tq_http_route, tq_http_body: decoding under caps, routing, roles,
 * parameter checks and the JSON envelopes of the task HTTP API. */
#include "helpers.h"
#include <string.h>
#include "http/tq_http_params.h"
#include "http/tq_http_route.h"
#include "http/tq_http_body.h"

static int parse(tq_http_params *p, const char *s, tq_http_error *err)
{
    tq_http_params_init(p);
    return tq_http_params_parse(p, s, strlen(s), err);
}

static void test_params_decode_like_php(void **state)
{
    tq_http_params p;
    tq_http_error err;
    assert_int_equal(parse(&p, "a=1&b=x+y%2Fz&a=2&taskId[]=t1&taskId[3]=t2&empty&=skip", &err), 0);
    assert_string_equal(tq_http_param(&p, "a"), "2");
    assert_string_equal(tq_http_param(&p, "b"), "x y/z");
    assert_string_equal(tq_http_param(&p, "empty"), "");
    assert_null(tq_http_param(&p, "taskId"));
    assert_int_equal(tq_http_param_count(&p, "taskId"), 2);
    assert_string_equal(tq_http_param_at(&p, "taskId", 1), "t2");
    assert_null(tq_http_param_at(&p, "taskId", 2));
    tq_http_params_free(&p);
}

static void test_params_refuse_malformed_and_oversized(void **state)
{
    tq_http_params p;
    tq_http_error err;
    const char *bad[] = { "a=%zz", "a=%4", "a=%00", "a[b]=1", "a]=1", "[]=1" };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        err.status = 0;
        assert_int_equal(parse(&p, bad[i], &err), -1);
        assert_int_equal(err.status, 400);
        tq_http_params_free(&p);
    }
    char big[TQ_HTTP_MAX_INPUT + 16];
    memset(big, 'a', sizeof(big) - 1);
    big[0] = 'x'; big[1] = '=';
    big[sizeof(big) - 1] = '\0';
    assert_int_equal(parse(&p, big, &err), -1);
    assert_non_null(strstr(err.message, "too large"));
    tq_http_params_free(&p);
    char longval[TQ_HTTP_MAX_VALUE + 8];
    memset(longval, 'v', sizeof(longval) - 1);
    longval[0] = 'x'; longval[1] = '=';
    longval[sizeof(longval) - 1] = '\0';
    assert_int_equal(parse(&p, longval, &err), -1);
    assert_non_null(strstr(err.message, "too long"));
    tq_http_params_free(&p);
    char many[TQ_HTTP_MAX_PARAMS * 4 + 8] = "";
    for (int i = 0; i <= TQ_HTTP_MAX_PARAMS; i++) {
        strcat(many, "a=1&");
    }
    assert_int_equal(parse(&p, many, &err), -1);
    assert_non_null(strstr(err.message, "Too many"));
    tq_http_params_free(&p);
}

static void test_routes_methods_and_roles(void **state)
{
    const tq_http_route *r;
    tq_http_error err;
    assert_int_equal(tq_http_route_match("GET", "/tao/TaskQueueWebApi/getAll", &r, &err), 0);
    assert_int_equal(r->action, TQ_ACT_WEB_GET_ALL);
    assert_int_equal(tq_http_route_match("POST", "/tao/TaskQueueWebApi/download", &r, &err), 0);
    assert_int_equal(tq_http_route_match("GET", "/tao/TaskQueueWebApi/nope", &r, &err), -1);
    assert_int_equal(err.status, 404);
    assert_int_equal(tq_http_route_match("DELETE", "/tao/TaskQueueWebApi/get", &r, &err), -1);
    assert_int_equal(err.status, 405);
    assert_string_equal(err.allow, "GET, POST");
    assert_int_equal(tq_http_route_match("POST", "/tao/TaskQueue/get", &r, &err), -1);
    assert_string_equal(err.allow, "GET");

    tq_http_user user = { "u1", TQ_ROLE_USER }, manager = { "m", TQ_ROLE_USER | TQ_ROLE_MANAGER },
                 publisher = { "p", TQ_ROLE_USER | TQ_ROLE_PUBLISHER };
    assert_int_equal(tq_http_route_match("GET", "/tao/TaskQueue/get", &r, &err), 0);
    assert_true(r->any_owner);
    assert_int_equal(tq_http_route_allows(r, &user, &err), -1);
    assert_int_equal(err.status, 403);
    assert_int_equal(tq_http_route_allows(r, &manager, &err), 0);
    assert_int_equal(tq_http_route_allows(r, &publisher, &err), 0);
    assert_int_equal(tq_http_route_match("GET", "/tao/TaskQueue/getAll", &r, &err), 0);
    assert_false(r->any_owner);
    assert_int_equal(tq_http_route_allows(r, &publisher, &err), -1);
    assert_int_equal(tq_http_route_match("GET", "/taoTaskQueue/TaskQueueRestApi/getStatus", &r, &err), 0);
    assert_int_equal(tq_http_route_allows(r, &publisher, &err), -1);
    assert_int_equal(tq_http_route_allows(r, &manager, &err), 0);
    assert_int_equal(tq_http_route_match("GET", "/tao/TaskQueueWebApi/stats", &r, &err), 0);
    assert_int_equal(tq_http_route_allows(r, &user, &err), 0);
    assert_false(r->any_owner);
    assert_int_equal(tq_http_api_of_path("/tao/TaskQueueWebApi/x"), TQ_API_WEB);
    assert_int_equal(tq_http_api_of_path("/taoTaskQueue/x"), TQ_API_LEGACY);
    assert_int_equal(tq_http_api_of_path("/elsewhere"), TQ_API_REST);
}

/* Parses query for the route at path; returns the call's result and keeps params alive. */
static int call(const char *path, const char *query, const char *xhr, tq_http_params *p, tq_http_call *c,
                tq_http_error *err)
{
    const tq_http_route *r;
    assert_int_equal(tq_http_route_match("GET", path, &r, err), 0);
    assert_int_equal(parse(p, query, err), 0);
    return tq_http_call_parse(r, p, xhr, c, err);
}

static void test_call_parameters(void **state)
{
    tq_http_params p;
    tq_http_call c;
    tq_http_error err;
    const char *all = "/tao/TaskQueueWebApi/getAll";
    assert_int_equal(call(all, "", "XMLHttpRequest", &p, &c, &err), 0);
    assert_int_equal(c.limit, 20);
    assert_int_equal(c.offset, 0);
    tq_http_params_free(&p);
    assert_int_equal(call(all, "limit=100&offset=40", "xmlhttprequest", &p, &c, &err), 0);
    assert_int_equal(c.limit, 100);
    assert_int_equal(c.offset, 40);
    tq_http_params_free(&p);
    const char *bad[] = { "limit=101", "limit=0", "limit=-1", "limit=ten", "limit=", "offset=1e3",
                          "limit[]=5", "limit=9999999999" };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        err.status = 0;
        assert_int_equal(call(all, bad[i], "XMLHttpRequest", &p, &c, &err), -1);
        assert_int_equal(err.status, 400);
        tq_http_params_free(&p);
    }
    assert_int_equal(call(all, "", NULL, &p, &c, &err), -1);
    assert_string_equal(err.message, "Only ajax call allowed.");
    tq_http_params_free(&p);
    /* download needs no XHR (a browser form posts it) */
    assert_int_equal(call("/tao/TaskQueueWebApi/download", "taskId=t", NULL, &p, &c, &err), 0);
    assert_string_equal(c.task_id, "t");
    tq_http_params_free(&p);
    assert_int_equal(call("/tao/TaskQueueWebApi/get", "", "XMLHttpRequest", &p, &c, &err), -1);
    assert_string_equal(err.message, "Missing parameter taskId");
    tq_http_params_free(&p);
    assert_int_equal(call("/tao/TaskQueueWebApi/get", "taskId=a%01b", "XMLHttpRequest", &p, &c, &err), -1);
    tq_http_params_free(&p);
    assert_int_equal(call("/tao/TaskQueue/get", "id=x", NULL, &p, &c, &err), 0);
    assert_string_equal(c.task_id, "x");
    tq_http_params_free(&p);
}

static void test_selection_of_archive(void **state)
{
    tq_http_params p;
    tq_http_call c;
    tq_http_error err;
    const char *path = "/tao/TaskQueueWebApi/archive";
    assert_int_equal(call(path, "taskId=all", "XMLHttpRequest", &p, &c, &err), 0);
    assert_true(c.all);
    tq_http_params_free(&p);
    assert_int_equal(call(path, "taskId=t1", "XMLHttpRequest", &p, &c, &err), 0);
    assert_false(c.all);
    assert_string_equal(c.task_id, "t1");
    tq_http_params_free(&p);
    assert_int_equal(call(path, "taskId[]=t1&taskId[]=t2", "XMLHttpRequest", &p, &c, &err), 0);
    assert_int_equal(c.n_ids, 2);
    assert_string_equal(c.task_ids[1], "t2");
    tq_http_call_free(&c);
    tq_http_params_free(&p);
    char q[TQ_HTTP_MAX_INPUT] = "";
    for (int i = 0; i <= TQ_HTTP_MAX_IDS; i++) {
        strcat(q, "taskId[]=x&");
    }
    assert_int_equal(call(path, q, "XMLHttpRequest", &p, &c, &err), -1);
    assert_int_equal(err.status, 400);
    tq_http_call_free(&c);
    tq_http_params_free(&p);
}

static void test_envelopes(void **state)
{
    tq_http_error err;
    size_t len;
    tq_http_fail(&err, 400, "bad \"x\" </y>");
    err.code = 404;
    char *s = tq_http_error_body(TQ_API_WEB, &err, "1.0", &len);
    assert_string_equal(s, "{\"success\":false,\"code\":404,\"message\":\"bad \\\"x\\\" <\\/y>\",\"data\":[]}");
    assert_int_equal(len, strlen(s));
    free(s);
    s = tq_http_error_body(TQ_API_REST, &err, "2026.09", &len);
    assert_string_equal(s, "{\"success\":false,\"errorCode\":404,\"errorMsg\":\"bad \\\"x\\\" <\\/y>\",\"version\":\"2026.09\"}");
    free(s);
    s = tq_http_success_body(TQ_API_WEB, "[1]", 3, "v", &len);
    assert_string_equal(s, "{\"success\":true,\"data\":[1]}");
    free(s);
    s = tq_http_success_body(TQ_API_LEGACY, "\"completed\"", 11, "v", &len);
    assert_string_equal(s, "{\"success\":true,\"data\":\"completed\",\"version\":\"v\"}");
    free(s);
    s = tq_http_flag_body(false, &len);
    assert_string_equal(s, "{\"success\":false}");
    free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_params_decode_like_php),
        cmocka_unit_test(test_params_refuse_malformed_and_oversized),
        cmocka_unit_test(test_routes_methods_and_roles),
        cmocka_unit_test(test_call_parameters),
        cmocka_unit_test(test_selection_of_archive),
        cmocka_unit_test(test_envelopes),
    };
    return cmocka_run_group_tests_name("tq_http request", tests, NULL, NULL);
}
