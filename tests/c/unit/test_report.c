/* tq_report: building, checking, normalising report trees. Expected JSON is what
 * PHP's json_encode() writes for generis' Report::toArray(). */
#include "helpers.h"
#include "task/tq_json.h"
#include "task_log/tq_report.h"

static char *dump(const json_t *v)
{
    size_t len;
    char *s = tq_json_dumps_php(v, &len);
    assert_non_null(s);
    return s;
}

static void expect_json(const json_t *v, const char *expected)
{
    char *s = dump(v);
    assert_string_equal(s, expected);
    free(s);
}

static json_t *parse(const char *text)
{
    tq_error err;
    tq_error_clear(&err);
    json_t *v = tq_json_parse(text, strlen(text), &err);
    assert_non_null(v);
    return v;
}

static void test_new_has_keys_in_order(void **state)
{
    tq_error err;
    tq_error_clear(&err);
    json_t *r = tq_report_new(TQ_REPORT_INFO, "Running task a#i1", NULL, &err);
    assert_non_null(r);
    expect_json(r, "{\"type\":\"info\",\"message\":\"Running task a#i1\",\"data\":null,\"children\":[]}");
    json_decref(r);

    r = tq_report_newf(TQ_REPORT_ERROR, json_pack("{si}", "n", 3), &err, "Task %s failed: %d", "x", 7);
    assert_non_null(r);
    expect_json(r, "{\"type\":\"error\",\"message\":\"Task x failed: 7\",\"data\":{\"n\":3},\"children\":[]}");
    json_decref(r);
}

static void test_new_rejects_bad_type_and_utf8(void **state)
{
    tq_error err;
    tq_error_clear(&err);
    assert_null(tq_report_new("fatal", "m", json_integer(1), &err));
    assert_int_equal(err.code, TQ_ERR_INVALID);
    assert_non_null(strstr(err.message, "\"fatal\""));

    tq_error_clear(&err);
    assert_null(tq_report_new(TQ_REPORT_INFO, "bad \xff byte", NULL, &err));
    assert_int_equal(err.code, TQ_ERR_INVALID);
    assert_non_null(strstr(err.message, "UTF-8"));

    assert_null(tq_report_new(NULL, "m", NULL, &err));
    assert_int_equal(tq_report_type_valid("success"), 1);
    assert_int_equal(tq_report_type_valid("Success"), 0);
}

