/*
 * queue/telemetry.c: Telemetry\TaskQueueTelemetry, tao-core's OpenTelemetry spans of the task
 * queue: the W3C trace context travels in the task's metadata (METADATA_TRACE_CONTEXT_KEY), an
 * ENQUEUE span (producer) wraps Queue::enqueue(), a PROCESS span (consumer, child of the carried
 * context) wraps AbstractWorker::processTask(), annotated with the final status and, for a
 * failure, a summary of the report's errors (e-mail addresses redacted, 500 bytes at most).
 * The OpenTelemetry PHP API is reached through its PHP classes, so nothing here links against
 * it; without the opentelemetry extension, the API, or OTEL_PHP_AUTOLOAD_ENABLED, every call is
 * a pass-through. Nothing here throws or changes a result: telemetry failures are swallowed.
 * May touch: the Zend API, ext/pcre, common/common, task/task.h, queue/queue.h, telemetry.h.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <strings.h>
#include "php.h"
#include "zend_exceptions.h"
#include "zend_closures.h"
#include "zend_smart_str.h"
#include "ext/pcre/php_pcre.h"
#include "ext/standard/php_string.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "../task/task.h"
#include "queue.h"
#include "telemetry.h"
#include "telemetry_arginfo.h"

zend_class_entry *php_tq_ce_TaskQueueTelemetry;

#define TEL_CE php_tq_ce_TaskQueueTelemetry
#define TRACER "tao-task-queue"
#define CONTEXT_KEY "__otel_trace_context__"
#define SUMMARY_MAX 500

/* --- calling the OpenTelemetry API, never throwing --------------------------------------- */

/* An exception on its way out stays aside while telemetry calls run. */
typedef struct { zend_object *ex; } tel_stash;

static void stash_begin(tel_stash *t)
{
    t->ex = EG(exception);
    if (t->ex) {
        GC_ADDREF(t->ex);
        zend_clear_exception();
    }
}

static void stash_end(tel_stash *t)
{
    zend_clear_exception();   /* a telemetry failure is dropped */
    if (t->ex) {
        zval ex;
        ZVAL_OBJ(&ex, t->ex);
        zend_throw_exception_object(&ex);
    }
}

static zend_result tel_static(const char *cls, const char *method, zval *rv, uint32_t argc, zval *argv)
{
    zend_string *name = zend_string_init(cls, strlen(cls), 0);
    zend_class_entry *ce = zend_lookup_class(name);
    zend_string_release(name);
    zend_function *fn = ce ? zend_hash_str_find_ptr_lc(&ce->function_table, method, strlen(method)) : NULL;
    if (!fn || !(fn->common.fn_flags & ZEND_ACC_STATIC)) {
        zend_clear_exception();
        return FAILURE;
    }
    zend_call_known_function(fn, NULL, ce, rv, argc, argv, NULL);
    if (EG(exception)) {
        zval_ptr_dtor(rv);
        zend_clear_exception();
        return FAILURE;
    }
    return SUCCESS;
}

/* A class constant's value (copied into out), or false. */
static bool tel_const(const char *cls, const char *name, zval *out)
{
    zend_string *c = zend_string_init(cls, strlen(cls), 0), *n = zend_string_init(name, strlen(name), 0);
    zend_class_entry *ce = zend_lookup_class(c);
    zval *v = ce ? zend_get_class_constant_ex(c, n, NULL, ZEND_FETCH_CLASS_SILENT) : NULL;
    zend_string_release(c);
    zend_string_release(n);
    zend_clear_exception();
    if (!v) {
        return false;
    }
    ZVAL_COPY_OR_DUP(out, v);
    return true;
}

/* $obj = $obj->method(...) (a fluent call); false when it throws. */
static bool tel_chain(zval *obj, const char *method, uint32_t argc, zval *argv)
{
    zval rv;
    if (php_tq_call(obj, method, &rv, argc, argv) == FAILURE) {
        zend_clear_exception();
        return false;
    }
    zval_ptr_dtor(obj);
    ZVAL_COPY_VALUE(obj, &rv);
    return Z_TYPE_P(obj) == IS_OBJECT;
}

