/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 5c7e6ba1e83e36dae3b40f7bc02a4e995aaee0f4 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_scripts_tools_RunWorker___invoke, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, params, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_scripts_tools_RunWorker_setServiceLocator, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, serviceLocator, IS_OBJECT, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_scripts_tools_RunWorker_getServiceLocator, 0, 0, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(oat_taoTaskQueue_scripts_tools_RunWorker, __invoke);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_RunWorker, setServiceLocator);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_RunWorker, getServiceLocator);


static const zend_function_entry class_oat_taoTaskQueue_scripts_tools_RunWorker_methods[] = {
	ZEND_ME(oat_taoTaskQueue_scripts_tools_RunWorker, __invoke, arginfo_class_oat_taoTaskQueue_scripts_tools_RunWorker___invoke, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_scripts_tools_RunWorker, setServiceLocator, arginfo_class_oat_taoTaskQueue_scripts_tools_RunWorker_setServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_scripts_tools_RunWorker, getServiceLocator, arginfo_class_oat_taoTaskQueue_scripts_tools_RunWorker_getServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_oat_taoTaskQueue_scripts_tools_RunWorker(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\scripts\\tools", "RunWorker", class_oat_taoTaskQueue_scripts_tools_RunWorker_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval property_serviceLocator_default_value;
	ZVAL_NULL(&property_serviceLocator_default_value);
	zend_string *property_serviceLocator_name = zend_string_init("serviceLocator", sizeof("serviceLocator") - 1, 1);
	zend_declare_typed_property(class_entry, property_serviceLocator_name, &property_serviceLocator_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_serviceLocator_name);

	return class_entry;
}
