#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "ext/json/php_json.h"
#include "php_taskqueue.h"
#include "worker_arginfo.h"

zend_class_entry *php_tq_ce_WorkerInterface;
zend_class_entry *php_tq_ce_AbstractWorker;
zend_class_entry *php_tq_ce_OneTimeWorker;

ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, __construct)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, processTask)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, setLogger)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, getLogger)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, setServiceLocator)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, getServiceLocator)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, formatTaskLabel)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Worker_AbstractWorker, getLogContext)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Worker_OneTimeWorker, run)
{
    zend_throw_error(NULL, "not implemented");
}

void php_tq_worker_minit(void)
{
    php_tq_ce_WorkerInterface = register_class_oat_tao_model_taskQueue_Worker_WorkerInterface();
    php_tq_ce_AbstractWorker = register_class_oat_tao_model_taskQueue_Worker_AbstractWorker(php_tq_ce_WorkerInterface);
    php_tq_ce_OneTimeWorker = register_class_oat_tao_model_taskQueue_Worker_OneTimeWorker(php_tq_ce_AbstractWorker);
}
