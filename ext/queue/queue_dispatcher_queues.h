/*
 * queue_dispatcher_queues.h: what queue_dispatcher.c (the QueueDispatcher methods) uses
 * from queue_dispatcher_queues.c (its options, registered queues, task log, routing and
 * dequeue bookkeeping) and queue_dispatcher_retry.c (retry policies). No other file includes it: other groups go through the PHP
 * methods of QueueDispatcher. May touch: the Zend API.
 */
#ifndef PHP_TQ_QUEUE_DISPATCHER_QUEUES_H
#define PHP_TQ_QUEUE_DISPATCHER_QUEUES_H

#include "php.h"

#define OPT_QUEUES "queues"
#define OPT_DEFAULT_QUEUE "default_queue"
#define OPT_ASSOCIATIONS "task_to_queue_associations"
#define OPT_TASK_LOG "task_log"
#define OPT_SELECTOR "task_selector_strategy"

#define SELECTOR_IFACE "oat\\tao\\model\\taskQueue\\Queue\\TaskSelector\\SelectorStrategyInterface"
#define QUEUE_IFACE "oat\\tao\\model\\taskQueue\\QueueInterface"
#define TASK_LOG_IFACE "oat\\tao\\model\\taskQueue\\TaskLogInterface"

/* PHP's empty(): absent, null, false, 0, "", "0", []. */
bool php_tq_qd_empty(zval *v);
/* The dispatcher's option `name`, dereferenced; NULL when absent. */
zval *php_tq_qd_opt(zend_object *self, const char *name);
void php_tq_qd_opt_set(zend_object *self, const char *name, zval *value);
void php_tq_qd_opt_unset(zend_object *self, const char *name);
/* "string", "array", or the class of an object: what a message says was given. */
const char *php_tq_qd_value_name(zval *v);
/* A value as it can appear inside an error message. */
zend_string *php_tq_qd_msg_str(zval *v);
/* An object implementing QueueInterface. */
bool php_tq_qd_is_queue(zval *v);
/* $queue->getName() as a string (for comparisons and messages). */
zend_string *php_tq_qd_queue_name(zval *queue);
/* What the constructor and setQueues() accept: a non-empty array of QueueInterface
 * objects with distinct names. */
zend_result php_tq_qd_check_queues(zval *queues);
/* Every association must name a registered queue (names compared as strings, as
 * array_diff() does). */
zend_result php_tq_qd_check_associations(zval *assoc, zval *queues);
/* getTaskLog(): the `task_log` option resolved once (an object, or a service id through
 * the service locator or the TAO root's config). out holds a new reference. */
zend_result php_tq_qd_task_log(zend_object *self, zval *out);
/* getQueues(): the `queues` option after every queue in it has been propagated once.
 * The private `queues` property keeps the queues already propagated (by object
 * handle, holding them so a handle is never reused while listed). out is a new
 * reference to an array. */
zend_result php_tq_qd_queues(zend_object *self, zval *out);
/* After the queues option changed: the next getQueues() propagates again. */
void php_tq_qd_forget_propagation(zend_object *self);
/* getQueue($name): first queue whose getName() === $name. */
zend_result php_tq_qd_get_queue(zend_object *self, zval *name, zval *out);
/* hasQueue($name): in_array($name, getQueueNames(), true). -1 on exception. */
int php_tq_qd_has_queue(zend_object *self, zval *name);
/* getDefaultQueue(): the `default_queue` option, else the first queue registered. */
zend_result php_tq_qd_default_queue(zend_object *self, zval *out);
/* getLinkedTasks(): (array) the association option. */
void php_tq_qd_linked_tasks(zend_object *self, zval *out);
/* $this->getQueueForTask($task), through the function table so overrides count. */
zend_result php_tq_qd_route(zval *self_zv, zval *task, zval *out);
/* enqueue(): the retry policy that applies, written into a task without one
 * (queue_dispatcher_retry.c). FAILURE with an exception pending. */
zend_result php_tq_qd_apply_retry(zend_object *self, zval *task, zval *queue);
/* Remembers that the task was dequeued from the named queue (quirk 5). */
zend_result php_tq_qd_remember_source(zend_object *self, zval *task, zend_string *queue_name);
/* dequeue() with several queues: the selector picks among DispatchedQueue views; the
 * view whose last dequeued task is the one returned names the source queue. */
zend_result php_tq_qd_dequeue_with_selector(zend_object *self, zval *queues, zval *out);
/* The queue acknowledge() goes to: the one the task was dequeued from, if known and
 * still registered; otherwise routing (what TAO always does). */
zend_result php_tq_qd_ack_queue(zval *self_zv, zval *task, zval *out);
/* any() / all() of a boolean method over the queues; -1 on exception. */
int php_tq_qd_queues_bool(zend_object *self, const char *method, bool want_all);

#endif
