/*
 * Fuzz target: the PHP-exact JSON writer (src/task/tq_json.c). Any JSON value that jansson
 * reads is written the way json_encode() does; the text must read back as an equal value
 * (a float with no fraction is written as PHP does, "1.0" as 1, so it reads back as an
 * integer of the same value), and from the second round on writing gives the same bytes.
 * May touch: src/task, jansson, libc.
 */
#include "fuzz.h"
#include "task/tq_json.h"

/* json_equal, except that a real and an integer of the same value are equal. */
static int same_value(const json_t *a, const json_t *b)
{
    if (json_is_number(a) && json_is_number(b) && json_typeof(a) != json_typeof(b)) {
        return json_number_value(a) == json_number_value(b);
    }
    if (json_typeof(a) != json_typeof(b)) {
        return 0;
    }
    if (json_is_array(a)) {
        if (json_array_size(a) != json_array_size(b)) {
            return 0;
        }
        for (size_t i = 0; i < json_array_size(a); i++) {
            if (!same_value(json_array_get(a, i), json_array_get(b, i))) {
                return 0;
            }
        }
        return 1;
    }
    if (json_is_object(a)) {
        const char *k;
        const json_t *va;
        if (json_object_size(a) != json_object_size(b)) {
            return 0;
        }
        json_object_foreach((json_t *)a, k, va) {
            const json_t *vb = json_object_get(b, k);
            if (!vb || !same_value(va, vb)) {
                return 0;
            }
        }
        return 1;
    }
    return json_equal(a, b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tq_error err;
    json_t *v = tq_json_parse((const char *)data, size, &err);
    if (!v) {
        return 0;
    }
    size_t len = 0;
    char *text = tq_json_dumps_php(v, &len);
    if (text) {
        FUZZ_CHECK(strlen(text) == len, "the text has a NUL byte");
        json_error_t je;
        json_t *back = json_loadb(text, len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &je);
        FUZZ_CHECK(back, "the writer's text does not parse: %s in %s", je.text, text);
        FUZZ_CHECK(same_value(v, back), "read back differs: %s", text);
        /* stable from the second round on ("-0", PHP's -0.0, reads back as the integer 0) */
        size_t len2 = 0, len3 = 0;
        char *again = tq_json_dumps_php(back, &len2);
        FUZZ_CHECK(again, "cannot write what was read back: %s", text);
        json_t *back2 = json_loadb(again, len2, JSON_DECODE_ANY | JSON_ALLOW_NUL, &je);
        char *again2 = back2 ? tq_json_dumps_php(back2, &len3) : NULL;
        FUZZ_CHECK(again2 && len2 == len3 && memcmp(again, again2, len2) == 0, "not stable: %s", again);
        free(again2);
        json_decref(back2);
        free(again);
        json_decref(back);
        free(text);
    }
    json_decref(v);
    return 0;
}
