/*
 * legacy_task.c: the task side of the deprecated oat\taoTaskQueue\model\... names
 * (doc/compatibility.md, "Legacy names"): Task\*, the queue brokers, the selectors,
 * WorkerInterface and Worker, as native subclasses and sub-interfaces of the core types, and
 * TAO's legacy trait names as aliases of the native traits. May touch: the Zend API.
 */
#include "php.h"
#include "../task/task.h"
#include "../queue/queue.h"
#include "../worker/worker.h"
#include "legacy.h"
#include "legacy_task_arginfo.h"

/* TAO's CallbackTask and Worker copies are classes of their own; here they extend the core
 * classes, which are final. The engine checks finality only when a class is linked, so the
 * flag is lifted for that moment (module start-up, one thread); the legacy class is final
 * itself, as TAO's. */
#define LEGACY_EXTEND_FINAL(parent, call)                      \
    do {                                                        \
        (parent)->ce_flags &= ~ZEND_ACC_FINAL;                  \
        call;                                                   \
        (parent)->ce_flags |= ZEND_ACC_FINAL;                   \
    } while (0)

/* A trait cannot be extended: the legacy name is an alias of the native trait (a class using
 * either gets the same methods and private property). */
static void legacy_trait_alias(const char *legacy, const char *core)
{
    zend_class_entry *ce = zend_hash_str_find_ptr_lc(CG(class_table), core, strlen(core));
    if (ce) {
        zend_register_class_alias_ex(legacy, strlen(legacy), ce, 1);
    }
}

static void legacy_task_classes(void)
{
    zend_class_entry *task = register_class_oat_taoTaskQueue_model_Task_TaskInterface(php_tq_ce_TaskInterface);
    zend_class_entry *callback = register_class_oat_taoTaskQueue_model_Task_CallbackTaskInterface(
        task, php_tq_ce_CallbackTaskInterface);
    register_class_oat_taoTaskQueue_model_Task_ChildTaskAwareInterface(php_tq_ce_ChildTaskAwareInterface);
    register_class_oat_taoTaskQueue_model_Task_WorkerContextAwareInterface(php_tq_ce_WorkerContextAwareInterface);
    register_class_oat_taoTaskQueue_model_Task_TaskAwareInterface(php_tq_ce_TaskAwareInterface);
    register_class_oat_taoTaskQueue_model_Task_RemoteTaskSynchroniserInterface(php_tq_ce_RemoteTaskSynchroniserInterface);
    register_class_oat_taoTaskQueue_model_Task_AbstractTask(php_tq_ce_AbstractTask, task);
    LEGACY_EXTEND_FINAL(php_tq_ce_CallbackTask,
                        register_class_oat_taoTaskQueue_model_Task_CallbackTask(php_tq_ce_CallbackTask, callback));
    register_class_oat_taoTaskQueue_model_Task_InvalidTaskException(php_tq_ce_InvalidTaskException);
    register_class_oat_taoTaskQueue_model_Task_TaskFactory(php_tq_ce_TaskFactory);
    legacy_trait_alias("oat\\taoTaskQueue\\model\\Task\\ChildTaskAwareTrait",
                       "oat\\tao\\model\\taskQueue\\Task\\ChildTaskAwareTrait");
    legacy_trait_alias("oat\\taoTaskQueue\\model\\Task\\WorkerContextAwareTrait",
                       "oat\\tao\\model\\taskQueue\\Task\\WorkerContextAwareTrait");
    legacy_trait_alias("oat\\taoTaskQueue\\model\\Task\\TaskAwareTrait",
                       "oat\\tao\\model\\taskQueue\\Task\\TaskAwareTrait");
    legacy_trait_alias("oat\\taoTaskQueue\\model\\TaskLogAwareTrait",
                       "oat\\tao\\model\\taskQueue\\TaskLog\\TaskLogAwareTrait");
}

static void legacy_broker_classes(void)
{
    zend_class_entry *broker = register_class_oat_taoTaskQueue_model_QueueBroker_QueueBrokerInterface(
        php_tq_ce_QueueBrokerInterface);
    zend_class_entry *sync = register_class_oat_taoTaskQueue_model_QueueBroker_SyncQueueBrokerInterface(
        php_tq_ce_SyncQueueBrokerInterface);
    register_class_oat_taoTaskQueue_model_QueueBroker_AbstractQueueBroker(php_tq_ce_AbstractQueueBroker, broker);
    register_class_oat_taoTaskQueue_model_QueueBroker_InMemoryQueueBroker(php_tq_ce_InMemoryQueueBroker, broker, sync);

    zend_class_entry *selector = register_class_oat_taoTaskQueue_model_TaskSelector_SelectorStrategyInterface(
        php_tq_ce_SelectorStrategyInterface);
    register_class_oat_taoTaskQueue_model_TaskSelector_WeightStrategy(php_tq_ce_WeightStrategy, selector);
}

void php_tq_legacy_task_minit(void)
{
    legacy_task_classes();
    legacy_broker_classes();
    zend_class_entry *worker = register_class_oat_taoTaskQueue_model_WorkerInterface(php_tq_ce_WorkerInterface);
    LEGACY_EXTEND_FINAL(php_tq_ce_LongRunningWorker,
                        register_class_oat_taoTaskQueue_model_Worker(php_tq_ce_LongRunningWorker, worker));
    register_class_oat_taoTaskQueue_model_QueueAssociableInterface(php_tq_ce_QueueAssociableInterface);
}
