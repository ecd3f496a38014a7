/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: f8540dd0fc6c2abc00aeac63307fd61309a5e37a */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_scripts_tools_RunTask___invoke, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, params, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_scripts_tools_RunTask_setServiceLocator, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, serviceLocator, IS_OBJECT, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_scripts_tools_RunTask_getServiceLocator, 0, 0, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_taoTaskQueue_scripts_tools_ReRunTask___invoke arginfo_class_oat_taoTaskQueue_scripts_tools_RunTask___invoke

#define arginfo_class_oat_taoTaskQueue_scripts_tools_ReRunTask_setServiceLocator arginfo_class_oat_taoTaskQueue_scripts_tools_RunTask_setServiceLocator

#define arginfo_class_oat_taoTaskQueue_scripts_tools_ReRunTask_getServiceLocator arginfo_class_oat_taoTaskQueue_scripts_tools_RunTask_getServiceLocator

#define arginfo_class_oat_taoTaskQueue_scripts_tools_AddTaskToQueue___invoke arginfo_class_oat_taoTaskQueue_scripts_tools_RunTask___invoke

#define arginfo_class_oat_taoTaskQueue_scripts_tools_AddTaskToQueue_setServiceLocator arginfo_class_oat_taoTaskQueue_scripts_tools_RunTask_setServiceLocator

#define arginfo_class_oat_taoTaskQueue_scripts_tools_AddTaskToQueue_getServiceLocator arginfo_class_oat_taoTaskQueue_scripts_tools_RunTask_getServiceLocator


ZEND_METHOD(oat_taoTaskQueue_scripts_tools_RunTask, __invoke);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_RunTask, setServiceLocator);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_RunTask, getServiceLocator);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_ReRunTask, __invoke);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_ReRunTask, setServiceLocator);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_ReRunTask, getServiceLocator);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_AddTaskToQueue, __invoke);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_AddTaskToQueue, setServiceLocator);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_AddTaskToQueue, getServiceLocator);


static const zend_function_entry class_oat_taoTaskQueue_scripts_tools_RunTask_methods[] = {
	ZEND_ME(oat_taoTaskQueue_scripts_tools_RunTask, __invoke, arginfo_class_oat_taoTaskQueue_scripts_tools_RunTask___invoke, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_scripts_tools_RunTask, setServiceLocator, arginfo_class_oat_taoTaskQueue_scripts_tools_RunTask_setServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_scripts_tools_RunTask, getServiceLocator, arginfo_class_oat_taoTaskQueue_scripts_tools_RunTask_getServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_scripts_tools_ReRunTask_methods[] = {
	ZEND_ME(oat_taoTaskQueue_scripts_tools_ReRunTask, __invoke, arginfo_class_oat_taoTaskQueue_scripts_tools_ReRunTask___invoke, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_scripts_tools_ReRunTask, setServiceLocator, arginfo_class_oat_taoTaskQueue_scripts_tools_ReRunTask_setServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_scripts_tools_ReRunTask, getServiceLocator, arginfo_class_oat_taoTaskQueue_scripts_tools_ReRunTask_getServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_scripts_tools_AddTaskToQueue_methods[] = {
	ZEND_ME(oat_taoTaskQueue_scripts_tools_AddTaskToQueue, __invoke, arginfo_class_oat_taoTaskQueue_scripts_tools_AddTaskToQueue___invoke, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_scripts_tools_AddTaskToQueue, setServiceLocator, arginfo_class_oat_taoTaskQueue_scripts_tools_AddTaskToQueue_setServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_scripts_tools_AddTaskToQueue, getServiceLocator, arginfo_class_oat_taoTaskQueue_scripts_tools_AddTaskToQueue_getServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_oat_taoTaskQueue_scripts_tools_RunTask(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\scripts\\tools", "RunTask", class_oat_taoTaskQueue_scripts_tools_RunTask_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval property_serviceLocator_default_value;
	ZVAL_NULL(&property_serviceLocator_default_value);
	zend_string *property_serviceLocator_name = zend_string_init("serviceLocator", sizeof("serviceLocator") - 1, 1);
	zend_declare_typed_property(class_entry, property_serviceLocator_name, &property_serviceLocator_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_serviceLocator_name);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_scripts_tools_ReRunTask(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\scripts\\tools", "ReRunTask", class_oat_taoTaskQueue_scripts_tools_ReRunTask_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	zval property_serviceLocator_default_value;
	ZVAL_NULL(&property_serviceLocator_default_value);
	zend_string *property_serviceLocator_name = zend_string_init("serviceLocator", sizeof("serviceLocator") - 1, 1);
	zend_declare_typed_property(class_entry, property_serviceLocator_name, &property_serviceLocator_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_serviceLocator_name);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_scripts_tools_AddTaskToQueue(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\scripts\\tools", "AddTaskToQueue", class_oat_taoTaskQueue_scripts_tools_AddTaskToQueue_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval property_serviceLocator_default_value;
	ZVAL_NULL(&property_serviceLocator_default_value);
	zend_string *property_serviceLocator_name = zend_string_init("serviceLocator", sizeof("serviceLocator") - 1, 1);
	zend_declare_typed_property(class_entry, property_serviceLocator_name, &property_serviceLocator_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_serviceLocator_name);

	return class_entry;
}
