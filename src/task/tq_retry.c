/* tq_retry: see tq_retry.h. */
#include "task/tq_retry.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void tq_retry_init(tq_retry *p)
{
    memset(p, 0, sizeof(*p));
    p->attempts = 1;
    p->backoff = 1.0;
    p->multiplier = 2.0;
    p->max_backoff = 300.0;
    p->jitter = 0.5;
}

void tq_retry_clear(tq_retry *p)
{
    for (size_t i = 0; i < p->n_retry_on; i++) {
        free(p->retry_on[i]);
    }
    free(p->retry_on);
    tq_retry_init(p);
}

static int within(double v, double lo, double hi)
{
    return isfinite(v) && v >= lo && v <= hi;
}

int tq_retry_check(const tq_retry *p, tq_error *err)
{
    if (p->attempts < 1 || p->attempts > TQ_RETRY_ATTEMPTS_MAX) {
        return tq_error_set(err, TQ_ERR_INVALID, "retry policy: attempts must be from 1 to %d (%d given)",
                            TQ_RETRY_ATTEMPTS_MAX, p->attempts);
    }
    if (!within(p->backoff, 0, TQ_RETRY_BACKOFF_MAX_S)) {
        return tq_error_set(err, TQ_ERR_INVALID, "retry policy: backoff must be from 0 to %.0f seconds (%g given)",
                            TQ_RETRY_BACKOFF_MAX_S, p->backoff);
    }
    if (!within(p->multiplier, 1, TQ_RETRY_MULTIPLIER_MAX)) {
        return tq_error_set(err, TQ_ERR_INVALID, "retry policy: multiplier must be from 1 to %.0f (%g given)",
                            TQ_RETRY_MULTIPLIER_MAX, p->multiplier);
    }
    if (!within(p->max_backoff, p->backoff, TQ_RETRY_CAP_MAX_S)) {
        return tq_error_set(err, TQ_ERR_INVALID, "retry policy: max_backoff must be from backoff (%g) to %.0f "
                            "seconds (%g given)", p->backoff, TQ_RETRY_CAP_MAX_S, p->max_backoff);
    }
    if (!within(p->jitter, 0, 1)) {
        return tq_error_set(err, TQ_ERR_INVALID, "retry policy: jitter must be from 0 to 1 (%g given)", p->jitter);
    }
    return 0;
}

static int class_name_ok(const char *s, size_t len)
{
    if (len == 0 || len > TQ_RETRY_CLASS_MAX) {
        return 0;
    }
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        int letter = c == '_' || c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        int digit = c >= '0' && c <= '9';
        int first = i == 0 || s[i - 1] == '\\';
        if (!(letter || (digit && !first) || (c == '\\' && !first && i + 1 < len))) {
            return 0;
        }
    }
    return 1;
}

int tq_retry_add_class(tq_retry *p, const char *name, size_t len, tq_error *err)
{
    if (len > 0 && name[0] == '\\') {
        name++;
        len--;
    }
    if (!class_name_ok(name, len) || memchr(name, '\0', len)) {
        return tq_error_set(err, TQ_ERR_INVALID, "retry policy: retry_on names a class as \"%.*s\", which is not "
                            "a class name", (int)(len > 80 ? 80 : len), name);
    }
    if (p->n_retry_on >= TQ_RETRY_CLASSES_MAX) {
        return tq_error_set(err, TQ_ERR_INVALID, "retry policy: retry_on lists more than %d classes",
                            TQ_RETRY_CLASSES_MAX);
    }
    char **grown = realloc(p->retry_on, (p->n_retry_on + 1) * sizeof(*grown));
    char *copy = grown ? strndup(name, len) : NULL;
    if (grown) {
        p->retry_on = grown;
    }
    if (!copy) {
        return tq_error_set(err, TQ_ERR_NOMEM, "out of memory");
    }
    p->retry_on[p->n_retry_on++] = copy;
    return 0;
}

static int number_field(const json_t *j, const char *key, double *out, tq_error *err)
{
    json_t *v = json_object_get(j, key);
    if (!v) {
        return 0;
    }
    if (!json_is_number(v)) {
        return tq_error_set(err, TQ_ERR_INVALID, "retry policy: %s must be a number", key);
    }
    *out = json_number_value(v);
    return 0;
}

