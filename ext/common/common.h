/*
 * common/common: glue helpers shared by every class group: declared-property access,
 * TAO's option bag / logger / service-locator methods, calling PHP methods,
 * exceptions (common.c), zval <-> JSON through src/task/tq_json (json.c), finding services
 * and config files under a TAO root (tao_config.c), and config values written as PHP code
 * (php_code.c). May touch: the Zend API, src/task/tq_json, src/common/tq_error.
 */
#ifndef TQ_COMMON_H
#define TQ_COMMON_H

#include "php.h"
#include "zend_smart_str.h"
#include "task/tq_json.h"
#include "common/tq_error.h"

/* --- declared properties, as `scope` sees them ------------------------------------ */
zval *php_tq_prop(zend_object *obj, zend_class_entry *scope, const char *name, size_t len);
void php_tq_prop_set(zend_object *obj, zend_class_entry *scope, const char *name, size_t len, zval *value);
#define PHP_TQ_PROP(obj, scope, lit) php_tq_prop((obj), (scope), (lit), sizeof(lit) - 1)
#define PHP_TQ_PROP_SET(obj, scope, lit, zv) php_tq_prop_set((obj), (scope), (lit), sizeof(lit) - 1, (zv))

/* --- options: TAO's ConfigurableService API over a private `array $options` -------- */
zval *php_tq_option(zend_object *obj, zend_class_entry *scope, const char *name);
void php_tq_option_set(zend_object *obj, zend_class_entry *scope, zend_string *name, zval *value);

/* Method bodies for classes that declare `array $options`, `$logger`, `$serviceLocator`. */
void php_tq_m_setOption(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *scope);
void php_tq_m_getOption(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *scope);
void php_tq_m_hasOption(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *scope);
void php_tq_m_setOptions(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *scope);
/* ConfigurableService::__construct(array $options = []) of a class with nothing more to do. */
void php_tq_m_constructOptions(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *scope);
void php_tq_m_getOptions(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *scope);
void php_tq_m_setProp(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *scope, const char *name);
void php_tq_m_getProp(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *scope, const char *name);
/* log<Level>($message, $context = []): $this->logger-><level>(...) when a logger is set. */
void php_tq_m_log(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *scope, const char *level);

#define PHP_TQ_OPTION_METHODS(cls, scope) \
    ZEND_METHOD(cls, setOption) { php_tq_m_setOption(INTERNAL_FUNCTION_PARAM_PASSTHRU, (scope)); } \
    ZEND_METHOD(cls, getOption) { php_tq_m_getOption(INTERNAL_FUNCTION_PARAM_PASSTHRU, (scope)); } \
    ZEND_METHOD(cls, hasOption) { php_tq_m_hasOption(INTERNAL_FUNCTION_PARAM_PASSTHRU, (scope)); } \
    ZEND_METHOD(cls, setOptions) { php_tq_m_setOptions(INTERNAL_FUNCTION_PARAM_PASSTHRU, (scope)); } \
    ZEND_METHOD(cls, getOptions) { php_tq_m_getOptions(INTERNAL_FUNCTION_PARAM_PASSTHRU, (scope)); }

/* setLogger()/getLogger() and generis' LoggerAwareTrait helpers logEmergency() … logDebug(),
 * which TAO's classes get from that trait (and TAO's tests mock). */
#define PHP_TQ_LOGGER_METHODS(cls, scope) \
    ZEND_METHOD(cls, setLogger) { php_tq_m_setProp(INTERNAL_FUNCTION_PARAM_PASSTHRU, (scope), "logger"); } \
    ZEND_METHOD(cls, getLogger) { php_tq_m_getProp(INTERNAL_FUNCTION_PARAM_PASSTHRU, (scope), "logger"); } \
    ZEND_METHOD(cls, logEmergency) { php_tq_m_log(INTERNAL_FUNCTION_PARAM_PASSTHRU, (scope), "emergency"); } \
    ZEND_METHOD(cls, logAlert) { php_tq_m_log(INTERNAL_FUNCTION_PARAM_PASSTHRU, (scope), "alert"); } \
    ZEND_METHOD(cls, logCritical) { php_tq_m_log(INTERNAL_FUNCTION_PARAM_PASSTHRU, (scope), "critical"); } \
    ZEND_METHOD(cls, logError) { php_tq_m_log(INTERNAL_FUNCTION_PARAM_PASSTHRU, (scope), "error"); } \
    ZEND_METHOD(cls, logWarning) { php_tq_m_log(INTERNAL_FUNCTION_PARAM_PASSTHRU, (scope), "warning"); } \
    ZEND_METHOD(cls, logNotice) { php_tq_m_log(INTERNAL_FUNCTION_PARAM_PASSTHRU, (scope), "notice"); } \
    ZEND_METHOD(cls, logInfo) { php_tq_m_log(INTERNAL_FUNCTION_PARAM_PASSTHRU, (scope), "info"); } \
    ZEND_METHOD(cls, logDebug) { php_tq_m_log(INTERNAL_FUNCTION_PARAM_PASSTHRU, (scope), "debug"); }

