#include <stdio.h>
#include <string.h>
#include "task/tq_envelope.h"
#include "task/tq_json.h"

/* --- calendar arithmetic (proleptic Gregorian, H. Hinnant's algorithms) ----------- */

static int64_t tq_days_from_civil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = (unsigned)(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

static void tq_civil_from_days(int64_t z, int64_t *y, unsigned *m, unsigned *d)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = (unsigned)(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = (int64_t)yoe + era * 400 + (*m <= 2);
}

static unsigned tq_days_in_month(int64_t y, unsigned m)
{
    static const unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) {
        return 29;
    }
    return days[m - 1];
}

/* --- ISO-8601 --------------------------------------------------------------------- */

/* Reads exactly n digits at *p; advances *p. */
static int tq_digits(const char **p, const char *end, int n, unsigned *out)
{
    unsigned v = 0;
    for (int i = 0; i < n; i++) {
        if (*p >= end || **p < '0' || **p > '9') {
            return -1;
        }
        v = v * 10 + (unsigned)(**p - '0');
        (*p)++;
    }
    *out = v;
    return 0;
}

static int tq_expect(const char **p, const char *end, char c)
{
    if (*p >= end || **p != c) {
        return -1;
    }
    (*p)++;
    return 0;
}

/* [.fraction] → microseconds (extra digits are dropped, as PHP does). */
static int tq_fraction(const char **p, const char *end, int32_t *usec)
{
    *usec = 0;
    if (*p >= end || (**p != '.' && **p != ',')) {
        return 0;
    }
    (*p)++;
    int n = 0;
    int32_t v = 0;
    while (*p < end && **p >= '0' && **p <= '9') {
        if (n < 6) {
            v = v * 10 + (**p - '0');
        }
        n++;
        (*p)++;
    }
    if (n == 0) {
        return -1;
    }
    for (int i = n; i < 6; i++) {
        v *= 10;
    }
    *usec = v;
    return 0;
}

/* Z | ±HH[:MM] | ±HHMM | nothing (UTC) → seconds east of UTC. */
static int tq_offset(const char **p, const char *end, int64_t *offset)
{
    *offset = 0;
    if (*p >= end) {
        return 0;
    }
    if (**p == 'Z' || **p == 'z') {
        (*p)++;
        return 0;
    }
    if (**p != '+' && **p != '-') {
        return -1;
    }
    int sign = **p == '-' ? -1 : 1;
    (*p)++;
    unsigned hh, mm = 0;
    if (tq_digits(p, end, 2, &hh) != 0) {
        return -1;
    }
    if (*p < end) {
        if (**p == ':') {
            (*p)++;
        }
        if (tq_digits(p, end, 2, &mm) != 0) {
            return -1;
        }
    }
    if (hh > 23 || mm > 59) {
        return -1;
    }
    *offset = sign * (int64_t)(hh * 3600 + mm * 60);
    return 0;
}

int tq_iso8601_parse(const char *s, size_t len, tq_instant *out)
{
    const char *p = s, *end = s + len;
    unsigned y, mo, d, h = 0, mi = 0, sec = 0;
    int32_t usec = 0;
    int64_t offset = 0;

    if (tq_digits(&p, end, 4, &y) || tq_expect(&p, end, '-') || tq_digits(&p, end, 2, &mo)
        || tq_expect(&p, end, '-') || tq_digits(&p, end, 2, &d)) {
        return -1;
    }
    if (p < end && (*p == 'T' || *p == 't' || *p == ' ')) {
        p++;
        if (tq_digits(&p, end, 2, &h) || tq_expect(&p, end, ':') || tq_digits(&p, end, 2, &mi)) {
            return -1;
        }
        if (p < end && *p == ':') {
            p++;
            if (tq_digits(&p, end, 2, &sec) || tq_fraction(&p, end, &usec)) {
                return -1;
            }
        }
        if (tq_offset(&p, end, &offset)) {
            return -1;
        }
    }
    if (p != end) {
        return -1; /* trailing text */
    }
    if (mo < 1 || mo > 12 || d < 1 || d > tq_days_in_month(y, mo) || h > 23 || mi > 59 || sec > 59) {
        return -1;
    }
    int64_t days = tq_days_from_civil((int64_t)y, mo, d);
    out->sec = days * 86400 + (int64_t)h * 3600 + (int64_t)mi * 60 + (int64_t)sec - offset;
    out->usec = usec;
    return 0;
}

