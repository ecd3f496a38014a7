/* tq_status: the stored statuses, their categories and labels, and the guarded
 * transitions of doc/ARCHITECTURE.md, section 7. */
#include "helpers.h"
#include "task_log/tq_status.h"

static void test_parse_and_name_round_trip(void **state)
{
    const char *names[] = {"enqueued", "dequeued", "running", "child_running", "completed",
                           "failed", "archived", "cancelled", "unknown"};
    for (int i = 0; i < 9; i++) {
        tq_status st = tq_status_parse(names[i]);
        assert_int_equal(st, i);
        assert_string_equal(tq_status_name(st), names[i]);
    }
    assert_int_equal(tq_status_parse("Enqueued"), TQ_STATUS_INVALID);
    assert_int_equal(tq_status_parse(""), TQ_STATUS_INVALID);
    assert_int_equal(tq_status_parse(NULL), TQ_STATUS_INVALID);
    assert_null(tq_status_name(TQ_STATUS_INVALID));
    assert_null(tq_status_name((tq_status)42));
}

static void test_only_eight_are_storable(void **state)
{
    for (int i = TQ_STATUS_ENQUEUED; i <= TQ_STATUS_CANCELLED; i++) {
        assert_true(tq_status_is_storable((tq_status)i));
    }
    assert_false(tq_status_is_storable(TQ_STATUS_UNKNOWN));
    assert_false(tq_status_is_storable(TQ_STATUS_INVALID));
}

static void test_categories_follow_the_mapping(void **state)
{
    struct { tq_status st; tq_category cat; } map[] = {
        {TQ_STATUS_ENQUEUED, TQ_CATEGORY_CREATED},
        {TQ_STATUS_DEQUEUED, TQ_CATEGORY_IN_PROGRESS},
        {TQ_STATUS_RUNNING, TQ_CATEGORY_IN_PROGRESS},
        {TQ_STATUS_CHILD_RUNNING, TQ_CATEGORY_IN_PROGRESS},
        {TQ_STATUS_COMPLETED, TQ_CATEGORY_COMPLETED},
        {TQ_STATUS_FAILED, TQ_CATEGORY_FAILED},
        {TQ_STATUS_UNKNOWN, TQ_CATEGORY_FAILED},
        {TQ_STATUS_ARCHIVED, TQ_CATEGORY_ARCHIVED},
        {TQ_STATUS_CANCELLED, TQ_CATEGORY_CANCELLED},
    };
    for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
        assert_int_equal(tq_status_category(map[i].st), map[i].cat);
    }
    assert_int_equal(tq_status_category(TQ_STATUS_INVALID), TQ_CATEGORY_INVALID);
}

static void test_category_names_and_labels(void **state)
{
    const char *names[] = {"created", "in_progress", "completed", "failed", "archived", "cancelled"};
    const char *labels[] = {"Queued", "In Progress", "Completed", "Failed", "Archived", "Cancelled"};
    for (int i = 0; i < 6; i++) {
        assert_int_equal(tq_category_parse(names[i]), i);
        assert_string_equal(tq_category_name((tq_category)i), names[i]);
        assert_string_equal(tq_category_label((tq_category)i), labels[i]);
    }
    assert_int_equal(tq_category_parse("enqueued"), TQ_CATEGORY_INVALID);
    assert_int_equal(tq_category_parse(NULL), TQ_CATEGORY_INVALID);
    assert_null(tq_category_name(TQ_CATEGORY_INVALID));
    assert_null(tq_category_label((tq_category)6));
}

static void test_transitions(void **state)
{
    /* the worker's claim and the normal path */
    assert_true(tq_status_transition_allowed(TQ_STATUS_ENQUEUED, TQ_STATUS_DEQUEUED));
    assert_true(tq_status_transition_allowed(TQ_STATUS_DEQUEUED, TQ_STATUS_RUNNING));
    assert_true(tq_status_transition_allowed(TQ_STATUS_ENQUEUED, TQ_STATUS_RUNNING));
    assert_true(tq_status_transition_allowed(TQ_STATUS_RUNNING, TQ_STATUS_COMPLETED));
    assert_true(tq_status_transition_allowed(TQ_STATUS_RUNNING, TQ_STATUS_FAILED));
    assert_true(tq_status_transition_allowed(TQ_STATUS_RUNNING, TQ_STATUS_CHILD_RUNNING));
    assert_true(tq_status_transition_allowed(TQ_STATUS_CHILD_RUNNING, TQ_STATUS_COMPLETED));
    assert_true(tq_status_transition_allowed(TQ_STATUS_CHILD_RUNNING, TQ_STATUS_FAILED));
    assert_true(tq_status_transition_allowed(TQ_STATUS_ENQUEUED, TQ_STATUS_CANCELLED));
    assert_true(tq_status_transition_allowed(TQ_STATUS_COMPLETED, TQ_STATUS_ARCHIVED));
    assert_true(tq_status_transition_allowed(TQ_STATUS_FAILED, TQ_STATUS_ARCHIVED));
    assert_true(tq_status_transition_allowed(TQ_STATUS_CANCELLED, TQ_STATUS_ARCHIVED));

    /* what the guard refuses */
    assert_false(tq_status_transition_allowed(TQ_STATUS_RUNNING, TQ_STATUS_RUNNING));
    assert_false(tq_status_transition_allowed(TQ_STATUS_COMPLETED, TQ_STATUS_RUNNING));
    assert_false(tq_status_transition_allowed(TQ_STATUS_DEQUEUED, TQ_STATUS_CANCELLED));
    assert_false(tq_status_transition_allowed(TQ_STATUS_RUNNING, TQ_STATUS_ARCHIVED));
    assert_false(tq_status_transition_allowed(TQ_STATUS_ENQUEUED, TQ_STATUS_COMPLETED));
    assert_false(tq_status_transition_allowed(TQ_STATUS_COMPLETED, TQ_STATUS_CHILD_RUNNING));
    assert_false(tq_status_transition_allowed(TQ_STATUS_ARCHIVED, TQ_STATUS_ENQUEUED));
    assert_false(tq_status_transition_allowed(TQ_STATUS_FAILED, TQ_STATUS_UNKNOWN));
    assert_false(tq_status_transition_allowed(TQ_STATUS_INVALID, TQ_STATUS_DEQUEUED));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_and_name_round_trip),
        cmocka_unit_test(test_only_eight_are_storable),
        cmocka_unit_test(test_categories_follow_the_mapping),
        cmocka_unit_test(test_category_names_and_labels),
        cmocka_unit_test(test_transitions),
    };
    return cmocka_run_group_tests_name("tq_status", tests, NULL, NULL);
}
