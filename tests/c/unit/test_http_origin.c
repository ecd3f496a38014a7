/* tq_http_origin: another site's browser request is refused, same-origin and
 * non-browser requests pass. */
#include "helpers.h"
#include <string.h>
#include "http/tq_http_origin.h"

static void test_same_origin_and_no_browser(void **state)
{
    tq_http_error err;
    assert_int_equal(tq_http_origin_check(NULL, NULL, NULL, NULL, &err), 0);
    assert_int_equal(tq_http_origin_check(NULL, "127.0.0.1:8080", NULL, NULL, &err), 0);
    assert_int_equal(tq_http_origin_check("http://127.0.0.1:8080", "127.0.0.1:8080", NULL, "same-origin", &err), 0);
    assert_int_equal(tq_http_origin_check("https://Tasks.Example.org", "tasks.example.org", NULL, NULL, &err), 0);
    assert_int_equal(tq_http_origin_check("https://tasks.example.org", "tasks.example.org:443", "443", NULL, &err), 0);
    /* nginx's $host has no port: the port the front listens on stands in */
    assert_int_equal(tq_http_origin_check("http://127.0.0.1:8080", "127.0.0.1", "8080", NULL, &err), 0);
    assert_int_equal(tq_http_origin_check("http://[::1]:8080", "[::1]", "8080", NULL, &err), 0);
    assert_int_equal(tq_http_origin_check(NULL, "h", NULL, "none", &err), 0);
}

static void test_cross_origin_refused(void **state)
{
    tq_http_error err;
    const char *bad[][4] = {
        { "http://evil.test", "127.0.0.1:8080", NULL, NULL },
        { "http://127.0.0.1:9999", "127.0.0.1:8080", NULL, NULL },
        { "http://127.0.0.1:9999", "127.0.0.1", "8080", NULL },
        { "http://127.0.0.1", "127.0.0.1", "8080", NULL },
        { "https://127.0.0.1:8080", "127.0.0.1:8080x", NULL, NULL },
        { "null", "127.0.0.1:8080", NULL, NULL },
        { "http://127.0.0.1:8080/x", "127.0.0.1:8080", NULL, NULL },
        { "http://user@127.0.0.1:8080", "127.0.0.1:8080", NULL, NULL },
        { "http://127.0.0.1:8080", NULL, NULL, NULL },
        { "http://127.0.0.1:", "127.0.0.1", NULL, NULL },
        { NULL, "127.0.0.1:8080", NULL, "cross-site" },
        { NULL, "127.0.0.1:8080", NULL, "same-site" },
        { "http://127.0.0.1:8080", "127.0.0.1:8080", NULL, "cross-site" },
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        memset(&err, 0, sizeof(err));
        assert_int_equal(tq_http_origin_check(bad[i][0], bad[i][1], bad[i][2], bad[i][3], &err), -1);
        assert_int_equal(err.status, 403);
        assert_string_equal(err.message, "Cross-origin request refused");
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_origin_and_no_browser),
        cmocka_unit_test(test_cross_origin_refused),
    };
    return cmocka_run_group_tests_name("tq_http origin", tests, NULL, NULL);
}
