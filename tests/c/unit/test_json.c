/* tq_json writes exactly what PHP's json_encode() writes with default flags.
 * Expected strings were produced by PHP 8.2's json_encode(). */
#include "helpers.h"
#include "task/tq_json.h"

static void expect_dump(json_t *v, const char *expected)
{
    size_t len = 0;
    char *s = tq_json_dumps_php(v, &len);
    assert_non_null(s);
    assert_string_equal(s, expected);
    assert_int_equal(len, strlen(expected));
    free(s);
    json_decref(v);
}

static void test_floats_match_php(void **state)
{
    struct { double v; const char *php; } cases[] = {
        {1.0, "1"}, {0.1, "0.1"}, {1e25, "1.0e+25"}, {1e15, "1000000000000000"},
        {1e16, "10000000000000000"}, {1e17, "1.0e+17"}, {1e-4, "0.0001"}, {1e-5, "1.0e-5"},
        {0.00012, "0.00012"}, {123456789012345678.0, "1.2345678901234568e+17"}, {-2.5, "-2.5"},
        {1.0 / 3, "0.3333333333333333"}, {100.0, "100"}, {1.5e300, "1.5e+300"}, {5e-324, "5.0e-324"},
        {0.0, "0"}, {-0.0, "-0"}, {12345678901234567.0, "12345678901234568"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        expect_dump(json_real(cases[i].v), cases[i].php);
    }
}

static void test_strings_escape_like_php(void **state)
{
    expect_dump(json_string("a/b"), "\"a\\/b\"");
    expect_dump(json_string("\xc3\xa9\xf0\x9f\x98\x80"), "\"\\u00e9\\ud83d\\ude00\"");
    expect_dump(json_string("\x01\x1f\"\\\n\r\t\b\f"), "\"\\u0001\\u001f\\\"\\\\\\n\\r\\t\\b\\f\"");
    expect_dump(json_string("<>&'"), "\"<>&'\"");
}

static void test_containers_keep_order(void **state)
{
    json_t *o = json_object();
    json_object_set_new(o, "z", json_integer(1));
    json_object_set_new(o, "a", json_array());
    json_object_set_new(o, "m", json_pack("[bn]", 1));
    expect_dump(o, "{\"z\":1,\"a\":[],\"m\":[true,null]}");
    expect_dump(json_object(), "{}");
}

static void test_parse_reports_position(void **state)
{
    tq_error err;
    tq_error_clear(&err);
    json_t *v = tq_json_parse("{\"a\":", 5, &err);
    assert_null(v);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    assert_non_null(strstr(err.message, "line 1"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_floats_match_php),
        cmocka_unit_test(test_strings_escape_like_php),
        cmocka_unit_test(test_containers_keep_order),
        cmocka_unit_test(test_parse_reports_position),
    };
    return cmocka_run_group_tests_name("tq_json", tests, NULL, NULL);
}
