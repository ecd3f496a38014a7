/*
 * task_log/decorators.h: TAO's Task Log presentation side: the decorators (decorators.c,
 * collection_decorators.c), DataTablePayload (data_table_payload.c) and TaskLogActionTrait
 * (task_log_action_trait.c): class entries, start-up, and what the legacy copies
 * (ext/legacy) reuse. May touch: the Zend API.
 */
#ifndef PHP_TQ_DECORATORS_H
#define PHP_TQ_DECORATORS_H

#include "php.h"

extern zend_class_entry *php_tq_ce_TaskLogEntityDecorator;
extern zend_class_entry *php_tq_ce_CategoryEntityDecorator;
extern zend_class_entry *php_tq_ce_HasFileEntityDecorator;
extern zend_class_entry *php_tq_ce_RedirectUrlEntityDecorator;
extern zend_class_entry *php_tq_ce_TaskLogEntityDecorateProcessor;
extern zend_class_entry *php_tq_ce_TaskLogCollectionDecorator;
extern zend_class_entry *php_tq_ce_SimpleManagementCollectionDecorator;
extern zend_class_entry *php_tq_ce_DataTablePayload;

void php_tq_decorators_minit(void);

/* What decorators.c and collection_decorators.c share: a declared object property of scope
 * (NULL with an \Error when the constructor never ran: a subclass that skipped
 * parent::__construct()); the same, NULL when null; and jsonSerialize() as the object's own
 * toArray(), which TAO's adding decorators do. */
zval *php_tq_deco_held(zend_object *obj, zend_class_entry *scope, const char *name);
zval *php_tq_deco_held_or_null(zend_object *obj, zend_class_entry *scope, const char *name);
void php_tq_deco_json_is_to_array(INTERNAL_FUNCTION_PARAMETERS);
/* A method without arguments answering $this-><prop>-><method>() (the forwarding decorators). */
void php_tq_deco_forward(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *scope, const char *prop, const char *method);
void php_tq_data_table_payload_minit(void);
void php_tq_task_log_action_trait_minit(void);

/* TaskLogActionTrait::getTaskLogEntity($taskId, $userId = null) reading the Task Log service
 * under service_id (tao/taskLog; the legacy trait's taoTaskQueue/taskLog). */
void php_tq_task_log_action_entity(INTERNAL_FUNCTION_PARAMETERS, const char *service_id);

/* Cls::method(...argv) of a generis or tao-core class that may not be loaded (autoloaded
 * if it can be): FAILURE with *missing set and no exception when it is not (the caller
 * names what is missing), FAILURE with an exception when the call threw. */
zend_result php_tq_static_call(const char *cls, const char *method, zval *rv, uint32_t argc, zval *argv, bool *missing);

/* One entity's row as TAO's SimpleManagementCollectionDecorator builds it:
 * new has_file_ce(new category_ce($entity, $task_log), $fs, $serializer), wrapped in a
 * RedirectUrlEntityDecorator for user and passed through processor when user is not NULL,
 * then toArray(), "report" removed unless with_report. FAILURE with an exception. */
zend_result php_tq_decorated_row(zval *entity, zend_class_entry *category_ce, zend_class_entry *has_file_ce,
                                 zval *task_log, zval *fs, zval *serializer, zval *user, zval *processor,
                                 bool with_report, zval *row);

/* $this->getIterator() of a collection decorator, each entity through php_tq_decorated_row()
 * with the same arguments, into out (an array). FAILURE with an exception. */
zend_result php_tq_decorated_rows(zval *self, zend_class_entry *category_ce, zend_class_entry *has_file_ce,
                                  zval *task_log, zval *fs, zval *serializer, zval *user, zval *processor,
                                  bool with_report, zval *out);

/* The DataTablePayload's state from (filter, broker, request): request NULL means tao-core's
 * DatatableRequest::fromGlobals() (the legacy constructor's). FAILURE with an exception. */
zend_result php_tq_data_table_payload_init(zend_object *self, zval *filter, zval *broker, zval *request);

#endif