#define PHP_TQ_LOCATOR_METHODS(cls, scope) \
    ZEND_METHOD(cls, setServiceLocator) { php_tq_m_setProp(INTERNAL_FUNCTION_PARAM_PASSTHRU, (scope), "serviceLocator"); } \
    ZEND_METHOD(cls, getServiceLocator) { php_tq_m_getProp(INTERNAL_FUNCTION_PARAM_PASSTHRU, (scope), "serviceLocator"); }

/* --- logging through the object's PSR-3 logger (no logger: nothing is written) ----- */
/* level is a PSR-3 method name ("debug", "info", "notice", "warning", "error", "critical").
 * context may be NULL. An exception pending before the call is kept aside and restored.
 * When the object's class overrides generis' helper log<Level>() in PHP (a subclass or a
 * PHPUnit double), the line goes through that method instead. */
void php_tq_log(zend_object *obj, zend_class_entry *scope, const char *level, zval *context, const char *fmt, ...)
    ZEND_ATTRIBUTE_FORMAT(printf, 5, 6);
/* The logger php_tq_log() writes to: the object's "logger" property, else generis/log of its
 * "serviceLocator". true and a reference in out (the caller releases it), else false and out
 * UNDEF; an exception from the locator is cleared unless it must unwind. */
bool php_tq_logger_of(zend_object *obj, zend_class_entry *scope, zval *out);

/* --- calling PHP ------------------------------------------------------------------ */
/* $obj->name(...argv). retval may be NULL. FAILURE means an exception is pending. */
zend_result php_tq_call(zval *obj, const char *name, zval *retval, uint32_t argc, zval *argv);
/* $obj->name() as a string: "" when obj is no object, the call throws (the exception is
 * cleared) or it gives null. For display, where a broken getter must not stop a listing. */
zend_string *php_tq_call_string(zval *obj, const char *name);
/* $obj->name(...argv) for a method of any visibility (protected hooks such as doPop,
 * getQueueForTask): looked up on the object's class, so overrides are honoured. */
zend_result php_tq_call_hook(zval *self, const char *name, zval *retval, uint32_t argc, zval *argv);
/* 1 when obj is an object whose class has a method lc_name (lower case). */
bool php_tq_has_method(zval *obj, const char *lc_name);
/* The method lc_name (lower case) of obj's class when PHP code defines it (a PHP subclass or
 * a PHPUnit double overriding one of ours), else NULL: native code then does the work
 * itself, without a method call. */
zend_function *php_tq_user_method(zend_object *obj, const char *lc_name);
/* Calls a PHP callable value. */
zend_result php_tq_call_callable(zval *callable, zval *retval, uint32_t argc, zval *argv);

/* --- exceptions ------------------------------------------------------------------- */
void php_tq_throw(zend_class_entry *ce, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 2, 3);
/* Throws `class_name` (e.g. generis' common_exception_Error) when that class exists or
 * autoloads and is Throwable; otherwise `fallback`. */
void php_tq_throw_named(const char *class_name, zend_class_entry *fallback, const char *fmt, ...)
    ZEND_ATTRIBUTE_FORMAT(printf, 3, 4);
/* The message of exception ex, as a string (ex stays where it is). */
zend_string *php_tq_exception_message(zend_object *ex);
/* Takes the pending exception (it is cleared) and returns its message, or its class name
 * when the message is empty; "unknown error" when none is pending. */
