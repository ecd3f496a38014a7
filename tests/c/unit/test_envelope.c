/* tq_envelope: the checks made on task JSON before any PHP object is built. Every
 * refused envelope must name the field at fault, and the task id once it is known. */
#include "helpers.h"
#include "task/tq_envelope.h"

#define REF_ID "http://www.taotesting.com/ontologies/tao.rdf#i15402228521886108"
/* tao-core's serializer test envelope, as TAO writes it (slashes escaped). */
static const char *reference =
    "{\"taskFqcn\":\"oat\\\\tao\\\\model\\\\taskQueue\\\\Task\\\\CallbackTask\",\"metadata\":{"
    "\"__id__\":\"http:\\/\\/www.taotesting.com\\/ontologies\\/tao.rdf#i15402228521886108\","
    "\"__created_at__\":\"2018-10-22T15:40:52+00:00\",\"__owner__\":\"\",\"__master_status__\":0,"
    "\"__label__\":\"ExportByHandler\",\"__callable__\":\"oat\\\\tao\\\\model\\\\task\\\\ExportByHandler\"},"
    "\"parameters\":[]}";

static void test_reference_envelope(void **state)
{
    tq_envelope env;
    tq_error err;
    tq_error_clear(&err);
    assert_int_equal(tq_envelope_parse(reference, strlen(reference), &env, &err), 0);
    assert_string_equal(env.fqcn, "oat\\tao\\model\\taskQueue\\Task\\CallbackTask");
    assert_int_equal(env.fqcn_len, strlen(env.fqcn));
    assert_string_equal(env.id, REF_ID);
    assert_int_equal(env.id_len, strlen(REF_ID));
    assert_true(json_is_string(env.owner));
    assert_string_equal(json_string_value(env.owner), "");
    assert_true(json_is_string(env.callable));
    assert_string_equal(json_string_value(env.callable), "oat\\tao\\model\\task\\ExportByHandler");
    assert_true(json_is_array(env.parameters));
    assert_int_equal(json_object_size(env.metadata), 6);
    assert_true(env.has_created_at);
    assert_int_equal(env.created_at.sec, 1540222852); /* date -u -d 2018-10-22T15:40:52 +%s */
    assert_int_equal(env.created_at.usec, 0);
    /* keys keep document order (the serialised form depends on it) */
    const char *first = json_object_iter_key(json_object_iter(env.metadata));
    assert_string_equal(first, "__id__");
    tq_envelope_free(&env);
    assert_null(env.root);
}

static void test_optional_fields(void **state)
{
    const char *j = "{\"taskFqcn\":\"A\",\"metadata\":{\"__id__\":\"x\",\"__created_at__\":null},"
                    "\"parameters\":{\"a\":1}}";
    tq_envelope env;
    tq_error err;
    assert_int_equal(tq_envelope_parse(j, strlen(j), &env, &err), 0);
    assert_null(env.owner);
    assert_null(env.callable);
    assert_false(env.has_created_at);
    assert_true(json_is_object(env.parameters));
    tq_envelope_free(&env);
}

/* Expects a refusal whose message contains every needle given. */
static void expect_refused(const char *json, const char *needle1, const char *needle2)
{
    tq_envelope env;
    tq_error err;
    tq_error_clear(&err);
    int rc = tq_envelope_parse(json, strlen(json), &env, &err);
    if (rc == 0) {
        tq_envelope_free(&env);
        fail_msg("accepted: %s", json);
    }
    assert_null(env.root);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    if (!strstr(err.message, needle1) || (needle2 && !strstr(err.message, needle2))) {
        fail_msg("message \"%s\" lacks \"%s\"/\"%s\"", err.message, needle1, needle2 ? needle2 : "");
    }
}

static void test_refusals_name_the_field(void **state)
{
    expect_refused("{\"taskFqcn\":", "not JSON", "line 1");
    expect_refused("", "not JSON", NULL);
    expect_refused("[1,2]", "top level must be an object", "array");
    expect_refused("\"x\"", "top level must be an object", "string");
    expect_refused("{\"metadata\":{\"__id__\":\"t1\"},\"parameters\":[]}", "\"taskFqcn\" is missing", "(task t1)");
    expect_refused("{\"taskFqcn\":5,\"metadata\":{\"__id__\":\"t1\"},\"parameters\":[]}", "\"taskFqcn\"", "integer");
    expect_refused("{\"taskFqcn\":\"\",\"metadata\":{\"__id__\":\"t1\"},\"parameters\":[]}", "\"taskFqcn\"", "empty");
    expect_refused("{\"taskFqcn\":\"A\",\"parameters\":[]}", "\"metadata\" is missing", NULL);
    expect_refused("{\"taskFqcn\":\"A\",\"metadata\":[],\"parameters\":[]}", "\"metadata\" must be an object", "array");
    expect_refused("{\"taskFqcn\":\"A\",\"metadata\":{},\"parameters\":[]}", "\"metadata.__id__\" is missing", NULL);
    expect_refused("{\"taskFqcn\":\"A\",\"metadata\":{\"__id__\":7},\"parameters\":[]}", "\"metadata.__id__\"", "integer");
    expect_refused("{\"taskFqcn\":\"A\",\"metadata\":{\"__id__\":\"t1\"}}", "\"parameters\" is missing", "(task t1)");
    expect_refused("{\"taskFqcn\":\"A\",\"metadata\":{\"__id__\":\"t1\"},\"parameters\":\"p\"}",
                   "\"parameters\" must be an object or an array, got string", "(task t1)");
    expect_refused("{\"taskFqcn\":\"A\",\"metadata\":{\"__id__\":\"t1\"},\"parameters\":null}", "\"parameters\"", "null");
    expect_refused("{\"taskFqcn\":\"A\",\"metadata\":{\"__id__\":\"t1\",\"__created_at__\":\"yesterday\"},\"parameters\":[]}",
                   "\"metadata.__created_at__\" is not an ISO-8601", "(task t1)");
    expect_refused("{\"taskFqcn\":\"A\",\"metadata\":{\"__id__\":\"t1\",\"__created_at__\":12},\"parameters\":[]}",
                   "\"metadata.__created_at__\" must be an ISO-8601 date-time string, got integer", "(task t1)");
    expect_refused("{\"taskFqcn\":\"A\",\"metadata\":{\"__id__\":\"t1\",\"__owner__\":{}},\"parameters\":[]}",
                   "\"metadata.__owner__\"", "(task t1)");
}

