/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: d865495267d8413d8dd2e09e5cf32518e887b993 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueuerInterface_enqueue, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, task, oat\\tao\\model\\taskQueue\\Task\\TaskInterface, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, label, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueuerInterface_dequeue, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueuerInterface_acknowledge, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, task, oat\\tao\\model\\taskQueue\\Task\\TaskInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueuerInterface_hasPreFetchedMessages, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueInterface___construct, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
	ZEND_ARG_OBJ_INFO(0, broker, oat\\tao\\model\\taskQueue\\Queue\\Broker\\QueueBrokerInterface, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, weight, IS_MIXED, 0, "1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueInterface___toString, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_QueueInterface_initialize arginfo_class_oat_tao_model_taskQueue_QueuerInterface_dequeue

#define arginfo_class_oat_tao_model_taskQueue_QueueInterface_getName arginfo_class_oat_tao_model_taskQueue_QueuerInterface_dequeue

#define arginfo_class_oat_tao_model_taskQueue_QueueInterface_getWeight arginfo_class_oat_tao_model_taskQueue_QueuerInterface_dequeue

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueInterface_setWeight, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, weight, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_QueueInterface_isSync arginfo_class_oat_tao_model_taskQueue_QueuerInterface_dequeue

#define arginfo_class_oat_tao_model_taskQueue_QueueInterface_getNumberOfTasksToReceive arginfo_class_oat_tao_model_taskQueue_QueuerInterface_dequeue

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueInterface_setBroker, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, broker, oat\\tao\\model\\taskQueue\\Queue\\Broker\\QueueBrokerInterface, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_oat_tao_model_taskQueue_QueueInterface_getBroker, 0, 0, oat\\tao\\model\\taskQueue\\Queue\\Broker\\QueueBrokerInterface, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_Queue___construct arginfo_class_oat_tao_model_taskQueue_QueueInterface___construct

#define arginfo_class_oat_tao_model_taskQueue_Queue___toString arginfo_class_oat_tao_model_taskQueue_QueueInterface___toString

#define arginfo_class_oat_tao_model_taskQueue_Queue___toPhpCode arginfo_class_oat_tao_model_taskQueue_QueuerInterface_dequeue

#define arginfo_class_oat_tao_model_taskQueue_Queue_initialize arginfo_class_oat_tao_model_taskQueue_QueuerInterface_dequeue

#define arginfo_class_oat_tao_model_taskQueue_Queue_getName arginfo_class_oat_tao_model_taskQueue_QueuerInterface_dequeue

#define arginfo_class_oat_tao_model_taskQueue_Queue_getWeight arginfo_class_oat_tao_model_taskQueue_QueuerInterface_dequeue

#define arginfo_class_oat_tao_model_taskQueue_Queue_setWeight arginfo_class_oat_tao_model_taskQueue_QueueInterface_setWeight

#define arginfo_class_oat_tao_model_taskQueue_Queue_isSync arginfo_class_oat_tao_model_taskQueue_QueuerInterface_dequeue

#define arginfo_class_oat_tao_model_taskQueue_Queue_getNumberOfTasksToReceive arginfo_class_oat_tao_model_taskQueue_QueuerInterface_dequeue

#define arginfo_class_oat_tao_model_taskQueue_Queue_setBroker arginfo_class_oat_tao_model_taskQueue_QueueInterface_setBroker

#define arginfo_class_oat_tao_model_taskQueue_Queue_getBroker arginfo_class_oat_tao_model_taskQueue_QueueInterface_getBroker

#define arginfo_class_oat_tao_model_taskQueue_Queue_enqueue arginfo_class_oat_tao_model_taskQueue_QueuerInterface_enqueue

#define arginfo_class_oat_tao_model_taskQueue_Queue_dequeue arginfo_class_oat_tao_model_taskQueue_QueuerInterface_dequeue

#define arginfo_class_oat_tao_model_taskQueue_Queue_acknowledge arginfo_class_oat_tao_model_taskQueue_QueuerInterface_acknowledge

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Queue_count, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_Queue_hasPreFetchedMessages arginfo_class_oat_tao_model_taskQueue_QueuerInterface_hasPreFetchedMessages

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Queue_setTaskLog, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, taskLog, oat\\tao\\model\\taskQueue\\TaskLogInterface, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_Queue_getTaskLog arginfo_class_oat_tao_model_taskQueue_QueuerInterface_dequeue

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Queue_createLock, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, resource, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, ttl, IS_MIXED, 0, "300.0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, autoRelease, IS_MIXED, 0, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Queue_setLogger, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, logger, IS_OBJECT, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_Queue_getLogger arginfo_class_oat_tao_model_taskQueue_QueuerInterface_dequeue

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Queue_logEmergency, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, message, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, context, IS_MIXED, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_Queue_logAlert arginfo_class_oat_tao_model_taskQueue_Queue_logEmergency

#define arginfo_class_oat_tao_model_taskQueue_Queue_logCritical arginfo_class_oat_tao_model_taskQueue_Queue_logEmergency

#define arginfo_class_oat_tao_model_taskQueue_Queue_logError arginfo_class_oat_tao_model_taskQueue_Queue_logEmergency

#define arginfo_class_oat_tao_model_taskQueue_Queue_logWarning arginfo_class_oat_tao_model_taskQueue_Queue_logEmergency

#define arginfo_class_oat_tao_model_taskQueue_Queue_logNotice arginfo_class_oat_tao_model_taskQueue_Queue_logEmergency

#define arginfo_class_oat_tao_model_taskQueue_Queue_logInfo arginfo_class_oat_tao_model_taskQueue_Queue_logEmergency

#define arginfo_class_oat_tao_model_taskQueue_Queue_logDebug arginfo_class_oat_tao_model_taskQueue_Queue_logEmergency

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Queue_setServiceLocator, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, serviceLocator, IS_OBJECT, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_Queue_getServiceLocator arginfo_class_oat_tao_model_taskQueue_QueuerInterface_dequeue


ZEND_METHOD(oat_tao_model_taskQueue_Queue, __construct);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, __toString);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, __toPhpCode);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, initialize);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, getName);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, getWeight);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, setWeight);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, isSync);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, getNumberOfTasksToReceive);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, setBroker);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, getBroker);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, enqueue);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, dequeue);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, acknowledge);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, count);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, hasPreFetchedMessages);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, setTaskLog);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, getTaskLog);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, createLock);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, setLogger);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, getLogger);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, logEmergency);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, logAlert);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, logCritical);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, logError);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, logWarning);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, logNotice);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, logInfo);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, logDebug);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, setServiceLocator);
ZEND_METHOD(oat_tao_model_taskQueue_Queue, getServiceLocator);