int tq_instant_format_utc(const tq_instant *t, char *out, size_t size)
{
    int64_t days = t->sec / 86400, rem = t->sec % 86400;
    if (rem < 0) {
        rem += 86400;
        days--;
    }
    int64_t y;
    unsigned m, d;
    tq_civil_from_days(days, &y, &m, &d);
    if (y < 0 || y > 9999 || t->usec < 0 || t->usec > 999999) {
        return -1;
    }
    int n = snprintf(out, size, "%04d-%02u-%02u %02d:%02d:%02d.%06d", (int)y, m, d, (int)(rem / 3600),
                     (int)(rem % 3600 / 60), (int)(rem % 60), (int)t->usec);
    return n > 0 && (size_t)n < size ? 0 : -1;
}

/* --- the envelope ----------------------------------------------------------------- */

static const char *tq_type_name(const json_t *v)
{
    switch (json_typeof(v)) {
        case JSON_OBJECT: return "object";
        case JSON_ARRAY: return "array";
        case JSON_STRING: return "string";
        case JSON_INTEGER: return "integer";
        case JSON_REAL: return "float";
        case JSON_TRUE:
        case JSON_FALSE: return "boolean";
        case JSON_NULL: return "null";
    }
    return "value";
}

/* Fills err with "Invalid task JSON: <what>[ (task <id>)]". */
static int tq_env_fail(tq_error *err, const char *id, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static int tq_env_fail(tq_error *err, const char *id, const char *fmt, ...)
{
    char what[384];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof(what), fmt, ap);
    va_end(ap);
    if (id) {
        return tq_error_set(err, TQ_ERR_INVALID, "Invalid task JSON: %s (task %.100s)", what, id);
    }
    return tq_error_set(err, TQ_ERR_INVALID, "Invalid task JSON: %s", what);
}

/* metadata.__id__ when it is usable, so earlier checks can already name the task. */
static const char *tq_peek_id(json_t *root)
{
    json_t *md = json_object_get(root, "metadata");
    json_t *id = json_is_object(md) ? json_object_get(md, "__id__") : NULL;
    return json_is_string(id) && json_string_length(id) > 0 ? json_string_value(id) : NULL;
}

static int tq_check_class(tq_envelope *env, const char *id, tq_error *err)
{
    json_t *fqcn = json_object_get(env->root, "taskFqcn");
    if (!fqcn) {
        return tq_env_fail(err, id, "\"taskFqcn\" is missing");
    }
    if (!json_is_string(fqcn) || json_string_length(fqcn) == 0) {
        return tq_env_fail(err, id, "\"taskFqcn\" must be a non-empty string, got %s",
                           json_is_string(fqcn) ? "an empty string" : tq_type_name(fqcn));
    }
    env->fqcn = json_string_value(fqcn);
    env->fqcn_len = json_string_length(fqcn);
    return 0;
}

static int tq_check_metadata(tq_envelope *env, tq_error *err)
{
    json_t *md = json_object_get(env->root, "metadata");
    if (!md) {
        return tq_env_fail(err, NULL, "\"metadata\" is missing");
    }
    if (!json_is_object(md)) {
        return tq_env_fail(err, NULL, "\"metadata\" must be an object, got %s", tq_type_name(md));
    }
    json_t *id = json_object_get(md, "__id__");
    if (!id) {
        return tq_env_fail(err, NULL, "\"metadata.__id__\" is missing");
    }
    if (!json_is_string(id) || json_string_length(id) == 0) {
        return tq_env_fail(err, NULL, "\"metadata.__id__\" must be a non-empty string, got %s",
                           json_is_string(id) ? "an empty string" : tq_type_name(id));
    }
    env->metadata = md;
    env->id = json_string_value(id);
    env->id_len = json_string_length(id);
    return 0;
}

static int tq_check_owner_and_callable(tq_envelope *env, tq_error *err)
{
    json_t *owner = json_object_get(env->metadata, "__owner__");
    if (owner && (json_is_object(owner) || json_is_array(owner))) {
        return tq_env_fail(err, env->id, "\"metadata.__owner__\" must be a string, got %s", tq_type_name(owner));
    }
    env->owner = owner;
    json_t *callable = json_object_get(env->metadata, "__callable__");
    env->callable = json_is_null(callable) ? NULL : callable;
    return 0;
}

