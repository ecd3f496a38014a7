/*
 * Fuzz target: a retry policy read from a task's metadata __retry__ (src/task/tq_retry.c), as
 * a worker reads it from a message it did not write. Properties: no crash; an accepted policy
 * passes its own check and survives its JSON round trip unchanged; every delay is within
 * 0..max_backoff; the error text of any input is cut at the limit without splitting UTF-8.
 * May touch: src/task, jansson, libc.
 */
#include "fuzz.h"
#include "task/tq_json.h"
#include "task/tq_retry.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tq_error err;
    json_t *v = tq_json_parse((const char *)data, size, &err);
    if (v) {
        tq_retry p;
        if (tq_retry_of_json(v, &p, &err) == 0) {
            FUZZ_CHECK(tq_retry_check(&p, &err) == 0, "accepted but fails its check: %s", err.message);
            json_t *back = tq_retry_to_json(&p);
            tq_retry q;
            FUZZ_CHECK(back && tq_retry_of_json(back, &q, &err) == 0, "round trip refused: %s", err.message);
            json_t *again = tq_retry_to_json(&q);
            FUZZ_CHECK(json_equal(back, again), "round trip changed the policy");
            for (int a = 1; a <= TQ_RETRY_ATTEMPTS_MAX; a += 7) {
                int64_t d = tq_retry_delay_ms(&p, a, (double)(size % 1000) / 1000.0);
                FUZZ_CHECK(d >= 0 && d <= (int64_t)(p.max_backoff * 1000.0) + 1, "delay %lld out of range",
                           (long long)d);
            }
            json_decref(again);
            json_decref(back);
            tq_retry_clear(&q);
            tq_retry_clear(&p);
        } else {
            FUZZ_CHECK(p.n_retry_on == 0 && p.retry_on == NULL, "refused policy keeps classes");
        }
        json_decref(v);
    }
    char *text = malloc(size + 1);
    if (text) {
        memcpy(text, data, size);
        text[size] = '\0';
        char *t = tq_retry_error_text("E", text);
        FUZZ_CHECK(t && strlen(t) <= TQ_RETRY_ERROR_MAX, "error text over the limit");
        free(t);
        free(text);
    }
    return 0;
}