static bool tel_attr(zval *builder, const char *key, zval *value)
{
    zval a[2];
    ZVAL_STRING(&a[0], key);
    ZVAL_COPY(&a[1], value);
    bool ok = tel_chain(builder, "setAttribute", 2, a);
    zval_ptr_dtor(&a[0]);
    zval_ptr_dtor(&a[1]);
    return ok;
}

static bool tel_attr_str(zval *builder, const char *key, const char *value)
{
    zval v;
    ZVAL_STRING(&v, value);
    bool ok = tel_attr(builder, key, &v);
    zval_ptr_dtor(&v);
    return ok;
}

/* --- what the spans say ------------------------------------------------------------------ */

bool php_tq_telemetry_enabled(void)
{
    if (!zend_hash_str_exists(&module_registry, "opentelemetry", sizeof("opentelemetry") - 1)) {
        return false;
    }
    const char *env = getenv("OTEL_PHP_AUTOLOAD_ENABLED");
    if (!env || !(strcasecmp(env, "true") == 0 || strcmp(env, "1") == 0 || strcasecmp(env, "on") == 0
                  || strcasecmp(env, "yes") == 0)) {
        return false;
    }
    tel_stash t;
    stash_begin(&t);
    zval rv, arg;
    ZVAL_STRING(&arg, TRACER);
    bool disabled = true;
    if (tel_static("OpenTelemetry\\SDK\\Sdk", "isInstrumentationDisabled", &rv, 1, &arg) == SUCCESS) {
        disabled = zend_is_true(&rv);
        zval_ptr_dtor(&rv);
    }
    zval_ptr_dtor(&arg);
    stash_end(&t);
    return !disabled;
}

/* tao-core's rule: a callback task's callable ("Class::method" for an array one, "closure"),
 * else the task's class. */
static zend_string *task_class_name(zval *task)
{
    if (instanceof_function(Z_OBJCE_P(task), php_tq_ce_CallbackTaskInterface)) {
        zval c;
        if (php_tq_call(task, "getCallable", &c, 0, NULL) == SUCCESS) {
            zend_string *out = NULL;
            if (Z_TYPE(c) == IS_STRING) {
                out = zend_string_copy(Z_STR(c));
            } else if (Z_TYPE(c) == IS_ARRAY) {
                zval *cls = zend_hash_index_find(Z_ARRVAL(c), 0), *m = zend_hash_index_find(Z_ARRVAL(c), 1);
                zend_string *cn = cls && Z_TYPE_P(cls) == IS_OBJECT ? zend_string_copy(Z_OBJCE_P(cls)->name)
                                  : cls ? zval_get_string(cls) : ZSTR_EMPTY_ALLOC();
                zend_string *mn = m ? zval_get_string(m) : ZSTR_EMPTY_ALLOC();
                out = zend_strpprintf(0, "%s::%s", ZSTR_VAL(cn), ZSTR_VAL(mn));
                zend_string_release(cn);
                zend_string_release(mn);
            } else if (Z_TYPE(c) == IS_OBJECT) {
                out = Z_OBJCE(c) == zend_ce_closure ? zend_string_init("closure", 7, 0) : zend_string_copy(Z_OBJCE(c)->name);
            }
            zval_ptr_dtor(&c);
            if (out) {
                return out;
            }
        }
        zend_clear_exception();
    }
    return zend_string_copy(Z_OBJCE_P(task)->name);
}

