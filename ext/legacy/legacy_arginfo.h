/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 04a7ec1e5174aeb03bcf0de6f24fea90f9d6a3ff */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_TaskLog_getDataTablePayload, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, filter, oat\\tao\\model\\taskQueue\\TaskLog\\TaskLogFilter, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, request, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()


ZEND_METHOD(oat_taoTaskQueue_model_TaskLog, getDataTablePayload);


static const zend_function_entry class_oat_taoTaskQueue_model_QueueDispatcherInterface_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_QueueInterface_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_TaskLogInterface_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_QueueDispatcher_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_Queue_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_TaskLog_methods[] = {
	ZEND_ME(oat_taoTaskQueue_model_TaskLog, getDataTablePayload, arginfo_class_oat_taoTaskQueue_model_TaskLog_getDataTablePayload, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_oat_taoTaskQueue_model_QueueDispatcherInterface(zend_class_entry *class_entry_oat_tao_model_taskQueue_QueueDispatcherInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model", "QueueDispatcherInterface", class_oat_taoTaskQueue_model_QueueDispatcherInterface_methods);
	class_entry = zend_register_internal_interface(&ce);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;
	zend_class_implements(class_entry, 1, class_entry_oat_tao_model_taskQueue_QueueDispatcherInterface);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_QueueInterface(zend_class_entry *class_entry_oat_tao_model_taskQueue_QueueInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model", "QueueInterface", class_oat_taoTaskQueue_model_QueueInterface_methods);
	class_entry = zend_register_internal_interface(&ce);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;
	zend_class_implements(class_entry, 1, class_entry_oat_tao_model_taskQueue_QueueInterface);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_TaskLogInterface(zend_class_entry *class_entry_oat_tao_model_taskQueue_TaskLogInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model", "TaskLogInterface", class_oat_taoTaskQueue_model_TaskLogInterface_methods);
	class_entry = zend_register_internal_interface(&ce);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;
	zend_class_implements(class_entry, 1, class_entry_oat_tao_model_taskQueue_TaskLogInterface);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_QueueDispatcher(zend_class_entry *class_entry_oat_tao_model_taskQueue_QueueDispatcher)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model", "QueueDispatcher", class_oat_taoTaskQueue_model_QueueDispatcher_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_tao_model_taskQueue_QueueDispatcher);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_Queue(zend_class_entry *class_entry_oat_tao_model_taskQueue_Queue)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model", "Queue", class_oat_taoTaskQueue_model_Queue_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_tao_model_taskQueue_Queue);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_TaskLog(zend_class_entry *class_entry_oat_tao_model_taskQueue_TaskLog)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model", "TaskLog", class_oat_taoTaskQueue_model_TaskLog_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_tao_model_taskQueue_TaskLog);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;

	return class_entry;
}
