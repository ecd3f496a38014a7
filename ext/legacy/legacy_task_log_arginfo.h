/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 7ea57899533fde9bddd87fdc11c2d2497aca7676 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_taoTaskQueue_model_TaskLog_TaskLogFilter_addAvailableFilters, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, userId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, archivedAllowed, _IS_BOOL, 0, "false")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, cancelledAvailable, _IS_BOOL, 0, "true")
ZEND_END_ARG_INFO()


ZEND_METHOD(oat_taoTaskQueue_model_TaskLog_TaskLogFilter, addAvailableFilters);


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
