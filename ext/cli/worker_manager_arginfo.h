/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 1ac99468fd31e6dcaa5e8dd0d83dd80dcb141f29 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_getCommand, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_canRun, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_getMemoryUsage, 0, 0, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_getCpuUsage arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_getMemoryUsage

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_addProcess, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, process, IS_OBJECT, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_getProcesses, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_setLimitOfCpu, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, limitOfCpu, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_getLimitOfCpu, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_setLimitOfMemory, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, limitOfMemory, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_getLimitOfMemory arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_getLimitOfCpu

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_setOption, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_getOption, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, default, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_hasOption, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_setOptions, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, options, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_getOptions arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_getMemoryUsage

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_setServiceLocator, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, serviceLocator, IS_OBJECT, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_getServiceLocator arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_getMemoryUsage

#define arginfo_class_TaskQueue_Internal_WorkerProcessCloseListener___construct arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_getMemoryUsage

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TaskQueue_Internal_WorkerProcessCloseListener___invoke, 0, 0, IS_VOID, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, args, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_scripts_tools_WorkerManagerRunner___invoke, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, params, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_oat_taoTaskQueue_scripts_tools_WorkerManagerRunner_setServiceLocator arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_setServiceLocator

#define arginfo_class_oat_taoTaskQueue_scripts_tools_WorkerManagerRunner_getServiceLocator arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_getMemoryUsage


ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, __construct);
ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, getCommand);
ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, canRun);
ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, getMemoryUsage);
ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, getCpuUsage);
ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, addProcess);
ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, getProcesses);
ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, setLimitOfCpu);
ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, getLimitOfCpu);
ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, setLimitOfMemory);
ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, getLimitOfMemory);
ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, setOption);
ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, getOption);
ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, hasOption);
ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, setOptions);
ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, getOptions);
ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, setServiceLocator);
ZEND_METHOD(oat_taoTaskQueue_model_Worker_WorkerProcessManager, getServiceLocator);
ZEND_METHOD(TaskQueue_Internal_WorkerProcessCloseListener, __construct);
ZEND_METHOD(TaskQueue_Internal_WorkerProcessCloseListener, __invoke);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_WorkerManagerRunner, __invoke);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_WorkerManagerRunner, setServiceLocator);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_WorkerManagerRunner, getServiceLocator);


