/*
 * Fuzz target: report normalisation (src/task_log/tq_report.c) over any JSON value a task
 * may return. Properties: no crash; a normalised report passes the shape check, and
 * normalising it again changes nothing; has_error agrees before and after.
 * May touch: src/task, src/task_log, jansson, libc.
 */
#include "fuzz.h"
#include "task/tq_json.h"
#include "task_log/tq_report.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tq_error err;
    json_t *v = tq_json_parse((const char *)data, size, &err);
    if (!v) {
        return 0;
    }
    int shaped = tq_report_check(v, &err) == 0;
    json_t *n = tq_report_normalize(v, &err);
    FUZZ_CHECK(!shaped || n, "checked but not normalised: %s", err.message);
    if (n) {
        FUZZ_CHECK(tq_report_check(n, &err) == 0, "normalised but not a report: %s", err.message);
        json_t *n2 = tq_report_normalize(n, &err);
        FUZZ_CHECK(n2 && json_equal(n, n2), "normalising twice differs");
        FUZZ_CHECK(tq_report_has_error(v) == tq_report_has_error(n), "has_error differs");
        static const char *types[] = {"info", "success", "warning", "error"};
        for (int i = 0; i < 4; i++) {
            FUZZ_CHECK(tq_report_contains(v, types[i]) == tq_report_contains(n, types[i]), "%s", types[i]);
        }
        json_t *child = tq_report_new("info", "child", json_null(), &err);
        FUZZ_CHECK(child && tq_report_add(n2, child, &err) == 0, "add: %s", err.message);
        json_decref(n2);
        json_decref(n);
    }
    tq_report_has_error(v);
    tq_report_contains(v, "error");
    json_decref(v);
    return 0;
}
