/* tq_metrics_text and tq_metrics_deltas: Prometheus' text format (escaped label values and
 * HELP, histogram buckets cumulative up to le="+Inf", then _sum and _count, values as
 * Prometheus reads them), the /metrics page from a snapshot, and a worker's deltas (buckets,
 * merge after a failed beat, the sorted JSON rows a beat sends). */
#include "helpers.h"
#include <math.h>
#include <string.h>
#include "metrics/tq_metrics_deltas.h"
#include "metrics/tq_metrics_text.h"

static void test_label_values_escaped(void **state)
{
    tq_mtext b = { 0 };
    const char *l[] = { "queue", "a\\b\"c\nd", "status", "ok" };
    tq_mtext_sample(&b, "m", l, 2, 3);
    assert_string_equal(b.s, "m{queue=\"a\\\\b\\\"c\\nd\",status=\"ok\"} 3\n");
    free(b.s);
}

static void test_help_escaped_and_type(void **state)
{
    tq_mtext b = { 0 };
    tq_mtext_family(&b, "m", "counter", "back\\slash \"quoted\"\nnext");
    /* HELP escapes backslash and newline only */
    assert_string_equal(b.s, "# HELP m back\\\\slash \"quoted\"\\nnext\n# TYPE m counter\n");
    free(b.s);
}

static void test_values(void **state)
{
    tq_mtext b = { 0 };
    tq_mtext_sample(&b, "a", NULL, 0, 12345678901234.0);
    tq_mtext_sample(&b, "b", NULL, 0, 0.25);
    tq_mtext_sample(&b, "c", NULL, 0, INFINITY);
    tq_mtext_sample(&b, "d", NULL, 0, -INFINITY);
    tq_mtext_sample(&b, "e", NULL, 0, NAN);
    tq_mtext_sample(&b, "f", NULL, 0, 0.1);
    tq_mtext_sample(&b, "g", NULL, 0, 1.5725819999999999);
    tq_mtext_sample(&b, "h", NULL, 0, 0.1 + 0.2);                /* needs 17 digits to read back */
    assert_string_equal(b.s, "a 12345678901234\nb 0.25\nc +Inf\nd -Inf\ne NaN\nf 0.1\ng 1.572582\n"
                             "h 0.30000000000000004\n");
    free(b.s);
}

static void test_histogram_cumulative(void **state)
{
    tq_mtext b = { 0 };
    const double bounds[] = { 0.1, 1, 10 };
    const int64_t counts[] = { 2, 0, 3, 1 };      /* per bucket; the last over 10 s */
    const char *l[] = { "queue", "q" };
    tq_mtext_histogram(&b, "d", l, 1, bounds, 3, counts, 42.5, 6);
    assert_string_equal(b.s,
        "d_bucket{queue=\"q\",le=\"0.1\"} 2\n"
        "d_bucket{queue=\"q\",le=\"1\"} 2\n"
        "d_bucket{queue=\"q\",le=\"10\"} 5\n"
        "d_bucket{queue=\"q\",le=\"+Inf\"} 6\n"
        "d_sum{queue=\"q\"} 42.5\n"
        "d_count{queue=\"q\"} 6\n");
    free(b.s);
}

static void test_buckets_of_durations(void **state)
{
    assert_int_equal(tq_metrics_bucket_of(0), 0);
    assert_int_equal(tq_metrics_bucket_of(0.005), 0);       /* le: the bound itself is inside */
    assert_int_equal(tq_metrics_bucket_of(0.0051), 1);
    assert_int_equal(tq_metrics_bucket_of(1), 7);
    assert_int_equal(tq_metrics_bucket_of(300), TQ_METRICS_BUCKETS - 1);
    assert_int_equal(tq_metrics_bucket_of(301), TQ_METRICS_BUCKETS);
    char name[32];
    tq_metrics_bucket_name(0, name, sizeof(name));
    assert_string_equal(name, "le:0.005");
    tq_metrics_bucket_name(TQ_METRICS_BUCKETS, name, sizeof(name));
    assert_string_equal(name, "le:+Inf");
}

static void test_deltas_json_sorted_and_merge(void **state)
{
    tq_metrics_deltas d = { 0 }, failed = { 0 };
    assert_true(tq_metrics_deltas_empty(&d));
    char *json = tq_metrics_deltas_json(&d);
    assert_string_equal(json, "[]");
    free(json);
    assert_int_equal(tq_metrics_deltas_count(&d, "zq", TQ_M_STARTED), 0);
    assert_int_equal(tq_metrics_deltas_count(&d, "aq", TQ_M_FAILED), 0);
    assert_int_equal(tq_metrics_deltas_observe(&d, "aq", 0.5), 0);
    /* a beat that failed gives its deltas back: they add up */
    assert_int_equal(tq_metrics_deltas_count(&failed, "aq", TQ_M_FAILED), 0);
    assert_int_equal(tq_metrics_deltas_merge(&d, &failed), 0);
    assert_true(tq_metrics_deltas_empty(&failed));
    json = tq_metrics_deltas_json(&d);
    assert_string_equal(json,
        "[{\"q\":\"aq\",\"n\":\"duration_count\",\"v\":1.0},{\"q\":\"aq\",\"n\":\"duration_sum\",\"v\":0.5},"
        "{\"q\":\"aq\",\"n\":\"failed\",\"v\":2.0},{\"q\":\"aq\",\"n\":\"le:0.5\",\"v\":1.0},"
        "{\"q\":\"zq\",\"n\":\"started\",\"v\":1.0}]");
    free(json);
    tq_metrics_deltas_free(&d);
}