static void test_add_nests_children(void **state)
{
    tq_error err;
    tq_error_clear(&err);
    json_t *root = tq_report_new(TQ_REPORT_INFO, "root", NULL, &err);
    json_t *child = tq_report_new(TQ_REPORT_SUCCESS, "done", json_string("file.csv"), &err);
    assert_int_equal(tq_report_add(root, child, &err), 0);
    expect_json(root, "{\"type\":\"info\",\"message\":\"root\",\"data\":null,\"children\":"
                      "[{\"type\":\"success\",\"message\":\"done\",\"data\":\"file.csv\",\"children\":[]}]}");
    assert_int_equal(tq_report_check(root, &err), 0);

    /* not a node: the child is released, the caller gets an error */
    json_t *notnode = json_array();
    assert_int_equal(tq_report_add(notnode, json_string("x"), &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    assert_int_equal(tq_report_add(root, NULL, &err), -1);
    json_decref(notnode);
    json_decref(root);
}

static void expect_check_fails(const char *text, const char *where)
{
    tq_error err;
    tq_error_clear(&err);
    json_t *v = parse(text);
    assert_int_equal(tq_report_check(v, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    if (!strstr(err.message, where)) {
        fail_msg("\"%s\" does not mention \"%s\"", err.message, where);
    }
    assert_null(tq_report_normalize(v, &err));
    json_decref(v);
}

static void test_check_names_the_broken_place(void **state)
{
    /* the words the PHP classes throw (phpt/task_log/InMemoryTaskLogBroker_report.phpt) */
    expect_check_fails("[1,2]", "Invalid task report: \"type\" must be one of info, success, warning, error");
    expect_check_fails("\"x\"", "Invalid task report: expected an array {type, message, data, children} or a "
                       "report object, string given");
    expect_check_fails("{\"message\":\"m\"}", "Invalid task report: \"type\" must be one of");
    expect_check_fails("{\"type\":\"fatal\",\"message\":\"m\"}", "\"type\" must be one of");
    expect_check_fails("{\"type\":\"info\",\"message\":3}", "Invalid task report: \"message\" must be a string");
    expect_check_fails("{\"type\":\"info\",\"message\":\"m\",\"children\":\"x\"}",
                       "\"children\" must be a list of reports, string given");
    expect_check_fails("{\"type\":\"info\",\"message\":\"m\",\"children\":[{\"type\":\"info\",\"message\":\"a\"},"
                       "{\"type\":\"info\",\"message\":\"b\",\"children\":[{\"type\":\"nope\",\"message\":\"c\"}]}]}",
                       "Invalid task report at children[1].children[0]: \"type\" must be one of");
    expect_check_fails("{\"type\":\"info\",\"message\":\"m\",\"children\":[7]}",
                       "at children[0]: expected an array {type, message, data, children} or a report object, int given");
}

/* n report levels, each one child deep; data (stolen) on the deepest node. */
static json_t *deep_report(int n, json_t *data)
{
    tq_error err;
    json_t *r = tq_report_new(TQ_REPORT_SUCCESS, "leaf", data, &err);
    for (int i = 1; i < n; i++) {
        json_t *parent = tq_report_new(TQ_REPORT_INFO, "level", NULL, &err);
        tq_report_add(parent, r, &err);
        r = parent;
    }
    return r;
}

/* One limit: 512 levels of JSON, what json_decode() reads back (256 report levels). */
static void test_check_depth_is_counted_in_json_levels(void **state)
{
    tq_error err;
    tq_error_clear(&err);
    json_t *r = deep_report(256, NULL);
    assert_int_equal(tq_report_check(r, &err), 0);
    json_t *n = tq_report_normalize(r, &err);
    assert_non_null(n);
    json_decref(n);
    json_decref(r);

    r = deep_report(257, NULL);
    assert_int_equal(tq_report_check(r, &err), -1);
    assert_int_equal(err.code, TQ_ERR_TOO_DEEP);
    assert_string_equal(err.message, "Invalid task report: " TQ_REPORT_TOO_DEEP);
    assert_null(tq_report_normalize(r, &err));
    json_decref(r);

    /* data counts too: the deepest node's data [[]] would be levels 512 and 513 */
    r = deep_report(256, json_pack("[[]]"));
    assert_int_equal(tq_report_check(r, &err), -1);
    assert_int_equal(err.code, TQ_ERR_TOO_DEEP);
    json_decref(r);
    r = deep_report(255, json_pack("[[]]"));
    assert_int_equal(tq_report_check(r, &err), 0);
    json_decref(r);
}

static void test_check_accepts_minimal_and_extra_keys(void **state)
{
    tq_error err;
    tq_error_clear(&err);
    json_t *v = parse("{\"message\":\"m\",\"type\":\"warning\"}");
    assert_int_equal(tq_report_check(v, &err), 0);
    json_decref(v);
}

static void test_normalize_orders_keys_and_fills_defaults(void **state)
{
    tq_error err;
    tq_error_clear(&err);
    json_t *v = parse("{\"interpolationMessage\":\"Hi %s\",\"children\":[{\"message\":\"c\",\"type\":\"success\","
                      "\"data\":{\"uriResource\":\"u\"}}],\"message\":\"m\",\"type\":\"info\"}");
    json_t *n = tq_report_normalize(v, &err);
    assert_non_null(n);
    expect_json(n, "{\"type\":\"info\",\"message\":\"m\",\"data\":null,\"children\":[{\"type\":\"success\","
                   "\"message\":\"c\",\"data\":{\"uriResource\":\"u\"},\"children\":[]}],"
                   "\"interpolationMessage\":\"Hi %s\"}");
    /* a deep copy: the source is untouched and independent */
    json_object_set_new(json_array_get(json_object_get(v, "children"), 0), "message", json_string("changed"));
    assert_string_equal(json_string_value(json_object_get(json_array_get(json_object_get(n, "children"), 0),
                                                          "message")), "c");
    json_decref(n);
    json_decref(v);
}

static void test_has_error_looks_at_whole_tree(void **state)
{
    json_t *v = parse("{\"type\":\"info\",\"message\":\"m\",\"children\":[{\"type\":\"warning\",\"message\":\"w\"},"
                      "{\"type\":\"success\",\"message\":\"s\",\"children\":[{\"type\":\"error\",\"message\":\"e\"}]}]}");
    assert_int_equal(tq_report_has_error(v), 1);
    assert_int_equal(tq_report_contains(v, "error"), 1);
    assert_int_equal(tq_report_contains(v, "info"), 0); /* the node itself does not count */
    assert_int_equal(tq_report_contains(v, "warning"), 1);
    json_decref(v);

    v = parse("{\"type\":\"error\",\"message\":\"m\"}");
    assert_int_equal(tq_report_has_error(v), 1);
    assert_int_equal(tq_report_contains(v, "error"), 0);
    json_decref(v);

    v = parse("{\"type\":\"info\",\"message\":\"m\",\"children\":[{\"type\":\"warning\",\"message\":\"w\"}]}");
    assert_int_equal(tq_report_has_error(v), 0);
    json_decref(v);

    v = parse("[{\"type\":\"error\"}]");
    assert_int_equal(tq_report_has_error(v), 0);
    assert_int_equal(tq_report_has_error(NULL), 0);
    json_decref(v);
}

static void test_deep_nesting_is_bounded(void **state)
{
    tq_error err;
    tq_error_clear(&err);
    json_t *root = tq_report_new(TQ_REPORT_INFO, "0", NULL, &err);
    json_t *cur = root;
    for (int i = 1; i < 600; i++) {
        json_t *c = tq_report_new(TQ_REPORT_INFO, "n", NULL, &err);
        assert_int_equal(tq_report_add(cur, c, &err), 0);
        cur = c;
    }
    assert_int_equal(tq_report_check(root, &err), -1);
    assert_non_null(strstr(err.message, "deeper than 512"));
    assert_int_equal(tq_report_has_error(root), 0);
    json_decref(root);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_new_has_keys_in_order),
        cmocka_unit_test(test_new_rejects_bad_type_and_utf8),
        cmocka_unit_test(test_add_nests_children),
        cmocka_unit_test(test_check_names_the_broken_place),
        cmocka_unit_test(test_check_depth_is_counted_in_json_levels),
        cmocka_unit_test(test_check_accepts_minimal_and_extra_keys),
        cmocka_unit_test(test_normalize_orders_keys_and_fills_defaults),
        cmocka_unit_test(test_has_error_looks_at_whole_tree),
        cmocka_unit_test(test_deep_nesting_is_bounded),
    };
    return cmocka_run_group_tests_name("tq_report", tests, NULL, NULL);
}
