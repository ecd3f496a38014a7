/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 08775a4b16af94387cd2a715cfcb505fdb94ddc7 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, persistenceId, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, receiveTasks, IS_MIXED, 0, "1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker___toPhpCode, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_setQueueName, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_createQueue arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker___toPhpCode

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_push, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, task, oat\\tao\\model\\taskQueue\\Task\\TaskInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_pushMany, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, tasks, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_delete arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_push

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_count, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_getTaskByTaskLogId, 0, 1, oat\\taoTaskQueue\\model\\Task\\CallbackTaskDecorator, 1)
	ZEND_ARG_TYPE_INFO(0, taskLogId, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_changeTaskVisibility, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, taskId, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, visible, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_setLeaseTime, 0, 1, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, seconds, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_getLeaseTime arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_count

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_setTaskLogBroker, 0, 1, IS_STATIC, 0)
	ZEND_ARG_OBJ_INFO(0, taskLogBroker, oat\\tao\\model\\taskQueue\\TaskLog\\Broker\\TaskLogBrokerInterface, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_getPersistenceId, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_getTableName arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker___toPhpCode

#define arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_doPop arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker___toPhpCode

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_doDelete, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, id, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, logContext, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_doRelease, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_OBJ_INFO(0, task, oat\\tao\\model\\taskQueue\\Task\\TaskInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Task_CallbackTaskDecorator___construct, 0, 0, 2)
	ZEND_ARG_OBJ_INFO(0, task, oat\\tao\\model\\taskQueue\\Task\\TaskInterface, 0)
	ZEND_ARG_TYPE_INFO(0, taskId, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Task_CallbackTaskDecorator_getTask, 0, 0, oat\\tao\\model\\taskQueue\\Task\\TaskInterface, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_taoTaskQueue_model_Task_CallbackTaskDecorator_getTaskId arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_getPersistenceId


ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, __construct);
ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, __toPhpCode);
ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, setQueueName);
ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, createQueue);
ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, push);
ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, pushMany);
ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, delete);
ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, count);
ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, getTaskByTaskLogId);
ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, changeTaskVisibility);
ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, setLeaseTime);
ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, getLeaseTime);
ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, setTaskLogBroker);
ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, getPersistenceId);
ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, getTableName);
ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, doPop);
ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, doDelete);
ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, doRelease);
ZEND_METHOD(oat_taoTaskQueue_model_Task_CallbackTaskDecorator, __construct);
ZEND_METHOD(oat_taoTaskQueue_model_Task_CallbackTaskDecorator, getTask);
ZEND_METHOD(oat_taoTaskQueue_model_Task_CallbackTaskDecorator, getTaskId);


