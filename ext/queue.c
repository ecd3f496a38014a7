#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "ext/json/php_json.h"
#include "php_taskqueue.h"
#include "queue_arginfo.h"

zend_class_entry *php_tq_ce_QueuerInterface;
zend_class_entry *php_tq_ce_QueueInterface;
zend_class_entry *php_tq_ce_Queue;

ZEND_METHOD(oat_tao_model_taskQueue_Queue, __construct)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, __toString)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, __toPhpCode)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, initialize)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, getName)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, getWeight)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, setWeight)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, isSync)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, getNumberOfTasksToReceive)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, setBroker)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, getBroker)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, enqueue)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, dequeue)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, acknowledge)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, count)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, hasPreFetchedMessages)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, setTaskLog)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, getTaskLog)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, setLogger)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, getLogger)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, setServiceLocator)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, getServiceLocator)
{
    zend_throw_error(NULL, "not implemented");
}

void php_tq_queue_minit(void)
{
    php_tq_ce_QueuerInterface = register_class_oat_tao_model_taskQueue_QueuerInterface(zend_ce_countable);
    php_tq_ce_QueueInterface = register_class_oat_tao_model_taskQueue_QueueInterface(php_tq_ce_QueuerInterface);
    php_tq_ce_Queue = register_class_oat_tao_model_taskQueue_Queue(php_tq_ce_QueueInterface, php_tq_ce_TaskLogAwareInterface);
}
