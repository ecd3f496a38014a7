/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 7940752c544dfdd5511d621995ade6ac309b224b */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_addQueue, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, queue, oat\\tao\\model\\taskQueue\\QueueInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_setQueues, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, queues, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueue, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, queueName, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueues, 0, 0, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueueNames arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueues

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_hasQueue arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueue

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getDefaultQueue arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueues

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_linkTaskToQueue, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, taskName, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, queueName, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getLinkedTasks arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueues

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_initialize arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueues

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_createTask, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, callable, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, parameters, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, label, IS_MIXED, 0, "null")
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, parent, oat\\tao\\model\\taskQueue\\Task\\TaskInterface, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, masterStatus, IS_MIXED, 0, "false")
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_isSync arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueues

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_setTaskSelector, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, selectorStrategy, oat\\tao\\model\\taskQueue\\Queue\\TaskSelector\\SelectorStrategyInterface, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getWaitTime arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueues

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueDispatcher___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcher___toPhpCode arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueues

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_addQueue arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_addQueue

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_setQueues arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_setQueues

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_removeQueue, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, queueName, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getQueue arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueue

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getQueues arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueues

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getQueueNames arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueues

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_hasQueue arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueue

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getDefaultQueue arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueues

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_linkTaskToQueue arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_linkTaskToQueue

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getLinkedTasks arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueues

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_initialize arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueues

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_createTask, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, callable, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, parameters, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, label, IS_MIXED, 0, "null")
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, parent, oat\\tao\\model\\taskQueue\\Task\\TaskInterface, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, masterStatus, IS_MIXED, 0, "false")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_enqueue, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, task, oat\\tao\\model\\taskQueue\\Task\\TaskInterface, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, label, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_setTaskRetryPolicy, 0, 2, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, taskName, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO(0, policy, TaskQueue\\RetryPolicy, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_setQueueRetryPolicy, 0, 2, IS_STATIC, 0)
	ZEND_ARG_TYPE_INFO(0, queueName, IS_STRING, 0)
	ZEND_ARG_OBJ_INFO(0, policy, TaskQueue\\RetryPolicy, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getRetryPolicyFor, 0, 2, TaskQueue\\RetryPolicy, 1)
	ZEND_ARG_OBJ_INFO(0, task, oat\\tao\\model\\taskQueue\\Task\\TaskInterface, 0)
	ZEND_ARG_TYPE_INFO(0, queueName, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_dequeue arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueues

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_acknowledge, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, task, oat\\tao\\model\\taskQueue\\Task\\TaskInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_count, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_hasPreFetchedMessages, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_isSync arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueues

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_setTaskSelector arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_setTaskSelector

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getWaitTime arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueues

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_setOwner, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, owner, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getOwner arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueues

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getTaskLog arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueues

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getQueueForTask arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_acknowledge

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_setOption, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getOption, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, default, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_hasOption, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_setOptions, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, options, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getOptions arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueues

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_setServiceLocator, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, serviceLocator, IS_OBJECT, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getServiceLocator arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueues

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_setLogger, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, logger, IS_OBJECT, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getLogger arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueues


ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, __construct);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, __toPhpCode);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, addQueue);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, setQueues);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, removeQueue);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, getQueue);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, getQueues);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, getQueueNames);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, hasQueue);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, getDefaultQueue);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, linkTaskToQueue);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, getLinkedTasks);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, initialize);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, createTask);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, enqueue);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, setTaskRetryPolicy);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, setQueueRetryPolicy);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, getRetryPolicyFor);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, dequeue);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, acknowledge);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, count);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, hasPreFetchedMessages);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, isSync);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, setTaskSelector);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, getWaitTime);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, setOwner);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, getOwner);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, getTaskLog);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, getQueueForTask);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, setOption);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, getOption);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, hasOption);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, setOptions);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, getOptions);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, setServiceLocator);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, getServiceLocator);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, setLogger);
ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, getLogger);


