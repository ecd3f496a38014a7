#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "ext/json/php_json.h"
#include "php_taskqueue.h"
#include "task_log_entity_arginfo.h"

zend_class_entry *php_tq_ce_CategorizedStatus;
zend_class_entry *php_tq_ce_TaskLogFilter;
zend_class_entry *php_tq_ce_TasksLogsStats;
zend_class_entry *php_tq_ce_CollectionInterface;
zend_class_entry *php_tq_ce_TaskLogCollection;
zend_class_entry *php_tq_ce_EntityInterface;
zend_class_entry *php_tq_ce_TaskLogEntity;

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_CategorizedStatus, __construct)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_CategorizedStatus, createFromString)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_CategorizedStatus, completed)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_CategorizedStatus, failed)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_CategorizedStatus, created)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_CategorizedStatus, inProgress)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_CategorizedStatus, archived)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_CategorizedStatus, cancelled)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_CategorizedStatus, isCreated)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_CategorizedStatus, isInProgress)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_CategorizedStatus, isCompleted)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_CategorizedStatus, isFailed)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_CategorizedStatus, isArchived)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_CategorizedStatus, isCancelled)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_CategorizedStatus, equals)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_CategorizedStatus, getMappedStatuses)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_CategorizedStatus, __toString)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_CategorizedStatus, getLabel)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, __construct)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, getColumns)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, deselect)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, getSortBy)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, setSortBy)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, getSortOrder)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, setSortOrder)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, getLimit)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, setLimit)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, getOffset)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, setOffset)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, getFilters)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, addFilter)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, addAvailableFilters)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, availableForArchived)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, availableForCancelled)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, withIgnoredTasks)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, eq)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, neq)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, lt)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, lte)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, gt)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, gte)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, like)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, notLike)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, in)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, notIn)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TasksLogsStats, __construct)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TasksLogsStats, buildFromArray)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TasksLogsStats, getNumberOfTasksCompleted)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TasksLogsStats, getNumberOfTasksFailed)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TasksLogsStats, getNumberOfTasksInProgress)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TasksLogsStats, jsonSerialize)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TasksLogsStats, toArray)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, __construct)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, createFromArray)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, createEmptyCollection)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, jsonSerialize)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, count)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, getIterator)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, toArray)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, isEmpty)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, first)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, last)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, getIds)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity, __construct)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity, createFromArray)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity, getId)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity, getParentId)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity, getTaskName)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity, getParameters)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity, getLabel)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity, getOwner)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity, getReport)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity, getCreatedAt)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity, getUpdatedAt)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity, getStatus)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity, isMasterStatus)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity, getFileNameFromReport)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity, getResourceUriFromReport)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity, toArray)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity, jsonSerialize)
{
    zend_throw_error(NULL, "not implemented");
}

void php_tq_task_log_entity_minit(void)
{
    php_tq_ce_CategorizedStatus = register_class_oat_tao_model_taskQueue_TaskLog_CategorizedStatus();
    php_tq_ce_TaskLogFilter = register_class_oat_tao_model_taskQueue_TaskLog_TaskLogFilter();
    php_tq_ce_TasksLogsStats = register_class_oat_tao_model_taskQueue_TaskLog_TasksLogsStats(php_json_serializable_ce);
    php_tq_ce_CollectionInterface = register_class_oat_tao_model_taskQueue_TaskLog_CollectionInterface(php_json_serializable_ce, zend_ce_countable, zend_ce_aggregate);
    php_tq_ce_TaskLogCollection = register_class_oat_tao_model_taskQueue_TaskLog_TaskLogCollection(php_tq_ce_CollectionInterface);
    php_tq_ce_EntityInterface = register_class_oat_tao_model_taskQueue_TaskLog_Entity_EntityInterface(php_json_serializable_ce);
    php_tq_ce_TaskLogEntity = register_class_oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity(php_tq_ce_EntityInterface);
}
