/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 69addc4707aba3a433194e169508031a70e4904f */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_StuckTask___construct, 0, 0, 2)
	ZEND_ARG_OBJ_INFO(0, taskLog, oat\\tao\\model\\taskQueue\\TaskLog\\Entity\\EntityInterface, 0)
	ZEND_ARG_TYPE_INFO(0, queueName, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, task, oat\\tao\\model\\taskQueue\\Task\\TaskInterface, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, taskId, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_oat_taoTaskQueue_model_StuckTask_getTaskLog, 0, 0, oat\\tao\\model\\taskQueue\\TaskLog\\Entity\\EntityInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_oat_taoTaskQueue_model_StuckTask_getTask, 0, 0, oat\\tao\\model\\taskQueue\\Task\\TaskInterface, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_taoTaskQueue_model_StuckTask_getTaskId, 0, 0, IS_STRING, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_taoTaskQueue_model_StuckTask_isOrphan, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_taoTaskQueue_model_StuckTask_getQueueName, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskQuery___construct, 0, 0, 4)
	ZEND_ARG_TYPE_INFO(0, queryName, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, whitelist, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, statuses, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, age, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskQuery_getQueryName arginfo_class_oat_taoTaskQueue_model_StuckTask_getQueueName

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskQuery_getWhitelist, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskQuery_getStatuses arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskQuery_getWhitelist

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskQuery_getAge, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskQuery_getAgeDateTime, 0, 0, DateTimeImmutable, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskCollection___construct, 0, 0, 0)
	ZEND_ARG_VARIADIC_OBJ_INFO(0, stuckTasks, oat\\taoTaskQueue\\model\\StuckTask, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskCollection_add, 0, 1, IS_VOID, 0)
	ZEND_ARG_OBJ_INFO(0, stuckTask, oat\\taoTaskQueue\\model\\StuckTask, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskRepository___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskRepository_findAll, 0, 1, oat\\taoTaskQueue\\model\\Repository\\StuckTaskCollection, 0)
	ZEND_ARG_OBJ_INFO(0, query, oat\\taoTaskQueue\\model\\Repository\\StuckTaskQuery, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskRepository_setServiceLocator, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, serviceLocator, IS_OBJECT, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskRepository_getServiceLocator arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskQuery_getAge

#define arginfo_class_oat_taoTaskQueue_model_Service_RestartStuckTaskService___construct arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskRepository___construct

#define arginfo_class_oat_taoTaskQueue_model_Service_RestartStuckTaskService_restart arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskCollection_add

#define arginfo_class_oat_taoTaskQueue_model_Service_RestartStuckTaskService_setServiceLocator arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskRepository_setServiceLocator

#define arginfo_class_oat_taoTaskQueue_model_Service_RestartStuckTaskService_getServiceLocator arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskQuery_getAge


ZEND_METHOD(oat_taoTaskQueue_model_StuckTask, __construct);
ZEND_METHOD(oat_taoTaskQueue_model_StuckTask, getTaskLog);
ZEND_METHOD(oat_taoTaskQueue_model_StuckTask, getTask);
ZEND_METHOD(oat_taoTaskQueue_model_StuckTask, getTaskId);
ZEND_METHOD(oat_taoTaskQueue_model_StuckTask, isOrphan);
ZEND_METHOD(oat_taoTaskQueue_model_StuckTask, getQueueName);
ZEND_METHOD(oat_taoTaskQueue_model_Repository_StuckTaskQuery, __construct);
ZEND_METHOD(oat_taoTaskQueue_model_Repository_StuckTaskQuery, getQueryName);
ZEND_METHOD(oat_taoTaskQueue_model_Repository_StuckTaskQuery, getWhitelist);
ZEND_METHOD(oat_taoTaskQueue_model_Repository_StuckTaskQuery, getStatuses);
ZEND_METHOD(oat_taoTaskQueue_model_Repository_StuckTaskQuery, getAge);
ZEND_METHOD(oat_taoTaskQueue_model_Repository_StuckTaskQuery, getAgeDateTime);
ZEND_METHOD(oat_taoTaskQueue_model_Repository_StuckTaskCollection, __construct);
ZEND_METHOD(oat_taoTaskQueue_model_Repository_StuckTaskCollection, add);
ZEND_METHOD(oat_taoTaskQueue_model_Repository_StuckTaskRepository, __construct);
ZEND_METHOD(oat_taoTaskQueue_model_Repository_StuckTaskRepository, findAll);
ZEND_METHOD(oat_taoTaskQueue_model_Repository_StuckTaskRepository, setServiceLocator);
ZEND_METHOD(oat_taoTaskQueue_model_Repository_StuckTaskRepository, getServiceLocator);
ZEND_METHOD(oat_taoTaskQueue_model_Service_RestartStuckTaskService, __construct);
ZEND_METHOD(oat_taoTaskQueue_model_Service_RestartStuckTaskService, restart);
ZEND_METHOD(oat_taoTaskQueue_model_Service_RestartStuckTaskService, setServiceLocator);
ZEND_METHOD(oat_taoTaskQueue_model_Service_RestartStuckTaskService, getServiceLocator);


static const zend_function_entry class_oat_taoTaskQueue_model_StuckTask_methods[] = {
	ZEND_ME(oat_taoTaskQueue_model_StuckTask, __construct, arginfo_class_oat_taoTaskQueue_model_StuckTask___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_StuckTask, getTaskLog, arginfo_class_oat_taoTaskQueue_model_StuckTask_getTaskLog, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_StuckTask, getTask, arginfo_class_oat_taoTaskQueue_model_StuckTask_getTask, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_StuckTask, getTaskId, arginfo_class_oat_taoTaskQueue_model_StuckTask_getTaskId, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_StuckTask, isOrphan, arginfo_class_oat_taoTaskQueue_model_StuckTask_isOrphan, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_StuckTask, getQueueName, arginfo_class_oat_taoTaskQueue_model_StuckTask_getQueueName, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_Repository_StuckTaskQuery_methods[] = {
	ZEND_ME(oat_taoTaskQueue_model_Repository_StuckTaskQuery, __construct, arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskQuery___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Repository_StuckTaskQuery, getQueryName, arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskQuery_getQueryName, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Repository_StuckTaskQuery, getWhitelist, arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskQuery_getWhitelist, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Repository_StuckTaskQuery, getStatuses, arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskQuery_getStatuses, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Repository_StuckTaskQuery, getAge, arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskQuery_getAge, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Repository_StuckTaskQuery, getAgeDateTime, arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskQuery_getAgeDateTime, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_Repository_StuckTaskCollection_methods[] = {
	ZEND_ME(oat_taoTaskQueue_model_Repository_StuckTaskCollection, __construct, arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskCollection___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Repository_StuckTaskCollection, add, arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskCollection_add, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_Repository_StuckTaskRepository_methods[] = {
	ZEND_ME(oat_taoTaskQueue_model_Repository_StuckTaskRepository, __construct, arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskRepository___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Repository_StuckTaskRepository, findAll, arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskRepository_findAll, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Repository_StuckTaskRepository, setServiceLocator, arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskRepository_setServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Repository_StuckTaskRepository, getServiceLocator, arginfo_class_oat_taoTaskQueue_model_Repository_StuckTaskRepository_getServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_Service_RestartStuckTaskService_methods[] = {
	ZEND_ME(oat_taoTaskQueue_model_Service_RestartStuckTaskService, __construct, arginfo_class_oat_taoTaskQueue_model_Service_RestartStuckTaskService___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Service_RestartStuckTaskService, restart, arginfo_class_oat_taoTaskQueue_model_Service_RestartStuckTaskService_restart, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Service_RestartStuckTaskService, setServiceLocator, arginfo_class_oat_taoTaskQueue_model_Service_RestartStuckTaskService_setServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Service_RestartStuckTaskService, getServiceLocator, arginfo_class_oat_taoTaskQueue_model_Service_RestartStuckTaskService_getServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_oat_taoTaskQueue_model_StuckTask(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model", "StuckTask", class_oat_taoTaskQueue_model_StuckTask_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval property_taskLog_default_value;
	ZVAL_UNDEF(&property_taskLog_default_value);
	zend_string *property_taskLog_name = zend_string_init("taskLog", sizeof("taskLog") - 1, 1);
	zend_declare_typed_property(class_entry, property_taskLog_name, &property_taskLog_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_taskLog_name);

	zval property_queueName_default_value;
	ZVAL_UNDEF(&property_queueName_default_value);
	zend_string *property_queueName_name = zend_string_init("queueName", sizeof("queueName") - 1, 1);
	zend_declare_typed_property(class_entry, property_queueName_name, &property_queueName_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_queueName_name);

	zval property_task_default_value;
	ZVAL_NULL(&property_task_default_value);
	zend_string *property_task_name = zend_string_init("task", sizeof("task") - 1, 1);
	zend_declare_typed_property(class_entry, property_task_name, &property_task_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_task_name);

	zval property_taskId_default_value;
	ZVAL_NULL(&property_taskId_default_value);
	zend_string *property_taskId_name = zend_string_init("taskId", sizeof("taskId") - 1, 1);
	zend_declare_typed_property(class_entry, property_taskId_name, &property_taskId_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_taskId_name);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_Repository_StuckTaskQuery(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\Repository", "StuckTaskQuery", class_oat_taoTaskQueue_model_Repository_StuckTaskQuery_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval property_queryName_default_value;
	ZVAL_UNDEF(&property_queryName_default_value);
	zend_string *property_queryName_name = zend_string_init("queryName", sizeof("queryName") - 1, 1);
	zend_declare_typed_property(class_entry, property_queryName_name, &property_queryName_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_queryName_name);

	zval property_whitelist_default_value;
	ZVAL_EMPTY_ARRAY(&property_whitelist_default_value);
	zend_string *property_whitelist_name = zend_string_init("whitelist", sizeof("whitelist") - 1, 1);
	zend_declare_typed_property(class_entry, property_whitelist_name, &property_whitelist_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_whitelist_name);

	zval property_statuses_default_value;
	ZVAL_EMPTY_ARRAY(&property_statuses_default_value);
	zend_string *property_statuses_name = zend_string_init("statuses", sizeof("statuses") - 1, 1);
	zend_declare_typed_property(class_entry, property_statuses_name, &property_statuses_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_statuses_name);

	zval property_age_default_value;
	ZVAL_LONG(&property_age_default_value, 0);
	zend_string *property_age_name = zend_string_init("age", sizeof("age") - 1, 1);
	zend_declare_typed_property(class_entry, property_age_name, &property_age_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_age_name);

	zval property_ageDateTime_default_value;
	ZVAL_NULL(&property_ageDateTime_default_value);
	zend_string *property_ageDateTime_name = zend_string_init("ageDateTime", sizeof("ageDateTime") - 1, 1);
	zend_declare_typed_property(class_entry, property_ageDateTime_name, &property_ageDateTime_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_ageDateTime_name);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_Repository_StuckTaskCollection(zend_class_entry *class_entry_ArrayIterator)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\Repository", "StuckTaskCollection", class_oat_taoTaskQueue_model_Repository_StuckTaskCollection_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_ArrayIterator);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_Repository_StuckTaskRepository(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\Repository", "StuckTaskRepository", class_oat_taoTaskQueue_model_Repository_StuckTaskRepository_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval const_MIN_AGE_value;
	ZVAL_LONG(&const_MIN_AGE_value, 180);
	zend_string *const_MIN_AGE_name = zend_string_init_interned("MIN_AGE", sizeof("MIN_AGE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MIN_AGE_name, &const_MIN_AGE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MIN_AGE_name);

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

static zend_class_entry *register_class_oat_taoTaskQueue_model_Service_RestartStuckTaskService(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\Service", "RestartStuckTaskService", class_oat_taoTaskQueue_model_Service_RestartStuckTaskService_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

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
