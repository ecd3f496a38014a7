/* tq_log_mem: the in-memory task log: lookups, guarded updates, every filter
 * operator with SQL's NULL logic, ordering, paging, counting and stats. */
#include <stdio.h>
#include "helpers.h"
#include "task_log/tq_log.h"

/* 2024-01-01 00:00:00 UTC */
#define T0 1704067200

static void add_row(tq_log_mem *s, const char *id, const char *status, const char *label,
                    const char *parent, int64_t created, int master)
{
    tq_log_row r;
    memset(&r, 0, sizeof(r));
    r.id = (char *)id;
    r.parent_id = (char *)parent;
    r.task_name = (char *)"oat\\Task\\Export";
    r.parameters = (char *)"{\"a\":1}";
    r.label = (char *)label;
    r.status = (char *)status;
    r.master_status = master;
    r.owner = (char *)"user-1";
    r.report = NULL;
    r.created_at = created;
    r.updated_at = TQ_LOG_NO_TIME;
    tq_error err;
    tq_error_clear(&err);
    assert_int_equal(tq_log_mem_add(s, &r, &err), 0);
}

/* Five rows: ids a..e, created one minute apart (a oldest). */
static tq_log_mem *fixture(void)
{
    tq_log_mem *s = tq_log_mem_new();
    assert_non_null(s);
    add_row(s, "a", "enqueued", "Import 1", NULL, T0, 0);
    add_row(s, "b", "running", "import 2", "a", T0 + 60, 0);
    add_row(s, "c", "completed", "Export_1", "a", T0 + 120, 1);
    add_row(s, "d", "failed", "100% done", NULL, T0 + 180, 0);
    add_row(s, "e", "child_running", "\xc3\xa9t\xc3\xa9", "a", T0 + 240, 1);
    return s;
}

/* Runs a search and returns the ids in order, comma separated. */
static char *ids_of(tq_log_mem *s, tq_log_filter *f)
{
    static char buf[256];
    tq_log_row *rows;
    tq_error err;
    tq_error_clear(&err);
    int64_t n = tq_log_mem_search(s, f, &rows, &err);
    assert_true(n >= 0);
    buf[0] = '\0';
    for (int64_t i = 0; i < n; i++) {
        if (i) {
            strcat(buf, ",");
        }
        strcat(buf, rows[i].id);
        tq_log_row_clear(&rows[i]);
    }
    free(rows);
    return buf;
}

static char *where1(tq_log_mem *s, const char *col, tq_op op, const char *value)
{
    tq_log_filter f;
    tq_log_filter_init(&f);
    tq_error err;
    tq_error_clear(&err);
    assert_int_equal(tq_log_filter_add(&f, col, op, &value, 1, &err), 0);
    f.sort_by = strdup("id");
    f.sort_desc = 0;
    char *r = ids_of(s, &f);
    tq_log_filter_clear(&f);
    return r;
}

static char *where_list(tq_log_mem *s, const char *col, tq_op op, const char *const *values, size_t n)
{
    tq_log_filter f;
    tq_log_filter_init(&f);
    tq_error err;
    tq_error_clear(&err);
    assert_int_equal(tq_log_filter_add(&f, col, op, values, n, &err), 0);
    f.sort_by = strdup("id");
    f.sort_desc = 0;
    char *r = ids_of(s, &f);
    tq_log_filter_clear(&f);
    return r;
}