static int tq_check_created_at(tq_envelope *env, tq_error *err)
{
    json_t *at = json_object_get(env->metadata, "__created_at__");
    if (!at || json_is_null(at)) {
        return 0; /* TAO tests isset(): null counts as absent */
    }
    if (!json_is_string(at)) {
        return tq_env_fail(err, env->id, "\"metadata.__created_at__\" must be an ISO-8601 date-time string, got %s",
                           tq_type_name(at));
    }
    if (tq_iso8601_parse(json_string_value(at), json_string_length(at), &env->created_at) != 0) {
        return tq_env_fail(err, env->id, "\"metadata.__created_at__\" is not an ISO-8601 date-time: \"%.64s\"",
                           json_string_value(at));
    }
    env->has_created_at = 1;
    return 0;
}

static int tq_check_parameters(tq_envelope *env, tq_error *err)
{
    json_t *params = json_object_get(env->root, "parameters");
    if (!params) {
        return tq_env_fail(err, env->id, "\"parameters\" is missing");
    }
    if (!json_is_object(params) && !json_is_array(params)) {
        return tq_env_fail(err, env->id, "\"parameters\" must be an object or an array, got %s",
                           tq_type_name(params));
    }
    env->parameters = params;
    return 0;
}

int tq_envelope_parse(const char *text, size_t len, tq_envelope *env, tq_error *err)
{
    memset(env, 0, sizeof(*env));
    tq_error perr;
    tq_error_clear(&perr);
    json_t *root = tq_json_parse(text, len, &perr);
    if (!root) {
        return tq_env_fail(err, NULL, "not JSON: %s", perr.message);
    }
    if (!json_is_object(root)) {
        tq_env_fail(err, NULL, "the top level must be an object, got %s", tq_type_name(root));
        json_decref(root);
        return -1;
    }
    env->root = root;
    if (tq_check_class(env, tq_peek_id(root), err) || tq_check_metadata(env, err)
        || tq_check_owner_and_callable(env, err) || tq_check_created_at(env, err)
        || tq_check_parameters(env, err)) {
        tq_envelope_free(env);
        return -1;
    }
    return 0;
}

/* PHP's layout on 64-bit builds: a Bucket (zval + hash + key) per element, a zend_array and
 * its hash slots per container, a zend_string header per string. */
#define TQ_PHP_BUCKET 32u
#define TQ_PHP_ARRAY 56u
#define TQ_PHP_HASH_SLOT 8u
#define TQ_PHP_STRING 32u

static size_t tq_sat_add(size_t a, size_t b)
{
    return a > SIZE_MAX - b ? SIZE_MAX : a + b;
}

/* Recursion is bounded: the parser refuses JSON deeper than 2,048 levels. */
static size_t tq_php_bytes(const json_t *v)
{
    size_t n = TQ_PHP_BUCKET;
    if (json_is_string(v)) {
        return tq_sat_add(n, TQ_PHP_STRING + json_string_length(v));
    }
    if (json_is_array(v)) {
        size_t i, size = json_array_size(v);
        n = tq_sat_add(n, TQ_PHP_ARRAY + size * TQ_PHP_HASH_SLOT);
        for (i = 0; i < size && n < SIZE_MAX; i++) {
            n = tq_sat_add(n, tq_php_bytes(json_array_get(v, i)));
        }
        return n;
    }
    if (json_is_object(v)) {
        const char *key;
        size_t klen;
        json_t *item;
        n = tq_sat_add(n, TQ_PHP_ARRAY + json_object_size(v) * TQ_PHP_HASH_SLOT);
        json_object_keylen_foreach((json_t *)v, key, klen, item) {
            (void)key;
            n = tq_sat_add(n, tq_sat_add(TQ_PHP_STRING + klen, tq_php_bytes(item)));
            if (n == SIZE_MAX) {
                break;
            }
        }
    }
    return n;
}

size_t tq_envelope_php_bytes(const tq_envelope *env)
{
    size_t n = env->metadata ? tq_php_bytes(env->metadata) : 0;
    return tq_sat_add(n, env->parameters ? tq_php_bytes(env->parameters) : 0);
}

void tq_envelope_free(tq_envelope *env)
{
    if (env->root) {
        json_decref(env->root);
    }
    memset(env, 0, sizeof(*env));
}

char *tq_envelope_task_id(const char *body, size_t len)
{
    json_t *root = json_loadb(body, len, 0, NULL);
    const char *id = json_string_value(json_object_get(json_object_get(root, "metadata"), "__id__"));
    char *copy = id && *id ? strdup(id) : NULL;
    json_decref(root);
    return copy;
}
