/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 95d069074cbc19e43d7e401b482c9677bb4a9562 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_scripts_tools_BrokerFactory_create, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, brokerId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, persistenceId, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, capacity, IS_LONG, 0, "1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_scripts_tools_BrokerFactory_setServiceLocator, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, serviceLocator, IS_OBJECT, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_scripts_tools_BrokerFactory_getServiceLocator, 0, 0, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(oat_taoTaskQueue_scripts_tools_BrokerFactory, create);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_BrokerFactory, setServiceLocator);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_BrokerFactory, getServiceLocator);


static const zend_function_entry class_oat_taoTaskQueue_scripts_tools_BrokerFactory_methods[] = {
	ZEND_ME(oat_taoTaskQueue_scripts_tools_BrokerFactory, create, arginfo_class_oat_taoTaskQueue_scripts_tools_BrokerFactory_create, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_scripts_tools_BrokerFactory, setServiceLocator, arginfo_class_oat_taoTaskQueue_scripts_tools_BrokerFactory_setServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_scripts_tools_BrokerFactory, getServiceLocator, arginfo_class_oat_taoTaskQueue_scripts_tools_BrokerFactory_getServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_oat_taoTaskQueue_scripts_tools_BrokerFactory(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\scripts\\tools", "BrokerFactory", class_oat_taoTaskQueue_scripts_tools_BrokerFactory_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval const_BROKER_MEMORY_value;
	zend_string *const_BROKER_MEMORY_value_str = zend_string_init("memory", strlen("memory"), 1);
	ZVAL_STR(&const_BROKER_MEMORY_value, const_BROKER_MEMORY_value_str);
	zend_string *const_BROKER_MEMORY_name = zend_string_init_interned("BROKER_MEMORY", sizeof("BROKER_MEMORY") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_BROKER_MEMORY_name, &const_BROKER_MEMORY_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_BROKER_MEMORY_name);

	zval const_BROKER_RDS_value;
	zend_string *const_BROKER_RDS_value_str = zend_string_init("rds", strlen("rds"), 1);
	ZVAL_STR(&const_BROKER_RDS_value, const_BROKER_RDS_value_str);
	zend_string *const_BROKER_RDS_name = zend_string_init_interned("BROKER_RDS", sizeof("BROKER_RDS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_BROKER_RDS_name, &const_BROKER_RDS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_BROKER_RDS_name);

	zval const_BROKER_NEW_SQL_value;
	zend_string *const_BROKER_NEW_SQL_value_str = zend_string_init("newsql", strlen("newsql"), 1);
	ZVAL_STR(&const_BROKER_NEW_SQL_value, const_BROKER_NEW_SQL_value_str);
	zend_string *const_BROKER_NEW_SQL_name = zend_string_init_interned("BROKER_NEW_SQL", sizeof("BROKER_NEW_SQL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_BROKER_NEW_SQL_name, &const_BROKER_NEW_SQL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_BROKER_NEW_SQL_name);

	zval const_BROKER_SQS_value;
	zend_string *const_BROKER_SQS_value_str = zend_string_init("sqs", strlen("sqs"), 1);
	ZVAL_STR(&const_BROKER_SQS_value, const_BROKER_SQS_value_str);
	zend_string *const_BROKER_SQS_name = zend_string_init_interned("BROKER_SQS", sizeof("BROKER_SQS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_BROKER_SQS_name, &const_BROKER_SQS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_BROKER_SQS_name);

	zval property_serviceLocator_default_value;
	ZVAL_NULL(&property_serviceLocator_default_value);
	zend_string *property_serviceLocator_name = zend_string_init("serviceLocator", sizeof("serviceLocator") - 1, 1);
	zend_declare_typed_property(class_entry, property_serviceLocator_name, &property_serviceLocator_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_serviceLocator_name);

	return class_entry;
}
