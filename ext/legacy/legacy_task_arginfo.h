/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 02826c58b7a10c50da60e42607a59f5d01ff7dec */




static const zend_function_entry class_oat_taoTaskQueue_model_Task_TaskInterface_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_Task_CallbackTaskInterface_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_Task_ChildTaskAwareInterface_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_Task_WorkerContextAwareInterface_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_Task_TaskAwareInterface_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_Task_RemoteTaskSynchroniserInterface_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_Task_AbstractTask_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_Task_CallbackTask_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_Task_InvalidTaskException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_Task_TaskFactory_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_QueueBroker_QueueBrokerInterface_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_QueueBroker_SyncQueueBrokerInterface_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_QueueBroker_AbstractQueueBroker_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_QueueBroker_InMemoryQueueBroker_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_TaskSelector_SelectorStrategyInterface_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_TaskSelector_WeightStrategy_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_WorkerInterface_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_Worker_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_model_QueueAssociableInterface_methods[] = {
	ZEND_FE_END
};

static zend_class_entry *register_class_oat_taoTaskQueue_model_Task_TaskInterface(zend_class_entry *class_entry_oat_tao_model_taskQueue_Task_TaskInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\Task", "TaskInterface", class_oat_taoTaskQueue_model_Task_TaskInterface_methods);
	class_entry = zend_register_internal_interface(&ce);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;
	zend_class_implements(class_entry, 1, class_entry_oat_tao_model_taskQueue_Task_TaskInterface);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_Task_CallbackTaskInterface(zend_class_entry *class_entry_oat_taoTaskQueue_model_Task_TaskInterface, zend_class_entry *class_entry_oat_tao_model_taskQueue_Task_CallbackTaskInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\Task", "CallbackTaskInterface", class_oat_taoTaskQueue_model_Task_CallbackTaskInterface_methods);
	class_entry = zend_register_internal_interface(&ce);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;
	zend_class_implements(class_entry, 2, class_entry_oat_taoTaskQueue_model_Task_TaskInterface, class_entry_oat_tao_model_taskQueue_Task_CallbackTaskInterface);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_Task_ChildTaskAwareInterface(zend_class_entry *class_entry_oat_tao_model_taskQueue_Task_ChildTaskAwareInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\Task", "ChildTaskAwareInterface", class_oat_taoTaskQueue_model_Task_ChildTaskAwareInterface_methods);
	class_entry = zend_register_internal_interface(&ce);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;
	zend_class_implements(class_entry, 1, class_entry_oat_tao_model_taskQueue_Task_ChildTaskAwareInterface);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_Task_WorkerContextAwareInterface(zend_class_entry *class_entry_oat_tao_model_taskQueue_Task_WorkerContextAwareInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\Task", "WorkerContextAwareInterface", class_oat_taoTaskQueue_model_Task_WorkerContextAwareInterface_methods);
	class_entry = zend_register_internal_interface(&ce);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;
	zend_class_implements(class_entry, 1, class_entry_oat_tao_model_taskQueue_Task_WorkerContextAwareInterface);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_Task_TaskAwareInterface(zend_class_entry *class_entry_oat_tao_model_taskQueue_Task_TaskAwareInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\Task", "TaskAwareInterface", class_oat_taoTaskQueue_model_Task_TaskAwareInterface_methods);
	class_entry = zend_register_internal_interface(&ce);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;
	zend_class_implements(class_entry, 1, class_entry_oat_tao_model_taskQueue_Task_TaskAwareInterface);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_Task_RemoteTaskSynchroniserInterface(zend_class_entry *class_entry_oat_tao_model_taskQueue_Task_RemoteTaskSynchroniserInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\Task", "RemoteTaskSynchroniserInterface", class_oat_taoTaskQueue_model_Task_RemoteTaskSynchroniserInterface_methods);
	class_entry = zend_register_internal_interface(&ce);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;
	zend_class_implements(class_entry, 1, class_entry_oat_tao_model_taskQueue_Task_RemoteTaskSynchroniserInterface);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_Task_AbstractTask(zend_class_entry *class_entry_oat_tao_model_taskQueue_Task_AbstractTask, zend_class_entry *class_entry_oat_taoTaskQueue_model_Task_TaskInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\Task", "AbstractTask", class_oat_taoTaskQueue_model_Task_AbstractTask_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_tao_model_taskQueue_Task_AbstractTask);
	class_entry->ce_flags |= ZEND_ACC_ABSTRACT|ZEND_ACC_DEPRECATED;
	zend_class_implements(class_entry, 1, class_entry_oat_taoTaskQueue_model_Task_TaskInterface);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_Task_CallbackTask(zend_class_entry *class_entry_oat_tao_model_taskQueue_Task_CallbackTask, zend_class_entry *class_entry_oat_taoTaskQueue_model_Task_CallbackTaskInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\Task", "CallbackTask", class_oat_taoTaskQueue_model_Task_CallbackTask_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_tao_model_taskQueue_Task_CallbackTask);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_DEPRECATED;
	zend_class_implements(class_entry, 1, class_entry_oat_taoTaskQueue_model_Task_CallbackTaskInterface);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_Task_InvalidTaskException(zend_class_entry *class_entry_oat_tao_model_taskQueue_Task_InvalidTaskException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\Task", "InvalidTaskException", class_oat_taoTaskQueue_model_Task_InvalidTaskException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_tao_model_taskQueue_Task_InvalidTaskException);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_Task_TaskFactory(zend_class_entry *class_entry_oat_tao_model_taskQueue_Task_TaskFactory)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\Task", "TaskFactory", class_oat_taoTaskQueue_model_Task_TaskFactory_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_tao_model_taskQueue_Task_TaskFactory);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_QueueBroker_QueueBrokerInterface(zend_class_entry *class_entry_oat_tao_model_taskQueue_Queue_Broker_QueueBrokerInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\QueueBroker", "QueueBrokerInterface", class_oat_taoTaskQueue_model_QueueBroker_QueueBrokerInterface_methods);
	class_entry = zend_register_internal_interface(&ce);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;
	zend_class_implements(class_entry, 1, class_entry_oat_tao_model_taskQueue_Queue_Broker_QueueBrokerInterface);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_QueueBroker_SyncQueueBrokerInterface(zend_class_entry *class_entry_oat_tao_model_taskQueue_Queue_Broker_SyncQueueBrokerInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\QueueBroker", "SyncQueueBrokerInterface", class_oat_taoTaskQueue_model_QueueBroker_SyncQueueBrokerInterface_methods);
	class_entry = zend_register_internal_interface(&ce);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;
	zend_class_implements(class_entry, 1, class_entry_oat_tao_model_taskQueue_Queue_Broker_SyncQueueBrokerInterface);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_QueueBroker_AbstractQueueBroker(zend_class_entry *class_entry_oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, zend_class_entry *class_entry_oat_taoTaskQueue_model_QueueBroker_QueueBrokerInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\QueueBroker", "AbstractQueueBroker", class_oat_taoTaskQueue_model_QueueBroker_AbstractQueueBroker_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker);
	class_entry->ce_flags |= ZEND_ACC_ABSTRACT|ZEND_ACC_DEPRECATED;
	zend_class_implements(class_entry, 1, class_entry_oat_taoTaskQueue_model_QueueBroker_QueueBrokerInterface);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_QueueBroker_InMemoryQueueBroker(zend_class_entry *class_entry_oat_tao_model_taskQueue_Queue_Broker_InMemoryQueueBroker, zend_class_entry *class_entry_oat_taoTaskQueue_model_QueueBroker_QueueBrokerInterface, zend_class_entry *class_entry_oat_taoTaskQueue_model_QueueBroker_SyncQueueBrokerInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\QueueBroker", "InMemoryQueueBroker", class_oat_taoTaskQueue_model_QueueBroker_InMemoryQueueBroker_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_tao_model_taskQueue_Queue_Broker_InMemoryQueueBroker);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;
	zend_class_implements(class_entry, 2, class_entry_oat_taoTaskQueue_model_QueueBroker_QueueBrokerInterface, class_entry_oat_taoTaskQueue_model_QueueBroker_SyncQueueBrokerInterface);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_TaskSelector_SelectorStrategyInterface(zend_class_entry *class_entry_oat_tao_model_taskQueue_Queue_TaskSelector_SelectorStrategyInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\TaskSelector", "SelectorStrategyInterface", class_oat_taoTaskQueue_model_TaskSelector_SelectorStrategyInterface_methods);
	class_entry = zend_register_internal_interface(&ce);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;
	zend_class_implements(class_entry, 1, class_entry_oat_tao_model_taskQueue_Queue_TaskSelector_SelectorStrategyInterface);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_TaskSelector_WeightStrategy(zend_class_entry *class_entry_oat_tao_model_taskQueue_Queue_TaskSelector_WeightStrategy, zend_class_entry *class_entry_oat_taoTaskQueue_model_TaskSelector_SelectorStrategyInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\TaskSelector", "WeightStrategy", class_oat_taoTaskQueue_model_TaskSelector_WeightStrategy_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_tao_model_taskQueue_Queue_TaskSelector_WeightStrategy);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;
	zend_class_implements(class_entry, 1, class_entry_oat_taoTaskQueue_model_TaskSelector_SelectorStrategyInterface);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_WorkerInterface(zend_class_entry *class_entry_oat_tao_model_taskQueue_Worker_WorkerInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model", "WorkerInterface", class_oat_taoTaskQueue_model_WorkerInterface_methods);
	class_entry = zend_register_internal_interface(&ce);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;
	zend_class_implements(class_entry, 1, class_entry_oat_tao_model_taskQueue_Worker_WorkerInterface);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_Worker(zend_class_entry *class_entry_oat_taoTaskQueue_model_LongRunningWorker, zend_class_entry *class_entry_oat_taoTaskQueue_model_WorkerInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model", "Worker", class_oat_taoTaskQueue_model_Worker_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_oat_taoTaskQueue_model_LongRunningWorker);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_DEPRECATED;
	zend_class_implements(class_entry, 1, class_entry_oat_taoTaskQueue_model_WorkerInterface);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_model_QueueAssociableInterface(zend_class_entry *class_entry_oat_tao_model_taskQueue_Task_QueueAssociableInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model", "QueueAssociableInterface", class_oat_taoTaskQueue_model_QueueAssociableInterface_methods);
	class_entry = zend_register_internal_interface(&ce);
	class_entry->ce_flags |= ZEND_ACC_DEPRECATED;
	zend_class_implements(class_entry, 1, class_entry_oat_tao_model_taskQueue_Task_QueueAssociableInterface);

	return class_entry;
}
