/* tq_time: 'Y-m-d H:i:s' UTC to and from Unix seconds, on any platform. */
#include "helpers.h"
#include "common/tq_time.h"

static void expect_both_ways(int64_t t, const char *text)
{
    char out[32];
    tq_time_format_utc(t, out, sizeof(out));
    assert_string_equal(out, text);
    int64_t back = 0;
    assert_int_equal(tq_time_parse_utc(text, &back), 0);
    assert_int_equal(back, t);
}

static void test_format_and_parse(void **state)
{
    expect_both_ways(0, "1970-01-01 00:00:00");
    expect_both_ways(1700000000, "2023-11-14 22:13:20");
    expect_both_ways(-1, "1969-12-31 23:59:59");
    expect_both_ways(951782400, "2000-02-29 00:00:00");
    expect_both_ways(253402300799, "9999-12-31 23:59:59");
}

static void test_parse_forms(void **state)
{
    int64_t t;
    assert_int_equal(tq_time_parse_utc("1700000000", &t), 0);
    assert_int_equal(t, 1700000000);
    assert_int_equal(tq_time_parse_utc("2023-11-14T22:13:20", &t), 0);
    assert_int_equal(t, 1700000000);
    assert_int_equal(tq_time_parse_utc("2023-11-14", &t), 0);
    assert_int_equal(t, 1699920000);
    assert_int_equal(tq_time_parse_utc("yesterday", &t), -1);
    assert_int_equal(tq_time_parse_utc("2023-13-01", &t), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_format_and_parse),
        cmocka_unit_test(test_parse_forms),
    };
    return cmocka_run_group_tests_name("tq_time", tests, NULL, NULL);
}
