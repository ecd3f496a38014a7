/*
 * task/task.h: the Task group's class entries (task.c, callback_task.c,
 * task_serializer.c), their start-up functions, and the task (de)serialisation that
 * brokers and workers use. May touch: the Zend API.
 */
#ifndef PHP_TQ_TASK_H
#define PHP_TQ_TASK_H

#include "php.h"

extern zend_class_entry *php_tq_ce_WorkerContextAwareInterface;
extern zend_class_entry *php_tq_ce_ChildTaskAwareInterface;
extern zend_class_entry *php_tq_ce_TaskInterface;
extern zend_class_entry *php_tq_ce_CallbackTaskInterface;
extern zend_class_entry *php_tq_ce_TaskAwareInterface;
extern zend_class_entry *php_tq_ce_QueueAssociableInterface;
extern zend_class_entry *php_tq_ce_RemoteTaskSynchroniserInterface;
extern zend_class_entry *php_tq_ce_AbstractTask;
extern zend_class_entry *php_tq_ce_CallbackTask;
extern zend_class_entry *php_tq_ce_InvalidTaskException;
extern zend_class_entry *php_tq_ce_TaskFactory;
extern zend_class_entry *php_tq_ce_TaskLanguageLoaderInterface;
/* Whether a message (or a Task Log row) may name ce as a task's callable: a generis Action,
 * or a class taskqueue.allowed_callables lists (task_serializer.c). */
bool php_tq_task_class_allowed(zend_class_entry *ce);
extern zend_class_entry *php_tq_ce_TaskSerializerService;

void php_tq_task_minit(void);
void php_tq_callback_task_minit(void);
void php_tq_task_serializer_minit(void);
/* TaskLanguageLoader (task_language_loader.c). */
extern zend_class_entry *php_tq_ce_TaskLanguageLoader;
void php_tq_task_language_loader_minit(void);
/* ChildTaskAwareTrait, WorkerContextAwareTrait, TaskAwareTrait, TaskLogAwareTrait. */
void php_tq_task_traits_minit(void);
/* Gives an internal trait's methods records of full size (task_traits.c explains why); every
 * native trait's registration calls it (TaskLogActionTrait's too). */
void php_tq_trait_pad_methods(zend_class_entry *ce);
void php_tq_retry_policy_minit(void);
extern zend_class_entry *php_tq_ce_RetryPolicy;
/* A retry policy's array form checked and normalised into out (RetryPolicy, the dispatcher's
 * option); FAILURE with \InvalidArgumentException "<where>: <problem>". */
zend_result php_tq_retry_policy_check(zval *settings, const char *where, zval *out);
/* A new RetryPolicy (out) over those settings; FAILURE as above. */
zend_result php_tq_retry_policy_new(zval *settings, const char *where, zval *out);

/* TaskSerializerService::serialize(): the task's jsonSerialize() as TAO's JSON bytes.
 * NULL with an exception pending on failure. */
zend_string *php_tq_task_serialize(zval *task);
/* $task->getMetadata($key) into out (any task class, its override honoured). FAILURE with the
 * exception pending and out UNDEF. */
zend_result php_tq_task_metadata(zval *task, const char *key, zval *out);
/* TaskSerializerService::deserialize(): builds the task (resolving __callable__);
 * FAILURE with an InvalidTaskException (or the resolver's exception) pending. */
zend_result php_tq_task_deserialize(const char *json, size_t len, zval *out);

#endif