static void tel_start(const char *verb, const char *kind, const char *operation, zval *queue, zval *task,
                      php_tq_tel_span *s)
{
    zval provider, builder, arg, kv;
    s->on = false;
    if (tel_static("OpenTelemetry\\API\\Globals", "tracerProvider", &provider, 0, NULL) == FAILURE) {
        return;
    }
    ZVAL_STRING(&arg, TRACER);
    bool ok = tel_chain(&provider, "getTracer", 1, &arg);
    zval_ptr_dtor(&arg);
    zend_string *cls = task_class_name(task);
    ZVAL_STR(&arg, zend_strpprintf(0, "%s %s", verb, ZSTR_VAL(cls)));
    ZVAL_COPY(&builder, &provider);
    ok = ok && tel_chain(&builder, "spanBuilder", 1, &arg);
    zval_ptr_dtor(&arg);
    if (ok && tel_const("OpenTelemetry\\API\\Trace\\SpanKind", kind, &kv)) {
        ok = tel_chain(&builder, "setSpanKind", 1, &kv);
        zval_ptr_dtor(&kv);
    }
    ok = ok && tel_attr_str(&builder, "messaging.system", "tao_task_queue")
         && tel_attr_str(&builder, "messaging.operation", operation);
    if (ok && queue) {
        zval name;
        if (php_tq_call(queue, "getName", &name, 0, NULL) == SUCCESS) {
            ok = tel_attr(&builder, "messaging.destination.name", &name);
            zval_ptr_dtor(&name);
        }
    }
    ok = ok && tel_attr_str(&builder, "task.class", ZSTR_VAL(cls));
    zend_string_release(cls);
    zval id, carrier;
    if (ok && php_tq_call(task, "getId", &id, 0, NULL) == SUCCESS) {
        ok = tel_attr(&builder, "task.id", &id);
        zval_ptr_dtor(&id);
    }
    if (ok && !queue && php_tq_task_metadata(task, CONTEXT_KEY, &carrier) == SUCCESS) {
        zval propagator, ctx;
        if (Z_TYPE(carrier) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL(carrier))
            && tel_static("OpenTelemetry\\API\\Trace\\Propagation\\TraceContextPropagator", "getInstance", &propagator,
                          0, NULL) == SUCCESS) {
            if (php_tq_call(&propagator, "extract", &ctx, 1, &carrier) == SUCCESS) {
                ok = tel_chain(&builder, "setParent", 1, &ctx);
                zval_ptr_dtor(&ctx);
            }
            zval_ptr_dtor(&propagator);
        }
        zval_ptr_dtor(&carrier);
    }
    if (ok && tel_chain(&builder, "startSpan", 0, NULL)) {
        ZVAL_COPY(&s->span, &builder);
        if (php_tq_call(&s->span, "activate", &s->scope, 0, NULL) == FAILURE) {
            ZVAL_NULL(&s->scope);
        }
        s->on = true;
    }
    zend_clear_exception();
    zval_ptr_dtor(&builder);
    zval_ptr_dtor(&provider);
}

static void tel_status(zval *span, const char *code, const char *description)
{
    zval a[2];
    if (!tel_const("OpenTelemetry\\API\\Trace\\StatusCode", code, &a[0])) {
        ZVAL_STRING(&a[0], strcmp(code, "STATUS_OK") == 0 ? "Ok" : "Error");
    }
    uint32_t n = 1;
    if (description) {
        ZVAL_STRING(&a[1], description);
        n = 2;
    }
    zval rv;
    if (php_tq_call(span, "setStatus", &rv, n, a) == SUCCESS) {
        zval_ptr_dtor(&rv);
    }
    zend_clear_exception();
    for (uint32_t i = 0; i < n; i++) {
        zval_ptr_dtor(&a[i]);
    }
}

static void tel_end(php_tq_tel_span *s)
{
    zval rv;
    if (Z_TYPE(s->scope) == IS_OBJECT && php_tq_call(&s->scope, "detach", &rv, 0, NULL) == SUCCESS) {
        zval_ptr_dtor(&rv);
    }
    zend_clear_exception();
    if (php_tq_call(&s->span, "end", &rv, 0, NULL) == SUCCESS) {
        zval_ptr_dtor(&rv);
    }
    zend_clear_exception();
    zval_ptr_dtor(&s->span);
    zval_ptr_dtor(&s->scope);
    s->on = false;
}

