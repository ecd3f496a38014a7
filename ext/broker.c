#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "ext/json/php_json.h"
#include "php_taskqueue.h"
#include "broker_arginfo.h"

zend_class_entry *php_tq_ce_QueueBrokerInterface;
zend_class_entry *php_tq_ce_SyncQueueBrokerInterface;
zend_class_entry *php_tq_ce_AbstractQueueBroker;
zend_class_entry *php_tq_ce_InMemoryQueueBroker;

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, __construct)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, __toPhpCode)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, setQueueName)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, getBrokerId)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, pop)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, hasPreFetchedMessages)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, getNumberOfTasksToReceive)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, delete)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, setLogger)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, getLogger)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, setServiceLocator)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, getServiceLocator)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, getQueueName)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, getQueueNameWithPrefix)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, pushPreFetchedMessage)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, unserializeTask)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, serializeTask)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_InMemoryQueueBroker, createQueue)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_InMemoryQueueBroker, push)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_InMemoryQueueBroker, pop)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_InMemoryQueueBroker, delete)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_InMemoryQueueBroker, count)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_InMemoryQueueBroker, doPop)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_InMemoryQueueBroker, doDelete)
{
    zend_throw_error(NULL, "not implemented");
}

void php_tq_broker_minit(void)
{
    php_tq_ce_QueueBrokerInterface = register_class_oat_tao_model_taskQueue_Queue_Broker_QueueBrokerInterface(zend_ce_countable);
    php_tq_ce_SyncQueueBrokerInterface = register_class_oat_tao_model_taskQueue_Queue_Broker_SyncQueueBrokerInterface();
    php_tq_ce_AbstractQueueBroker = register_class_oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker(php_tq_ce_QueueBrokerInterface);
    php_tq_ce_InMemoryQueueBroker = register_class_oat_tao_model_taskQueue_Queue_Broker_InMemoryQueueBroker(php_tq_ce_AbstractQueueBroker, php_tq_ce_SyncQueueBrokerInterface);
}
