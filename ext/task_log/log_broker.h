/*
 * log_broker.h: the one glue of the Task Log brokers (log_broker.c). Every PHP method that
 * InMemoryTaskLogBroker (task_log_broker.c) and RdsTaskLogBroker (ext/pg/rds_task_log_broker.c)
 * share is written once, over the store interface (src/task_log/tq_log_store.h). A broker
 * class describes itself with a php_tq_log_broker_class (how to reach its store, how a store
 * error reads, optional hooks) and gets its shared methods from PHP_TQ_LOG_BROKER_METHODS;
 * it writes only its construction and what truly differs (doc/ARCHITECTURE.md, section 7).
 * May touch: the Zend API, task_log/tq_log_store.
 */
#ifndef PHP_TQ_LOG_BROKER_H
#define PHP_TQ_LOG_BROKER_H

#include "php.h"
#include "common/tq_error.h"
#include "task_log/tq_log_store.h"

/* What a store may keep back from the table and store later (RdsTaskLogBroker keeps the
 * report of a task its claim started until the ack, doc/ARCHITECTURE.md, section 8.4). */
typedef struct php_tq_log_hooks {
    /* Stores everything kept back, before a read or change of many rows. FAILURE with an
     * exception pending; method names the PHP method for the message. */
    zend_result (*flush_all)(zend_object *obj, const char *method);
    /* The report kept back for task id: what the store will hold once it is written. */
    bool (*kept)(zend_object *obj, zend_string *id, const char **status, const char **report_json);
    /* Stores the report kept back for id before another write on that row. */
    zend_result (*flush_one)(zend_object *obj, zend_string *id, tq_error *err);
    /* Keeps this report back instead of writing it now; true when it was kept. */
    bool (*defer)(zend_object *obj, zend_string *id, zend_string *json, zend_string *status);
    /* Forgets what is kept back for id (its row is being deleted). */
    void (*forget)(zend_object *obj, zend_string *id);
} php_tq_log_hooks;

typedef struct php_tq_log_broker_class {
    zend_class_entry **scope;   /* the class declaring containerName and logger */
    /* The object's store, built on first use; NULL with an exception pending. */
    const tq_log_store *(*store)(zend_object *obj);
    /* A store error as this class's exception; method is the PHP method's name. */
    void (*throw_error)(zend_object *obj, const tq_error *err, const char *method);
    const php_tq_log_hooks *hooks;   /* NULL: nothing is ever kept back */
} php_tq_log_broker_class;

#define PHP_TQ_LB_ARGS INTERNAL_FUNCTION_PARAMETERS, const php_tq_log_broker_class *cls
void php_tq_lb_create_container(PHP_TQ_LB_ARGS);
void php_tq_lb_get_table_name(PHP_TQ_LB_ARGS);
void php_tq_lb_add(PHP_TQ_LB_ARGS);
void php_tq_lb_update_status(PHP_TQ_LB_ARGS);
void php_tq_lb_get_status(PHP_TQ_LB_ARGS);
void php_tq_lb_add_report(PHP_TQ_LB_ARGS);
void php_tq_lb_get_report(PHP_TQ_LB_ARGS);
void php_tq_lb_search(PHP_TQ_LB_ARGS);
void php_tq_lb_count(PHP_TQ_LB_ARGS);
void php_tq_lb_get_stats(PHP_TQ_LB_ARGS);
void php_tq_lb_execution_times(PHP_TQ_LB_ARGS);
void php_tq_lb_set_entity_status(PHP_TQ_LB_ARGS, const char *status, const char *method);
void php_tq_lb_set_collection_status(PHP_TQ_LB_ARGS, const char *status, const char *method);
void php_tq_lb_delete_by_id(PHP_TQ_LB_ARGS);

/* The methods of TaskLogBrokerInterface for class c (ZEND_METHOD name), described by desc. */
#define PHP_TQ_LB_M(c, name, fn, desc) \
    ZEND_METHOD(c, name) { fn(INTERNAL_FUNCTION_PARAM_PASSTHRU, &(desc)); }
#define PHP_TQ_LB_STATUS_M(c, name, fn, desc, status) \
    ZEND_METHOD(c, name) { fn(INTERNAL_FUNCTION_PARAM_PASSTHRU, &(desc), status, #name); }
#define PHP_TQ_LOG_BROKER_METHODS(c, desc) \
    PHP_TQ_LB_M(c, createContainer, php_tq_lb_create_container, desc) \
    PHP_TQ_LB_M(c, getTableName, php_tq_lb_get_table_name, desc) \
    PHP_TQ_LB_M(c, add, php_tq_lb_add, desc) \
    PHP_TQ_LB_M(c, updateStatus, php_tq_lb_update_status, desc) \
    PHP_TQ_LB_M(c, getStatus, php_tq_lb_get_status, desc) \
    PHP_TQ_LB_M(c, addReport, php_tq_lb_add_report, desc) \
    PHP_TQ_LB_M(c, getReport, php_tq_lb_get_report, desc) \
    PHP_TQ_LB_M(c, search, php_tq_lb_search, desc) \
    PHP_TQ_LB_M(c, count, php_tq_lb_count, desc) \
    PHP_TQ_LB_M(c, getStats, php_tq_lb_get_stats, desc) \
    PHP_TQ_LB_M(c, getTaskExecutionTimesByDateRange, php_tq_lb_execution_times, desc) \
    PHP_TQ_LB_STATUS_M(c, archive, php_tq_lb_set_entity_status, desc, "archived") \
    PHP_TQ_LB_STATUS_M(c, cancel, php_tq_lb_set_entity_status, desc, "cancelled") \
    PHP_TQ_LB_STATUS_M(c, archiveCollection, php_tq_lb_set_collection_status, desc, "archived") \
    PHP_TQ_LB_STATUS_M(c, cancelCollection, php_tq_lb_set_collection_status, desc, "cancelled") \
    PHP_TQ_LB_M(c, deleteById, php_tq_lb_delete_by_id, desc)

#endif
