/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: f7b4030957c3a1b6de293819baae4eea9bd65135 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Task_TaskFactory_build, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, basicData, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_deserialize, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, taskJSON, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, logContext, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_serialize, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, task, oat\\tao\\model\\taskQueue\\Task\\TaskInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_setOption, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_getOption, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, default, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_hasOption, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_setOptions, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, options, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_getOptions, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_setServiceLocator, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, serviceLocator, IS_OBJECT, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_getServiceLocator arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_getOptions

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_setLogger, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, logger, IS_OBJECT, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_getLogger arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_getOptions

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_logEmergency, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, message, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, context, IS_MIXED, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_logAlert arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_logEmergency

#define arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_logCritical arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_logEmergency

#define arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_logError arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_logEmergency

#define arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_logWarning arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_logEmergency

#define arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_logNotice arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_logEmergency

#define arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_logInfo arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_logEmergency

#define arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_logDebug arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_logEmergency


ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskFactory, build);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, __construct);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, deserialize);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, serialize);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, setOption);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, getOption);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, hasOption);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, setOptions);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, getOptions);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, setServiceLocator);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, getServiceLocator);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, setLogger);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, getLogger);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, logEmergency);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, logAlert);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, logCritical);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, logError);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, logWarning);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, logNotice);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, logInfo);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, logDebug);


static const zend_function_entry class_oat_tao_model_taskQueue_Task_InvalidTaskException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_tao_model_taskQueue_Task_TaskFactory_methods[] = {
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskFactory, build, arginfo_class_oat_tao_model_taskQueue_Task_TaskFactory_build, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_oat_tao_model_taskQueue_Task_TaskSerializerService_methods[] = {
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskSerializerService, __construct, arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskSerializerService, deserialize, arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_deserialize, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskSerializerService, serialize, arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_serialize, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskSerializerService, setOption, arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_setOption, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskSerializerService, getOption, arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_getOption, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskSerializerService, hasOption, arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_hasOption, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskSerializerService, setOptions, arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_setOptions, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskSerializerService, getOptions, arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_getOptions, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskSerializerService, setServiceLocator, arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_setServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskSerializerService, getServiceLocator, arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_getServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskSerializerService, setLogger, arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_setLogger, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskSerializerService, getLogger, arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_getLogger, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskSerializerService, logEmergency, arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_logEmergency, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskSerializerService, logAlert, arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_logAlert, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskSerializerService, logCritical, arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_logCritical, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskSerializerService, logError, arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_logError, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskSerializerService, logWarning, arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_logWarning, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskSerializerService, logNotice, arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_logNotice, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskSerializerService, logInfo, arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_logInfo, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskSerializerService, logDebug, arginfo_class_oat_tao_model_taskQueue_Task_TaskSerializerService_logDebug, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_oat_tao_model_taskQueue_Task_InvalidTaskException(zend_class_entry *class_entry_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\tao\\model\\taskQueue\\Task", "InvalidTaskException", class_oat_tao_model_taskQueue_Task_InvalidTaskException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Exception);

	return class_entry;
}

static zend_class_entry *register_class_oat_tao_model_taskQueue_Task_TaskFactory(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\tao\\model\\taskQueue\\Task", "TaskFactory", class_oat_tao_model_taskQueue_Task_TaskFactory_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	return class_entry;
}

static zend_class_entry *register_class_oat_tao_model_taskQueue_Task_TaskSerializerService(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\tao\\model\\taskQueue\\Task", "TaskSerializerService", class_oat_tao_model_taskQueue_Task_TaskSerializerService_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval const_SERVICE_ID_value;
	zend_string *const_SERVICE_ID_value_str = zend_string_init("tao/TaskSerializer", strlen("tao/TaskSerializer"), 1);
	ZVAL_STR(&const_SERVICE_ID_value, const_SERVICE_ID_value_str);
	zend_string *const_SERVICE_ID_name = zend_string_init_interned("SERVICE_ID", sizeof("SERVICE_ID") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SERVICE_ID_name, &const_SERVICE_ID_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SERVICE_ID_name);

	zval property_options_default_value;
	ZVAL_EMPTY_ARRAY(&property_options_default_value);
	zend_string *property_options_name = zend_string_init("options", sizeof("options") - 1, 1);
	zend_declare_typed_property(class_entry, property_options_name, &property_options_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_options_name);

	zval property_serviceLocator_default_value;
	ZVAL_NULL(&property_serviceLocator_default_value);
	zend_string *property_serviceLocator_name = zend_string_init("serviceLocator", sizeof("serviceLocator") - 1, 1);
	zend_declare_typed_property(class_entry, property_serviceLocator_name, &property_serviceLocator_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_serviceLocator_name);

	zval property_logger_default_value;
	ZVAL_NULL(&property_logger_default_value);
	zend_string *property_logger_name = zend_string_init("logger", sizeof("logger") - 1, 1);
	zend_declare_typed_property(class_entry, property_logger_name, &property_logger_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_logger_name);

	return class_entry;
}