static const zend_function_entry class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_methods[] = {
	ZEND_ME(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, __construct, arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, __toPhpCode, arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker___toPhpCode, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, setQueueName, arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_setQueueName, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, createQueue, arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_createQueue, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, push, arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_push, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, pushMany, arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_pushMany, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, delete, arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_delete, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, count, arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_count, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, getTaskByTaskLogId, arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_getTaskByTaskLogId, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, changeTaskVisibility, arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_changeTaskVisibility, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, setLeaseTime, arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_setLeaseTime, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, getLeaseTime, arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_getLeaseTime, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, setTaskLogBroker, arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_setTaskLogBroker, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, getPersistenceId, arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_getPersistenceId, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, getTableName, arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_getTableName, ZEND_ACC_PROTECTED)
	ZEND_ME(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, doPop, arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_doPop, ZEND_ACC_PROTECTED)
	ZEND_ME(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, doDelete, arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_doDelete, ZEND_ACC_PROTECTED)
	ZEND_ME(oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker, doRelease, arginfo_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_doRelease, ZEND_ACC_PROTECTED)
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_QueueBroker_NewSqlQueueBroker_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_Task_CallbackTaskDecorator_methods[] = {
	ZEND_ME(oat_taoTaskQueue_model_Task_CallbackTaskDecorator, __construct, arginfo_class_oat_taoTaskQueue_model_Task_CallbackTaskDecorator___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Task_CallbackTaskDecorator, getTask, arginfo_class_oat_taoTaskQueue_model_Task_CallbackTaskDecorator_getTask, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Task_CallbackTaskDecorator, getTaskId, arginfo_class_oat_taoTaskQueue_model_Task_CallbackTaskDecorator_getTaskId, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker(zend_class_entry *class_entry_oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\QueueBroker", "RdsQueueBroker", class_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker);

	zval const_ID_value;
	zend_string *const_ID_value_str = zend_string_init("rds", strlen("rds"), 1);
	ZVAL_STR(&const_ID_value, const_ID_value_str);
	zend_string *const_ID_name = zend_string_init_interned("ID", sizeof("ID") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ID_name, &const_ID_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ID_name);

	zval property_persistenceId_default_value;
	ZVAL_UNDEF(&property_persistenceId_default_value);
	zend_string *property_persistenceId_name = zend_string_init("persistenceId", sizeof("persistenceId") - 1, 1);
	zend_declare_typed_property(class_entry, property_persistenceId_name, &property_persistenceId_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_persistenceId_name);

	zval property_leaseTime_default_value;
	ZVAL_LONG(&property_leaseTime_default_value, 60);
	zend_string *property_leaseTime_name = zend_string_init("leaseTime", sizeof("leaseTime") - 1, 1);
	zend_declare_typed_property(class_entry, property_leaseTime_name, &property_leaseTime_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_leaseTime_name);

	zend_string *property_taskLogBroker_class_oat_tao_model_taskQueue_TaskLog_Broker_TaskLogBrokerInterface = zend_string_init("oat\\tao\\model\\taskQueue\\TaskLog\\Broker\\TaskLogBrokerInterface", sizeof("oat\\tao\\model\\taskQueue\\TaskLog\\Broker\\TaskLogBrokerInterface")-1, 1);
	zval property_taskLogBroker_default_value;
	ZVAL_NULL(&property_taskLogBroker_default_value);
	zend_string *property_taskLogBroker_name = zend_string_init("taskLogBroker", sizeof("taskLogBroker") - 1, 1);
	zend_declare_typed_property(class_entry, property_taskLogBroker_name, &property_taskLogBroker_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_taskLogBroker_class_oat_tao_model_taskQueue_TaskLog_Broker_TaskLogBrokerInterface, 0, MAY_BE_NULL));
	zend_string_release(property_taskLogBroker_name);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_QueueBroker_NewSqlQueueBroker(zend_class_entry *class_entry_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\QueueBroker", "NewSqlQueueBroker", class_oat_taoTaskQueue_model_QueueBroker_NewSqlQueueBroker_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_taoTaskQueue_model_QueueBroker_RdsQueueBroker);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_Task_CallbackTaskDecorator(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\Task", "CallbackTaskDecorator", class_oat_taoTaskQueue_model_Task_CallbackTaskDecorator_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	zend_string *property_task_class_oat_tao_model_taskQueue_Task_TaskInterface = zend_string_init("oat\\tao\\model\\taskQueue\\Task\\TaskInterface", sizeof("oat\\tao\\model\\taskQueue\\Task\\TaskInterface")-1, 1);
	zval property_task_default_value;
	ZVAL_UNDEF(&property_task_default_value);
	zend_string *property_task_name = zend_string_init("task", sizeof("task") - 1, 1);
	zend_declare_typed_property(class_entry, property_task_name, &property_task_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_task_class_oat_tao_model_taskQueue_Task_TaskInterface, 0, 0));
	zend_string_release(property_task_name);

	zval property_taskId_default_value;
	ZVAL_UNDEF(&property_taskId_default_value);
	zend_string *property_taskId_name = zend_string_init("taskId", sizeof("taskId") - 1, 1);
	zend_declare_typed_property(class_entry, property_taskId_name, &property_taskId_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_taskId_name);

	return class_entry;
}
