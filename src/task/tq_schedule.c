/* tq_schedule: see tq_schedule.h. */
#include "task/tq_schedule.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "task/tq_envelope.h"
#include "task/tq_message_key.h"

void tq_schedule_clear(tq_schedule *s)
{
    free(s->unique_key);
    memset(s, 0, sizeof(*s));
}

int tq_schedule_check_delay(int64_t seconds, tq_error *err)
{
    if (seconds < 0) {
        return tq_error_set(err, TQ_ERR_INVALID, "a task delay cannot be negative (%lld seconds given)",
                            (long long)seconds);
    }
    if (seconds > TQ_DELAY_MAX_S) {
        return tq_error_set(err, TQ_ERR_INVALID, "a task delay of %lld seconds is more than the limit of %d "
                            "seconds (366 days)", (long long)seconds, TQ_DELAY_MAX_S);
    }
    return 0;
}

int tq_schedule_check_run_at(int64_t at_ms, int64_t now_ms, tq_error *err)
{
    if (at_ms < now_ms - TQ_RUN_AT_SLACK_MS) {
        return tq_error_set(err, TQ_ERR_INVALID, "a task cannot be scheduled in the past (%lld ms before now)",
                            (long long)(now_ms - at_ms));
    }
    if (at_ms - now_ms > (int64_t)TQ_DELAY_MAX_S * 1000) {
        return tq_error_set(err, TQ_ERR_INVALID, "a task cannot be scheduled more than %d seconds (366 days) ahead",
                            TQ_DELAY_MAX_S);
    }
    return 0;
}

int tq_schedule_check_unique_key(const char *key, size_t len, tq_error *err)
{
    if (!key || len == 0) {
        return tq_error_set(err, TQ_ERR_INVALID, "a task uniqueness key cannot be empty");
    }
    if (len > TQ_UNIQUE_KEY_MAX) {
        return tq_error_set(err, TQ_ERR_INVALID, "a task uniqueness key of %zu bytes is longer than the limit "
                            "of %d bytes", len, TQ_UNIQUE_KEY_MAX);
    }
    if (memchr(key, '\0', len)) {
        return tq_error_set(err, TQ_ERR_INVALID, "a task uniqueness key cannot contain NUL bytes");
    }
    return 0;
}

int tq_schedule_of_metadata(const json_t *metadata, tq_schedule *out, tq_error *err)
{
    memset(out, 0, sizeof(*out));
    if (!json_is_object(metadata)) {
        return 0;
    }
    json_t *at = json_object_get(metadata, TQ_KEY_RUN_AT);
    if (at && !json_is_null(at)) {
        tq_instant t;
        if (!json_is_string(at) || tq_iso8601_parse(json_string_value(at), json_string_length(at), &t) != 0) {
            return tq_error_set(err, TQ_ERR_INVALID, "metadata " TQ_KEY_RUN_AT " must be an ISO-8601 date-time");
        }
        out->has_run_at = 1;
        out->run_at_ms = t.sec * 1000 + t.usec / 1000;
    }
    json_t *key = json_object_get(metadata, TQ_KEY_UNIQUE_KEY);
    if (key && !json_is_null(key)) {
        if (!json_is_string(key)) {
            return tq_error_set(err, TQ_ERR_INVALID, "metadata " TQ_KEY_UNIQUE_KEY " must be a string");
        }
        if (tq_schedule_check_unique_key(json_string_value(key), json_string_length(key), err) != 0) {
            return -1;
        }
        if (!(out->unique_key = strdup(json_string_value(key)))) {
            return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
        }
    }
    return 0;
}

static int tq_names(const char *body, size_t len, const char *key)
{
    size_t klen = strlen(key);
    for (const char *p = body; p && (size_t)(p - body) + klen <= len; p++) {
        p = memchr(p, key[0], len - (size_t)(p - body));
        if (!p || (size_t)(p - body) + klen > len) {
            return 0;
        }
        if (memcmp(p, key, klen) == 0) {
            return 1;
        }
    }
    return 0;
}

int tq_schedule_of_body(const char *body, size_t len, tq_schedule *out, tq_error *err)
{
    memset(out, 0, sizeof(*out));
    if (!body || (!tq_names(body, len, "\"" TQ_KEY_RUN_AT "\"") && !tq_names(body, len, "\"" TQ_KEY_UNIQUE_KEY "\""))) {
        return 0;
    }
    /* JSON_ALLOW_NUL: a key with "\u0000" must be refused by name, not read as "not JSON" */
    json_t *root = json_loadb(body, len, JSON_ALLOW_NUL, NULL);
    if (!root) {
        return 0;
    }
    int rc = tq_schedule_of_metadata(json_object_get(root, "metadata"), out, err);
    json_decref(root);
    if (rc != 0) {
        tq_schedule_clear(out);
    }
    return rc;
}

int tq_schedule_format(int64_t ms, int sql, char *out, size_t size)
{
    int64_t sec = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
    int msec = (int)(ms - sec * 1000);
    time_t t = (time_t)sec;
    struct tm tm;
    if (size < 40 || !gmtime_r(&t, &tm) || tm.tm_year + 1900 > 9999 || tm.tm_year + 1900 < 0) {
        return -1;
    }
    snprintf(out, size, "%04d-%02d-%02d%c%02d:%02d:%02d.%03d%s", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
             sql ? ' ' : 'T', tm.tm_hour, tm.tm_min, tm.tm_sec, msec, sql ? "+00" : "+00:00");
    return 0;
}

int64_t tq_schedule_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}
