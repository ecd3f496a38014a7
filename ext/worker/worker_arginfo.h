/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 5a747af32fb79c6477f2ff924a8b5ddc910c6018 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Worker_WorkerInterface___construct, 0, 0, 2)
	ZEND_ARG_OBJ_INFO(0, queuer, oat\\tao\\model\\taskQueue\\QueuerInterface, 0)
	ZEND_ARG_OBJ_INFO(0, taskLog, oat\\tao\\model\\taskQueue\\TaskLogInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Worker_WorkerInterface_run, 0, 0, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker___construct arginfo_class_oat_tao_model_taskQueue_Worker_WorkerInterface___construct

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_processTask, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, task, oat\\tao\\model\\taskQueue\\Task\\TaskInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_setLogger, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, logger, IS_OBJECT, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_getLogger arginfo_class_oat_tao_model_taskQueue_Worker_WorkerInterface_run

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_logEmergency, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, message, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, context, IS_MIXED, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_logAlert arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_logEmergency

#define arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_logCritical arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_logEmergency

#define arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_logError arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_logEmergency

#define arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_logWarning arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_logEmergency

#define arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_logNotice arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_logEmergency

#define arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_logInfo arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_logEmergency

#define arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_logDebug arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_logEmergency

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_setServiceLocator, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, serviceLocator, IS_OBJECT, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_getServiceLocator arginfo_class_oat_tao_model_taskQueue_Worker_WorkerInterface_run

#define arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_getServiceManager arginfo_class_oat_tao_model_taskQueue_Worker_WorkerInterface_run

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_setModel, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, model, IS_OBJECT, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_getModel arginfo_class_oat_tao_model_taskQueue_Worker_WorkerInterface_run

#define arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_formatTaskLabel arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_processTask

#define arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_getLogContext arginfo_class_oat_tao_model_taskQueue_Worker_WorkerInterface_run

#define arginfo_class_oat_tao_model_taskQueue_Worker_OneTimeWorker_run arginfo_class_oat_tao_model_taskQueue_Worker_WorkerInterface_run

#define arginfo_class_oat_tao_model_taskQueue_Worker_OneTimeTask_run arginfo_class_oat_tao_model_taskQueue_Worker_WorkerInterface_run

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Worker_OneTimeTask_setTask, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, task, IS_MIXED, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, __construct);
ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, processTask);
ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, setLogger);
ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, getLogger);
ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, logEmergency);
ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, logAlert);
ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, logCritical);
ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, logError);
ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, logWarning);
ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, logNotice);
ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, logInfo);
ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, logDebug);
ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, setServiceLocator);
ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, getServiceLocator);
ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, getServiceManager);
ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, setModel);
ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, getModel);
ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, formatTaskLabel);
ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, getLogContext);
ZEND_METHOD(oat_tao_model_taskQueue_Worker_OneTimeWorker, run);
ZEND_METHOD(oat_tao_model_taskQueue_Worker_OneTimeTask, run);
ZEND_METHOD(oat_tao_model_taskQueue_Worker_OneTimeTask, setTask);


static const zend_function_entry class_oat_tao_model_taskQueue_Worker_WorkerInterface_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_Worker_WorkerInterface, __construct, arginfo_class_oat_tao_model_taskQueue_Worker_WorkerInterface___construct, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_Worker_WorkerInterface, run, arginfo_class_oat_tao_model_taskQueue_Worker_WorkerInterface_run, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_oat_tao_model_taskQueue_Worker_AbstractWorker_methods[] = {
	ZEND_ME(oat_tao_model_taskQueue_Worker_AbstractWorker, __construct, arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Worker_AbstractWorker, processTask, arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_processTask, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Worker_AbstractWorker, setLogger, arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_setLogger, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Worker_AbstractWorker, getLogger, arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_getLogger, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Worker_AbstractWorker, logEmergency, arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_logEmergency, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Worker_AbstractWorker, logAlert, arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_logAlert, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Worker_AbstractWorker, logCritical, arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_logCritical, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Worker_AbstractWorker, logError, arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_logError, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Worker_AbstractWorker, logWarning, arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_logWarning, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Worker_AbstractWorker, logNotice, arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_logNotice, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Worker_AbstractWorker, logInfo, arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_logInfo, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Worker_AbstractWorker, logDebug, arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_logDebug, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Worker_AbstractWorker, setServiceLocator, arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_setServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Worker_AbstractWorker, getServiceLocator, arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_getServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Worker_AbstractWorker, getServiceManager, arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_getServiceManager, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Worker_AbstractWorker, setModel, arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_setModel, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Worker_AbstractWorker, getModel, arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_getModel, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Worker_AbstractWorker, formatTaskLabel, arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_formatTaskLabel, ZEND_ACC_PROTECTED)
	ZEND_ME(oat_tao_model_taskQueue_Worker_AbstractWorker, getLogContext, arginfo_class_oat_tao_model_taskQueue_Worker_AbstractWorker_getLogContext, ZEND_ACC_PROTECTED)
	ZEND_FE_END
};


