/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: af4be7d0b9890114757e3561f5ce42d1bb412ce2 */




static const zend_function_entry class_oat_taoTaskQueue_model_QueueDispatcher_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_Queue_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_TaskLog_methods[] = {
	ZEND_FE_END
};

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