zend_string *php_tq_take_exception_message(void);
/* Turns a core error into an exception of class ce (prefix may be NULL). */
void php_tq_throw_error(zend_class_entry *ce, const tq_error *err, const char *prefix);
/* A task id, queue name or key holding a NUL byte: every C store takes it up to the NUL, so
 * "victim\0x" would name task "victim". Throws \InvalidArgumentException
 * "<Class>::<method>(): the <what> must not contain a NUL byte" and returns FAILURE; SUCCESS
 * otherwise (the message is built only then: these checks sit on every task's path).
 * The zval form checks strings only (other types are the caller's concern). */
zend_result php_tq_refuse_nul(const char *s, size_t len, zend_class_entry *ce, const char *method, const char *what);
zend_result php_tq_refuse_nul_zval(const zval *v, zend_class_entry *ce, const char *method, const char *what);

/* Seconds a claim is leased: ini taskqueue.lease_time and every setLeaseTime() (SQS's
 * longest visibility is 12 h; more overflowed into leases in the past). */
#define PHP_TQ_LEASE_TIME_MAX 43200

/* --- JSON ------------------------------------------------------------------------- */
/* zval -> jansson value, with json_encode()'s rules: lists become arrays, other arrays
 * objects, JsonSerializable objects their jsonSerialize(), other objects their public
 * properties. NULL with err filled (and maybe an exception pending from jsonSerialize). */
json_t *php_tq_zval_to_json(zval *zv, tq_error *err);
/* jansson value -> zval; JSON objects become associative arrays (json_decode(.., true)). */
void php_tq_json_to_zval(const json_t *j, zval *out);
/* json_encode($zv) with default flags; NULL with an \InvalidArgumentException thrown. */
zend_string *php_tq_json_encode(zval *zv);
/* A jansson value as json_encode() writes it; NULL with an \InvalidArgumentException thrown. */
zend_string *php_tq_json_text(const json_t *j);
/* json_decode($s, true); FAILURE with err filled (no exception thrown). */
zend_result php_tq_json_decode(const char *s, size_t len, zval *out, tq_error *err);

/* --- TAO root, config files and services ------------------------------------------- */
/* The TAO root: constant ROOT_PATH, else ini taskqueue.root, else env TASKQUEUE_ROOT. */
zend_string *php_tq_tao_root(void);
/* Runs <root>/config/<ext>/<name>.conf.php for service id "<ext>/<name>" into out.
 * FAILURE with err filled when there is no root or no such file; an exception from the
 * file stays pending. */
zend_result php_tq_load_service_config(zend_string *service_id, zval *out, tq_error *err);
/* An object stays itself; a string id goes through the holder's `serviceLocator`
 * property (->get($id)) when set, else through the TAO root's config. FAILURE with
 * an exception pending when it cannot be found. */
zend_result php_tq_resolve_service(zend_object *holder, zend_class_entry *scope, zval *spec, zval *out);

/* --- PHP code of config values (generis' common_Utils::toHumanReadablePhpString) ----- */
/* PHP source that evaluates back to value: strings single-quoted, ints, floats that stay
 * floats, bools, null, arrays as array(...) one entry a line (lists without keys),
 * objects through their __toPhpCode() or else unserialize('<serialize()>'). NULL with
 * an exception pending (a resource, a closure, a __toPhpCode() that throws or does
 * not return a string, nesting deeper than 512). */
zend_string *php_tq_to_php_code(zval *value);
/* The same into out, starting at indent level `level`. flags: PHP_TQ_CODE_EMPTY_ARRAY_OPEN
 * writes an empty array as generis does, "array(" newline indent ")" (TaskLog's config
 * keeps that form); without it, "array()". */
#define PHP_TQ_CODE_EMPTY_ARRAY_OPEN 1u
zend_result php_tq_php_code(smart_str *out, zval *value, int level, unsigned flags);
/* A single-quoted PHP string literal ('\'' and '\\' escaped; any byte, NUL too, as is). */
void php_tq_php_string(smart_str *out, const char *s, size_t len);

/* A fresh task id URI: <namespace>#i<digits>, unique across processes and hosts. */
zend_string *php_tq_new_uri(void);

/* Releases the first n strings of an emalloc'd array (NULL slots skipped), then the array. */
void php_tq_strings_free(zend_string **strings, size_t n);

#endif
