/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 961de45817d935408060aeb3358406a181afa6d5 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_QueueDispatcher_getQueueByWeight, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_QueueDispatcher_dequeue, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, queueName, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_QueueDispatcher_getTaskResource, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, resource, IS_OBJECT, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_taoTaskQueue_model_QueueDispatcher_getReportByLinkedResource arginfo_class_oat_taoTaskQueue_model_QueueDispatcher_getTaskResource

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_QueueDispatcher_linkTaskToResource, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, task, oat\\tao\\model\\taskQueue\\Task\\TaskInterface, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, resource, IS_OBJECT, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_QueueDispatcher_getResource, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, uri, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_taoTaskQueue_model_QueueDispatcher_getClass arginfo_class_oat_taoTaskQueue_model_QueueDispatcher_getResource

#define arginfo_class_oat_taoTaskQueue_model_QueueDispatcher_getProperty arginfo_class_oat_taoTaskQueue_model_QueueDispatcher_getResource

#define arginfo_class_oat_taoTaskQueue_model_QueueDispatcher_getModel arginfo_class_oat_taoTaskQueue_model_QueueDispatcher_getQueueByWeight

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_TaskLog_getDataTablePayload, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, filter, oat\\tao\\model\\taskQueue\\TaskLog\\TaskLogFilter, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, request, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()


ZEND_METHOD(oat_taoTaskQueue_model_QueueDispatcher, getQueueByWeight);
ZEND_METHOD(oat_taoTaskQueue_model_QueueDispatcher, dequeue);
ZEND_METHOD(oat_taoTaskQueue_model_QueueDispatcher, getTaskResource);
ZEND_METHOD(oat_taoTaskQueue_model_QueueDispatcher, getReportByLinkedResource);
ZEND_METHOD(oat_taoTaskQueue_model_QueueDispatcher, linkTaskToResource);
ZEND_METHOD(oat_taoTaskQueue_model_QueueDispatcher, getResource);
ZEND_METHOD(oat_taoTaskQueue_model_QueueDispatcher, getClass);
ZEND_METHOD(oat_taoTaskQueue_model_QueueDispatcher, getProperty);
ZEND_METHOD(oat_taoTaskQueue_model_QueueDispatcher, getModel);
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
	ZEND_ME(oat_taoTaskQueue_model_QueueDispatcher, getQueueByWeight, arginfo_class_oat_taoTaskQueue_model_QueueDispatcher_getQueueByWeight, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_QueueDispatcher, dequeue, arginfo_class_oat_taoTaskQueue_model_QueueDispatcher_dequeue, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_QueueDispatcher, getTaskResource, arginfo_class_oat_taoTaskQueue_model_QueueDispatcher_getTaskResource, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_QueueDispatcher, getReportByLinkedResource, arginfo_class_oat_taoTaskQueue_model_QueueDispatcher_getReportByLinkedResource, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_QueueDispatcher, linkTaskToResource, arginfo_class_oat_taoTaskQueue_model_QueueDispatcher_linkTaskToResource, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_QueueDispatcher, getResource, arginfo_class_oat_taoTaskQueue_model_QueueDispatcher_getResource, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_QueueDispatcher, getClass, arginfo_class_oat_taoTaskQueue_model_QueueDispatcher_getClass, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_QueueDispatcher, getProperty, arginfo_class_oat_taoTaskQueue_model_QueueDispatcher_getProperty, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_QueueDispatcher, getModel, arginfo_class_oat_taoTaskQueue_model_QueueDispatcher_getModel, ZEND_ACC_PROTECTED)
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
