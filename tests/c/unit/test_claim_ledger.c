/* The claim ledger: keys, states, owners, lease stop and task release, deferred reports,
 * batches. */
#include <stdio.h>
#include "helpers.h"
#include "queue/tq_claim_ledger.h"

static int lease_stops;
static int task_releases;

static void stop(tq_claim *c)
{
    lease_stops++;
}

static void release(void *task)
{
    task_releases++;
}

static const tq_claim_ledger_ops ops = {stop, release};

static int setup(void **state)
{
    lease_stops = task_releases = 0;
    *state = tq_claim_ledger_new(&ops);
    return *state ? 0 : -1;
}

static int teardown(void **state)
{
    tq_claim_ledger_free(*state);
    return 0;
}

static void test_add_find_duplicate_end(void **state)
{
    tq_claim_ledger *l = *state;
    uint64_t a = tq_claim_ledger_owner(l), b = tq_claim_ledger_owner(l);
    assert_true(a != 0 && b != 0 && a != b);
    tq_claim *c = tq_claim_ledger_add(l, "task-1", a, TQ_CLAIM_BUFFERED);
    assert_non_null(c);
    assert_int_equal(c->row_id, -1);
    assert_ptr_equal(tq_claim_ledger_find(l, "task-1"), c);
    assert_null(tq_claim_ledger_find(l, "task-2"));
    /* a duplicated message: the first entry rules */
    assert_null(tq_claim_ledger_add(l, "task-1", b, TQ_CLAIM_BUFFERED));
    assert_int_equal(tq_claim_ledger_size(l), 1);
    tq_claim_ledger_end(l, c);
    assert_null(tq_claim_ledger_find(l, "task-1"));
    assert_int_equal(tq_claim_ledger_size(l), 0);
}

static void test_end_stops_lease_and_releases_task(void **state)
{
    tq_claim_ledger *l = *state;
    int task;
    tq_claim *c = tq_claim_ledger_add(l, "k", 1, TQ_CLAIM_HANDED);
    c->keeper = &task;
    c->task = &task;
    tq_claim *plain = tq_claim_ledger_add(l, "p", 1, TQ_CLAIM_HANDED);
    tq_claim_ledger_end(l, c);
    tq_claim_ledger_end(l, plain);
    assert_int_equal(lease_stops, 1);
    assert_int_equal(task_releases, 1);
    /* freeing the ledger ends what is left the same way */
    c = tq_claim_ledger_add(l, "k2", 1, TQ_CLAIM_BUFFERED);
    c->keeper = &task;
    tq_claim_ledger_free(l);
    *state = NULL;
    assert_int_equal(lease_stops, 2);
}

static void test_many_entries_survive_growth(void **state)
{
    tq_claim_ledger *l = *state;
    char key[32];
    for (int i = 0; i < 1000; i++) {
        snprintf(key, sizeof(key), "receipt-%d", i);
        assert_non_null(tq_claim_ledger_add(l, key, 1 + i % 3, TQ_CLAIM_BUFFERED));
    }
    assert_int_equal(tq_claim_ledger_size(l), 1000);
    for (int i = 0; i < 1000; i += 2) {
        snprintf(key, sizeof(key), "receipt-%d", i);
        tq_claim *c = tq_claim_ledger_find(l, key);
        assert_non_null(c);
        assert_string_equal(c->key, key);
        tq_claim_ledger_end(l, c);
    }
    assert_int_equal(tq_claim_ledger_size(l), 500);
    tq_claim_filter f = {.owner = 2, .state = -1};
    assert_int_equal(tq_claim_ledger_select(l, &f, NULL, 0), 167);
}

