/*
 * legacy_task_log.c: the Task Log side of the deprecated oat\taoTaskQueue\model\... names
 * (doc/compatibility.md, "Legacy names"): the broker, filter, collection, entity, stats,
 * status and event classes, and the presentation classes (decorators, DataTablePayload; their
 * methods in legacy_decorators.c) and TaskLogActionTrait, as native subclasses and sub-interfaces of the core types.
 * May touch: the Zend API, task (task.h), task_log (task_log.h, task_log_shared.h, events.h,
 * decorators.h), pg.h, legacy.h.
 */
#include "php.h"
#include "../task_log/task_log.h"
#include "../task_log/events.h"
#include "../task_log/task_log_shared.h"
#include "../pg/pg.h"
#include "../task_log/decorators.h"
#include "../task/task.h"
#include "legacy.h"
#include "legacy_task_log_arginfo.h"

ZEND_METHOD(oat_taoTaskQueue_model_TaskLog_TaskLogFilter, addAvailableFilters)
{
    /* the legacy TaskLogInterface::SUPER_USER */
    php_tq_filter_add_available(INTERNAL_FUNCTION_PARAM_PASSTHRU, true, "SuperUser");
}

static zend_class_entry *legacy_entity_ce, *legacy_status_ce;

/* taoTaskQueue's createFromArray() makes its own entity and status classes. */
ZEND_METHOD(oat_taoTaskQueue_model_Entity_TaskLogEntity, createFromArray)
{
    zval *row;
    zend_string *format = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ARRAY(row)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR(format)
    ZEND_PARSE_PARAMETERS_END();
    zend_class_entry *scope = zend_get_called_scope(execute_data);
    if (php_tq_entity_from_row_as(scope ? scope : legacy_entity_ce, legacy_status_ce, row,
                                  format ? ZSTR_VAL(format) : PHP_TQ_LOG_DATE_FORMAT, return_value) == FAILURE) {
        RETURN_THROWS();
    }
}

void php_tq_legacy_task_log_minit(void)
{
    zend_class_entry *broker = register_class_oat_taoTaskQueue_model_TaskLogBroker_TaskLogBrokerInterface(
        php_tq_ce_TaskLogBrokerInterface);
    register_class_oat_taoTaskQueue_model_TaskLogBroker_RdsTaskLogBroker(php_tq_ce_RdsTaskLogBroker, broker);

    register_class_oat_taoTaskQueue_model_TaskLog_TaskLogFilter(php_tq_ce_TaskLogFilter);
    zend_class_entry *collection = register_class_oat_taoTaskQueue_model_TaskLog_TaskLogCollectionInterface(
        php_tq_ce_CollectionInterface);
    register_class_oat_taoTaskQueue_model_TaskLog_TaskLogCollection(php_tq_ce_TaskLogCollection, collection);

    zend_class_entry *entity = register_class_oat_taoTaskQueue_model_Entity_TaskLogEntityInterface(
        php_tq_ce_EntityInterface);
    legacy_entity_ce = register_class_oat_taoTaskQueue_model_Entity_TaskLogEntity(php_tq_ce_TaskLogEntity, entity);
    register_class_oat_taoTaskQueue_model_Entity_TasksLogsStats(php_tq_ce_TasksLogsStats);
    legacy_status_ce =
        register_class_oat_taoTaskQueue_model_ValueObjects_TaskLogCategorizedStatus(php_tq_ce_CategorizedStatus);
    register_class_oat_taoTaskQueue_model_Event_TaskLogArchivedEvent(php_tq_ce_TaskLogArchivedEvent);
    register_class_oat_taoTaskQueue_model_TaskLogAwareInterface(php_tq_ce_TaskLogAwareInterface);

    register_class_oat_taoTaskQueue_model_Entity_Decorator_TaskLogEntityDecorator(php_tq_ce_TaskLogEntityDecorator);
    php_tq_ce_legacy_CategoryEntityDecorator =
        register_class_oat_taoTaskQueue_model_Entity_Decorator_CategoryEntityDecorator(php_tq_ce_CategoryEntityDecorator);
    php_tq_ce_legacy_HasFileEntityDecorator =
        register_class_oat_taoTaskQueue_model_Entity_Decorator_HasFileEntityDecorator(php_tq_ce_HasFileEntityDecorator);
    php_tq_ce_legacy_DataTablePayload = register_class_oat_taoTaskQueue_model_TaskLog_DataTablePayload(php_tq_ce_DataTablePayload);
    zend_class_entry *coll_deco = register_class_oat_taoTaskQueue_model_TaskLog_Decorator_TaskLogCollectionDecorator(
        php_tq_ce_TaskLogCollectionDecorator);
    php_tq_ce_legacy_SimpleManagementCollectionDecorator =
        register_class_oat_taoTaskQueue_model_TaskLog_Decorator_SimpleManagementCollectionDecorator(coll_deco);
    php_tq_trait_pad_methods(register_class_oat_taoTaskQueue_model_TaskLogActionTrait());
}
