/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: adc6811fea5e315f94d06018f08eb8c399bf014c */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_LongRunningWorker___construct, 0, 0, 2)
	ZEND_ARG_OBJ_INFO(0, queuer, oat\\tao\\model\\taskQueue\\QueuerInterface, 0)
	ZEND_ARG_OBJ_INFO(0, taskLog, oat\\tao\\model\\taskQueue\\TaskLogInterface, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, handleSignals, IS_MIXED, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_LongRunningWorker_run, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_LongRunningWorker_setMaxIterations, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, maxIterations, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_LongRunningWorker_setTimeLimit, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, seconds, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_LongRunningWorker_setMemoryLimit, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, megabytes, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_LongRunningWorker_stopWhenEmpty, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, stop, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_taoTaskQueue_model_LongRunningWorker_getProcessedCount, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_taoTaskQueue_model_LongRunningWorker_shutdown arginfo_class_oat_taoTaskQueue_model_LongRunningWorker_run

#define arginfo_class_oat_taoTaskQueue_model_LongRunningWorker_pauseProcessing arginfo_class_oat_taoTaskQueue_model_LongRunningWorker_run

#define arginfo_class_oat_taoTaskQueue_model_LongRunningWorker_unPauseProcessing arginfo_class_oat_taoTaskQueue_model_LongRunningWorker_run

#define arginfo_class_oat_taoTaskQueue_model_LongRunningWorker_getLogContext arginfo_class_oat_taoTaskQueue_model_LongRunningWorker_run

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Log_StderrLogger___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, minLevel, IS_STRING, 0, "\"info\"")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Log_StderrLogger_emergency, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, message, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, context, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_oat_taoTaskQueue_model_Log_StderrLogger_alert arginfo_class_oat_taoTaskQueue_model_Log_StderrLogger_emergency

#define arginfo_class_oat_taoTaskQueue_model_Log_StderrLogger_critical arginfo_class_oat_taoTaskQueue_model_Log_StderrLogger_emergency

#define arginfo_class_oat_taoTaskQueue_model_Log_StderrLogger_error arginfo_class_oat_taoTaskQueue_model_Log_StderrLogger_emergency

#define arginfo_class_oat_taoTaskQueue_model_Log_StderrLogger_warning arginfo_class_oat_taoTaskQueue_model_Log_StderrLogger_emergency

#define arginfo_class_oat_taoTaskQueue_model_Log_StderrLogger_notice arginfo_class_oat_taoTaskQueue_model_Log_StderrLogger_emergency

#define arginfo_class_oat_taoTaskQueue_model_Log_StderrLogger_info arginfo_class_oat_taoTaskQueue_model_Log_StderrLogger_emergency

#define arginfo_class_oat_taoTaskQueue_model_Log_StderrLogger_debug arginfo_class_oat_taoTaskQueue_model_Log_StderrLogger_emergency

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Log_StderrLogger_log, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, level, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, message, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, context, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()


ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, __construct);
ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, run);
ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, setMaxIterations);
ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, setTimeLimit);
ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, setMemoryLimit);
ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, stopWhenEmpty);
ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, getProcessedCount);
ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, shutdown);
ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, pauseProcessing);
ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, unPauseProcessing);
ZEND_METHOD(oat_taoTaskQueue_model_LongRunningWorker, getLogContext);
ZEND_METHOD(oat_taoTaskQueue_model_Log_StderrLogger, __construct);
ZEND_METHOD(oat_taoTaskQueue_model_Log_StderrLogger, emergency);
ZEND_METHOD(oat_taoTaskQueue_model_Log_StderrLogger, alert);
ZEND_METHOD(oat_taoTaskQueue_model_Log_StderrLogger, critical);
ZEND_METHOD(oat_taoTaskQueue_model_Log_StderrLogger, error);
ZEND_METHOD(oat_taoTaskQueue_model_Log_StderrLogger, warning);
ZEND_METHOD(oat_taoTaskQueue_model_Log_StderrLogger, notice);
ZEND_METHOD(oat_taoTaskQueue_model_Log_StderrLogger, info);
ZEND_METHOD(oat_taoTaskQueue_model_Log_StderrLogger, debug);
ZEND_METHOD(oat_taoTaskQueue_model_Log_StderrLogger, log);


