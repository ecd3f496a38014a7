#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "ext/json/php_json.h"
#include "php_taskqueue.h"
#include "task_log_broker_arginfo.h"

zend_class_entry *php_tq_ce_TaskLogBrokerInterface;
zend_class_entry *php_tq_ce_RdsTaskLogBrokerInterface;
zend_class_entry *php_tq_ce_InMemoryTaskLogBroker;

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, __construct)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, __toPhpCode)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, createContainer)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, getTableName)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, add)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, updateStatus)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, getStatus)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, addReport)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, getReport)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, search)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, count)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, getStats)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, getTaskExecutionTimesByDateRange)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, archive)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, cancel)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, archiveCollection)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, cancelCollection)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, deleteById)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, setLogger)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, getLogger)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, setServiceLocator)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, getServiceLocator)
{
    zend_throw_error(NULL, "not implemented");
}

void php_tq_task_log_broker_minit(void)
{
    php_tq_ce_TaskLogBrokerInterface = register_class_oat_tao_model_taskQueue_TaskLog_Broker_TaskLogBrokerInterface();
    php_tq_ce_RdsTaskLogBrokerInterface = register_class_oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBrokerInterface();
    php_tq_ce_InMemoryTaskLogBroker = register_class_oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker(php_tq_ce_TaskLogBrokerInterface);
}
