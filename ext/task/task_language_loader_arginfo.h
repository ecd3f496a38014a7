/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: c5ad85fab3b08089162c5a50e6510eafcde3b5d9 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Task_TaskLanguageLoader___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Task_TaskLanguageLoader_loadTranslations, 0, 1, IS_VOID, 0)
	ZEND_ARG_OBJ_INFO(0, task, oat\\tao\\model\\taskQueue\\Task\\TaskInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Task_TaskLanguageLoader_setOption, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Task_TaskLanguageLoader_getOption, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, default, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Task_TaskLanguageLoader_hasOption, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Task_TaskLanguageLoader_setOptions, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, options, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Task_TaskLanguageLoader_getOptions, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Task_TaskLanguageLoader_setServiceLocator, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, serviceLocator, IS_OBJECT, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_Task_TaskLanguageLoader_getServiceLocator arginfo_class_oat_tao_model_taskQueue_Task_TaskLanguageLoader_getOptions


ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskLanguageLoader, __construct);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskLanguageLoader, loadTranslations);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskLanguageLoader, setOption);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskLanguageLoader, getOption);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskLanguageLoader, hasOption);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskLanguageLoader, setOptions);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskLanguageLoader, getOptions);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskLanguageLoader, setServiceLocator);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskLanguageLoader, getServiceLocator);


static const zend_function_entry class_oat_tao_model_taskQueue_Task_TaskLanguageLoader_methods[] = {
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskLanguageLoader, __construct, arginfo_class_oat_tao_model_taskQueue_Task_TaskLanguageLoader___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskLanguageLoader, loadTranslations, arginfo_class_oat_tao_model_taskQueue_Task_TaskLanguageLoader_loadTranslations, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskLanguageLoader, setOption, arginfo_class_oat_tao_model_taskQueue_Task_TaskLanguageLoader_setOption, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskLanguageLoader, getOption, arginfo_class_oat_tao_model_taskQueue_Task_TaskLanguageLoader_getOption, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskLanguageLoader, hasOption, arginfo_class_oat_tao_model_taskQueue_Task_TaskLanguageLoader_hasOption, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskLanguageLoader, setOptions, arginfo_class_oat_tao_model_taskQueue_Task_TaskLanguageLoader_setOptions, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskLanguageLoader, getOptions, arginfo_class_oat_tao_model_taskQueue_Task_TaskLanguageLoader_getOptions, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskLanguageLoader, setServiceLocator, arginfo_class_oat_tao_model_taskQueue_Task_TaskLanguageLoader_setServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskLanguageLoader, getServiceLocator, arginfo_class_oat_tao_model_taskQueue_Task_TaskLanguageLoader_getServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_oat_tao_model_taskQueue_Task_TaskLanguageLoader(zend_class_entry *class_entry_oat_tao_model_taskQueue_Task_TaskLanguageLoaderInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\tao\\model\\taskQueue\\Task", "TaskLanguageLoader", class_oat_tao_model_taskQueue_Task_TaskLanguageLoader_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	zend_class_implements(class_entry, 1, class_entry_oat_tao_model_taskQueue_Task_TaskLanguageLoaderInterface);

	zval property_options_default_value;
	ZVAL_EMPTY_ARRAY(&property_options_default_value);
	zend_string *property_options_name = zend_string_init("options", sizeof("options") - 1, 1);
	zend_declare_typed_property(class_entry, property_options_name, &property_options_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_options_name);

	zval property_serviceLocator_default_value;
	ZVAL_NULL(&property_serviceLocator_default_value);
	zend_string *property_serviceLocator_name = zend_string_init("serviceLocator", sizeof("serviceLocator") - 1, 1);
	zend_declare_typed_property(class_entry, property_serviceLocator_name, &property_serviceLocator_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_serviceLocator_name);

	return class_entry;
}
