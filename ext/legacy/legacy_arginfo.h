/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 4d5c5b79de516011f8734d8b018edd4dd1ebd0dc */




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
