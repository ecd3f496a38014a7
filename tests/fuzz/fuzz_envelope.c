/*
 * Fuzz target: the task JSON envelope (src/task/tq_envelope.c) as a worker reads it from a
 * row or a message, and the ISO-8601 reader of __created_at__ with its writer.
 * Properties: no crash; a parsed envelope's borrowed fields lie inside its tree; an instant
 * read back from what tq_instant_format_utc wrote is the same instant.
 * May touch: src/task, jansson, libc.
 */
#include "fuzz.h"
#include "task/tq_envelope.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tq_envelope env;
    tq_error err;
    if (tq_envelope_parse((const char *)data, size, &env, &err) == 0) {
        FUZZ_CHECK(env.root && env.fqcn && env.id && env.metadata && env.parameters, "empty fields");
        FUZZ_CHECK(strlen(env.fqcn) <= env.fqcn_len, "fqcn length");
        if (env.has_created_at) {
            char text[32];
            tq_instant back;
            if (tq_instant_format_utc(&env.created_at, text, sizeof(text)) == 0) {
                FUZZ_CHECK(tq_iso8601_parse(text, strlen(text), &back) == 0, "%s", text);
                FUZZ_CHECK(back.sec == env.created_at.sec && back.usec == env.created_at.usec, "%s", text);
            }
        }
        tq_envelope_free(&env);
    } else {
        FUZZ_CHECK(err.message[0] != '\0', "an error without a message");
    }
    tq_instant t;
    if (tq_iso8601_parse((const char *)data, size, &t) == 0) {
        char text[32];
        FUZZ_CHECK(t.usec >= 0 && t.usec < 1000000, "usec %d", (int)t.usec);
        tq_instant_format_utc(&t, text, sizeof(text));
    }
    return 0;
}