static const zend_function_entry class_oat_taoTaskQueue_model_LongRunningWorker_methods[] = {
	ZEND_ME(oat_taoTaskQueue_model_LongRunningWorker, __construct, arginfo_class_oat_taoTaskQueue_model_LongRunningWorker___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_LongRunningWorker, run, arginfo_class_oat_taoTaskQueue_model_LongRunningWorker_run, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_LongRunningWorker, setMaxIterations, arginfo_class_oat_taoTaskQueue_model_LongRunningWorker_setMaxIterations, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_LongRunningWorker, setTimeLimit, arginfo_class_oat_taoTaskQueue_model_LongRunningWorker_setTimeLimit, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_LongRunningWorker, setMemoryLimit, arginfo_class_oat_taoTaskQueue_model_LongRunningWorker_setMemoryLimit, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_LongRunningWorker, stopWhenEmpty, arginfo_class_oat_taoTaskQueue_model_LongRunningWorker_stopWhenEmpty, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_LongRunningWorker, getProcessedCount, arginfo_class_oat_taoTaskQueue_model_LongRunningWorker_getProcessedCount, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_LongRunningWorker, shutdown, arginfo_class_oat_taoTaskQueue_model_LongRunningWorker_shutdown, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_LongRunningWorker, pauseProcessing, arginfo_class_oat_taoTaskQueue_model_LongRunningWorker_pauseProcessing, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_LongRunningWorker, unPauseProcessing, arginfo_class_oat_taoTaskQueue_model_LongRunningWorker_unPauseProcessing, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_LongRunningWorker, getLogContext, arginfo_class_oat_taoTaskQueue_model_LongRunningWorker_getLogContext, ZEND_ACC_PROTECTED)
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_Log_StderrLogger_methods[] = {
	ZEND_ME(oat_taoTaskQueue_model_Log_StderrLogger, __construct, arginfo_class_oat_taoTaskQueue_model_Log_StderrLogger___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Log_StderrLogger, emergency, arginfo_class_oat_taoTaskQueue_model_Log_StderrLogger_emergency, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Log_StderrLogger, alert, arginfo_class_oat_taoTaskQueue_model_Log_StderrLogger_alert, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Log_StderrLogger, critical, arginfo_class_oat_taoTaskQueue_model_Log_StderrLogger_critical, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Log_StderrLogger, error, arginfo_class_oat_taoTaskQueue_model_Log_StderrLogger_error, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Log_StderrLogger, warning, arginfo_class_oat_taoTaskQueue_model_Log_StderrLogger_warning, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Log_StderrLogger, notice, arginfo_class_oat_taoTaskQueue_model_Log_StderrLogger_notice, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Log_StderrLogger, info, arginfo_class_oat_taoTaskQueue_model_Log_StderrLogger_info, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Log_StderrLogger, debug, arginfo_class_oat_taoTaskQueue_model_Log_StderrLogger_debug, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Log_StderrLogger, log, arginfo_class_oat_taoTaskQueue_model_Log_StderrLogger_log, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_oat_taoTaskQueue_model_LongRunningWorker(zend_class_entry *class_entry_oat_tao_model_taskQueue_Worker_AbstractWorker)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model", "LongRunningWorker", class_oat_taoTaskQueue_model_LongRunningWorker_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_tao_model_taskQueue_Worker_AbstractWorker);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES;

	zval const_WAIT_INTERVAL_value;
	ZVAL_LONG(&const_WAIT_INTERVAL_value, 1);
	zend_string *const_WAIT_INTERVAL_name = zend_string_init_interned("WAIT_INTERVAL", sizeof("WAIT_INTERVAL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_WAIT_INTERVAL_name, &const_WAIT_INTERVAL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_WAIT_INTERVAL_name);

	zval const_MAX_SLEEPING_TIME_FOR_DEDICATED_QUEUE_value;
	ZVAL_LONG(&const_MAX_SLEEPING_TIME_FOR_DEDICATED_QUEUE_value, 30);
	zend_string *const_MAX_SLEEPING_TIME_FOR_DEDICATED_QUEUE_name = zend_string_init_interned("MAX_SLEEPING_TIME_FOR_DEDICATED_QUEUE", sizeof("MAX_SLEEPING_TIME_FOR_DEDICATED_QUEUE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MAX_SLEEPING_TIME_FOR_DEDICATED_QUEUE_name, &const_MAX_SLEEPING_TIME_FOR_DEDICATED_QUEUE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MAX_SLEEPING_TIME_FOR_DEDICATED_QUEUE_name);

	zval property_handleSignals_default_value;
	ZVAL_TRUE(&property_handleSignals_default_value);
	zend_string *property_handleSignals_name = zend_string_init("handleSignals", sizeof("handleSignals") - 1, 1);
	zend_declare_typed_property(class_entry, property_handleSignals_name, &property_handleSignals_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_handleSignals_name);

	zval property_maxIterations_default_value;
	ZVAL_LONG(&property_maxIterations_default_value, 0);
	zend_string *property_maxIterations_name = zend_string_init("maxIterations", sizeof("maxIterations") - 1, 1);
	zend_declare_typed_property(class_entry, property_maxIterations_name, &property_maxIterations_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_maxIterations_name);

	zval property_iterations_default_value;
	ZVAL_LONG(&property_iterations_default_value, 0);
	zend_string *property_iterations_name = zend_string_init("iterations", sizeof("iterations") - 1, 1);
	zend_declare_typed_property(class_entry, property_iterations_name, &property_iterations_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_iterations_name);

	zval property_processed_default_value;
	ZVAL_LONG(&property_processed_default_value, 0);
	zend_string *property_processed_name = zend_string_init("processed", sizeof("processed") - 1, 1);
	zend_declare_typed_property(class_entry, property_processed_name, &property_processed_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_processed_name);

	zval property_timeLimit_default_value;
	ZVAL_LONG(&property_timeLimit_default_value, 0);
	zend_string *property_timeLimit_name = zend_string_init("timeLimit", sizeof("timeLimit") - 1, 1);
	zend_declare_typed_property(class_entry, property_timeLimit_name, &property_timeLimit_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_timeLimit_name);

	zval property_memoryLimit_default_value;
	ZVAL_LONG(&property_memoryLimit_default_value, 0);
	zend_string *property_memoryLimit_name = zend_string_init("memoryLimit", sizeof("memoryLimit") - 1, 1);
	zend_declare_typed_property(class_entry, property_memoryLimit_name, &property_memoryLimit_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_memoryLimit_name);

	zval property_stopWhenEmpty_default_value;
	ZVAL_FALSE(&property_stopWhenEmpty_default_value);
	zend_string *property_stopWhenEmpty_name = zend_string_init("stopWhenEmpty", sizeof("stopWhenEmpty") - 1, 1);
	zend_declare_typed_property(class_entry, property_stopWhenEmpty_name, &property_stopWhenEmpty_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_stopWhenEmpty_name);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_Log_StderrLogger(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\Log", "StderrLogger", class_oat_taoTaskQueue_model_Log_StderrLogger_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES;

	zval property_threshold_default_value;
	ZVAL_LONG(&property_threshold_default_value, 6);
	zend_string *property_threshold_name = zend_string_init("threshold", sizeof("threshold") - 1, 1);
	zend_declare_typed_property(class_entry, property_threshold_name, &property_threshold_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_threshold_name);

	return class_entry;
}
