/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 40c0c6f59abdfa4298b7214e5274532b23b67c26 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_taoTaskQueue_model_TaskLog_TaskLogFilter_addAvailableFilters, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, userId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, archivedAllowed, _IS_BOOL, 0, "false")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, cancelledAvailable, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Entity_TaskLogEntity_createFromArray, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, row, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, dateFormat, IS_STRING, 0, "\'Y-m-d H:i:s\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_TaskLog_DataTablePayload___construct, 0, 0, 2)
	ZEND_ARG_OBJ_INFO(0, filter, oat\\tao\\model\\taskQueue\\TaskLog\\TaskLogFilter, 0)
	ZEND_ARG_OBJ_INFO(0, broker, oat\\tao\\model\\taskQueue\\TaskLog\\Broker\\TaskLogBrokerInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_TaskLog_Decorator_SimpleManagementCollectionDecorator___construct, 0, 0, 4)
	ZEND_ARG_OBJ_INFO(0, collection, oat\\tao\\model\\taskQueue\\TaskLog\\CollectionInterface, 0)
	ZEND_ARG_OBJ_INFO(0, taskLogService, oat\\tao\\model\\taskQueue\\TaskLogInterface, 0)
	ZEND_ARG_TYPE_INFO(0, fileSystemService, IS_OBJECT, 1)
	ZEND_ARG_TYPE_INFO(0, reportIncluded, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_TaskLog_Decorator_SimpleManagementCollectionDecorator_toArray, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_taoTaskQueue_model_TaskLog_Decorator_SimpleManagementCollectionDecorator_jsonSerialize, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_getServiceManager arginfo_class_oat_taoTaskQueue_model_TaskLog_Decorator_SimpleManagementCollectionDecorator_toArray

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_returnJson, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, data, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, httpStatus, IS_MIXED, 0, "200")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_getTaskLogEntity, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, taskId, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, userId, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_getUserId arginfo_class_oat_taoTaskQueue_model_TaskLog_Decorator_SimpleManagementCollectionDecorator_toArray

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_getTaskLogReturnData, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, taskId, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, forcedTaskType, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, userId, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_returnTaskJson, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, task, oat\\tao\\model\\taskQueue\\Task\\TaskInterface, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, extraData, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_getTaskId, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, taskLogEntity, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_getTaskStatus arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_getTaskId

#define arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_getTaskReport arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_getTaskId

#define arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_addExtraReturnData arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_getTaskId

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_getPlainReport, 0, 0, 1)
	ZEND_ARG_TYPE_MASK(0, report, MAY_BE_OBJECT|MAY_BE_ARRAY, NULL)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_getReportAsAssociativeArray arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_getPlainReport


ZEND_METHOD(oat_taoTaskQueue_model_TaskLog_TaskLogFilter, addAvailableFilters);
ZEND_METHOD(oat_taoTaskQueue_model_Entity_TaskLogEntity, createFromArray);
ZEND_METHOD(oat_taoTaskQueue_model_TaskLog_DataTablePayload, __construct);
ZEND_METHOD(oat_taoTaskQueue_model_TaskLog_Decorator_SimpleManagementCollectionDecorator, __construct);
ZEND_METHOD(oat_taoTaskQueue_model_TaskLog_Decorator_SimpleManagementCollectionDecorator, toArray);
ZEND_METHOD(oat_taoTaskQueue_model_TaskLog_Decorator_SimpleManagementCollectionDecorator, jsonSerialize);
ZEND_METHOD(oat_taoTaskQueue_model_TaskLogActionTrait, getTaskLogEntity);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLogActionTrait, getUserId);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLogActionTrait, getTaskLogReturnData);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLogActionTrait, returnTaskJson);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLogActionTrait, getTaskId);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLogActionTrait, getTaskStatus);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLogActionTrait, getTaskReport);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLogActionTrait, addExtraReturnData);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLogActionTrait, getPlainReport);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLogActionTrait, getReportAsAssociativeArray);