static const zend_function_entry class_oat_tao_model_taskQueue_Worker_OneTimeWorker_methods[] = {
	ZEND_ME(oat_tao_model_taskQueue_Worker_OneTimeWorker, run, arginfo_class_oat_tao_model_taskQueue_Worker_OneTimeWorker_run, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_oat_tao_model_taskQueue_Worker_OneTimeTask_methods[] = {
	ZEND_ME(oat_tao_model_taskQueue_Worker_OneTimeTask, run, arginfo_class_oat_tao_model_taskQueue_Worker_OneTimeTask_run, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Worker_OneTimeTask, setTask, arginfo_class_oat_tao_model_taskQueue_Worker_OneTimeTask_setTask, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_oat_tao_model_taskQueue_Worker_WorkerInterface(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\tao\\model\\taskQueue\\Worker", "WorkerInterface", class_oat_tao_model_taskQueue_Worker_WorkerInterface_methods);
	class_entry = zend_register_internal_interface(&ce);

	return class_entry;
}

static zend_class_entry *register_class_oat_tao_model_taskQueue_Worker_AbstractWorker(zend_class_entry *class_entry_oat_tao_model_taskQueue_Worker_WorkerInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\tao\\model\\taskQueue\\Worker", "AbstractWorker", class_oat_tao_model_taskQueue_Worker_AbstractWorker_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_ABSTRACT;
	zend_class_implements(class_entry, 1, class_entry_oat_tao_model_taskQueue_Worker_WorkerInterface);

	zend_string *property_queuer_class_oat_tao_model_taskQueue_QueuerInterface = zend_string_init("oat\\tao\\model\\taskQueue\\QueuerInterface", sizeof("oat\\tao\\model\\taskQueue\\QueuerInterface")-1, 1);
	zval property_queuer_default_value;
	ZVAL_NULL(&property_queuer_default_value);
	zend_string *property_queuer_name = zend_string_init("queuer", sizeof("queuer") - 1, 1);
	zend_declare_typed_property(class_entry, property_queuer_name, &property_queuer_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_queuer_class_oat_tao_model_taskQueue_QueuerInterface, 0, MAY_BE_NULL));
	zend_string_release(property_queuer_name);

	zend_string *property_taskLog_class_oat_tao_model_taskQueue_TaskLogInterface = zend_string_init("oat\\tao\\model\\taskQueue\\TaskLogInterface", sizeof("oat\\tao\\model\\taskQueue\\TaskLogInterface")-1, 1);
	zval property_taskLog_default_value;
	ZVAL_NULL(&property_taskLog_default_value);
	zend_string *property_taskLog_name = zend_string_init("taskLog", sizeof("taskLog") - 1, 1);
	zend_declare_typed_property(class_entry, property_taskLog_name, &property_taskLog_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_taskLog_class_oat_tao_model_taskQueue_TaskLogInterface, 0, MAY_BE_NULL));
	zend_string_release(property_taskLog_name);

	zval property_logger_default_value;
	ZVAL_NULL(&property_logger_default_value);
	zend_string *property_logger_name = zend_string_init("logger", sizeof("logger") - 1, 1);
	zend_declare_typed_property(class_entry, property_logger_name, &property_logger_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_logger_name);

	zval property_serviceLocator_default_value;
	ZVAL_NULL(&property_serviceLocator_default_value);
	zend_string *property_serviceLocator_name = zend_string_init("serviceLocator", sizeof("serviceLocator") - 1, 1);
	zend_declare_typed_property(class_entry, property_serviceLocator_name, &property_serviceLocator_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_serviceLocator_name);

	zval property_model_default_value;
	ZVAL_NULL(&property_model_default_value);
	zend_string *property_model_name = zend_string_init("model", sizeof("model") - 1, 1);
	zend_declare_typed_property(class_entry, property_model_name, &property_model_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_model_name);

	return class_entry;
}

static zend_class_entry *register_class_oat_tao_model_taskQueue_Worker_OneTimeWorker(zend_class_entry *class_entry_oat_tao_model_taskQueue_Worker_AbstractWorker)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\tao\\model\\taskQueue\\Worker", "OneTimeWorker", class_oat_tao_model_taskQueue_Worker_OneTimeWorker_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_tao_model_taskQueue_Worker_AbstractWorker);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}

static zend_class_entry *register_class_oat_tao_model_taskQueue_Worker_OneTimeTask(zend_class_entry *class_entry_oat_tao_model_taskQueue_Worker_AbstractWorker)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\tao\\model\\taskQueue\\Worker", "OneTimeTask", class_oat_tao_model_taskQueue_Worker_OneTimeTask_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_tao_model_taskQueue_Worker_AbstractWorker);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	zval property_task_default_value;
	ZVAL_NULL(&property_task_default_value);
	zend_string *property_task_name = zend_string_init("task", sizeof("task") - 1, 1);
	zend_declare_typed_property(class_entry, property_task_name, &property_task_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_task_name);

	return class_entry;
}