static void test_add_get_and_duplicates(void **state)
{
    tq_log_mem *s = fixture();
    const tq_log_row *r = tq_log_mem_get(s, "c");
    assert_non_null(r);
    assert_string_equal(r->status, "completed");
    assert_string_equal(r->parent_id, "a");
    assert_int_equal(r->created_at, T0 + 120);
    assert_null(tq_log_mem_get(s, "zz"));
    assert_null(tq_log_mem_get(s, NULL));

    tq_log_row dup;
    tq_log_row_copy(&dup, r);
    tq_error err;
    tq_error_clear(&err);
    assert_int_equal(tq_log_mem_add(s, &dup, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    assert_non_null(strstr(err.message, "\"c\""));
    free(dup.status);
    dup.status = NULL;
    tq_error_clear(&err);
    assert_int_equal(tq_log_mem_add(s, &dup, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    tq_log_row_clear(&dup);
    tq_log_mem_free(s);
}

static void test_guarded_update_status(void **state)
{
    tq_log_mem *s = fixture();
    /* the worker's claim: only from dequeued */
    assert_int_equal(tq_log_mem_update_status(s, "a", "running", "dequeued", T0 + 999), 0);
    assert_string_equal(tq_log_mem_get(s, "a")->status, "enqueued");
    assert_int_equal(tq_log_mem_get(s, "a")->updated_at, TQ_LOG_NO_TIME);
    assert_int_equal(tq_log_mem_update_status(s, "a", "dequeued", "enqueued", T0 + 1000), 1);
    assert_int_equal(tq_log_mem_update_status(s, "a", "running", "dequeued", T0 + 1001), 1);
    assert_string_equal(tq_log_mem_get(s, "a")->status, "running");
    assert_int_equal(tq_log_mem_get(s, "a")->updated_at, T0 + 1001);
    /* unguarded */
    assert_int_equal(tq_log_mem_update_status(s, "a", "completed", NULL, T0 + 1002), 1);
    assert_string_equal(tq_log_mem_get(s, "a")->status, "completed");
    assert_int_equal(tq_log_mem_update_status(s, "nope", "completed", NULL, T0), 0);
    tq_log_mem_free(s);
}

static void test_add_report(void **state)
{
    tq_log_mem *s = fixture();
    assert_int_equal(tq_log_mem_add_report(s, "b", "{\"type\":\"info\"}", NULL, T0 + 5), 1);
    assert_string_equal(tq_log_mem_get(s, "b")->status, "running");   /* kept */
    assert_string_equal(tq_log_mem_get(s, "b")->report, "{\"type\":\"info\"}");
    assert_int_equal(tq_log_mem_get(s, "b")->updated_at, T0 + 5);
    assert_int_equal(tq_log_mem_add_report(s, "b", "{\"type\":\"error\"}", "failed", T0 + 6), 1);
    assert_string_equal(tq_log_mem_get(s, "b")->status, "failed");
    assert_string_equal(tq_log_mem_get(s, "b")->report, "{\"type\":\"error\"}");
    assert_int_equal(tq_log_mem_add_report(s, "nope", "{}", "failed", T0), 0);
    tq_log_mem_free(s);
}

static void test_text_comparisons(void **state)
{
    tq_log_mem *s = fixture();
    assert_string_equal(where1(s, "status", TQ_OP_EQ, "running"), "b");
    assert_string_equal(where1(s, "status", TQ_OP_NEQ, "running"), "a,c,d,e");
    assert_string_equal(where1(s, "id", TQ_OP_LT, "c"), "a,b");
    assert_string_equal(where1(s, "id", TQ_OP_LTE, "c"), "a,b,c");
    assert_string_equal(where1(s, "id", TQ_OP_GT, "c"), "d,e");
    assert_string_equal(where1(s, "id", TQ_OP_GTE, "c"), "c,d,e");
    assert_string_equal(where1(s, "owner", TQ_OP_EQ, "user-2"), "");
    tq_log_mem_free(s);
}

static void test_like(void **state)
{
    tq_log_mem *s = fixture();
    assert_string_equal(where1(s, "label", TQ_OP_LIKE, "Import%"), "a");          /* case-sensitive */
    assert_string_equal(where1(s, "label", TQ_OP_LIKE, "%mport%"), "a,b");
    assert_string_equal(where1(s, "label", TQ_OP_LIKE, "%port _"), "a,b");
    assert_string_equal(where1(s, "label", TQ_OP_LIKE, "Export\\_1"), "c");       /* escaped _ */
    assert_string_equal(where1(s, "label", TQ_OP_LIKE, "Export\\_"), "");
    assert_string_equal(where1(s, "label", TQ_OP_LIKE, "%\\%%"), "d");            /* escaped % */
    assert_string_equal(where1(s, "label", TQ_OP_LIKE, "_t_"), "e");              /* _ is one UTF-8 character */
    assert_string_equal(where1(s, "label", TQ_OP_LIKE, "%"), "a,b,c,d,e");
    assert_string_equal(where1(s, "label", TQ_OP_LIKE, "%%1"), "a,c");
    assert_string_equal(where1(s, "label", TQ_OP_NOT_LIKE, "%port%"), "d,e");
    assert_string_equal(where1(s, "label", TQ_OP_LIKE, ""), "");
    /* datetime columns are matched on their 'Y-m-d H:i:s' text */
    assert_string_equal(where1(s, "created_at", TQ_OP_LIKE, "2024-01-01 00:02:%"), "c");
    assert_string_equal(where1(s, "master_status", TQ_OP_LIKE, "1"), "c,e");
    tq_log_mem_free(s);
}

static void test_in_and_not_in(void **state)
{
    tq_log_mem *s = fixture();
    const char *st[] = {"failed", "completed", "nope"};
    assert_string_equal(where_list(s, "status", TQ_OP_IN, st, 3), "c,d");
    assert_string_equal(where_list(s, "status", TQ_OP_NOT_IN, st, 3), "a,b,e");
    assert_string_equal(where_list(s, "status", TQ_OP_IN, st, 0), "");
    assert_string_equal(where_list(s, "status", TQ_OP_NOT_IN, st, 0), "a,b,c,d,e");
    const char *times[] = {"1704067260", "2024-01-01 00:04:00"};
    assert_string_equal(where_list(s, "created_at", TQ_OP_IN, times, 2), "b,e");
    tq_log_mem_free(s);
}

static void test_null_columns_never_match(void **state)
{
    tq_log_mem *s = fixture();
    assert_string_equal(where1(s, "parent_id", TQ_OP_EQ, "a"), "b,c,e");
    assert_string_equal(where1(s, "parent_id", TQ_OP_NEQ, "a"), "");      /* a and d have NULL */
    assert_string_equal(where1(s, "parent_id", TQ_OP_NEQ, "x"), "b,c,e");
    const char *x[] = {"x"};
    assert_string_equal(where_list(s, "parent_id", TQ_OP_NOT_IN, x, 1), "b,c,e");
    assert_string_equal(where1(s, "parent_id", TQ_OP_NOT_LIKE, "zz%"), "b,c,e");
    assert_string_equal(where1(s, "report", TQ_OP_NEQ, "x"), "");
    assert_string_equal(where1(s, "updated_at", TQ_OP_LT, "2100-01-01 00:00:00"), "");
    tq_log_mem_update_status(s, "d", "archived", NULL, T0 + 3600);
    assert_string_equal(where1(s, "updated_at", TQ_OP_GTE, "2024-01-01 01:00:00"), "d");
    tq_log_mem_free(s);
}

static void test_times_and_booleans(void **state)
{
    tq_log_mem *s = fixture();
    assert_string_equal(where1(s, "created_at", TQ_OP_GTE, "2024-01-01 00:02:00"), "c,d,e");
    assert_string_equal(where1(s, "created_at", TQ_OP_GTE, "1704067320"), "c,d,e");
    assert_string_equal(where1(s, "created_at", TQ_OP_LT, "2024-01-01T00:01:00"), "a");
    assert_string_equal(where1(s, "created_at", TQ_OP_LTE, "2024-01-01"), "a");
    assert_string_equal(where1(s, "created_at", TQ_OP_GT, "2023-12-31 23:59:59"), "a,b,c,d,e");
    assert_string_equal(where1(s, "created_at", TQ_OP_EQ, "1704067200"), "a");
    assert_string_equal(where1(s, "created_at", TQ_OP_NEQ, "2024-01-01 00:00:00"), "b,c,d,e");
    assert_string_equal(where1(s, "created_at", TQ_OP_EQ, "yesterday"), "");   /* unparsable */
    assert_string_equal(where1(s, "created_at", TQ_OP_EQ, "2024-13-01 00:00:00"), "");
    assert_string_equal(where1(s, "master_status", TQ_OP_EQ, "1"), "c,e");
    assert_string_equal(where1(s, "master_status", TQ_OP_EQ, "true"), "c,e");
    assert_string_equal(where1(s, "master_status", TQ_OP_EQ, "0"), "a,b,d");
    assert_string_equal(where1(s, "master_status", TQ_OP_NEQ, "false"), "c,e");
    assert_string_equal(where1(s, "master_status", TQ_OP_EQ, "maybe"), "");
    tq_log_mem_free(s);
}

static void test_conditions_are_anded(void **state)
{
    tq_log_mem *s = fixture();
    tq_log_filter f;
    tq_log_filter_init(&f);
    tq_error err;
    tq_error_clear(&err);
    const char *a = "a", *ms = "1";
    assert_int_equal(tq_log_filter_add(&f, "parent_id", TQ_OP_EQ, &a, 1, &err), 0);
    assert_int_equal(tq_log_filter_add(&f, "master_status", TQ_OP_EQ, &ms, 1, &err), 0);
    assert_string_equal(ids_of(s, &f), "e,c");       /* default order: created_at DESC */
    assert_int_equal(tq_log_mem_count(s, &f), 2);
    assert_true(tq_log_row_matches(tq_log_mem_get(s, "c"), &f));
    assert_false(tq_log_row_matches(tq_log_mem_get(s, "b"), &f));
    assert_true(tq_log_row_matches(tq_log_mem_get(s, "b"), NULL));
    tq_log_filter_clear(&f);
    tq_log_mem_free(s);
}

static void test_sorting(void **state)
{
    tq_log_mem *s = fixture();
    tq_log_filter f;
    tq_log_filter_init(&f);
    assert_string_equal(ids_of(s, &f), "e,d,c,b,a");
    assert_string_equal(ids_of(s, NULL), "e,d,c,b,a");
    f.sort_desc = 0;
    assert_string_equal(ids_of(s, &f), "a,b,c,d,e");
    f.sort_by = strdup("label");
    assert_string_equal(ids_of(s, &f), "d,c,a,b,e");   /* byte order: '1' < 'E' < 'I' < 'i' < 0xc3 */
    f.sort_desc = 1;
    assert_string_equal(ids_of(s, &f), "e,b,a,c,d");
    /* NULLs sort last ascending and first descending; ties keep insertion order */
    free(f.sort_by);
    f.sort_by = strdup("parent_id");
    f.sort_desc = 0;
    assert_string_equal(ids_of(s, &f), "b,c,e,a,d");
    f.sort_desc = 1;
    assert_string_equal(ids_of(s, &f), "a,d,b,c,e");
    free(f.sort_by);
    f.sort_by = strdup("master_status");
    assert_string_equal(ids_of(s, &f), "c,e,a,b,d");
    free(f.sort_by);
    f.sort_by = strdup("owner");       /* all equal: insertion order */
    assert_string_equal(ids_of(s, &f), "a,b,c,d,e");
    free(f.sort_by);
    f.sort_by = strdup("drop table");
    tq_log_row *rows;
    tq_error err;
    tq_error_clear(&err);
    assert_int_equal(tq_log_mem_search(s, &f, &rows, &err), -1);
    assert_int_equal(err.code, TQ_ERR_INVALID);
    assert_null(rows);
    tq_log_filter_clear(&f);
    tq_log_mem_free(s);
}

static void test_paging(void **state)
{
    tq_log_mem *s = fixture();
    tq_log_filter f;
    tq_log_filter_init(&f);
    f.limit = 2;
    assert_string_equal(ids_of(s, &f), "e,d");
    f.offset = 2;
    assert_string_equal(ids_of(s, &f), "c,b");
    f.offset = 4;
    assert_string_equal(ids_of(s, &f), "a");
    f.offset = 9;
    assert_string_equal(ids_of(s, &f), "");
    f.offset = 1;
    f.limit = 0;
    assert_string_equal(ids_of(s, &f), "");
    f.limit = -1;
    assert_string_equal(ids_of(s, &f), "d,c,b,a");
    f.limit = 1;
    assert_int_equal(tq_log_mem_count(s, &f), 5);      /* COUNT ignores paging */
    tq_log_filter_clear(&f);
    tq_log_mem_free(s);
}

static void test_stats(void **state)
{
    tq_log_mem *s = fixture();
    add_row(s, "f", "dequeued", "", NULL, T0, 0);
    add_row(s, "g", "archived", "", NULL, T0, 0);
    add_row(s, "h", "cancelled", "", NULL, T0, 0);
    add_row(s, "i", "unknown", "", NULL, T0, 0);
    tq_log_stats st;
    tq_log_mem_stats(s, NULL, &st);
    assert_int_equal(st.in_progress, 3);   /* b running, e child_running, f dequeued */
    assert_int_equal(st.completed, 1);
    assert_int_equal(st.failed, 2);        /* d failed, i unknown */
    assert_int_equal(st.enqueued, 1);
    tq_log_filter f;
    tq_log_filter_init(&f);
    tq_error err;
    tq_error_clear(&err);
    const char *a = "a";
    tq_log_filter_add(&f, "parent_id", TQ_OP_EQ, &a, 1, &err);
    tq_log_mem_stats(s, &f, &st);
    assert_int_equal(st.in_progress, 2);
    assert_int_equal(st.completed, 1);
    assert_int_equal(st.failed, 0);
    assert_int_equal(st.enqueued, 0);
    tq_log_filter_clear(&f);
    tq_log_mem_free(s);
}

static void test_delete_and_update_many(void **state)
{
    tq_log_mem *s = fixture();
    assert_int_equal(tq_log_mem_delete(s, "c"), 1);
    assert_int_equal(tq_log_mem_delete(s, "c"), 0);
    assert_int_equal(tq_log_mem_delete(s, NULL), 0);
    assert_null(tq_log_mem_get(s, "c"));
    assert_string_equal(ids_of(s, NULL), "e,d,b,a");
    const char *ids[] = {"a", "b", "a", "c", "zz"};
    assert_int_equal(tq_log_mem_update_many(s, ids, 5, "archived", NULL, 0, T0 + 7), 2);
    assert_string_equal(tq_log_mem_get(s, "a")->status, "archived");
    assert_string_equal(tq_log_mem_get(s, "b")->status, "archived");
    assert_int_equal(tq_log_mem_get(s, "b")->updated_at, T0 + 7);
    assert_string_equal(tq_log_mem_get(s, "d")->status, "failed");
    assert_int_equal(tq_log_mem_update_many(s, ids, 0, "archived", NULL, 0, T0), 0);
    add_row(s, "c", "enqueued", "again", NULL, T0 + 1, 0);   /* an id can come back */
    assert_string_equal(tq_log_mem_get(s, "c")->label, "again");
    tq_log_mem_free(s);
}

static void test_many_rows_keep_order_and_lookups(void **state)
{
    tq_log_mem *s = tq_log_mem_new();
    char id[32];
    for (int i = 0; i < 3000; i++) {
        snprintf(id, sizeof(id), "task-%d", i);
        add_row(s, id, "enqueued", "", NULL, T0, 0);   /* equal created_at: insertion order */
        if (i % 3 == 0) {
            snprintf(id, sizeof(id), "task-%d", i / 2);
            tq_log_mem_delete(s, id);
        }
    }
    int live = 0;
    for (int i = 0; i < 3000; i++) {
        snprintf(id, sizeof(id), "task-%d", i);
        if (tq_log_mem_get(s, id)) {
            live++;
        }
    }
    assert_int_equal(tq_log_mem_count(s, NULL), live);
    tq_log_row *rows;
    tq_error err;
    tq_error_clear(&err);
    int64_t n = tq_log_mem_search(s, NULL, &rows, &err);
    assert_int_equal(n, live);
    int prev = -1;
    for (int64_t i = 0; i < n; i++) {
        int k = atoi(rows[i].id + 5);
        assert_true(k > prev);
        prev = k;
        tq_log_row_clear(&rows[i]);
    }
    free(rows);
    tq_log_mem_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_add_get_and_duplicates),
        cmocka_unit_test(test_guarded_update_status),
        cmocka_unit_test(test_add_report),
        cmocka_unit_test(test_text_comparisons),
        cmocka_unit_test(test_like),
        cmocka_unit_test(test_in_and_not_in),
        cmocka_unit_test(test_null_columns_never_match),
        cmocka_unit_test(test_times_and_booleans),
        cmocka_unit_test(test_conditions_are_anded),
        cmocka_unit_test(test_sorting),
        cmocka_unit_test(test_paging),
        cmocka_unit_test(test_stats),
        cmocka_unit_test(test_delete_and_update_many),
        cmocka_unit_test(test_many_rows_keep_order_and_lookups),
    };
    return cmocka_run_group_tests_name("tq_log_mem", tests, NULL, NULL);
}
