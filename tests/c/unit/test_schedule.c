/* tq_schedule: the limits of delays, due times and uniqueness keys, and reading them from a
 * task JSON; every refusal names the problem. */
#include "helpers.h"
#include "task/tq_schedule.h"

static void test_delay_limits(void **state)
{
    tq_error err;
    tq_error_clear(&err);
    assert_int_equal(tq_schedule_check_delay(0, &err), 0);
    assert_int_equal(tq_schedule_check_delay(TQ_DELAY_MAX_S, &err), 0);
    assert_int_equal(tq_schedule_check_delay(-1, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    assert_non_null(strstr(err.message, "negative"));
    assert_int_equal(tq_schedule_check_delay((int64_t)TQ_DELAY_MAX_S + 1, &err), -1);
    assert_non_null(strstr(err.message, "limit"));
}

static void test_run_at_limits(void **state)
{
    tq_error err;
    tq_error_clear(&err);
    int64_t now = 1700000000000;
    assert_int_equal(tq_schedule_check_run_at(now, now, &err), 0);
    assert_int_equal(tq_schedule_check_run_at(now - TQ_RUN_AT_SLACK_MS, now, &err), 0);
    assert_int_equal(tq_schedule_check_run_at(now - TQ_RUN_AT_SLACK_MS - 1, now, &err), -1);
    assert_non_null(strstr(err.message, "in the past"));
    assert_int_equal(tq_schedule_check_run_at(now + (int64_t)TQ_DELAY_MAX_S * 1000 + 1, now, &err), -1);
    assert_non_null(strstr(err.message, "ahead"));
}

static void test_unique_key_limits(void **state)
{
    tq_error err;
    tq_error_clear(&err);
    char key[TQ_UNIQUE_KEY_MAX + 1];
    memset(key, 'k', sizeof(key));
    assert_int_equal(tq_schedule_check_unique_key(key, TQ_UNIQUE_KEY_MAX, &err), 0);
    assert_int_equal(tq_schedule_check_unique_key(key, TQ_UNIQUE_KEY_MAX + 1, &err), -1);
    assert_non_null(strstr(err.message, "longer than the limit of 255 bytes"));
    assert_int_equal(tq_schedule_check_unique_key("a\0b", 3, &err), -1);
    assert_non_null(strstr(err.message, "NUL"));
    assert_int_equal(tq_schedule_check_unique_key("", 0, &err), -1);
    assert_non_null(strstr(err.message, "empty"));
}

static void test_of_body(void **state)
{
    tq_error err;
    tq_error_clear(&err);
    tq_schedule s;
    const char *plain = "{\"taskFqcn\":\"X\",\"metadata\":{\"__id__\":\"a\"},\"parameters\":[]}";
    assert_int_equal(tq_schedule_of_body(plain, strlen(plain), &s, &err), 0);
    assert_false(s.has_run_at);
    assert_null(s.unique_key);

    const char *both = "{\"taskFqcn\":\"X\",\"metadata\":{\"__id__\":\"a\",\"__run_at__\":\"2023-11-14T22:13:20.250+00:00\","
                       "\"__unique_key__\":\"import:42\"},\"parameters\":[]}";
    assert_int_equal(tq_schedule_of_body(both, strlen(both), &s, &err), 0);
    assert_true(s.has_run_at);
    assert_int_equal(s.run_at_ms, 1700000000250);   /* date -u -d @1700000000 */
    assert_string_equal(s.unique_key, "import:42");
    tq_schedule_clear(&s);
    assert_null(s.unique_key);

    const char *bad_time = "{\"metadata\":{\"__run_at__\":\"tomorrow\"}}";
    assert_int_equal(tq_schedule_of_body(bad_time, strlen(bad_time), &s, &err), -1);
    assert_non_null(strstr(err.message, "__run_at__"));
    const char *bad_key = "{\"metadata\":{\"__unique_key__\":5}}";
    assert_int_equal(tq_schedule_of_body(bad_key, strlen(bad_key), &s, &err), -1);
    assert_non_null(strstr(err.message, "__unique_key__"));
    const char *nul_key = "{\"metadata\":{\"__unique_key__\":\"a\\u0000b\"}}";
    assert_int_equal(tq_schedule_of_body(nul_key, strlen(nul_key), &s, &err), -1);
    assert_non_null(strstr(err.message, "NUL"));
    assert_null(s.unique_key);
}

static void test_format(void **state)
{
    char buf[40];
    assert_int_equal(tq_schedule_format(1700000000250, 0, buf, sizeof(buf)), 0);
    assert_string_equal(buf, "2023-11-14T22:13:20.250+00:00");
    assert_int_equal(tq_schedule_format(1700000000005, 1, buf, sizeof(buf)), 0);
    assert_string_equal(buf, "2023-11-14 22:13:20.005+00");
    assert_int_equal(tq_schedule_format(1700000000005, 1, buf, 10), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_delay_limits),
        cmocka_unit_test(test_run_at_limits),
        cmocka_unit_test(test_unique_key_limits),
        cmocka_unit_test(test_of_body),
        cmocka_unit_test(test_format),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
