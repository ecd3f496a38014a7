/*
 * task_shared.h: C helpers shared by the Task group's class files only (task.c,
 * callback_task.c, task_serializer.c, task_traits.c): AbstractTask's private array properties
 * ("bags"), the metadata keys, the child-id rule (task_traits.c too), the DateTime values a task carries, and the steps of
 * AbstractTask that CallbackTask extends. Other groups reach tasks through their PHP
 * methods. May touch: the Zend API, src/task/tq_envelope (tq_instant).
 */
#ifndef PHP_TQ_TASK_SHARED_H
#define PHP_TQ_TASK_SHARED_H

#include "php.h"
#include "task/tq_envelope.h"

/* Metadata keys (TaskInterface::JSON_METADATA_*). */
#define TQ_MD_ID "__id__"
#define TQ_MD_PARENT_ID "__parent_id__"
#define TQ_MD_MASTER_STATUS "__master_status__"
#define TQ_MD_OWNER "__owner__"
#define TQ_MD_CREATED_AT "__created_at__"
#define TQ_MD_LABEL "__label__"
#define TQ_MD_CALLABLE "__callable__"

/* The zval of AbstractTask's private array property `name`. Never NULL: a property
 * that is somehow not an array (only reachable through Reflection) is reset to []. */
zval *php_tq_task_bag(zend_object *obj, const char *name);
HashTable *php_tq_task_bag_read(zend_object *obj, const char *name);
/* Separated for writing; fetched again for every write, since user code run in between
 * (iterators, destructors) may have replaced the array. */
HashTable *php_tq_task_bag_write(zend_object *obj, const char *name);
/* bag[key] = value (value is copied), with PHP's array-key rules for the key. */
void php_tq_task_bag_set(zend_object *obj, const char *bag, const char *key, zval *value);
/* Same, taking over the caller's reference to value. */
void php_tq_task_bag_set_owned(zend_object *obj, const char *bag, const char *key, zval *value);
/* bag[key] dereferenced, or NULL. */
zval *php_tq_task_bag_find(zend_object *obj, const char *bag, const char *key);

/* addChildId()'s refusal of an id already in children (TAO: loose in_array()): SUCCESS
 * when id is new, FAILURE with an InvalidArgumentException "Child <id> has been added."
 * (or the comparison's own exception) pending. */
zend_result php_tq_task_child_id_is_new(HashTable *children, zval *id);

/* A \DateTime of now in UTC. FAILURE with an exception pending. */
zend_result php_tq_task_now_utc(zval *out);
/* A \DateTime in UTC of an instant read from a task's JSON. */
zend_result php_tq_task_datetime_from_instant(zval *out, const tq_instant *t);

/* What cloning a task changes: a new id and a new created-at. */
zend_result php_tq_task_clone(zend_object *obj);
/* applyWorkerContext() on the task itself. */
void php_tq_task_set_worker_context(zend_object *obj);
/* AbstractTask::jsonSerialize(): ['taskFqcn', 'metadata' (created-at as 'c' in UTC),
 * 'parameters']. */
void php_tq_task_json(zend_object *obj, zval *return_value);

#endif