/* "a | b | c" of the report's error messages (at most 5, the root's first when it is an
 * error), for generis' common_report_Report; NULL otherwise. */
static zend_string *failure_summary(zval *report)
{
    zend_string *rcls = zend_string_init("common_report_Report", sizeof("common_report_Report") - 1, 0);
    zend_class_entry *ce = zend_lookup_class_ex(rcls, NULL, ZEND_FETCH_CLASS_NO_AUTOLOAD);
    zend_string_release(rcls);
    if (!report || Z_TYPE_P(report) != IS_OBJECT || !ce || !instanceof_function(Z_OBJCE_P(report), ce)) {
        return NULL;
    }
    zend_string *type = php_tq_call_string(report, "getType");
    bool root_error = zend_string_equals_literal(type, "error");
    zend_string_release(type);
    zval contains, errors, arg, *e;
    bool has = root_error;
    if (!has && php_tq_call(report, "containsError", &contains, 0, NULL) == SUCCESS) {
        has = zend_is_true(&contains);
        zval_ptr_dtor(&contains);
    }
    if (!has) {
        zend_clear_exception();
        return NULL;
    }
    zval msgs;
    array_init(&msgs);
    if (root_error) {
        zend_string *m = php_tq_call_string(report, "getMessage");
        zend_string *t = php_trim(m, NULL, 0, 3);
        zend_string_release(m);
        if (ZSTR_LEN(t)) {
            add_next_index_str(&msgs, t);
        } else {
            zend_string_release(t);
        }
    }
    ZVAL_TRUE(&arg);
    if (php_tq_call(report, "getErrors", &errors, 1, &arg) == SUCCESS && Z_TYPE(errors) == IS_ARRAY) {
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL(errors), e) {
            zend_string *m = php_tq_call_string(e, "getMessage");
            zend_string *t = php_trim(m, NULL, 0, 3);
            zend_string_release(m);
            zval *x;
            bool dup = false;
            ZEND_HASH_FOREACH_VAL(Z_ARRVAL(msgs), x) {
                dup = dup || zend_string_equals(Z_STR_P(x), t);
            } ZEND_HASH_FOREACH_END();
            if (ZSTR_LEN(t) && !dup && zend_hash_num_elements(Z_ARRVAL(msgs)) < 5) {
                add_next_index_str(&msgs, t);
            } else {
                zend_string_release(t);
            }
        } ZEND_HASH_FOREACH_END();
    }
    zval_ptr_dtor(&errors);
    zend_clear_exception();
    zend_string *out = NULL;
    if (zend_hash_num_elements(Z_ARRVAL(msgs))) {
        smart_str s = {0};
        zval *x;
        bool first = true;
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL(msgs), x) {
            if (!first) {
                smart_str_appends(&s, " | ");
            }
            smart_str_append(&s, Z_STR_P(x));
            first = false;
        } ZEND_HASH_FOREACH_END();
        out = smart_str_extract(&s);
    }
    zval_ptr_dtor(&msgs);
    return out;
}

static zend_string *sanitize(zend_string *summary)
{
    if (ZSTR_LEN(summary) == 0) {
        return ZSTR_EMPTY_ALLOC();
    }
    zend_string *re = zend_string_init("/\\S+@\\S+\\.\\S+/", sizeof("/\\S+@\\S+\\.\\S+/") - 1, 0);
    zend_string *with = zend_string_init("[redacted]", sizeof("[redacted]") - 1, 0);
    zend_string *r = php_pcre_replace(re, summary, ZSTR_VAL(summary), ZSTR_LEN(summary), with, (size_t)-1, NULL);
    zend_string_release(re);
    zend_string_release(with);
    if (!r) {
        r = zend_string_copy(summary);
    }
    if (ZSTR_LEN(r) > SUMMARY_MAX) {
        zend_string *cut = zend_strpprintf(0, "%.*s...", SUMMARY_MAX, ZSTR_VAL(r));
        zend_string_release(r);
        return cut;
    }
    return r;
}