static void test_page(void **state)
{
    tq_metrics_queue queues[] = { { "q1", 3, 12.5 }, { "q2", 0, -1 } };
    tq_metrics_count counts[] = { { "q1", "completed", 7 }, { "q1", "le:0.005", 4 }, { "q1", "le:1", 3 },
                                  { "q1", "duration_count", 7 }, { "q1", "duration_sum", 2.5 }, { "old", "failed", 2 } };
    tq_worker_row workers[2];
    memset(workers, 0, sizeof(workers));
    strcpy(workers[0].id, "h:1:1");
    strcpy(workers[0].host, "h");
    workers[0].pid = 1;
    strcpy(workers[0].queue, "q1");
    workers[0].tasks_done = 7;
    workers[0].memory = 1024;
    strcpy(workers[1].id, "h:2:1");             /* a dispatcher's worker: every queue */
    strcpy(workers[1].host, "h");
    workers[1].pid = 2;
    tq_metrics_snapshot s = { queues, 2, counts, 6, workers, 2 };
    size_t len = 0;
    tq_error err;
    char *page = tq_metrics_render(&s, &len, &err);
    assert_non_null(page);
    assert_int_equal(len, strlen(page));
    const char *want[] = {
        "# TYPE taskqueue_queue_depth gauge\n",
        "taskqueue_queue_depth{queue=\"q1\"} 3\n",
        "taskqueue_queue_depth{queue=\"q2\"} 0\n",
        "taskqueue_queue_oldest_age_seconds{queue=\"q1\"} 12.5\n",
        "taskqueue_queue_oldest_age_seconds{queue=\"q2\"} 0\n",
        "# TYPE taskqueue_tasks_total counter\n",
        "taskqueue_tasks_total{queue=\"q1\",status=\"completed\"} 7\n",
        "taskqueue_tasks_total{queue=\"q1\",status=\"retried\"} 0\n",
        "taskqueue_tasks_total{queue=\"old\",status=\"failed\"} 2\n",      /* known from the counters only */
        "# TYPE taskqueue_task_duration_seconds histogram\n",
        "taskqueue_task_duration_seconds_bucket{queue=\"q1\",le=\"0.005\"} 4\n",
        "taskqueue_task_duration_seconds_bucket{queue=\"q1\",le=\"0.5\"} 4\n",
        "taskqueue_task_duration_seconds_bucket{queue=\"q1\",le=\"1\"} 7\n",
        "taskqueue_task_duration_seconds_bucket{queue=\"q1\",le=\"+Inf\"} 7\n",
        "taskqueue_task_duration_seconds_sum{queue=\"q1\"} 2.5\n",
        "taskqueue_task_duration_seconds_count{queue=\"q1\"} 7\n",
        "taskqueue_workers{queue=\"q1\"} 2\n",
        "taskqueue_workers{queue=\"q2\"} 1\n",
        "taskqueue_worker_up{worker=\"h:1:1\",host=\"h\",pid=\"1\",queue=\"q1\"} 1\n",
        "taskqueue_worker_tasks_done_total{worker=\"h:1:1\",host=\"h\",pid=\"1\",queue=\"q1\"} 7\n",
        "taskqueue_worker_memory_bytes{worker=\"h:1:1\",host=\"h\",pid=\"1\",queue=\"q1\"} 1024\n",
        "taskqueue_worker_up{worker=\"h:2:1\",host=\"h\",pid=\"2\",queue=\"\"} 1\n",
    };
    for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
        if (!strstr(page, want[i])) {
            fail_msg("missing: %s", want[i]);
        }
    }
    assert_null(strstr(page, "taskqueue_queue_depth{queue=\"old\"}"));     /* no depth for an unknown queue */
    free(page);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_label_values_escaped),
        cmocka_unit_test(test_help_escaped_and_type),
        cmocka_unit_test(test_values),
        cmocka_unit_test(test_histogram_cumulative),
        cmocka_unit_test(test_buckets_of_durations),
        cmocka_unit_test(test_deltas_json_sorted_and_merge),
        cmocka_unit_test(test_page),
    };
    return cmocka_run_group_tests_name("tq_metrics", tests, NULL, NULL);
}