static void test_select_by_owner_state_and_sink(void **state)
{
    tq_claim_ledger *l = *state;
    int sink;
    tq_claim_ledger_add(l, "a", 1, TQ_CLAIM_BUFFERED);
    tq_claim_ledger_add(l, "b", 1, TQ_CLAIM_HANDED);
    tq_claim *c = tq_claim_ledger_add(l, "c", 2, TQ_CLAIM_HANDED);
    assert_true(tq_claim_defer_report(c, &sink, "{}", "completed"));
    tq_claim *out[4];
    tq_claim_filter f = {.owner = 1, .state = TQ_CLAIM_BUFFERED};
    assert_int_equal(tq_claim_ledger_select(l, &f, out, 4), 1);
    assert_string_equal(out[0]->key, "a");
    f = (tq_claim_filter){.owner = 0, .state = TQ_CLAIM_HANDED};
    assert_int_equal(tq_claim_ledger_select(l, &f, out, 4), 2);
    f = (tq_claim_filter){.state = -1, .report_sink = &sink};
    assert_int_equal(tq_claim_ledger_select(l, &f, out, 1), 1);
    assert_ptr_equal(out[0], c);
    /* more matches than room: the count says so */
    f = (tq_claim_filter){.state = -1};
    assert_int_equal(tq_claim_ledger_select(l, &f, out, 1), 3);
}

static void test_deferred_report_and_status(void **state)
{
    tq_claim_ledger *l = *state;
    int sink;
    tq_claim *c = tq_claim_ledger_add(l, "t", 1, TQ_CLAIM_HANDED);
    assert_true(tq_claim_set_status(c, "running"));
    assert_string_equal(c->status, "running");
    void *s;
    char *report;
    char status[16];
    assert_false(tq_claim_take_report(c, &s, &report, status));
    assert_true(tq_claim_defer_report(c, &sink, "{\"a\":1}", "failed"));
    assert_true(tq_claim_defer_report(c, &sink, "{\"a\":2}", "completed"));   /* replaced */
    assert_true(tq_claim_take_report(c, &s, &report, status));
    assert_ptr_equal(s, &sink);
    assert_string_equal(report, "{\"a\":2}");
    assert_string_equal(status, "completed");
    free(report);
    assert_false(tq_claim_take_report(c, &s, &report, status));
    assert_true(tq_claim_set_status(c, NULL));
    assert_null(c->status);
    /* a pending report is dropped (freed) with its entry */
    tq_claim_defer_report(c, &sink, "{}", "completed");
}

static void test_batch_one_queue_one_sink(void **state)
{
    tq_claim_ledger *l = *state;
    int q1, q2, sink;
    const char *keys[] = {"a", "b", "c", "d", "e"};
    tq_claim *c[5];
    for (int i = 0; i < 5; i++) {
        c[i] = tq_claim_ledger_add(l, keys[i], 1, TQ_CLAIM_ACKED);
        c[i]->queue = i == 3 ? &q2 : &q1;
        tq_claim_defer_report(c[i], &sink, "{}", "completed");
    }
    c[4]->state = TQ_CLAIM_HANDED;       /* still running: not in the batch */
    tq_claim *other = tq_claim_ledger_add(l, "x", 2, TQ_CLAIM_ACKED);
    other->queue = &q1;
    tq_claim_defer_report(other, &sink, "{}", "completed");
    tq_claim *out[8];
    size_t n = tq_claim_ledger_batch(l, 1, out, 8);
    void *queue = out[0]->queue;
    assert_int_equal(n, queue == &q1 ? 3 : 1);
    for (size_t i = 0; i < n; i++) {
        assert_ptr_equal(out[i]->queue, queue);
        assert_int_equal(out[i]->owner, 1);
        tq_claim_ledger_end(l, out[i]);
    }
    /* the other queue's entries make the next batch */
    n = tq_claim_ledger_batch(l, 1, out, 8);
    assert_int_equal(n, queue == &q1 ? 1 : 3);
    assert_true(out[0]->queue != queue);
    for (size_t i = 0; i < n; i++) {
        tq_claim_ledger_end(l, out[i]);
    }
    assert_int_equal(tq_claim_ledger_batch(l, 1, out, 8), 0);
    assert_int_equal(tq_claim_ledger_batch(l, 2, out, 8), 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_add_find_duplicate_end, setup, teardown),
        cmocka_unit_test_setup_teardown(test_end_stops_lease_and_releases_task, setup, teardown),
        cmocka_unit_test_setup_teardown(test_many_entries_survive_growth, setup, teardown),
        cmocka_unit_test_setup_teardown(test_select_by_owner_state_and_sink, setup, teardown),
        cmocka_unit_test_setup_teardown(test_deferred_report_and_status, setup, teardown),
        cmocka_unit_test_setup_teardown(test_batch_one_queue_one_sink, setup, teardown),
    };
    return cmocka_run_group_tests_name("tq_claim_ledger", tests, NULL, NULL);
}
