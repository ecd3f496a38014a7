/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: fc3e6e3b5b6325afb7e21da79b2c8201419a5058 */

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

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_scripts_tools_RunWorker___invoke, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, params, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_oat_taoTaskQueue_scripts_tools_RunWorker_setServiceLocator arginfo_class_oat_taoTaskQueue_scripts_tools_BrokerFactory_setServiceLocator

#define arginfo_class_oat_taoTaskQueue_scripts_tools_RunWorker_getServiceLocator arginfo_class_oat_taoTaskQueue_scripts_tools_BrokerFactory_getServiceLocator

#define arginfo_class_oat_taoTaskQueue_scripts_tools_InitializeQueue___invoke arginfo_class_oat_taoTaskQueue_scripts_tools_RunWorker___invoke

#define arginfo_class_oat_taoTaskQueue_scripts_tools_InitializeQueue_setServiceLocator arginfo_class_oat_taoTaskQueue_scripts_tools_BrokerFactory_setServiceLocator

#define arginfo_class_oat_taoTaskQueue_scripts_tools_InitializeQueue_getServiceLocator arginfo_class_oat_taoTaskQueue_scripts_tools_BrokerFactory_getServiceLocator

#define arginfo_class_TaskQueue_Cli___construct arginfo_class_oat_taoTaskQueue_scripts_tools_BrokerFactory_getServiceLocator

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TaskQueue_Cli_run, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, argv, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, serviceLocator, IS_OBJECT, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TaskQueue_Cli_renderReport, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, report, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, colors, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()


ZEND_METHOD(oat_taoTaskQueue_scripts_tools_BrokerFactory, create);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_BrokerFactory, setServiceLocator);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_BrokerFactory, getServiceLocator);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_RunWorker, __invoke);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_RunWorker, setServiceLocator);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_RunWorker, getServiceLocator);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_InitializeQueue, __invoke);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_InitializeQueue, setServiceLocator);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_InitializeQueue, getServiceLocator);
ZEND_METHOD(TaskQueue_Cli, __construct);
ZEND_METHOD(TaskQueue_Cli, run);
ZEND_METHOD(TaskQueue_Cli, renderReport);


static const zend_function_entry class_oat_taoTaskQueue_scripts_tools_BrokerFactory_methods[] = {
	ZEND_ME(oat_taoTaskQueue_scripts_tools_BrokerFactory, create, arginfo_class_oat_taoTaskQueue_scripts_tools_BrokerFactory_create, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_scripts_tools_BrokerFactory, setServiceLocator, arginfo_class_oat_taoTaskQueue_scripts_tools_BrokerFactory_setServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_scripts_tools_BrokerFactory, getServiceLocator, arginfo_class_oat_taoTaskQueue_scripts_tools_BrokerFactory_getServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_scripts_tools_RunWorker_methods[] = {
	ZEND_ME(oat_taoTaskQueue_scripts_tools_RunWorker, __invoke, arginfo_class_oat_taoTaskQueue_scripts_tools_RunWorker___invoke, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_scripts_tools_RunWorker, setServiceLocator, arginfo_class_oat_taoTaskQueue_scripts_tools_RunWorker_setServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_scripts_tools_RunWorker, getServiceLocator, arginfo_class_oat_taoTaskQueue_scripts_tools_RunWorker_getServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_scripts_tools_InitializeQueue_methods[] = {
	ZEND_ME(oat_taoTaskQueue_scripts_tools_InitializeQueue, __invoke, arginfo_class_oat_taoTaskQueue_scripts_tools_InitializeQueue___invoke, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_scripts_tools_InitializeQueue, setServiceLocator, arginfo_class_oat_taoTaskQueue_scripts_tools_InitializeQueue_setServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_scripts_tools_InitializeQueue, getServiceLocator, arginfo_class_oat_taoTaskQueue_scripts_tools_InitializeQueue_getServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_TaskQueue_Cli_methods[] = {
	ZEND_ME(TaskQueue_Cli, __construct, arginfo_class_TaskQueue_Cli___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(TaskQueue_Cli, run, arginfo_class_TaskQueue_Cli_run, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(TaskQueue_Cli, renderReport, arginfo_class_TaskQueue_Cli_renderReport, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
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

static zend_class_entry *register_class_oat_taoTaskQueue_scripts_tools_InitializeQueue(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\scripts\\tools", "InitializeQueue", class_oat_taoTaskQueue_scripts_tools_InitializeQueue_methods);
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

static zend_class_entry *register_class_TaskQueue_Cli(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "TaskQueue", "Cli", class_TaskQueue_Cli_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