static const zend_function_entry class_oat_taoTaskQueue_model_TaskLogBroker_TaskLogBrokerInterface_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_TaskLogBroker_RdsTaskLogBroker_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_TaskLog_TaskLogFilter_methods[] = {
	ZEND_ME(oat_taoTaskQueue_model_TaskLog_TaskLogFilter, addAvailableFilters, arginfo_class_oat_taoTaskQueue_model_TaskLog_TaskLogFilter_addAvailableFilters, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_TaskLog_TaskLogCollectionInterface_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_TaskLog_TaskLogCollection_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_Entity_TaskLogEntityInterface_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_Entity_TaskLogEntity_methods[] = {
	ZEND_ME(oat_taoTaskQueue_model_Entity_TaskLogEntity, createFromArray, arginfo_class_oat_taoTaskQueue_model_Entity_TaskLogEntity_createFromArray, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_Entity_TasksLogsStats_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_ValueObjects_TaskLogCategorizedStatus_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_Event_TaskLogArchivedEvent_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_TaskLogAwareInterface_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_Entity_Decorator_TaskLogEntityDecorator_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_Entity_Decorator_CategoryEntityDecorator_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_Entity_Decorator_HasFileEntityDecorator_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_TaskLog_DataTablePayload_methods[] = {
	ZEND_ME(oat_taoTaskQueue_model_TaskLog_DataTablePayload, __construct, arginfo_class_oat_taoTaskQueue_model_TaskLog_DataTablePayload___construct, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_TaskLog_Decorator_TaskLogCollectionDecorator_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_TaskLog_Decorator_SimpleManagementCollectionDecorator_methods[] = {
	ZEND_ME(oat_taoTaskQueue_model_TaskLog_Decorator_SimpleManagementCollectionDecorator, __construct, arginfo_class_oat_taoTaskQueue_model_TaskLog_Decorator_SimpleManagementCollectionDecorator___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_TaskLog_Decorator_SimpleManagementCollectionDecorator, toArray, arginfo_class_oat_taoTaskQueue_model_TaskLog_Decorator_SimpleManagementCollectionDecorator_toArray, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_TaskLog_Decorator_SimpleManagementCollectionDecorator, jsonSerialize, arginfo_class_oat_taoTaskQueue_model_TaskLog_Decorator_SimpleManagementCollectionDecorator_jsonSerialize, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_TaskLogActionTrait_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_taoTaskQueue_model_TaskLogActionTrait, getServiceManager, arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_getServiceManager, ZEND_ACC_PROTECTED|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_taoTaskQueue_model_TaskLogActionTrait, returnJson, arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_returnJson, ZEND_ACC_PROTECTED|ZEND_ACC_ABSTRACT)
	ZEND_ME(oat_taoTaskQueue_model_TaskLogActionTrait, getTaskLogEntity, arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_getTaskLogEntity, ZEND_ACC_PROTECTED)
	ZEND_MALIAS(oat_tao_model_taskQueue_TaskLogActionTrait, getUserId, getUserId, arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_getUserId, ZEND_ACC_PROTECTED)
	ZEND_MALIAS(oat_tao_model_taskQueue_TaskLogActionTrait, getTaskLogReturnData, getTaskLogReturnData, arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_getTaskLogReturnData, ZEND_ACC_PROTECTED)
	ZEND_MALIAS(oat_tao_model_taskQueue_TaskLogActionTrait, returnTaskJson, returnTaskJson, arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_returnTaskJson, ZEND_ACC_PROTECTED)
	ZEND_MALIAS(oat_tao_model_taskQueue_TaskLogActionTrait, getTaskId, getTaskId, arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_getTaskId, ZEND_ACC_PROTECTED)
	ZEND_MALIAS(oat_tao_model_taskQueue_TaskLogActionTrait, getTaskStatus, getTaskStatus, arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_getTaskStatus, ZEND_ACC_PROTECTED)
	ZEND_MALIAS(oat_tao_model_taskQueue_TaskLogActionTrait, getTaskReport, getTaskReport, arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_getTaskReport, ZEND_ACC_PROTECTED)
	ZEND_MALIAS(oat_tao_model_taskQueue_TaskLogActionTrait, addExtraReturnData, addExtraReturnData, arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_addExtraReturnData, ZEND_ACC_PROTECTED)
	ZEND_MALIAS(oat_tao_model_taskQueue_TaskLogActionTrait, getPlainReport, getPlainReport, arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_getPlainReport, ZEND_ACC_PROTECTED)
	ZEND_MALIAS(oat_tao_model_taskQueue_TaskLogActionTrait, getReportAsAssociativeArray, getReportAsAssociativeArray, arginfo_class_oat_taoTaskQueue_model_TaskLogActionTrait_getReportAsAssociativeArray, ZEND_ACC_PROTECTED)
	ZEND_FE_END
};

static zend_class_entry *register_class_oat_taoTaskQueue_model_TaskLogBroker_TaskLogBrokerInterface(zend_class_entry *class_entry_oat_tao_model_taskQueue_TaskLog_Broker_TaskLogBrokerInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\TaskLogBroker", "TaskLogBrokerInterface", class_oat_taoTaskQueue_model_TaskLogBroker_TaskLogBrokerInterface_methods);
	class_entry = zend_register_internal_interface(&ce);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;
	zend_class_implements(class_entry, 1, class_entry_oat_tao_model_taskQueue_TaskLog_Broker_TaskLogBrokerInterface);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_TaskLogBroker_RdsTaskLogBroker(zend_class_entry *class_entry_oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker, zend_class_entry *class_entry_oat_taoTaskQueue_model_TaskLogBroker_TaskLogBrokerInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\TaskLogBroker", "RdsTaskLogBroker", class_oat_taoTaskQueue_model_TaskLogBroker_RdsTaskLogBroker_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBroker);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;
	zend_class_implements(class_entry, 1, class_entry_oat_taoTaskQueue_model_TaskLogBroker_TaskLogBrokerInterface);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_TaskLog_TaskLogFilter(zend_class_entry *class_entry_oat_tao_model_taskQueue_TaskLog_TaskLogFilter)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\TaskLog", "TaskLogFilter", class_oat_taoTaskQueue_model_TaskLog_TaskLogFilter_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_tao_model_taskQueue_TaskLog_TaskLogFilter);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;

	zval const_OP_EQ_value;
	zend_string *const_OP_EQ_value_str = zend_string_init("=", strlen("="), 1);
	ZVAL_STR(&const_OP_EQ_value, const_OP_EQ_value_str);
	zend_string *const_OP_EQ_name = zend_string_init_interned("OP_EQ", sizeof("OP_EQ") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OP_EQ_name, &const_OP_EQ_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OP_EQ_name);

	zval const_OP_NEQ_value;
	zend_string *const_OP_NEQ_value_str = zend_string_init("!=", strlen("!="), 1);
	ZVAL_STR(&const_OP_NEQ_value, const_OP_NEQ_value_str);
	zend_string *const_OP_NEQ_name = zend_string_init_interned("OP_NEQ", sizeof("OP_NEQ") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OP_NEQ_name, &const_OP_NEQ_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OP_NEQ_name);

	zval const_OP_LT_value;
	zend_string *const_OP_LT_value_str = zend_string_init("<", strlen("<"), 1);
	ZVAL_STR(&const_OP_LT_value, const_OP_LT_value_str);
	zend_string *const_OP_LT_name = zend_string_init_interned("OP_LT", sizeof("OP_LT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OP_LT_name, &const_OP_LT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OP_LT_name);

	zval const_OP_LTE_value;
	zend_string *const_OP_LTE_value_str = zend_string_init("<=", strlen("<="), 1);
	ZVAL_STR(&const_OP_LTE_value, const_OP_LTE_value_str);
	zend_string *const_OP_LTE_name = zend_string_init_interned("OP_LTE", sizeof("OP_LTE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OP_LTE_name, &const_OP_LTE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OP_LTE_name);

	zval const_OP_GT_value;
	zend_string *const_OP_GT_value_str = zend_string_init(">", strlen(">"), 1);
	ZVAL_STR(&const_OP_GT_value, const_OP_GT_value_str);
	zend_string *const_OP_GT_name = zend_string_init_interned("OP_GT", sizeof("OP_GT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OP_GT_name, &const_OP_GT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OP_GT_name);

	zval const_OP_GTE_value;
	zend_string *const_OP_GTE_value_str = zend_string_init(">=", strlen(">="), 1);
	ZVAL_STR(&const_OP_GTE_value, const_OP_GTE_value_str);
	zend_string *const_OP_GTE_name = zend_string_init_interned("OP_GTE", sizeof("OP_GTE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OP_GTE_name, &const_OP_GTE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OP_GTE_name);

	zval const_OP_LIKE_value;
	zend_string *const_OP_LIKE_value_str = zend_string_init("LIKE", strlen("LIKE"), 1);
	ZVAL_STR(&const_OP_LIKE_value, const_OP_LIKE_value_str);
	zend_string *const_OP_LIKE_name = zend_string_init_interned("OP_LIKE", sizeof("OP_LIKE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OP_LIKE_name, &const_OP_LIKE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OP_LIKE_name);

	zval const_OP_NOT_LIKE_value;
	zend_string *const_OP_NOT_LIKE_value_str = zend_string_init("NOT LIKE", strlen("NOT LIKE"), 1);
	ZVAL_STR(&const_OP_NOT_LIKE_value, const_OP_NOT_LIKE_value_str);
	zend_string *const_OP_NOT_LIKE_name = zend_string_init_interned("OP_NOT_LIKE", sizeof("OP_NOT_LIKE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OP_NOT_LIKE_name, &const_OP_NOT_LIKE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OP_NOT_LIKE_name);

	zval const_OP_IN_value;
	zend_string *const_OP_IN_value_str = zend_string_init("IN", strlen("IN"), 1);
	ZVAL_STR(&const_OP_IN_value, const_OP_IN_value_str);
	zend_string *const_OP_IN_name = zend_string_init_interned("OP_IN", sizeof("OP_IN") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OP_IN_name, &const_OP_IN_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OP_IN_name);

	zval const_OP_NOT_IN_value;
	zend_string *const_OP_NOT_IN_value_str = zend_string_init("NOT IN", strlen("NOT IN"), 1);
	ZVAL_STR(&const_OP_NOT_IN_value, const_OP_NOT_IN_value_str);
	zend_string *const_OP_NOT_IN_name = zend_string_init_interned("OP_NOT_IN", sizeof("OP_NOT_IN") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OP_NOT_IN_name, &const_OP_NOT_IN_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OP_NOT_IN_name);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_TaskLog_TaskLogCollectionInterface(zend_class_entry *class_entry_oat_tao_model_taskQueue_TaskLog_CollectionInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\TaskLog", "TaskLogCollectionInterface", class_oat_taoTaskQueue_model_TaskLog_TaskLogCollectionInterface_methods);
	class_entry = zend_register_internal_interface(&ce);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;
	zend_class_implements(class_entry, 1, class_entry_oat_tao_model_taskQueue_TaskLog_CollectionInterface);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_TaskLog_TaskLogCollection(zend_class_entry *class_entry_oat_tao_model_taskQueue_TaskLog_TaskLogCollection, zend_class_entry *class_entry_oat_taoTaskQueue_model_TaskLog_TaskLogCollectionInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\TaskLog", "TaskLogCollection", class_oat_taoTaskQueue_model_TaskLog_TaskLogCollection_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_tao_model_taskQueue_TaskLog_TaskLogCollection);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;
	zend_class_implements(class_entry, 1, class_entry_oat_taoTaskQueue_model_TaskLog_TaskLogCollectionInterface);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_Entity_TaskLogEntityInterface(zend_class_entry *class_entry_oat_tao_model_taskQueue_TaskLog_Entity_EntityInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\Entity", "TaskLogEntityInterface", class_oat_taoTaskQueue_model_Entity_TaskLogEntityInterface_methods);
	class_entry = zend_register_internal_interface(&ce);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;
	zend_class_implements(class_entry, 1, class_entry_oat_tao_model_taskQueue_TaskLog_Entity_EntityInterface);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_Entity_TaskLogEntity(zend_class_entry *class_entry_oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity, zend_class_entry *class_entry_oat_taoTaskQueue_model_Entity_TaskLogEntityInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\Entity", "TaskLogEntity", class_oat_taoTaskQueue_model_Entity_TaskLogEntity_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;
	zend_class_implements(class_entry, 1, class_entry_oat_taoTaskQueue_model_Entity_TaskLogEntityInterface);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_Entity_TasksLogsStats(zend_class_entry *class_entry_oat_tao_model_taskQueue_TaskLog_TasksLogsStats)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\Entity", "TasksLogsStats", class_oat_taoTaskQueue_model_Entity_TasksLogsStats_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_tao_model_taskQueue_TaskLog_TasksLogsStats);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_ValueObjects_TaskLogCategorizedStatus(zend_class_entry *class_entry_oat_tao_model_taskQueue_TaskLog_CategorizedStatus)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\ValueObjects", "TaskLogCategorizedStatus", class_oat_taoTaskQueue_model_ValueObjects_TaskLogCategorizedStatus_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_tao_model_taskQueue_TaskLog_CategorizedStatus);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_Event_TaskLogArchivedEvent(zend_class_entry *class_entry_oat_tao_model_taskQueue_Event_TaskLogArchivedEvent)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\Event", "TaskLogArchivedEvent", class_oat_taoTaskQueue_model_Event_TaskLogArchivedEvent_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_tao_model_taskQueue_Event_TaskLogArchivedEvent);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_TaskLogAwareInterface(zend_class_entry *class_entry_oat_tao_model_taskQueue_TaskLog_TaskLogAwareInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model", "TaskLogAwareInterface", class_oat_taoTaskQueue_model_TaskLogAwareInterface_methods);
	class_entry = zend_register_internal_interface(&ce);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;
	zend_class_implements(class_entry, 1, class_entry_oat_tao_model_taskQueue_TaskLog_TaskLogAwareInterface);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_Entity_Decorator_TaskLogEntityDecorator(zend_class_entry *class_entry_oat_tao_model_taskQueue_TaskLog_Decorator_TaskLogEntityDecorator)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\Entity\\Decorator", "TaskLogEntityDecorator", class_oat_taoTaskQueue_model_Entity_Decorator_TaskLogEntityDecorator_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_tao_model_taskQueue_TaskLog_Decorator_TaskLogEntityDecorator);
	class_entry->ce_flags |= ZEND_ACC_ABSTRACT|ZEND_ACC_DEPRECATED;

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_Entity_Decorator_CategoryEntityDecorator(zend_class_entry *class_entry_oat_tao_model_taskQueue_TaskLog_Decorator_CategoryEntityDecorator)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\Entity\\Decorator", "CategoryEntityDecorator", class_oat_taoTaskQueue_model_Entity_Decorator_CategoryEntityDecorator_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_tao_model_taskQueue_TaskLog_Decorator_CategoryEntityDecorator);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_Entity_Decorator_HasFileEntityDecorator(zend_class_entry *class_entry_oat_tao_model_taskQueue_TaskLog_Decorator_HasFileEntityDecorator)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\Entity\\Decorator", "HasFileEntityDecorator", class_oat_taoTaskQueue_model_Entity_Decorator_HasFileEntityDecorator_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_tao_model_taskQueue_TaskLog_Decorator_HasFileEntityDecorator);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_TaskLog_DataTablePayload(zend_class_entry *class_entry_oat_tao_model_taskQueue_TaskLog_DataTablePayload)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\TaskLog", "DataTablePayload", class_oat_taoTaskQueue_model_TaskLog_DataTablePayload_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_tao_model_taskQueue_TaskLog_DataTablePayload);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_TaskLog_Decorator_TaskLogCollectionDecorator(zend_class_entry *class_entry_oat_tao_model_taskQueue_TaskLog_Decorator_TaskLogCollectionDecorator)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\TaskLog\\Decorator", "TaskLogCollectionDecorator", class_oat_taoTaskQueue_model_TaskLog_Decorator_TaskLogCollectionDecorator_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_tao_model_taskQueue_TaskLog_Decorator_TaskLogCollectionDecorator);
	class_entry->ce_flags |= ZEND_ACC_ABSTRACT|ZEND_ACC_DEPRECATED;

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_TaskLog_Decorator_SimpleManagementCollectionDecorator(zend_class_entry *class_entry_oat_taoTaskQueue_model_TaskLog_Decorator_TaskLogCollectionDecorator)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\TaskLog\\Decorator", "SimpleManagementCollectionDecorator", class_oat_taoTaskQueue_model_TaskLog_Decorator_SimpleManagementCollectionDecorator_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_taoTaskQueue_model_TaskLog_Decorator_TaskLogCollectionDecorator);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;

	zend_string *property_taskLogService_class_oat_tao_model_taskQueue_TaskLogInterface = zend_string_init("oat\\tao\\model\\taskQueue\\TaskLogInterface", sizeof("oat\\tao\\model\\taskQueue\\TaskLogInterface")-1, 1);
	zval property_taskLogService_default_value;
	ZVAL_NULL(&property_taskLogService_default_value);
	zend_string *property_taskLogService_name = zend_string_init("taskLogService", sizeof("taskLogService") - 1, 1);
	zend_declare_typed_property(class_entry, property_taskLogService_name, &property_taskLogService_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_taskLogService_class_oat_tao_model_taskQueue_TaskLogInterface, 0, MAY_BE_NULL));
	zend_string_release(property_taskLogService_name);

	zval property_fileSystemService_default_value;
	ZVAL_NULL(&property_fileSystemService_default_value);
	zend_string *property_fileSystemService_name = zend_string_init("fileSystemService", sizeof("fileSystemService") - 1, 1);
	zend_declare_typed_property(class_entry, property_fileSystemService_name, &property_fileSystemService_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_OBJECT|MAY_BE_NULL));
	zend_string_release(property_fileSystemService_name);

	zval property_reportIncluded_default_value;
	ZVAL_FALSE(&property_reportIncluded_default_value);
	zend_string *property_reportIncluded_name = zend_string_init("reportIncluded", sizeof("reportIncluded") - 1, 1);
	zend_declare_typed_property(class_entry, property_reportIncluded_name, &property_reportIncluded_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_reportIncluded_name);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_TaskLogActionTrait(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model", "TaskLogActionTrait", class_oat_taoTaskQueue_model_TaskLogActionTrait_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_TRAIT|ZEND_ACC_DEPRECATED;

	return class_entry;
}