static const zend_function_entry class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_methods[] = {
	ZEND_ME(oat_taoTaskQueue_model_Worker_WorkerProcessManager, __construct, arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Worker_WorkerProcessManager, getCommand, arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_getCommand, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Worker_WorkerProcessManager, canRun, arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_canRun, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Worker_WorkerProcessManager, getMemoryUsage, arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_getMemoryUsage, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Worker_WorkerProcessManager, getCpuUsage, arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_getCpuUsage, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Worker_WorkerProcessManager, addProcess, arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_addProcess, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Worker_WorkerProcessManager, getProcesses, arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_getProcesses, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Worker_WorkerProcessManager, setLimitOfCpu, arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_setLimitOfCpu, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Worker_WorkerProcessManager, getLimitOfCpu, arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_getLimitOfCpu, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Worker_WorkerProcessManager, setLimitOfMemory, arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_setLimitOfMemory, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Worker_WorkerProcessManager, getLimitOfMemory, arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_getLimitOfMemory, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Worker_WorkerProcessManager, setOption, arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_setOption, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Worker_WorkerProcessManager, getOption, arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_getOption, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Worker_WorkerProcessManager, hasOption, arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_hasOption, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Worker_WorkerProcessManager, setOptions, arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_setOptions, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Worker_WorkerProcessManager, getOptions, arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_getOptions, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Worker_WorkerProcessManager, setServiceLocator, arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_setServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Worker_WorkerProcessManager, getServiceLocator, arginfo_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_getServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_TaskQueue_Internal_WorkerProcessCloseListener_methods[] = {
	ZEND_ME(TaskQueue_Internal_WorkerProcessCloseListener, __construct, arginfo_class_TaskQueue_Internal_WorkerProcessCloseListener___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(TaskQueue_Internal_WorkerProcessCloseListener, __invoke, arginfo_class_TaskQueue_Internal_WorkerProcessCloseListener___invoke, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_scripts_tools_WorkerManagerRunner_methods[] = {
	ZEND_ME(oat_taoTaskQueue_scripts_tools_WorkerManagerRunner, __invoke, arginfo_class_oat_taoTaskQueue_scripts_tools_WorkerManagerRunner___invoke, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_scripts_tools_WorkerManagerRunner, setServiceLocator, arginfo_class_oat_taoTaskQueue_scripts_tools_WorkerManagerRunner_setServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_scripts_tools_WorkerManagerRunner, getServiceLocator, arginfo_class_oat_taoTaskQueue_scripts_tools_WorkerManagerRunner_getServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_oat_taoTaskQueue_model_Worker_WorkerProcessManager(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\Worker", "WorkerProcessManager", class_oat_taoTaskQueue_model_Worker_WorkerProcessManager_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval const_SERVICE_ID_value;
	zend_string *const_SERVICE_ID_value_str = zend_string_init("taoTaskQueue/WorkerProcessManager", strlen("taoTaskQueue/WorkerProcessManager"), 1);
	ZVAL_STR(&const_SERVICE_ID_value, const_SERVICE_ID_value_str);
	zend_string *const_SERVICE_ID_name = zend_string_init_interned("SERVICE_ID", sizeof("SERVICE_ID") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SERVICE_ID_name, &const_SERVICE_ID_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SERVICE_ID_name);

	zval const_OPTION_TASK_COMMAND_value;
	zend_string *const_OPTION_TASK_COMMAND_value_str = zend_string_init("task_command", strlen("task_command"), 1);
	ZVAL_STR(&const_OPTION_TASK_COMMAND_value, const_OPTION_TASK_COMMAND_value_str);
	zend_string *const_OPTION_TASK_COMMAND_name = zend_string_init_interned("OPTION_TASK_COMMAND", sizeof("OPTION_TASK_COMMAND") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPTION_TASK_COMMAND_name, &const_OPTION_TASK_COMMAND_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPTION_TASK_COMMAND_name);

	zval property_options_default_value;
	ZVAL_EMPTY_ARRAY(&property_options_default_value);
	zend_string *property_options_name = zend_string_init("options", sizeof("options") - 1, 1);
	zend_declare_typed_property(class_entry, property_options_name, &property_options_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_options_name);

	zval property_limitOfCpu_default_value;
	ZVAL_LONG(&property_limitOfCpu_default_value, 0);
	zend_string *property_limitOfCpu_name = zend_string_init("limitOfCpu", sizeof("limitOfCpu") - 1, 1);
	zend_declare_typed_property(class_entry, property_limitOfCpu_name, &property_limitOfCpu_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_limitOfCpu_name);

	zval property_limitOfMemory_default_value;
	ZVAL_LONG(&property_limitOfMemory_default_value, 0);
	zend_string *property_limitOfMemory_name = zend_string_init("limitOfMemory", sizeof("limitOfMemory") - 1, 1);
	zend_declare_typed_property(class_entry, property_limitOfMemory_name, &property_limitOfMemory_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_limitOfMemory_name);

	zval property_processes_default_value;
	ZVAL_EMPTY_ARRAY(&property_processes_default_value);
	zend_string *property_processes_name = zend_string_init("processes", sizeof("processes") - 1, 1);
	zend_declare_typed_property(class_entry, property_processes_name, &property_processes_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_processes_name);

	zval property_serviceLocator_default_value;
	ZVAL_NULL(&property_serviceLocator_default_value);
	zend_string *property_serviceLocator_name = zend_string_init("serviceLocator", sizeof("serviceLocator") - 1, 1);
	zend_declare_typed_property(class_entry, property_serviceLocator_name, &property_serviceLocator_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_serviceLocator_name);

	return class_entry;
}

static zend_class_entry *register_class_TaskQueue_Internal_WorkerProcessCloseListener(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "TaskQueue\\Internal", "WorkerProcessCloseListener", class_TaskQueue_Internal_WorkerProcessCloseListener_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;

	zval property_manager_default_value;
	ZVAL_UNDEF(&property_manager_default_value);
	zend_string *property_manager_name = zend_string_init("manager", sizeof("manager") - 1, 1);
	zend_declare_typed_property(class_entry, property_manager_name, &property_manager_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_OBJECT));
	zend_string_release(property_manager_name);

	zval property_pid_default_value;
	ZVAL_UNDEF(&property_pid_default_value);
	zend_string *property_pid_name = zend_string_init("pid", sizeof("pid") - 1, 1);
	zend_declare_typed_property(class_entry, property_pid_name, &property_pid_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG|MAY_BE_STRING));
	zend_string_release(property_pid_name);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_scripts_tools_WorkerManagerRunner(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\scripts\\tools", "WorkerManagerRunner", class_oat_taoTaskQueue_scripts_tools_WorkerManagerRunner_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval property_serviceLocator_default_value;
	ZVAL_NULL(&property_serviceLocator_default_value);
	zend_string *property_serviceLocator_name = zend_string_init("serviceLocator", sizeof("serviceLocator") - 1, 1);
	zend_declare_typed_property(class_entry, property_serviceLocator_name, &property_serviceLocator_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_serviceLocator_name);

	return class_entry;
}
