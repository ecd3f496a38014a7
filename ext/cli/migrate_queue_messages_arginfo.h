/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: a01352346813110546091e942ecb69fe6de281d6 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_scripts_tools_MigrateQueueMessages___invoke, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, params, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_scripts_tools_MigrateQueueMessages_setServiceLocator, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, serviceLocator, IS_OBJECT, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_scripts_tools_MigrateQueueMessages_getServiceLocator, 0, 0, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(oat_taoTaskQueue_scripts_tools_MigrateQueueMessages, __invoke);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_MigrateQueueMessages, setServiceLocator);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_MigrateQueueMessages, getServiceLocator);


static const zend_function_entry class_oat_taoTaskQueue_scripts_tools_MigrateQueueMessages_methods[] = {
	ZEND_ME(oat_taoTaskQueue_scripts_tools_MigrateQueueMessages, __invoke, arginfo_class_oat_taoTaskQueue_scripts_tools_MigrateQueueMessages___invoke, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_scripts_tools_MigrateQueueMessages, setServiceLocator, arginfo_class_oat_taoTaskQueue_scripts_tools_MigrateQueueMessages_setServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_scripts_tools_MigrateQueueMessages, getServiceLocator, arginfo_class_oat_taoTaskQueue_scripts_tools_MigrateQueueMessages_getServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_oat_taoTaskQueue_scripts_tools_MigrateQueueMessages(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\scripts\\tools", "MigrateQueueMessages", class_oat_taoTaskQueue_scripts_tools_MigrateQueueMessages_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval property_serviceLocator_default_value;
	ZVAL_NULL(&property_serviceLocator_default_value);
	zend_string *property_serviceLocator_name = zend_string_init("serviceLocator", sizeof("serviceLocator") - 1, 1);
	zend_declare_typed_property(class_entry, property_serviceLocator_name, &property_serviceLocator_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_serviceLocator_name);

	return class_entry;
}
