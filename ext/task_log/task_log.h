/*
 * task_log/task_log.h: the Task Log groups' class entries (task_log_entity.c: entity,
 * filter, collection, statuses; task_log_broker.c: the broker interfaces and
 * InMemoryTaskLogBroker; task_log.c: TaskLog) and their start-up functions. The C
 * helpers these groups share are in task_log_shared.h. May touch: the Zend API.
 */
#ifndef PHP_TQ_TASK_LOG_H
#define PHP_TQ_TASK_LOG_H

#include "php.h"

extern zend_class_entry *php_tq_ce_CategorizedStatus;
extern zend_class_entry *php_tq_ce_TaskLogFilter;
extern zend_class_entry *php_tq_ce_TasksLogsStats;
extern zend_class_entry *php_tq_ce_CollectionInterface;
extern zend_class_entry *php_tq_ce_TaskLogCollection;
extern zend_class_entry *php_tq_ce_EntityInterface;
extern zend_class_entry *php_tq_ce_TaskLogEntity;

extern zend_class_entry *php_tq_ce_TaskLogBrokerInterface;
extern zend_class_entry *php_tq_ce_RdsTaskLogBrokerInterface;
extern zend_class_entry *php_tq_ce_InMemoryTaskLogBroker;

extern zend_class_entry *php_tq_ce_TaskLogInterface;
extern zend_class_entry *php_tq_ce_TaskLog;
extern zend_class_entry *php_tq_ce_TaskLogAwareInterface;

void php_tq_task_log_entity_minit(void);
void php_tq_task_log_entity_mshutdown(void);
void php_tq_task_log_broker_minit(void);
void php_tq_task_log_minit(void);

/* A decoded report array -> oat\oatbox\reporting\Report::jsonUnserialize($a) when that
 * class exists, else common_report_Report::jsonUnserialize($a), else the array itself
 * when it has the keys type, message and data (null otherwise). FAILURE only with an
 * exception pending. (report.c) */
zend_result php_tq_report_from_array(zval *arr, zval *out);
/* The same; worker: generis' common_report_Report before the newer Report, as TAO's worker. */
zend_result php_tq_report_from_array_ex(zval *arr, zval *out, bool worker);

/* The body of TaskLogFilter::addAvailableFilters() with the default of its third argument
 * ($cancelledAvailable) and the super user's id: false and "cli-user" in tao-core, true and
 * "SuperUser" in the legacy filter (filter.c). */
void php_tq_filter_add_available(INTERNAL_FUNCTION_PARAMETERS, bool cancelled_default, const char *super_user);

#endif
