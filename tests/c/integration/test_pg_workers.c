/* tq_pg_workers and tq_heartbeat against a real PostgreSQL: a worker's row is written,
 * listed while it beats, dropped from the list when it goes stale, deleted at the end;
 * the heartbeat thread reports the running task and counts finished ones; the task
 * counters ride in the beats into tq_metrics_counts, add up over beats and workers, and the
 * last ones go out when the heartbeat ends (tq_pg_metrics); a table dropped under a running
 * heartbeat is made again. */
#include "test_pg_common.h"
#include <unistd.h>
#include "pg/tq_pg_workers.h"
#include "pg/tq_heartbeat.h"
#include "pg/tq_pg_metrics.h"

static const tq_worker_row *find(const tq_worker_row *w, size_t n, const char *id)
{
    for (size_t i = 0; i < n; i++) {
        if (strcmp(w[i].id, id) == 0) {
            return &w[i];
        }
    }
    return NULL;
}

static void test_beat_list_stale_remove(void **state)
{
    tq_error err;
    tq_error_clear(&err);
    tq_pg *pg = tpg_new();
    assert_int_equal(tq_pg_workers_create(pg, &err), 0);
    assert_int_equal(tq_pg_metrics_create(pg, &err), 0);
    tq_worker_row w = { .id = "ctest:1", .host = "h1", .pid = 4242, .queue = "q1", .tasks_done = 3,
                        .current_task = "task-1", .current_label = "Label <b>", .memory = 1048576 };
    assert_int_equal(tq_pg_workers_beat(pg, &w, NULL, &err), 0);
    w.tasks_done = 4;
    assert_int_equal(tq_pg_workers_beat(pg, &w, NULL, &err), 0);       /* the same row, updated */
    tq_worker_row *list = NULL;
    size_t n = 0;
    assert_int_equal(tq_pg_workers_list(pg, &list, &n, &err), 0);
    const tq_worker_row *got = find(list, n, "ctest:1");
    assert_non_null(got);
    assert_string_equal(got->host, "h1");
    assert_int_equal(got->pid, 4242);
    assert_string_equal(got->queue, "q1");
    assert_int_equal(got->tasks_done, 4);
    assert_string_equal(got->current_label, "Label <b>");
    assert_int_equal(got->memory, 1048576);
    assert_true(got->heartbeat_age < 5);
    free(list);
    tpg_exec("UPDATE tq_workers SET beat_at = now() - interval '20 seconds' WHERE id = 'ctest:1'");
    assert_int_equal(tq_pg_workers_list(pg, &list, &n, &err), 0);
    assert_null(find(list, n, "ctest:1"));                          /* stale: not alive */
    free(list);
    assert_int_equal(tq_pg_workers_remove(pg, "ctest:1", &err), 0);
    assert_int_equal(tpg_int("SELECT count(*) FROM tq_workers WHERE id = 'ctest:1'"), 0);
    tq_pg_free(pg);
}

/* Polls the row of this process until cond holds (3 s at most). */
static long long wait_for(const char *sql)
{
    long long v = -1;
    for (int i = 0; i < 60 && (v = tpg_int(sql)) != 1; i++) {
        usleep(50000);
    }
    return v;
}

static void test_beat_adds_counters(void **state)
{
    tq_error err;
    tq_error_clear(&err);
    tq_pg *pg = tpg_new();
    assert_int_equal(tq_pg_workers_create(pg, &err), 0);
    assert_int_equal(tq_pg_metrics_create(pg, &err), 0);
    tq_worker_row w = { .id = "ctest:2", .host = "h2", .pid = 4243 };
    const char *json = "[{\"q\":\"cq\",\"n\":\"completed\",\"v\":2},{\"q\":\"cq\",\"n\":\"duration_sum\",\"v\":0.25}]";
    assert_int_equal(tq_pg_workers_beat(pg, &w, json, &err), 0);
    assert_int_equal(tq_pg_workers_beat(pg, &w, json, &err), 0);          /* deltas add up */
    assert_int_equal(tq_pg_metrics_add(pg, "[{\"q\":\"cq\",\"n\":\"retried\",\"v\":1}]", &err), 0);
    tq_metrics_count *c = NULL;
    size_t n = 0;
    assert_int_equal(tq_pg_metrics_read(pg, &c, &n, &err), 0);
    double completed = -1, sum = -1, retried = -1;
    for (size_t i = 0; i < n; i++) {
        if (strcmp(c[i].queue, "cq") == 0) {
            completed = strcmp(c[i].name, "completed") == 0 ? c[i].value : completed;
            sum = strcmp(c[i].name, "duration_sum") == 0 ? c[i].value : sum;
            retried = strcmp(c[i].name, "retried") == 0 ? c[i].value : retried;
        }
    }
    free(c);
    assert_true(completed == 4 && sum == 0.5 && retried == 1);
    /* a bad delta fails the whole beat: the row is not written either */
    w.tasks_done = 99;
    assert_int_equal(tq_pg_workers_beat(pg, &w, "[{\"q\":null,\"n\":\"x\",\"v\":1}]", &err), -1);
    assert_int_equal(tpg_int("SELECT tasks_done FROM tq_workers WHERE id = 'ctest:2'"), 0);
    tq_pg_free(pg);
}