static const zend_function_entry class_oat_tao_model_taskQueue_QueuerInterface_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueuerInterface, enqueue, arginfo_class_oat_tao_model_taskQueue_QueuerInterface_enqueue, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueuerInterface, dequeue, arginfo_class_oat_tao_model_taskQueue_QueuerInterface_dequeue, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueuerInterface, acknowledge, arginfo_class_oat_tao_model_taskQueue_QueuerInterface_acknowledge, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueuerInterface, hasPreFetchedMessages, arginfo_class_oat_tao_model_taskQueue_QueuerInterface_hasPreFetchedMessages, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_oat_tao_model_taskQueue_QueueInterface_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueueInterface, __construct, arginfo_class_oat_tao_model_taskQueue_QueueInterface___construct, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueueInterface, __toString, arginfo_class_oat_tao_model_taskQueue_QueueInterface___toString, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueueInterface, initialize, arginfo_class_oat_tao_model_taskQueue_QueueInterface_initialize, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueueInterface, getName, arginfo_class_oat_tao_model_taskQueue_QueueInterface_getName, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueueInterface, getWeight, arginfo_class_oat_tao_model_taskQueue_QueueInterface_getWeight, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueueInterface, setWeight, arginfo_class_oat_tao_model_taskQueue_QueueInterface_setWeight, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueueInterface, isSync, arginfo_class_oat_tao_model_taskQueue_QueueInterface_isSync, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueueInterface, getNumberOfTasksToReceive, arginfo_class_oat_tao_model_taskQueue_QueueInterface_getNumberOfTasksToReceive, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueueInterface, setBroker, arginfo_class_oat_tao_model_taskQueue_QueueInterface_setBroker, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_QueueInterface, getBroker, arginfo_class_oat_tao_model_taskQueue_QueueInterface_getBroker, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_oat_tao_model_taskQueue_Queue_methods[] = {
	ZEND_ME(oat_tao_model_taskQueue_Queue, __construct, arginfo_class_oat_tao_model_taskQueue_Queue___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, __toString, arginfo_class_oat_tao_model_taskQueue_Queue___toString, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, __toPhpCode, arginfo_class_oat_tao_model_taskQueue_Queue___toPhpCode, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, initialize, arginfo_class_oat_tao_model_taskQueue_Queue_initialize, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, getName, arginfo_class_oat_tao_model_taskQueue_Queue_getName, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, getWeight, arginfo_class_oat_tao_model_taskQueue_Queue_getWeight, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, setWeight, arginfo_class_oat_tao_model_taskQueue_Queue_setWeight, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, isSync, arginfo_class_oat_tao_model_taskQueue_Queue_isSync, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, getNumberOfTasksToReceive, arginfo_class_oat_tao_model_taskQueue_Queue_getNumberOfTasksToReceive, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, setBroker, arginfo_class_oat_tao_model_taskQueue_Queue_setBroker, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, getBroker, arginfo_class_oat_tao_model_taskQueue_Queue_getBroker, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, enqueue, arginfo_class_oat_tao_model_taskQueue_Queue_enqueue, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, dequeue, arginfo_class_oat_tao_model_taskQueue_Queue_dequeue, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, acknowledge, arginfo_class_oat_tao_model_taskQueue_Queue_acknowledge, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, count, arginfo_class_oat_tao_model_taskQueue_Queue_count, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, hasPreFetchedMessages, arginfo_class_oat_tao_model_taskQueue_Queue_hasPreFetchedMessages, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, setTaskLog, arginfo_class_oat_tao_model_taskQueue_Queue_setTaskLog, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, getTaskLog, arginfo_class_oat_tao_model_taskQueue_Queue_getTaskLog, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, createLock, arginfo_class_oat_tao_model_taskQueue_Queue_createLock, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, setLogger, arginfo_class_oat_tao_model_taskQueue_Queue_setLogger, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, getLogger, arginfo_class_oat_tao_model_taskQueue_Queue_getLogger, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, logEmergency, arginfo_class_oat_tao_model_taskQueue_Queue_logEmergency, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, logAlert, arginfo_class_oat_tao_model_taskQueue_Queue_logAlert, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, logCritical, arginfo_class_oat_tao_model_taskQueue_Queue_logCritical, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, logError, arginfo_class_oat_tao_model_taskQueue_Queue_logError, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, logWarning, arginfo_class_oat_tao_model_taskQueue_Queue_logWarning, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, logNotice, arginfo_class_oat_tao_model_taskQueue_Queue_logNotice, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, logInfo, arginfo_class_oat_tao_model_taskQueue_Queue_logInfo, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, logDebug, arginfo_class_oat_tao_model_taskQueue_Queue_logDebug, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, setServiceLocator, arginfo_class_oat_tao_model_taskQueue_Queue_setServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Queue, getServiceLocator, arginfo_class_oat_tao_model_taskQueue_Queue_getServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_oat_tao_model_taskQueue_QueuerInterface(zend_class_entry *class_entry_Countable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\tao\\model\\taskQueue", "QueuerInterface", class_oat_tao_model_taskQueue_QueuerInterface_methods);
	class_entry = zend_register_internal_interface(&ce);
	zend_class_implements(class_entry, 1, class_entry_Countable);

	return class_entry;
}

static zend_class_entry *register_class_oat_tao_model_taskQueue_QueueInterface(zend_class_entry *class_entry_oat_tao_model_taskQueue_QueuerInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\tao\\model\\taskQueue", "QueueInterface", class_oat_tao_model_taskQueue_QueueInterface_methods);
	class_entry = zend_register_internal_interface(&ce);
	zend_class_implements(class_entry, 1, class_entry_oat_tao_model_taskQueue_QueuerInterface);

	return class_entry;
}

static zend_class_entry *register_class_oat_tao_model_taskQueue_Queue(zend_class_entry *class_entry_oat_tao_model_taskQueue_QueueInterface, zend_class_entry *class_entry_oat_tao_model_taskQueue_TaskLog_TaskLogAwareInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\tao\\model\\taskQueue", "Queue", class_oat_tao_model_taskQueue_Queue_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	zend_class_implements(class_entry, 2, class_entry_oat_tao_model_taskQueue_QueueInterface, class_entry_oat_tao_model_taskQueue_TaskLog_TaskLogAwareInterface);

	zval const_LOCK_PREFIX_value;
	zend_string *const_LOCK_PREFIX_value_str = zend_string_init("taskqueue_lock_", strlen("taskqueue_lock_"), 1);
	ZVAL_STR(&const_LOCK_PREFIX_value, const_LOCK_PREFIX_value_str);
	zend_string *const_LOCK_PREFIX_name = zend_string_init_interned("LOCK_PREFIX", sizeof("LOCK_PREFIX") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_LOCK_PREFIX_name, &const_LOCK_PREFIX_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_LOCK_PREFIX_name);

	zval property_name_default_value;
	ZVAL_EMPTY_STRING(&property_name_default_value);
	zend_string *property_name_name = zend_string_init("name", sizeof("name") - 1, 1);
	zend_declare_typed_property(class_entry, property_name_name, &property_name_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_name_name);

	zval property_weight_default_value;
	ZVAL_LONG(&property_weight_default_value, 1);
	zend_string *property_weight_name = zend_string_init("weight", sizeof("weight") - 1, 1);
	zend_declare_typed_property(class_entry, property_weight_name, &property_weight_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_weight_name);

	zend_string *property_broker_class_oat_tao_model_taskQueue_Queue_Broker_QueueBrokerInterface = zend_string_init("oat\\tao\\model\\taskQueue\\Queue\\Broker\\QueueBrokerInterface", sizeof("oat\\tao\\model\\taskQueue\\Queue\\Broker\\QueueBrokerInterface")-1, 1);
	zval property_broker_default_value;
	ZVAL_NULL(&property_broker_default_value);
	zend_string *property_broker_name = zend_string_init("broker", sizeof("broker") - 1, 1);
	zend_declare_typed_property(class_entry, property_broker_name, &property_broker_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_broker_class_oat_tao_model_taskQueue_Queue_Broker_QueueBrokerInterface, 0, MAY_BE_NULL));
	zend_string_release(property_broker_name);

	zend_string *property_taskLog_class_oat_tao_model_taskQueue_TaskLogInterface = zend_string_init("oat\\tao\\model\\taskQueue\\TaskLogInterface", sizeof("oat\\tao\\model\\taskQueue\\TaskLogInterface")-1, 1);
	zval property_taskLog_default_value;
	ZVAL_NULL(&property_taskLog_default_value);
	zend_string *property_taskLog_name = zend_string_init("taskLog", sizeof("taskLog") - 1, 1);
	zend_declare_typed_property(class_entry, property_taskLog_name, &property_taskLog_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_taskLog_class_oat_tao_model_taskQueue_TaskLogInterface, 0, MAY_BE_NULL));
	zend_string_release(property_taskLog_name);

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
