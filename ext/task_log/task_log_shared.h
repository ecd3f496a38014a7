/*
 * task_log_shared.h: C helpers shared by the three Task Log class groups only
 * (task_log_entity.c, task_log_broker.c + log_broker.c, task_log.c) and the SQL Task Log
 * broker (ext/pg/rds_task_log_broker.c): report JSON in and out, entities built from table rows, filters and
 * collections built from C, TaskLogFilter -> tq_log_filter and task -> tq_log_row.
 * Other groups reach these classes through their PHP methods.
 * May touch: the Zend API.
 */
#ifndef PHP_TQ_TASK_LOG_SHARED_H
#define PHP_TQ_TASK_LOG_SHARED_H

#include "php.h"
#include <jansson.h>
#include "../common/common.h"
#include "../task/task.h"
#include "task_log.h"
#include "task_log/tq_log.h"

/* How the in-memory store writes datetimes in its rows (TAO's platform format). */
#define PHP_TQ_LOG_DATE_FORMAT "Y-m-d H:i:s"

/* --- reports (report.c, over src/task_log/tq_report; doc/ARCHITECTURE.md, "Reports") ---- */
/* A report is given as an array {type, message, data?, children?} or as an object
 * (JsonSerializable, else one with toArray()), at any level. */
/* Checks its shape and depth (not data): FAILURE with an \InvalidArgumentException
 * pending (or the object's own exception). */
zend_result php_tq_report_check(zval *report);
/* The normalised report {type, message, data, children, ...} as JSON values; NULL with
 * an exception pending. */
json_t *php_tq_report_json(zval *report);
/* php_tq_report_json() as JSON text (json_encode()'s bytes). NULL with an exception pending. */
zend_string *php_tq_report_encode(zval *report);
/* php_tq_report_from_array() is declared in task_log.h (the worker uses it too). */
/* Same from JSON text; empty or invalid JSON gives null. */
zend_result php_tq_report_from_json(const char *json, size_t len, zval *out);
/* A stored report value (Report object, other object, array) -> its plain array form
 * (toArray() first, then jsonSerialize()); null when there is none. */
zend_result php_tq_report_to_array(zval *report, zval *out);

/* --- statuses, entities, filters, collections, stats --------------------------------- */
/* Start-up of the value classes, in this order (php_tq_task_log_entity_minit calls them). */
void php_tq_task_log_status_minit(void);
void php_tq_task_log_status_mshutdown(void);   /* from php_tq_task_log_entity_mshutdown */
void php_tq_task_log_filter_minit(void);
void php_tq_task_log_collection_minit(void);
#define TQ_COUNT(a) (sizeof(a) / sizeof((a)[0]))
/* new $ce(...$argv), calling the constructor when there is one. FAILURE with an exception. */
zend_result php_tq_new_object(zend_class_entry *ce, uint32_t argc, zval *argv, zval *out);
/* A getter's body: returns the declared property `name` of $this in scope. */
void php_tq_prop_return(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *scope, const char *name);
/* The category a CategorizedStatus object holds ("" when unset). */
const char *php_tq_status_category(zend_object *status);
/* CategorizedStatus::createFromString($status). FAILURE with \Exception pending. */
zend_result php_tq_categorized_status(zval *status, zval *out);
/* The same as an instance of ce (CategorizedStatus or a subclass: the legacy one). */
zend_result php_tq_categorized_status_as(zend_class_entry *ce, zval *status, zval *out);
/* The category string of $entity->getStatus() ("created", "in_progress", ...).
 * NULL with an exception pending. */
zend_string *php_tq_entity_category(zval *entity);
/* TaskLogEntity::createFromArray($row, $dateFormat). */
zend_result php_tq_entity_from_row(zval *row, const char *date_format, zval *out);
/* The same with the entity and status classes given (subclasses: the legacy names). */
zend_result php_tq_entity_from_row_as(zend_class_entry *entity_ce, zend_class_entry *status_ce, zval *row,
                                      const char *date_format, zval *out);
/* new TaskLogFilter() */
void php_tq_filter_new(zval *out);
/* $filter->addFilter($column, $op, $value) on one of our filters (no PHP call). */
void php_tq_filter_add(zval *filter, const char *column, const char *op, zval *value);
/* new TaskLogCollection($entities); takes over the array. */
void php_tq_collection_new(zval *entities, zval *out);
/* new TasksLogsStats(...) */
void php_tq_stats_new(zend_long completed, zend_long failed, zend_long in_progress, zend_long enqueued,
                      zval *out);

/* Throws the RuntimeException the in-memory log gives when it cannot allocate (log_rows.c). */
void php_tq_log_out_of_memory(void);
/* --- what every Task Log broker reads from its arguments (log_rows.c, for log_broker.c) - */
/* A TaskLogFilter (or subclass, or mock) read through its public methods. */
typedef struct php_tq_log_query {
    tq_log_filter f;
    bool nothing;           /* a comparison with NULL: SQL returns no row */
    zval columns;           /* the selected columns (search) */
} php_tq_log_query;
/* full: also sort, paging and columns (search). FAILURE with an exception pending. */
zend_result php_tq_log_query_from(zval *filter, php_tq_log_query *q, bool full);
void php_tq_log_query_clear(php_tq_log_query *q);
/* A row as the database returns it, with the selected columns only (times 'Y-m-d H:i:s'). */
void php_tq_log_row_to_array(const tq_log_row *r, zval *columns, zval *out);
/* The log row of a task (add()): id, parent, task_name, parameters, label (given or the
 * task's), owner, created_at, master_status; strings held by parts. */
typedef struct php_tq_log_row_parts {
    zend_string *id, *parent, *name, *params, *label, *owner;
} php_tq_log_row_parts;
zend_result php_tq_log_row_collect(zval *task, zend_string *label, tq_log_row *row, php_tq_log_row_parts *p);
void php_tq_log_row_parts_free(php_tq_log_row_parts *p);
/* \InvalidArgumentException unless status is one of the eight storable statuses. */
zend_result php_tq_log_check_status(const char *status);

/* Store search results (n rows, malloc'd) -> TaskLogEntity objects appended to entities, with
 * the filter's columns; frees the rows. Stops converting at the first exception. */
void php_tq_log_rows_to_entities(tq_log_row *rows, int64_t n, zval *columns, zval *entities);

/* The ids of a CollectionInterface (its getIds()) as C strings, for bulk status changes.
 * FAILURE with an exception pending; else free with php_tq_log_ids_free(). */
typedef struct php_tq_log_ids {
    zend_string **strs;
    const char **ids;
    size_t n;
} php_tq_log_ids;
zend_result php_tq_log_ids_from(zval *collection, php_tq_log_ids *out);
void php_tq_log_ids_free(php_tq_log_ids *ids);
/* $dt->getTimestamp() of a DateTimeInterface (what names it in the error). */
zend_result php_tq_log_timestamp(zval *dt, const char *what, int64_t *out);
/* $obj->method() as a string; null -> NULL. */
zend_result php_tq_log_call_string(zval *obj, const char *method, zend_string **out);

/* --- iteration ----------------------------------------------------------------------- */
/* Calls fn for every value of an array or Traversable; fn returns SUCCESS to go on,
 * FAILURE to stop. FAILURE when fn did or an exception is pending. */
typedef zend_result (*php_tq_each_fn)(zval *value, void *ctx);
zend_result php_tq_each(zval *iterable, php_tq_each_fn fn, void *ctx);

#endif
