#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "ext/json/php_json.h"
#include "php_taskqueue.h"
#include "selector_arginfo.h"

zend_class_entry *php_tq_ce_SelectorStrategyInterface;
zend_class_entry *php_tq_ce_WeightStrategy;
zend_class_entry *php_tq_ce_StrictPriorityStrategy;

ZEND_METHOD(oat_tao_model_taskQueue_Queue_TaskSelector_WeightStrategy, pickNextTask)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_TaskSelector_WeightStrategy, getWaitTime)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_TaskSelector_WeightStrategy, setSeed)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_TaskSelector_WeightStrategy, __toPhpCode)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_TaskSelector_WeightStrategy, setLogger)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_TaskSelector_WeightStrategy, getLogger)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_taoTaskQueue_model_TaskSelector_StrictPriorityStrategy, pickNextTask)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_taoTaskQueue_model_TaskSelector_StrictPriorityStrategy, getWaitTime)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_taoTaskQueue_model_TaskSelector_StrictPriorityStrategy, __toPhpCode)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_taoTaskQueue_model_TaskSelector_StrictPriorityStrategy, setLogger)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_taoTaskQueue_model_TaskSelector_StrictPriorityStrategy, getLogger)
{
    zend_throw_error(NULL, "not implemented");
}

void php_tq_selector_minit(void)
{
    php_tq_ce_SelectorStrategyInterface = register_class_oat_tao_model_taskQueue_Queue_TaskSelector_SelectorStrategyInterface();
    php_tq_ce_WeightStrategy = register_class_oat_tao_model_taskQueue_Queue_TaskSelector_WeightStrategy(php_tq_ce_SelectorStrategyInterface);
    php_tq_ce_StrictPriorityStrategy = register_class_oat_taoTaskQueue_model_TaskSelector_StrictPriorityStrategy(php_tq_ce_SelectorStrategyInterface);
}
