/* tq_retry: a policy's limits, its JSON both ways, the delays it gives and the error text it
 * keeps; every refusal names the field. */
#include "helpers.h"
#include "task/tq_retry.h"

static void test_defaults_and_limits(void **state)
{
    tq_error err;
    tq_error_clear(&err);
    tq_retry p;
    tq_retry_init(&p);
    assert_int_equal(tq_retry_check(&p, &err), 0);
    p.attempts = 0;
    assert_int_equal(tq_retry_check(&p, &err), -1);
    assert_non_null(strstr(err.message, "attempts must be from 1 to 100"));
    p.attempts = 3;
    p.backoff = -1;
    assert_int_equal(tq_retry_check(&p, &err), -1);
    assert_non_null(strstr(err.message, "backoff"));
    p.backoff = 10;
    p.max_backoff = 5;
    assert_int_equal(tq_retry_check(&p, &err), -1);
    assert_non_null(strstr(err.message, "max_backoff"));
    p.max_backoff = 60;
    p.jitter = 1.5;
    assert_int_equal(tq_retry_check(&p, &err), -1);
    assert_non_null(strstr(err.message, "jitter"));
    p.jitter = 0;
    p.multiplier = 0.5;
    assert_int_equal(tq_retry_check(&p, &err), -1);
    assert_non_null(strstr(err.message, "multiplier"));
    p.multiplier = 2;
    p.backoff = 0.0 / 0.0;
    assert_int_equal(tq_retry_check(&p, &err), -1);
    tq_retry_clear(&p);
}

static void test_classes(void **state)
{
    tq_error err;
    tq_error_clear(&err);
    tq_retry p;
    tq_retry_init(&p);
    assert_int_equal(tq_retry_add_class(&p, "\\RuntimeException", 17, &err), 0);
    assert_string_equal(p.retry_on[0], "RuntimeException");
    assert_int_equal(tq_retry_add_class(&p, "a\\b\\C_1", 7, &err), 0);
    assert_int_equal(tq_retry_add_class(&p, "1abc", 4, &err), -1);
    assert_non_null(strstr(err.message, "not a class name"));
    assert_int_equal(tq_retry_add_class(&p, "a\\", 2, &err), -1);
    assert_int_equal(tq_retry_add_class(&p, "a b", 3, &err), -1);
    assert_int_equal(tq_retry_add_class(&p, "a\0b", 3, &err), -1);
    assert_int_equal(tq_retry_add_class(&p, "", 0, &err), -1);
    for (int i = 2; i < TQ_RETRY_CLASSES_MAX; i++) {
        assert_int_equal(tq_retry_add_class(&p, "E", 1, &err), 0);
    }
    assert_int_equal(tq_retry_add_class(&p, "E", 1, &err), -1);
    assert_non_null(strstr(err.message, "more than 32"));
    tq_retry_clear(&p);
}

static void test_json_round_trip(void **state)
{
    tq_error err;
    tq_error_clear(&err);
    json_t *j = json_loads("{\"attempts\":4,\"backoff\":0.5,\"max_backoff\":8,\"jitter\":0,"
                           "\"retry_on\":[\"\\\\PDOException\"]}", 0, NULL);
    tq_retry p;
    assert_int_equal(tq_retry_of_json(j, &p, &err), 0);
    json_decref(j);
    assert_int_equal(p.attempts, 4);
    assert_int_equal(p.n_retry_on, 1);
    assert_string_equal(p.retry_on[0], "PDOException");
    json_t *back = tq_retry_to_json(&p);
    tq_retry q;
    assert_int_equal(tq_retry_of_json(back, &q, &err), 0);
    json_decref(back);
    assert_int_equal(q.attempts, 4);
    assert_true(q.backoff == 0.5 && q.max_backoff == 8 && q.multiplier == 2 && q.jitter == 0);
    assert_string_equal(q.retry_on[0], "PDOException");
    tq_retry_clear(&p);
    tq_retry_clear(&q);

    const char *bad[][2] = {
        {"{\"attempts\":\"3\"}", "attempts must be an integer"},
        {"{\"attempts\":101}", "attempts must be an integer from 1 to 100"},
        {"{\"backof\":1}", "unknown key \"backof\""},
        {"{\"jitter\":\"x\"}", "jitter must be a number"},
        {"{\"retry_on\":\"E\"}", "retry_on must be a list"},
        {"{\"retry_on\":[1]}", "retry_on[0] must be a class name"},
        {"[1]", "must be an object"},
        {"{\"backoff\":5,\"max_backoff\":1}", "max_backoff must be from backoff"},
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        json_t *b = json_loads(bad[i][0], JSON_DECODE_ANY, NULL);
        assert_non_null(b);
        assert_int_equal(tq_retry_of_json(b, &p, &err), -1);
        json_decref(b);
        if (!strstr(err.message, bad[i][1])) {
            fail_msg("%s: got \"%s\"", bad[i][0], err.message);
        }
        assert_int_equal(p.n_retry_on, 0);
    }
}

static void test_delays(void **state)
{
    tq_retry p;
    tq_retry_init(&p);
    p.backoff = 2;
    p.multiplier = 3;
    p.max_backoff = 50;
    p.jitter = 0;
    assert_int_equal(tq_retry_delay_ms(&p, 1, 0), 2000);
    assert_int_equal(tq_retry_delay_ms(&p, 2, 0), 6000);
    assert_int_equal(tq_retry_delay_ms(&p, 3, 0), 18000);
    assert_int_equal(tq_retry_delay_ms(&p, 4, 0), 50000);      /* capped */
    assert_int_equal(tq_retry_delay_ms(&p, 99, 0), 50000);     /* no overflow */
    p.jitter = 0.5;
    assert_int_equal(tq_retry_delay_ms(&p, 1, 0), 2000);
    assert_int_equal(tq_retry_delay_ms(&p, 1, 0.5), 1500);
    int64_t low = tq_retry_delay_ms(&p, 1, 1.0);
    assert_true(low >= 1000 && low < 1001);
    p.backoff = 0;
    assert_int_equal(tq_retry_delay_ms(&p, 5, 0.3), 0);
    tq_retry_clear(&p);
}

static void test_error_text(void **state)
{
    char *t = tq_retry_error_text("RuntimeException", "db down");
    assert_string_equal(t, "RuntimeException: db down");
    free(t);
    char big[3000];
    memset(big, 'x', sizeof(big));
    memcpy(big + 1020, "\xc3\xa9\xc3\xa9", 4);   /* a two-byte character across the cut */
    big[sizeof(big) - 1] = '\0';
    t = tq_retry_error_text("E", big);
    assert_true(strlen(t) <= TQ_RETRY_ERROR_MAX);
    assert_true(strlen(t) >= TQ_RETRY_ERROR_MAX - 3);
    assert_true(((unsigned char)t[strlen(t) - 1] & 0xC0) != 0xC0);   /* no lead byte left alone */
    free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defaults_and_limits),
        cmocka_unit_test(test_classes),
        cmocka_unit_test(test_json_round_trip),
        cmocka_unit_test(test_delays),
        cmocka_unit_test(test_error_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