static int read_fields(const json_t *j, tq_retry *out, tq_error *err)
{
    static const char *known[] = {"attempts", "backoff", "multiplier", "max_backoff", "jitter", "retry_on"};
    const char *key;
    json_t *v;
    json_object_foreach((json_t *)j, key, v) {
        size_t i = 0;
        while (i < sizeof(known) / sizeof(known[0]) && strcmp(known[i], key) != 0) {
            i++;
        }
        if (i == sizeof(known) / sizeof(known[0])) {
            return tq_error_set(err, TQ_ERR_INVALID, "retry policy: unknown key \"%.80s\" (known: attempts, "
                                "backoff, multiplier, max_backoff, jitter, retry_on)", key);
        }
    }
    json_t *a = json_object_get(j, "attempts");
    if (a && (!json_is_integer(a) || json_integer_value(a) < 1 || json_integer_value(a) > TQ_RETRY_ATTEMPTS_MAX)) {
        return tq_error_set(err, TQ_ERR_INVALID, "retry policy: attempts must be an integer from 1 to %d",
                            TQ_RETRY_ATTEMPTS_MAX);
    }
    if (a) {
        out->attempts = (int)json_integer_value(a);
    }
    if (number_field(j, "backoff", &out->backoff, err) != 0 || number_field(j, "multiplier", &out->multiplier, err) != 0
        || number_field(j, "max_backoff", &out->max_backoff, err) != 0
        || number_field(j, "jitter", &out->jitter, err) != 0) {
        return -1;
    }
    json_t *on = json_object_get(j, "retry_on");
    if (on && !json_is_array(on)) {
        return tq_error_set(err, TQ_ERR_INVALID, "retry policy: retry_on must be a list of class names");
    }
    size_t i;
    json_array_foreach(on, i, v) {
        if (!json_is_string(v)) {
            return tq_error_set(err, TQ_ERR_INVALID, "retry policy: retry_on[%zu] must be a class name", i);
        }
        if (tq_retry_add_class(out, json_string_value(v), json_string_length(v), err) != 0) {
            return -1;
        }
    }
    return 0;
}

int tq_retry_of_json(const json_t *j, tq_retry *out, tq_error *err)
{
    tq_retry_init(out);
    if (!json_is_object(j)) {
        return tq_error_set(err, TQ_ERR_INVALID, "retry policy: must be an object of settings");
    }
    if (read_fields(j, out, err) != 0 || tq_retry_check(out, err) != 0) {
        tq_retry_clear(out);
        return -1;
    }
    return 0;
}

json_t *tq_retry_to_json(const tq_retry *p)
{
    json_t *on = json_array();
    for (size_t i = 0; on && i < p->n_retry_on; i++) {
        if (json_array_append_new(on, json_string(p->retry_on[i])) != 0) {
            json_decref(on);
            return NULL;
        }
    }
    if (!on) {
        return NULL;
    }
    return json_pack("{s:i, s:f, s:f, s:f, s:f, s:o}", "attempts", p->attempts, "backoff", p->backoff,
                     "multiplier", p->multiplier, "max_backoff", p->max_backoff, "jitter", p->jitter, "retry_on", on);
}

int64_t tq_retry_delay_ms(const tq_retry *p, int attempt, double u)
{
    if (attempt < 1) {
        attempt = 1;
    }
    /* the exponent stops growing once the cap is reached: no overflow to inf */
    double d = p->backoff;
    for (int i = 1; i < attempt && d < p->max_backoff; i++) {
        d *= p->multiplier;
    }
    if (d > p->max_backoff) {
        d = p->max_backoff;
    }
    if (u < 0) {
        u = 0;
    } else if (u >= 1) {
        u = 0.999999;
    }
    d *= 1.0 - p->jitter * u;
    return (int64_t)llround(d * 1000.0);
}

char *tq_retry_error_text(const char *cls, const char *message)
{
    size_t cl = strlen(cls), ml = strlen(message), total = cl + 2 + ml;
    char *out = malloc(total + 1);
    if (!out) {
        return NULL;
    }
    snprintf(out, total + 1, "%s: %s", cls, message);
    if (total > TQ_RETRY_ERROR_MAX) {
        size_t cut = TQ_RETRY_ERROR_MAX;
        while (cut > 0 && ((unsigned char)out[cut] & 0xC0) == 0x80) {
            cut--;   /* not inside a UTF-8 sequence */
        }
        out[cut] = '\0';
    }
    return out;
}