static void annotate(zval *span, const char *status, zval *report)
{
    if (!span || Z_TYPE_P(span) != IS_OBJECT) {
        return;
    }
    zval a[2], rv;
    ZVAL_STRING(&a[0], "task.status");
    ZVAL_STRING(&a[1], status);
    if (php_tq_call(span, "setAttribute", &rv, 2, a) == SUCCESS) {
        zval_ptr_dtor(&rv);
    }
    zend_clear_exception();
    zval_ptr_dtor(&a[0]);
    zval_ptr_dtor(&a[1]);
    if (strcmp(status, "failed") != 0) {
        tel_status(span, "STATUS_OK", NULL);
        return;
    }
    tel_status(span, "STATUS_ERROR", "task processing error");
    zend_string *summary = failure_summary(report);
    if (summary) {
        ZVAL_STRING(&a[0], "task.failure.summary");
        ZVAL_STR(&a[1], sanitize(summary));
        zend_string_release(summary);
        if (php_tq_call(span, "setAttribute", &rv, 2, a) == SUCCESS) {
            zval_ptr_dtor(&rv);
        }
        zend_clear_exception();
        zval_ptr_dtor(&a[0]);
        zval_ptr_dtor(&a[1]);
    }
}

/* --- the spans of the native enqueue and processTask() ------------------------------------ */

void php_tq_tel_enqueue_begin(zval *queue, zval *task, php_tq_tel_span *s)
{
    s->on = false;
    if (!php_tq_telemetry_enabled()) {
        return;
    }
    tel_stash t;
    stash_begin(&t);
    tel_start("ENQUEUE", "KIND_PRODUCER", "publish", queue, task, s);
    zval propagator, carrier, ref;
    if (s->on && tel_static("OpenTelemetry\\API\\Trace\\Propagation\\TraceContextPropagator", "getInstance",
                            &propagator, 0, NULL) == SUCCESS) {
        array_init(&carrier);
        ZVAL_NEW_REF(&ref, &carrier);
        zval rv;
        if (php_tq_call(&propagator, "inject", &rv, 1, &ref) == SUCCESS) {
            zval_ptr_dtor(&rv);
            zval *injected = Z_REFVAL(ref);
            if (Z_TYPE_P(injected) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(injected))) {
                zval a[2];
                ZVAL_STRING(&a[0], CONTEXT_KEY);
                ZVAL_COPY(&a[1], injected);
                if (php_tq_call(task, "setMetadata", &rv, 2, a) == SUCCESS) {
                    zval_ptr_dtor(&rv);
                }
                zval_ptr_dtor(&a[0]);
                zval_ptr_dtor(&a[1]);
            }
        }
        zval_ptr_dtor(&ref);
        zval_ptr_dtor(&propagator);
    }
    stash_end(&t);
}

void php_tq_tel_enqueue_end(php_tq_tel_span *s)
{
    if (!s->on) {
        return;
    }
    tel_stash t;
    stash_begin(&t);
    if (!t.ex) {
        tel_status(&s->span, "STATUS_OK", NULL);
    }
    tel_end(s);
    stash_end(&t);
}

void php_tq_tel_process_begin(zval *task, php_tq_tel_span *s)
{
    s->on = false;
    if (!php_tq_telemetry_enabled()) {
        return;
    }
    tel_stash t;
    stash_begin(&t);
    tel_start("PROCESS", "KIND_CONSUMER", "process", NULL, task, s);
    stash_end(&t);
}

