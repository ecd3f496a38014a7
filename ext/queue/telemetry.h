/*
 * queue/telemetry.h: tao-core's TaskQueueTelemetry (telemetry.c) as the native enqueue and
 * processTask() use it: a span begun before and ended after, a no-op unless enabled.
 * May touch: the Zend API.
 */
#ifndef PHP_TQ_TELEMETRY_H
#define PHP_TQ_TELEMETRY_H

#include "php.h"

typedef struct php_tq_tel_span {
    bool on;             /* a span was started (telemetry enabled and the API answered) */
    zval span, scope;
} php_tq_tel_span;

extern zend_class_entry *php_tq_ce_TaskQueueTelemetry;

/* OpenTelemetry loaded, tao-task-queue not disabled, OTEL_PHP_AUTOLOAD_ENABLED true. */
bool php_tq_telemetry_enabled(void);
/* The ENQUEUE span of task on queue, the trace context injected into its metadata. */
void php_tq_tel_enqueue_begin(zval *queue, zval *task, php_tq_tel_span *s);
void php_tq_tel_enqueue_end(php_tq_tel_span *s);
/* The PROCESS span of task, child of the context its metadata carries. */
void php_tq_tel_process_begin(zval *task, php_tq_tel_span *s);
/* status: the final status; report: generis' Report or NULL. */
void php_tq_tel_process_end(php_tq_tel_span *s, const char *status, zval *report);
void php_tq_telemetry_minit(void);

#endif
