/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 7247944bf0464088709cc076504139aed77bafb9 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry_isEnabled, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry_traceEnqueue, 0, 3, IS_MIXED, 0)
	ZEND_ARG_OBJ_INFO(0, queue, oat\\tao\\model\\taskQueue\\QueueInterface, 0)
	ZEND_ARG_OBJ_INFO(0, task, oat\\tao\\model\\taskQueue\\Task\\TaskInterface, 0)
	ZEND_ARG_TYPE_INFO(0, enqueue, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry_traceProcessTask, 0, 2, IS_ARRAY, 0)
	ZEND_ARG_OBJ_INFO(0, task, oat\\tao\\model\\taskQueue\\Task\\TaskInterface, 0)
	ZEND_ARG_TYPE_INFO(0, processor, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry_resolveTaskClassName, 0, 1, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO(0, task, oat\\tao\\model\\taskQueue\\Task\\TaskInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry_safeAnnotateProcessSpan, 0, 3, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, span, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, status, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, report, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry_extractFailureSummaryFromReport, 0, 1, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO(0, report, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry_sanitizeFailureSummary, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, summary, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry, isEnabled);
ZEND_METHOD(oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry, traceEnqueue);
ZEND_METHOD(oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry, traceProcessTask);
ZEND_METHOD(oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry, resolveTaskClassName);
ZEND_METHOD(oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry, safeAnnotateProcessSpan);
ZEND_METHOD(oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry, extractFailureSummaryFromReport);
ZEND_METHOD(oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry, sanitizeFailureSummary);


static const zend_function_entry class_oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry_methods[] = {
	ZEND_ME(oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry, isEnabled, arginfo_class_oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry_isEnabled, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry, traceEnqueue, arginfo_class_oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry_traceEnqueue, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry, traceProcessTask, arginfo_class_oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry_traceProcessTask, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry, resolveTaskClassName, arginfo_class_oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry_resolveTaskClassName, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry, safeAnnotateProcessSpan, arginfo_class_oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry_safeAnnotateProcessSpan, ZEND_ACC_PRIVATE|ZEND_ACC_STATIC)
	ZEND_ME(oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry, extractFailureSummaryFromReport, arginfo_class_oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry_extractFailureSummaryFromReport, ZEND_ACC_PRIVATE|ZEND_ACC_STATIC)
	ZEND_ME(oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry, sanitizeFailureSummary, arginfo_class_oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry_sanitizeFailureSummary, ZEND_ACC_PRIVATE|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\tao\\model\\taskQueue\\Telemetry", "TaskQueueTelemetry", class_oat_tao_model_taskQueue_Telemetry_TaskQueueTelemetry_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	zval const_METADATA_TRACE_CONTEXT_KEY_value;
	zend_string *const_METADATA_TRACE_CONTEXT_KEY_value_str = zend_string_init("__otel_trace_context__", strlen("__otel_trace_context__"), 1);
	ZVAL_STR(&const_METADATA_TRACE_CONTEXT_KEY_value, const_METADATA_TRACE_CONTEXT_KEY_value_str);
	zend_string *const_METADATA_TRACE_CONTEXT_KEY_name = zend_string_init_interned("METADATA_TRACE_CONTEXT_KEY", sizeof("METADATA_TRACE_CONTEXT_KEY") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_METADATA_TRACE_CONTEXT_KEY_name, &const_METADATA_TRACE_CONTEXT_KEY_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_METADATA_TRACE_CONTEXT_KEY_name);

	return class_entry;
}