void php_tq_tel_process_end(php_tq_tel_span *s, const char *status, zval *report)
{
    if (!s->on) {
        return;
    }
    tel_stash t;
    stash_begin(&t);
    if (status) {
        annotate(&s->span, status, report);
    }
    tel_end(s);
    stash_end(&t);
}

/* --- TaskQueueTelemetry ------------------------------------------------------------------- */

ZEND_METHOD(oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry, isEnabled)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_BOOL(php_tq_telemetry_enabled());
}

/* $callable() into rv: FAILURE with its exception pending. */
static zend_result call_operation(zend_fcall_info *fci, zend_fcall_info_cache *fcc, zval *rv)
{
    fci->retval = rv;
    fci->param_count = 0;
    if (zend_call_function(fci, fcc) == FAILURE || EG(exception)) {
        zval_ptr_dtor(rv);
        ZVAL_UNDEF(rv);
        return FAILURE;
    }
    return SUCCESS;
}

ZEND_METHOD(oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry, traceEnqueue)
{
    zval *queue, *task;
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    ZEND_PARSE_PARAMETERS_START(3, 3)
        Z_PARAM_OBJECT_OF_CLASS(queue, php_tq_ce_QueueInterface)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
        Z_PARAM_FUNC(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    php_tq_tel_span s;
    php_tq_tel_enqueue_begin(queue, task, &s);
    zend_result r = call_operation(&fci, &fcc, return_value);
    php_tq_tel_enqueue_end(&s);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry, traceProcessTask)
{
    zval *task;
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
        Z_PARAM_FUNC(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    php_tq_tel_span s;
    php_tq_tel_process_begin(task, &s);
    zval outcome;
    zend_result r = call_operation(&fci, &fcc, &outcome);
    const char *status = NULL;
    zval *report = NULL;
    if (r == SUCCESS && Z_TYPE(outcome) == IS_ARRAY) {
        zval *st = zend_hash_str_find(Z_ARRVAL(outcome), "status", sizeof("status") - 1);
        status = st && Z_TYPE_P(st) == IS_STRING ? Z_STRVAL_P(st) : "";
        report = zend_hash_str_find(Z_ARRVAL(outcome), "report", sizeof("report") - 1);
    }
    php_tq_tel_process_end(&s, status, report);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
    if (Z_TYPE(outcome) != IS_ARRAY) {
        zval_ptr_dtor(&outcome);
        zend_type_error("%s(): the processor must return an array, %s returned", "TaskQueueTelemetry::traceProcessTask",
                        zend_zval_type_name(&outcome));
        RETURN_THROWS();
    }
    RETURN_COPY_VALUE(&outcome);
}

ZEND_METHOD(oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry, resolveTaskClassName)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
    ZEND_PARSE_PARAMETERS_END();
    RETURN_STR(task_class_name(task));
}

ZEND_METHOD(oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry, safeAnnotateProcessSpan)
{
    zval *span, *report;
    zend_string *status;
    ZEND_PARSE_PARAMETERS_START(3, 3)
        Z_PARAM_ZVAL(span)
        Z_PARAM_STR(status)
        Z_PARAM_ZVAL(report)
    ZEND_PARSE_PARAMETERS_END();
    tel_stash t;
    stash_begin(&t);
    annotate(span, ZSTR_VAL(status), report);
    stash_end(&t);
}

ZEND_METHOD(oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry, extractFailureSummaryFromReport)
{
    zval *report;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(report)
    ZEND_PARSE_PARAMETERS_END();
    zend_string *s = failure_summary(report);
    if (!s) {
        RETURN_NULL();
    }
    RETURN_STR(s);
}

ZEND_METHOD(oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry, sanitizeFailureSummary)
{
    zend_string *summary;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(summary)
    ZEND_PARSE_PARAMETERS_END();
    RETURN_STR(sanitize(summary));
}

void php_tq_telemetry_minit(void)
{
    php_tq_ce_TaskQueueTelemetry = register_class_oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry();
}
