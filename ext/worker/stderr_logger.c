/*
 * stderr_logger.c: StderrLogger, the PSR-3 logger a LongRunningWorker falls back to: one line
 * per record on stderr, "{key}" placeholders filled from the context, records below the
 * minimum level dropped. Registered with LongRunningWorker (long_running_worker_arginfo.h).
 * May touch: the Zend API.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/json/php_json.h"
#include "ext/standard/hrtime.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "worker.h"
#include "stderr_logger.h"

#define SELF Z_OBJ_P(ZEND_THIS)

/* --- StderrLogger --------------------------------------------------------------------------- */

static const char *const lrw_levels[] = {
    "emergency", "alert", "critical", "error", "warning", "notice", "info", "debug"
};
#define LRW_NLEVELS 8

int php_tq_stderr_level_of(const char *name, size_t len)
{
    for (int i = 0; i < LRW_NLEVELS; i++) {
        if (strlen(lrw_levels[i]) == len && zend_binary_strcasecmp(lrw_levels[i], len, name, len) == 0) {
            return i;
        }
    }
    return -1;
}

/* PSR-3 placeholders: "{key}" becomes the context value when it is a scalar, null or
 * Stringable. */
static void lrw_interpolate(smart_str *buf, zend_string *msg, HashTable *ctx)
{
    const char *p = ZSTR_VAL(msg), *end = p + ZSTR_LEN(msg);
    while (p < end) {
        const char *open = memchr(p, '{', end - p);
        const char *close = open ? memchr(open, '}', end - open) : NULL;
        if (!open || !close || !ctx) {
            smart_str_appendl(buf, p, end - p);
            return;
        }
        smart_str_appendl(buf, p, open - p);
        zval *v = zend_symtable_str_find(ctx, open + 1, close - open - 1);
        if (v) {
            ZVAL_DEREF(v);
        }
        if (v && (Z_TYPE_P(v) <= IS_STRING
                  || (Z_TYPE_P(v) == IS_OBJECT && Z_OBJCE_P(v)->__tostring))) {
            zend_string *s = zval_try_get_string(v);
            if (s) {
                smart_str_append(buf, s);
                zend_string_release(s);
            } else {
                zend_clear_exception();
                smart_str_appendl(buf, open, close - open + 1);
            }
        } else {
            smart_str_appendl(buf, open, close - open + 1);
        }
        p = close + 1;
    }
}

/* One line "[taskqueue] <level> <message> <json context>" in a single write. */
static void lrw_stderr_line(const char *level, zend_string *msg, HashTable *ctx)
{
    smart_str line = {0};
    smart_str_appends(&line, "[taskqueue] ");
    smart_str_appends(&line, level);
    smart_str_appendc(&line, ' ');
    lrw_interpolate(&line, msg, ctx);
    if (ctx && zend_hash_num_elements(ctx) > 0) {
        /* json_last_error() of the user's code is not ours to change */
        php_json_error_code saved = JSON_G(error_code);
        zval zctx;
        ZVAL_ARR(&zctx, ctx);
        smart_str_appendc(&line, ' ');
        php_json_encode_ex(&line, &zctx, PHP_JSON_UNESCAPED_SLASHES | PHP_JSON_UNESCAPED_UNICODE
                           | PHP_JSON_PARTIAL_OUTPUT_ON_ERROR | PHP_JSON_INVALID_UTF8_SUBSTITUTE, 32);
        JSON_G(error_code) = saved;
        if (EG(exception)) {
            zend_clear_exception(); /* a jsonSerialize() that threw */
        }
    }
    smart_str_appendc(&line, '\n');
    smart_str_0(&line);
    fwrite(ZSTR_VAL(line.s), 1, ZSTR_LEN(line.s), stderr);
    fflush(stderr);
    smart_str_free(&line);
}

void php_tq_stderr_line(const char *level, zend_string *msg)
{
    lrw_stderr_line(level, msg, NULL);
}

static void lrw_stderr_log(INTERNAL_FUNCTION_PARAMETERS, int level)
{
    zval *message;
    HashTable *ctx = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL(message)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(ctx)
    ZEND_PARSE_PARAMETERS_END();
    zval *t = PHP_TQ_PROP(SELF, php_tq_ce_StderrLogger, "threshold");
    if (level > (t ? zval_get_long(t) : 6)) {
        return;
    }
    zend_string *msg = zval_try_get_string(message);
    if (!msg) {
        RETURN_THROWS();
    }
    lrw_stderr_line(lrw_levels[level], msg, ctx);
    zend_string_release(msg);
}

#define LRW_LOGGER_METHOD(name, n) \
    ZEND_METHOD(oat_taoTaskQueue_model_Log_StderrLogger, name) { lrw_stderr_log(INTERNAL_FUNCTION_PARAM_PASSTHRU, n); }
LRW_LOGGER_METHOD(emergency, 0)
LRW_LOGGER_METHOD(alert, 1)
LRW_LOGGER_METHOD(critical, 2)
LRW_LOGGER_METHOD(error, 3)
LRW_LOGGER_METHOD(warning, 4)
LRW_LOGGER_METHOD(notice, 5)
LRW_LOGGER_METHOD(info, 6)
LRW_LOGGER_METHOD(debug, 7)

ZEND_METHOD(oat_taoTaskQueue_model_Log_StderrLogger, log)
{
    zval *level, *message;
    HashTable *ctx = NULL;
    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_ZVAL(level)
        Z_PARAM_ZVAL(message)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(ctx)
    ZEND_PARSE_PARAMETERS_END();
    int n = Z_TYPE_P(level) == IS_STRING ? php_tq_stderr_level_of(Z_STRVAL_P(level), Z_STRLEN_P(level)) : -1;
    if (n < 0) {
        php_tq_throw_named("Psr\\Log\\InvalidArgumentException", spl_ce_InvalidArgumentException,
                           "StderrLogger::log(): unknown log level %s", Z_TYPE_P(level) == IS_STRING
                           ? Z_STRVAL_P(level) : zend_zval_type_name(level));
        RETURN_THROWS();
    }
    zval *t = PHP_TQ_PROP(SELF, php_tq_ce_StderrLogger, "threshold");
    if (n > (t ? zval_get_long(t) : 6)) {
        return;
    }
    zend_string *msg = zval_try_get_string(message);
    if (!msg) {
        RETURN_THROWS();
    }
    lrw_stderr_line(lrw_levels[n], msg, ctx);
    zend_string_release(msg);
}

ZEND_METHOD(oat_taoTaskQueue_model_Log_StderrLogger, __construct)
{
    zend_string *min = NULL;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR(min)
    ZEND_PARSE_PARAMETERS_END();
    int n = min ? php_tq_stderr_level_of(ZSTR_VAL(min), ZSTR_LEN(min)) : 6;
    if (n < 0) {
        php_tq_throw(spl_ce_InvalidArgumentException, "StderrLogger::__construct(): unknown log level \"%s\"; "
                     "expected one of emergency, alert, critical, error, warning, notice, info, debug",
                     ZSTR_VAL(min));
        RETURN_THROWS();
    }
    zval v;
    ZVAL_LONG(&v, n);
    PHP_TQ_PROP_SET(SELF, php_tq_ce_StderrLogger, "threshold", &v);
}
