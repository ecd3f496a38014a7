/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: ee3adde076609925f63d3a33ddb498cbc1d5ebb3 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_scripts_tools_AbstractStuckTask_setServiceLocator, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, serviceLocator, IS_OBJECT, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_scripts_tools_AbstractStuckTask_getServiceLocator, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_scripts_tools_StuckTaskSummary___invoke, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, params, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_oat_taoTaskQueue_scripts_tools_StuckTaskRestart___invoke arginfo_class_oat_taoTaskQueue_scripts_tools_StuckTaskSummary___invoke


ZEND_METHOD(oat_taoTaskQueue_scripts_tools_AbstractStuckTask, setServiceLocator);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_AbstractStuckTask, getServiceLocator);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_StuckTaskSummary, __invoke);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_StuckTaskRestart, __invoke);


static const zend_function_entry class_oat_taoTaskQueue_scripts_tools_AbstractStuckTask_methods[] = {
	ZEND_ME(oat_taoTaskQueue_scripts_tools_AbstractStuckTask, setServiceLocator, arginfo_class_oat_taoTaskQueue_scripts_tools_AbstractStuckTask_setServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_scripts_tools_AbstractStuckTask, getServiceLocator, arginfo_class_oat_taoTaskQueue_scripts_tools_AbstractStuckTask_getServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_scripts_tools_StuckTaskSummary_methods[] = {
	ZEND_ME(oat_taoTaskQueue_scripts_tools_StuckTaskSummary, __invoke, arginfo_class_oat_taoTaskQueue_scripts_tools_StuckTaskSummary___invoke, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_scripts_tools_StuckTaskRestart_methods[] = {
	ZEND_ME(oat_taoTaskQueue_scripts_tools_StuckTaskRestart, __invoke, arginfo_class_oat_taoTaskQueue_scripts_tools_StuckTaskRestart___invoke, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_oat_taoTaskQueue_scripts_tools_AbstractStuckTask(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\scripts\\tools", "AbstractStuckTask", class_oat_taoTaskQueue_scripts_tools_AbstractStuckTask_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_ABSTRACT;

	zval property_serviceLocator_default_value;
	ZVAL_NULL(&property_serviceLocator_default_value);
	zend_string *property_serviceLocator_name = zend_string_init("serviceLocator", sizeof("serviceLocator") - 1, 1);
	zend_declare_typed_property(class_entry, property_serviceLocator_name, &property_serviceLocator_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_serviceLocator_name);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_scripts_tools_StuckTaskSummary(zend_class_entry *class_entry_oat_taoTaskQueue_scripts_tools_AbstractStuckTask)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\scripts\\tools", "StuckTaskSummary", class_oat_taoTaskQueue_scripts_tools_StuckTaskSummary_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_taoTaskQueue_scripts_tools_AbstractStuckTask);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_scripts_tools_StuckTaskRestart(zend_class_entry *class_entry_oat_taoTaskQueue_scripts_tools_AbstractStuckTask)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\scripts\\tools", "StuckTaskRestart", class_oat_taoTaskQueue_scripts_tools_StuckTaskRestart_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_taoTaskQueue_scripts_tools_AbstractStuckTask);

	return class_entry;
}