static const zend_function_entry class_oat_tao_model_taskQueue_QueueDispatcherInterface_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueueDispatcherInterface, addQueue, arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_addQueue, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueueDispatcherInterface, setQueues, arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_setQueues, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueueDispatcherInterface, getQueue, arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueue, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueueDispatcherInterface, getQueues, arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueues, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueueDispatcherInterface, getQueueNames, arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getQueueNames, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueueDispatcherInterface, hasQueue, arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_hasQueue, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueueDispatcherInterface, getDefaultQueue, arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getDefaultQueue, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueueDispatcherInterface, linkTaskToQueue, arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_linkTaskToQueue, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueueDispatcherInterface, getLinkedTasks, arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getLinkedTasks, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueueDispatcherInterface, initialize, arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_initialize, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueueDispatcherInterface, createTask, arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_createTask, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueueDispatcherInterface, isSync, arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_isSync, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueueDispatcherInterface, setTaskSelector, arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_setTaskSelector, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueueDispatcherInterface, getWaitTime, arginfo_class_oat_tao_model_taskQueue_QueueDispatcherInterface_getWaitTime, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_oat_tao_model_taskQueue_QueueDispatcher_methods[] = {
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, __construct, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, __toPhpCode, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher___toPhpCode, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, addQueue, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_addQueue, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, setQueues, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_setQueues, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, removeQueue, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_removeQueue, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, getQueue, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getQueue, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, getQueues, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getQueues, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, getQueueNames, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getQueueNames, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, hasQueue, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_hasQueue, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, getDefaultQueue, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getDefaultQueue, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, linkTaskToQueue, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_linkTaskToQueue, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, getLinkedTasks, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getLinkedTasks, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, initialize, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_initialize, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, createTask, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_createTask, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, enqueue, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_enqueue, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, setTaskRetryPolicy, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_setTaskRetryPolicy, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, setQueueRetryPolicy, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_setQueueRetryPolicy, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, getRetryPolicyFor, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getRetryPolicyFor, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, dequeue, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_dequeue, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, acknowledge, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_acknowledge, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, count, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_count, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, hasPreFetchedMessages, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_hasPreFetchedMessages, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, isSync, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_isSync, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, setTaskSelector, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_setTaskSelector, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, getWaitTime, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getWaitTime, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, setOwner, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_setOwner, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, getOwner, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getOwner, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, getTaskLog, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getTaskLog, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, getQueueForTask, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getQueueForTask, ZEND_ACC_PROTECTED)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, setOption, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_setOption, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, getOption, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getOption, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, hasOption, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_hasOption, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, setOptions, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_setOptions, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, getOptions, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getOptions, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, setServiceLocator, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_setServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, getServiceLocator, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, setLogger, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_setLogger, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_QueueDispatcher, getLogger, arginfo_class_oat_tao_model_taskQueue_QueueDispatcher_getLogger, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_oat_tao_model_taskQueue_QueueDispatcherInterface(zend_class_entry *class_entry_oat_tao_model_taskQueue_QueuerInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\tao\\model\\taskQueue", "QueueDispatcherInterface", class_oat_tao_model_taskQueue_QueueDispatcherInterface_methods);
	class_entry = zend_register_internal_interface(&ce);
	zend_class_implements(class_entry, 1, class_entry_oat_tao_model_taskQueue_QueuerInterface);

	zval const_SERVICE_ID_value;
	zend_string *const_SERVICE_ID_value_str = zend_string_init("tao/taskQueue", strlen("tao/taskQueue"), 1);
	ZVAL_STR(&const_SERVICE_ID_value, const_SERVICE_ID_value_str);
	zend_string *const_SERVICE_ID_name = zend_string_init_interned("SERVICE_ID", sizeof("SERVICE_ID") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SERVICE_ID_name, &const_SERVICE_ID_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SERVICE_ID_name);

	zval const_FILE_SYSTEM_ID_value;
	zend_string *const_FILE_SYSTEM_ID_value_str = zend_string_init("taskQueueStorage", strlen("taskQueueStorage"), 1);
	ZVAL_STR(&const_FILE_SYSTEM_ID_value, const_FILE_SYSTEM_ID_value_str);
	zend_string *const_FILE_SYSTEM_ID_name = zend_string_init_interned("FILE_SYSTEM_ID", sizeof("FILE_SYSTEM_ID") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_FILE_SYSTEM_ID_name, &const_FILE_SYSTEM_ID_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_FILE_SYSTEM_ID_name);

	zval const_OPTION_QUEUES_value;
	zend_string *const_OPTION_QUEUES_value_str = zend_string_init("queues", strlen("queues"), 1);
	ZVAL_STR(&const_OPTION_QUEUES_value, const_OPTION_QUEUES_value_str);
	zend_string *const_OPTION_QUEUES_name = zend_string_init_interned("OPTION_QUEUES", sizeof("OPTION_QUEUES") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPTION_QUEUES_name, &const_OPTION_QUEUES_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPTION_QUEUES_name);

	zval const_OPTION_DEFAULT_QUEUE_value;
	zend_string *const_OPTION_DEFAULT_QUEUE_value_str = zend_string_init("default_queue", strlen("default_queue"), 1);
	ZVAL_STR(&const_OPTION_DEFAULT_QUEUE_value, const_OPTION_DEFAULT_QUEUE_value_str);
	zend_string *const_OPTION_DEFAULT_QUEUE_name = zend_string_init_interned("OPTION_DEFAULT_QUEUE", sizeof("OPTION_DEFAULT_QUEUE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPTION_DEFAULT_QUEUE_name, &const_OPTION_DEFAULT_QUEUE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPTION_DEFAULT_QUEUE_name);

	zval const_OPTION_TASK_TO_QUEUE_ASSOCIATIONS_value;
	zend_string *const_OPTION_TASK_TO_QUEUE_ASSOCIATIONS_value_str = zend_string_init("task_to_queue_associations", strlen("task_to_queue_associations"), 1);
	ZVAL_STR(&const_OPTION_TASK_TO_QUEUE_ASSOCIATIONS_value, const_OPTION_TASK_TO_QUEUE_ASSOCIATIONS_value_str);
	zend_string *const_OPTION_TASK_TO_QUEUE_ASSOCIATIONS_name = zend_string_init_interned("OPTION_TASK_TO_QUEUE_ASSOCIATIONS", sizeof("OPTION_TASK_TO_QUEUE_ASSOCIATIONS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPTION_TASK_TO_QUEUE_ASSOCIATIONS_name, &const_OPTION_TASK_TO_QUEUE_ASSOCIATIONS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPTION_TASK_TO_QUEUE_ASSOCIATIONS_name);

	zval const_OPTION_TASK_LOG_value;
	zend_string *const_OPTION_TASK_LOG_value_str = zend_string_init("task_log", strlen("task_log"), 1);
	ZVAL_STR(&const_OPTION_TASK_LOG_value, const_OPTION_TASK_LOG_value_str);
	zend_string *const_OPTION_TASK_LOG_name = zend_string_init_interned("OPTION_TASK_LOG", sizeof("OPTION_TASK_LOG") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPTION_TASK_LOG_name, &const_OPTION_TASK_LOG_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPTION_TASK_LOG_name);

	zval const_OPTION_TASK_SELECTOR_STRATEGY_value;
	zend_string *const_OPTION_TASK_SELECTOR_STRATEGY_value_str = zend_string_init("task_selector_strategy", strlen("task_selector_strategy"), 1);
	ZVAL_STR(&const_OPTION_TASK_SELECTOR_STRATEGY_value, const_OPTION_TASK_SELECTOR_STRATEGY_value_str);
	zend_string *const_OPTION_TASK_SELECTOR_STRATEGY_name = zend_string_init_interned("OPTION_TASK_SELECTOR_STRATEGY", sizeof("OPTION_TASK_SELECTOR_STRATEGY") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPTION_TASK_SELECTOR_STRATEGY_name, &const_OPTION_TASK_SELECTOR_STRATEGY_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPTION_TASK_SELECTOR_STRATEGY_name);

	zval const_QUEUE_PREFIX_value;
	zend_string *const_QUEUE_PREFIX_value_str = zend_string_init("TQ", strlen("TQ"), 1);
	ZVAL_STR(&const_QUEUE_PREFIX_value, const_QUEUE_PREFIX_value_str);
	zend_string *const_QUEUE_PREFIX_name = zend_string_init_interned("QUEUE_PREFIX", sizeof("QUEUE_PREFIX") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_QUEUE_PREFIX_name, &const_QUEUE_PREFIX_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_QUEUE_PREFIX_name);

	return class_entry;
}

static zend_class_entry *register_class_oat_tao_model_taskQueue_QueueDispatcher(zend_class_entry *class_entry_oat_tao_model_taskQueue_QueueDispatcherInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\tao\\model\\taskQueue", "QueueDispatcher", class_oat_tao_model_taskQueue_QueueDispatcher_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	zend_class_implements(class_entry, 1, class_entry_oat_tao_model_taskQueue_QueueDispatcherInterface);

	zval const_OPTION_RETRY_POLICIES_value;
	zend_string *const_OPTION_RETRY_POLICIES_value_str = zend_string_init("retry_policies", strlen("retry_policies"), 1);
	ZVAL_STR(&const_OPTION_RETRY_POLICIES_value, const_OPTION_RETRY_POLICIES_value_str);
	zend_string *const_OPTION_RETRY_POLICIES_name = zend_string_init_interned("OPTION_RETRY_POLICIES", sizeof("OPTION_RETRY_POLICIES") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPTION_RETRY_POLICIES_name, &const_OPTION_RETRY_POLICIES_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPTION_RETRY_POLICIES_name);

	zval property_options_default_value;
	ZVAL_EMPTY_ARRAY(&property_options_default_value);
	zend_string *property_options_name = zend_string_init("options", sizeof("options") - 1, 1);
	zend_declare_typed_property(class_entry, property_options_name, &property_options_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_options_name);

	zval property_queues_default_value;
	ZVAL_NULL(&property_queues_default_value);
	zend_string *property_queues_name = zend_string_init("queues", sizeof("queues") - 1, 1);
	zend_declare_typed_property(class_entry, property_queues_name, &property_queues_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY|MAY_BE_NULL));
	zend_string_release(property_queues_name);

	zval property_propagated_default_value;
	ZVAL_FALSE(&property_propagated_default_value);
	zend_string *property_propagated_name = zend_string_init("propagated", sizeof("propagated") - 1, 1);
	zend_declare_typed_property(class_entry, property_propagated_name, &property_propagated_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_propagated_name);

	zend_string *property_selectorStrategy_class_oat_tao_model_taskQueue_Queue_TaskSelector_SelectorStrategyInterface = zend_string_init("oat\\tao\\model\\taskQueue\\Queue\\TaskSelector\\SelectorStrategyInterface", sizeof("oat\\tao\\model\\taskQueue\\Queue\\TaskSelector\\SelectorStrategyInterface")-1, 1);
	zval property_selectorStrategy_default_value;
	ZVAL_NULL(&property_selectorStrategy_default_value);
	zend_string *property_selectorStrategy_name = zend_string_init("selectorStrategy", sizeof("selectorStrategy") - 1, 1);
	zend_declare_typed_property(class_entry, property_selectorStrategy_name, &property_selectorStrategy_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_selectorStrategy_class_oat_tao_model_taskQueue_Queue_TaskSelector_SelectorStrategyInterface, 0, MAY_BE_NULL));
	zend_string_release(property_selectorStrategy_name);

	zval property_owner_default_value;
	ZVAL_NULL(&property_owner_default_value);
	zend_string *property_owner_name = zend_string_init("owner", sizeof("owner") - 1, 1);
	zend_declare_typed_property(class_entry, property_owner_name, &property_owner_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_owner_name);

	zend_string *property_taskLog_class_oat_tao_model_taskQueue_TaskLogInterface = zend_string_init("oat\\tao\\model\\taskQueue\\TaskLogInterface", sizeof("oat\\tao\\model\\taskQueue\\TaskLogInterface")-1, 1);
	zval property_taskLog_default_value;
	ZVAL_NULL(&property_taskLog_default_value);
	zend_string *property_taskLog_name = zend_string_init("taskLog", sizeof("taskLog") - 1, 1);
	zend_declare_typed_property(class_entry, property_taskLog_name, &property_taskLog_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_taskLog_class_oat_tao_model_taskQueue_TaskLogInterface, 0, MAY_BE_NULL));
	zend_string_release(property_taskLog_name);

	zval property_dequeuedFrom_default_value;
	ZVAL_EMPTY_ARRAY(&property_dequeuedFrom_default_value);
	zend_string *property_dequeuedFrom_name = zend_string_init("dequeuedFrom", sizeof("dequeuedFrom") - 1, 1);
	zend_declare_typed_property(class_entry, property_dequeuedFrom_name, &property_dequeuedFrom_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_dequeuedFrom_name);

	zval property_logger_default_value;
	ZVAL_NULL(&property_logger_default_value);
	zend_string *property_logger_name = zend_string_init("logger", sizeof("logger") - 1, 1);
	zend_declare_typed_property(class_entry, property_logger_name, &property_logger_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_logger_name);

	zval property_serviceLocator_default_value;
	ZVAL_NULL(&property_serviceLocator_default_value);
	zend_string *property_serviceLocator_name = zend_string_init("serviceLocator", sizeof("serviceLocator") - 1, 1);
	zend_declare_typed_property(class_entry, property_serviceLocator_name, &property_serviceLocator_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_serviceLocator_name);

	return class_entry;
}
