/*
 * queue/queue.h: the queue groups' class entries (broker.c, selector.c, queue.c,
 * queue_dispatcher.c, dispatched_queue.c), their start-up functions, the registry of
 * native brokers and their hooks (broker.c), through which generic code reaches what only some
 * brokers do without naming them, and the DispatchedQueue accessors the dispatcher uses.
 * May touch: the Zend API.
 */
#ifndef PHP_TQ_QUEUE_H
#define PHP_TQ_QUEUE_H

#include "php.h"
#include "common/tq_error.h"

/* The largest receive count a broker accepts (doc/compatibility.md, "Receive count"). */
#define PHP_TQ_RECEIVE_MAX 10000

extern zend_class_entry *php_tq_ce_QueueBrokerInterface;
extern zend_class_entry *php_tq_ce_SyncQueueBrokerInterface;
extern zend_class_entry *php_tq_ce_AbstractQueueBroker;
extern zend_class_entry *php_tq_ce_InMemoryQueueBroker;

extern zend_class_entry *php_tq_ce_SelectorStrategyInterface;
extern zend_class_entry *php_tq_ce_WeightStrategy;
extern zend_class_entry *php_tq_ce_StrictPriorityStrategy;

extern zend_class_entry *php_tq_ce_QueuerInterface;
extern zend_class_entry *php_tq_ce_QueueInterface;
extern zend_class_entry *php_tq_ce_Queue;

extern zend_class_entry *php_tq_ce_QueueDispatcherInterface;
extern zend_class_entry *php_tq_ce_QueueDispatcher;

void php_tq_broker_minit(void);
void php_tq_selector_minit(void);
void php_tq_queue_minit(void);
void php_tq_queue_dispatcher_minit(void);
void php_tq_dispatched_queue_minit(void);

/* Native brokers (the broker classes written in C): each registers its hooks at start-up,
 * so generic code (Queue, the workers) reaches what only some brokers do without naming them.
 * php_tq_native_broker() returns NULL for brokers written in PHP. */
struct tq_broker;
typedef struct php_tq_broker_hooks {
    /* The core broker behind the object (made now if need be), so workers can claim from it
     * and wait on it directly; NULL when it cannot be made. Required. */
    struct tq_broker *(*native)(zend_object *obj);
    /* Queue::dequeue()/enqueue() hand over the queue's Task Log (TaskLogInterface or anything
     * the property holds): a broker that can start tasks in its claim statement binds it. */
    void (*bind_task_log)(zend_object *broker, zval *task_log);
    /* Queue::enqueue() in one step (message + 'enqueued' log row): 1 done, 0 not applicable
     * (take the usual path), -1 exception pending. */
    int (*enqueue)(zend_object *broker, zval *task_log, zval *task, zval *label);
    /* The worker's limit: at most cap tasks at the broker's next claims; 0 no cap. */
    void (*set_claim_cap)(zend_object *broker, zend_long cap);
    /* Claims a class keeps for the whole request rather than in one object (the claim ledger,
     * doc/ARCHITECTURE.md 10.1), asked with the task id and the very task object a pop handed
     * out; NULL when the class keeps none. 1: the claim started the task in the Task Log; 0: it
     * claimed the task without starting it (*status: the Task Log status it saw, NULL when
     * unknown); -1: not claimed here. With hand_out the claim counts as handed out from now on. */
    int (*claim_state)(zend_string *task_id, const zend_object *task, bool hand_out, const char **status);
    /* processTask() is over: a claim of the task still there was not acknowledged; it stops
     * being renewed, so the message comes back when its lease runs out. */
    void (*claim_settle)(zend_string *task_id, const zend_object *task);
    /* A failed task's next run, due after delay_ms, or with dead its end as a dead letter:
     * body (the task JSON, its retry metadata updated) replaces the claimed message in one
     * step (ext/worker/retry.c). 1 done; 2 the message is no longer this process's to change
     * (nothing done); 0 not handled here (the worker pushes a copy and acknowledges the
     * original, or for a dead letter only acknowledges); -1 failed (err set; the message
     * comes back when its lease runs out). NULL: 0. */
    int (*reschedule)(zend_object *broker, zval *task, zend_string *task_id, zend_string *body, int64_t delay_ms,
                      bool dead, tq_error *err);
    /* What the broker honours of a task's schedule (src/task/tq_schedule.h): PHP_TQ_DELAYS
     * (due times), PHP_TQ_UNIQUE (uniqueness keys). Queue::enqueue() refuses the rest. */
    unsigned schedules;
} php_tq_broker_hooks;
#define PHP_TQ_DELAYS 1u
#define PHP_TQ_UNIQUE 2u
void php_tq_native_broker_register(zend_class_entry *ce, const php_tq_broker_hooks *hooks);
/* The hooks of obj's class; NULL for brokers written in PHP. */
const php_tq_broker_hooks *php_tq_broker_hooks_of(zend_object *obj);
struct tq_broker *php_tq_native_broker(zend_object *obj);
/* For Queue and the workers, whatever broker popped the task: what the claim_state hooks of the
 * registered classes know of it (-1: no claim of this process has it). */
int php_tq_claimed_task_state(zend_string *task_id, const zend_object *task, bool hand_out, const char **status);
/* The claim_settle hooks of the registered classes, once processTask() is over. */
void php_tq_claimed_task_settle(zend_string *task_id, const zend_object *task);

/* The queue name a QueueDispatcher's dequeue() handed task out from (until acknowledge()),
 * NULL when unknown or not a QueueDispatcher; for the workers' counters. Never throws. */
zend_string *php_tq_dispatcher_source_of(zval *dispatcher, zval *task);
/* Forgets that record for task_id (a task whose end another process reports, as
 * WorkerManagerRunner's children do, is never acknowledged here). Never throws. */
void php_tq_dispatcher_forget_source(zval *dispatcher, zend_string *task_id);

/* DispatchedQueue (dispatched_queue.c), for QueueDispatcher::dequeue(). */
/* A DispatchedQueue in front of queue (out: a new object). */
void php_tq_dispatched_queue_wrap(zval *queue, zval *out);
/* The queue behind view (borrowed) when the last task it dequeued is task, else NULL. */
zval *php_tq_dispatched_queue_source(zend_object *view, zval *task);
/* Drops the view's last dequeued task: a selector may keep the views, they must not
 * keep tasks alive. */
void php_tq_dispatched_queue_forget(zend_object *view);

/* task_rerun.c: a finished task enqueued again (TAO's ReRunTask). */
typedef struct php_tq_rerun {
    zend_string *name, *owner, *label;   /* the Task Log entry's */
    zend_string *new_id, *queue;         /* the copy's id; the queue it went to (NULL: none) */
} php_tq_rerun;
/* The dispatcher's default queue's name, or NULL. */
zend_string *php_tq_dispatcher_default_queue(zval *dispatcher);
/* The queue a task name goes to: links (getLinkedTasks()) first, else default_queue. Borrowed. */
zend_string *php_tq_queue_of_task(zval *links, zend_string *default_queue, const char *task_name);
/* Enqueues a copy of the Task Log entity's task (new id; same name, parameters, label and
 * owner) on its queue; fills r either way (php_tq_task_rerun_free). false with or without
 * an exception pending. */
bool php_tq_task_rerun(zval *dispatcher, zval *entity, php_tq_rerun *r);
void php_tq_task_rerun_free(php_tq_rerun *r);

#endif
