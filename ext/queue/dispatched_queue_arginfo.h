/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 20ec90458ee953a3b75612b4b9dd25aaf210fc77 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue___construct, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
	ZEND_ARG_OBJ_INFO(0, broker, oat\\tao\\model\\taskQueue\\Queue\\Broker\\QueueBrokerInterface, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, weight, IS_MIXED, 0, "1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_getQueue, 0, 0, oat\\tao\\model\\taskQueue\\QueueInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue___toString, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_initialize, 0, 0, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_getName arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_initialize

#define arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_getWeight arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_initialize

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_setWeight, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, weight, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_isSync arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_initialize

#define arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_getNumberOfTasksToReceive arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_initialize

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_setBroker, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, broker, oat\\tao\\model\\taskQueue\\Queue\\Broker\\QueueBrokerInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_getBroker, 0, 0, oat\\tao\\model\\taskQueue\\Queue\\Broker\\QueueBrokerInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_enqueue, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, task, oat\\tao\\model\\taskQueue\\Task\\TaskInterface, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, label, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_dequeue arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_initialize

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_acknowledge, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, task, oat\\tao\\model\\taskQueue\\Task\\TaskInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_count, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_hasPreFetchedMessages, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue___call, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, arguments, IS_ARRAY, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(oat_tao_model_taskQueue_Queue_DispatchedQueue, __construct);
ZEND_METHOD(oat_tao_model_taskQueue_Queue_DispatchedQueue, getQueue);
ZEND_METHOD(oat_tao_model_taskQueue_Queue_DispatchedQueue, __toString);
ZEND_METHOD(oat_tao_model_taskQueue_Queue_DispatchedQueue, initialize);
ZEND_METHOD(oat_tao_model_taskQueue_Queue_DispatchedQueue, getName);
ZEND_METHOD(oat_tao_model_taskQueue_Queue_DispatchedQueue, getWeight);
ZEND_METHOD(oat_tao_model_taskQueue_Queue_DispatchedQueue, setWeight);
ZEND_METHOD(oat_tao_model_taskQueue_Queue_DispatchedQueue, isSync);
ZEND_METHOD(oat_tao_model_taskQueue_Queue_DispatchedQueue, getNumberOfTasksToReceive);
ZEND_METHOD(oat_tao_model_taskQueue_Queue_DispatchedQueue, setBroker);
ZEND_METHOD(oat_tao_model_taskQueue_Queue_DispatchedQueue, getBroker);
ZEND_METHOD(oat_tao_model_taskQueue_Queue_DispatchedQueue, enqueue);
ZEND_METHOD(oat_tao_model_taskQueue_Queue_DispatchedQueue, dequeue);
ZEND_METHOD(oat_tao_model_taskQueue_Queue_DispatchedQueue, acknowledge);
ZEND_METHOD(oat_tao_model_taskQueue_Queue_DispatchedQueue, count);
ZEND_METHOD(oat_tao_model_taskQueue_Queue_DispatchedQueue, hasPreFetchedMessages);
ZEND_METHOD(oat_tao_model_taskQueue_Queue_DispatchedQueue, __call);


static const zend_function_entry class_oat_tao_model_taskQueue_Queue_DispatchedQueue_methods[] = {
	ZEND_ME(oat_tao_model_taskQueue_Queue_DispatchedQueue, __construct, arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue_DispatchedQueue, getQueue, arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_getQueue, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue_DispatchedQueue, __toString, arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue___toString, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue_DispatchedQueue, initialize, arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_initialize, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue_DispatchedQueue, getName, arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_getName, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue_DispatchedQueue, getWeight, arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_getWeight, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue_DispatchedQueue, setWeight, arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_setWeight, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue_DispatchedQueue, isSync, arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_isSync, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue_DispatchedQueue, getNumberOfTasksToReceive, arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_getNumberOfTasksToReceive, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue_DispatchedQueue, setBroker, arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_setBroker, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue_DispatchedQueue, getBroker, arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_getBroker, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue_DispatchedQueue, enqueue, arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_enqueue, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue_DispatchedQueue, dequeue, arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_dequeue, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue_DispatchedQueue, acknowledge, arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_acknowledge, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue_DispatchedQueue, count, arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_count, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue_DispatchedQueue, hasPreFetchedMessages, arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue_hasPreFetchedMessages, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue_DispatchedQueue, __call, arginfo_class_oat_tao_model_taskQueue_Queue_DispatchedQueue___call, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_oat_tao_model_taskQueue_Queue_DispatchedQueue(zend_class_entry *class_entry_oat_tao_model_taskQueue_QueueInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\tao\\model\\taskQueue\\Queue", "DispatchedQueue", class_oat_tao_model_taskQueue_Queue_DispatchedQueue_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_oat_tao_model_taskQueue_QueueInterface);

	zend_string *property_queue_class_oat_tao_model_taskQueue_QueueInterface = zend_string_init("oat\\tao\\model\\taskQueue\\QueueInterface", sizeof("oat\\tao\\model\\taskQueue\\QueueInterface")-1, 1);
	zval property_queue_default_value;
	ZVAL_NULL(&property_queue_default_value);
	zend_string *property_queue_name = zend_string_init("queue", sizeof("queue") - 1, 1);
	zend_declare_typed_property(class_entry, property_queue_name, &property_queue_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_queue_class_oat_tao_model_taskQueue_QueueInterface, 0, MAY_BE_NULL));
	zend_string_release(property_queue_name);

	zval property_dequeued_default_value;
	ZVAL_NULL(&property_dequeued_default_value);
	zend_string *property_dequeued_name = zend_string_init("dequeued", sizeof("dequeued") - 1, 1);
	zend_declare_typed_property(class_entry, property_dequeued_name, &property_dequeued_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_dequeued_name);

	return class_entry;
}