static void expect_instant(const char *s, int64_t sec, int32_t usec)
{
    tq_instant t = {0, 0};
    if (tq_iso8601_parse(s, strlen(s), &t) != 0) {
        fail_msg("refused %s", s);
    }
    if (t.sec != sec || t.usec != usec) {
        fail_msg("%s: got %lld.%06d", s, (long long)t.sec, (int)t.usec);
    }
}

static void test_iso8601(void **state)
{
    /* expected values from PHP: (new DateTime($s, new DateTimeZone('UTC')))->format('U.u') */
    expect_instant("2018-10-22T15:40:52+00:00", 1540222852, 0);
    expect_instant("2018-10-22T17:40:52+02:00", 1540222852, 0);
    expect_instant("2018-10-22T10:10:52-0530", 1540222852, 0);
    expect_instant("2018-10-22T15:40:52Z", 1540222852, 0);
    expect_instant("2018-10-22 15:40:52.123456789", 1540222852, 123456);
    expect_instant("2018-10-22T15:40:52.5+00:00", 1540222852, 500000);
    expect_instant("2018-10-22T15:40", 1540222800, 0);
    expect_instant("2018-10-22", 1540166400, 0);
    expect_instant("1970-01-01T00:00:00+00:00", 0, 0);
    expect_instant("1969-12-31T23:59:59+00:00", -1, 0);
    expect_instant("2000-02-29T00:00:00+00:00", 951782400, 0);
    const char *bad[] = {"", "yesterday", "2018-13-01T00:00:00", "2018-02-29T00:00:00", "2018-10-22T24:00:00",
                         "2018-10-22T15:40:52+00:00x", "2018-10-22T15:40:52.", "2018-10-22T15:40:52+2",
                         "18-10-22", "2018-10-22T15", "2018-10-22T15:60:00"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        tq_instant t;
        if (tq_iso8601_parse(bad[i], strlen(bad[i]), &t) == 0) {
            fail_msg("accepted %s", bad[i]);
        }
    }
}

static void test_format_utc(void **state)
{
    char buf[32];
    tq_instant t = {1540222852, 42};
    assert_int_equal(tq_instant_format_utc(&t, buf, sizeof(buf)), 0);
    assert_string_equal(buf, "2018-10-22 15:40:52.000042");
    tq_instant neg = {-1, 0};
    assert_int_equal(tq_instant_format_utc(&neg, buf, sizeof(buf)), 0);
    assert_string_equal(buf, "1969-12-31 23:59:59.000000");
    tq_instant far = {-62167219201LL, 0}; /* 0000-01-01 minus one second */
    assert_int_equal(tq_instant_format_utc(&far, buf, sizeof(buf)), -1);
}

/* Decoded size estimate: grows with elements and string bytes, so a dense row is refused
 * before PHP runs out of memory_limit mid-way (ext/task/task_serializer.c). */
static size_t php_bytes_of(const char *params)
{
    char j[4096];
    snprintf(j, sizeof(j), "{\"taskFqcn\":\"A\",\"metadata\":{\"__id__\":\"x\"},\"parameters\":%s}", params);
    tq_envelope env;
    tq_error err;
    assert_int_equal(tq_envelope_parse(j, strlen(j), &env, &err), 0);
    size_t n = tq_envelope_php_bytes(&env);
    tq_envelope_free(&env);
    return n;
}

static void test_php_bytes(void **state)
{
    size_t empty = php_bytes_of("[]");
    size_t three = php_bytes_of("[1,2,3]");
    size_t nested = php_bytes_of("[[1],[2],[3]]");
    size_t text = php_bytes_of("{\"k\":\"0123456789012345678901234567890123456789\"}");
    assert_true(empty > 0);
    assert_true(three >= empty + 3 * 32);        /* a bucket an element at least */
    assert_true(nested > three + 3 * 56);        /* and an array header a nested array */
    assert_true(text >= empty + 40 + 1);         /* string bytes and the key counted */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reference_envelope),
        cmocka_unit_test(test_optional_fields),
        cmocka_unit_test(test_refusals_name_the_field),
        cmocka_unit_test(test_iso8601),
        cmocka_unit_test(test_format_utc),
        cmocka_unit_test(test_php_bytes),
    };
    return cmocka_run_group_tests_name("tq_envelope", tests, NULL, NULL);
}