static void test_heartbeat_thread(void **state)
{
    tq_error err;
    tq_error_clear(&err);
    tq_heartbeat *h = tq_heartbeat_new(tpg_conninfo(), "ctest-host", "qq", &err);
    assert_non_null(h);
    char sql[256];
    snprintf(sql, sizeof(sql), "SELECT count(*) FROM tq_workers WHERE host = 'ctest-host' AND pid = %d AND queue = 'qq'",
             (int)getpid());
    assert_int_equal(wait_for(sql), 1);
    tq_heartbeat_task(h, "task-a", "Import A");
    tq_heartbeat_count(h, "hq", TQ_M_STARTED, -1);
    snprintf(sql, sizeof(sql), "SELECT count(*) FROM tq_workers WHERE host = 'ctest-host' AND current_task = 'task-a' "
             "AND current_label = 'Import A' AND memory > 0");
    assert_int_equal(wait_for(sql), 1);
    tq_heartbeat_task(h, NULL, NULL);
    tq_heartbeat_count(h, "hq", TQ_M_FAILED, 0.02);
    assert_int_equal(wait_for("SELECT (count(*) = 5)::int FROM tq_metrics_counts WHERE queue = 'hq' AND "
                              "((name IN ('started', 'failed', 'duration_count', 'le:0.025') AND value = 1) "
                              "OR (name = 'duration_sum' AND value = 0.02))"), 1);
    snprintf(sql, sizeof(sql), "SELECT count(*) FROM tq_workers WHERE host = 'ctest-host' AND current_task IS NULL "
             "AND tasks_done = 1");
    assert_int_equal(wait_for(sql), 1);
    tq_worker_row row;
    tq_heartbeat_row(h, &row);
    assert_int_equal(row.tasks_done, 1);
    tq_heartbeat_count(h, "hq", TQ_M_COMPLETED, 1);          /* not beaten yet: the goodbye sends it */
    tq_heartbeat_free(h);
    assert_int_equal(tpg_int("SELECT count(*) FROM tq_workers WHERE host = 'ctest-host'"), 0);
    assert_int_equal(tpg_int("SELECT value FROM tq_metrics_counts WHERE queue = 'hq' AND name = 'completed'"), 1);
    assert_null(tq_heartbeat_new("nosuchkeyword=1", "h", NULL, &err));
}

/* Tables dropped under a running worker (a test fixture, an operator) are made again: the
 * beats and their counts go on. */
static void test_heartbeat_tables_dropped(void **state)
{
    tq_error err;
    tq_error_clear(&err);
    tq_heartbeat *h = tq_heartbeat_new(tpg_conninfo(), "ctest-drop", "dq", &err);
    assert_non_null(h);
    assert_int_equal(wait_for("SELECT count(*) FROM tq_workers WHERE host = 'ctest-drop'"), 1);
    tpg_exec("DROP TABLE tq_metrics_counts");
    tq_heartbeat_count(h, "dq", TQ_M_COMPLETED, 0.1);
    usleep(1500000);                       /* the beat that failed, then its retry */
    assert_int_equal(wait_for("SELECT count(*) FROM pg_tables WHERE tablename = 'tq_metrics_counts'"), 1);
    assert_int_equal(wait_for("SELECT value FROM tq_metrics_counts WHERE queue = 'dq' AND name = 'completed'"), 1);
    tq_heartbeat_free(h);
}

int main(void)
{
    if (tpg_require_server("test_pg_workers") != 0) {
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_beat_list_stale_remove),
        cmocka_unit_test(test_beat_adds_counters),
        cmocka_unit_test(test_heartbeat_thread),
        cmocka_unit_test(test_heartbeat_tables_dropped),
    };
    int rc = cmocka_run_group_tests_name("tq_pg_workers and tq_heartbeat", tests, NULL, NULL);
    tpg_exec("DELETE FROM tq_workers WHERE id LIKE 'ctest%' OR host IN ('ctest-host', 'ctest-drop')");
    tpg_exec("DELETE FROM tq_metrics_counts WHERE queue IN ('cq', 'hq', 'dq')");
    tpg_close();
    return rc;
}
