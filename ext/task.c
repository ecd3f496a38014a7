#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "ext/json/php_json.h"
#include "php_taskqueue.h"
#include "task_arginfo.h"

zend_class_entry *php_tq_ce_WorkerContextAwareInterface;
zend_class_entry *php_tq_ce_ChildTaskAwareInterface;
zend_class_entry *php_tq_ce_TaskInterface;
zend_class_entry *php_tq_ce_CallbackTaskInterface;
zend_class_entry *php_tq_ce_TaskAwareInterface;
zend_class_entry *php_tq_ce_QueueAssociableInterface;
zend_class_entry *php_tq_ce_RemoteTaskSynchroniserInterface;
zend_class_entry *php_tq_ce_AbstractTask;
zend_class_entry *php_tq_ce_CallbackTask;
zend_class_entry *php_tq_ce_InvalidTaskException;
zend_class_entry *php_tq_ce_TaskSerializerService;

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, __construct)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, __toString)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, __clone)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, getId)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, setParentId)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, setMasterStatus)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, isMasterStatus)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, hasParent)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, getParentId)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, setMetadata)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, getMetadata)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, setParameter)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, getParameter)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, getParameters)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, setCreatedAt)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, getCreatedAt)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, setOwner)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, getOwner)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, setLabel)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, getLabel)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, applyWorkerContext)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, isWorkerContext)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, addChildId)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, hasChildren)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, getChildren)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, jsonSerialize)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, __invoke)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, __clone)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, setCallable)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, getCallable)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, markAsEnqueued)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, isEnqueued)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, applyWorkerContext)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, hasChildren)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, getChildren)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, jsonSerialize)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, __construct)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, deserialize)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, serialize)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, setOption)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, getOption)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, hasOption)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, setOptions)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, getOptions)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, setServiceLocator)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, getServiceLocator)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, setLogger)
{
    zend_throw_error(NULL, "not implemented");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, getLogger)
{
    zend_throw_error(NULL, "not implemented");
}

void php_tq_task_minit(void)
{
    php_tq_ce_WorkerContextAwareInterface = register_class_oat_tao_model_taskQueue_Task_WorkerContextAwareInterface();
    php_tq_ce_ChildTaskAwareInterface = register_class_oat_tao_model_taskQueue_Task_ChildTaskAwareInterface();
    php_tq_ce_TaskInterface = register_class_oat_tao_model_taskQueue_Task_TaskInterface(php_tq_ce_WorkerContextAwareInterface, php_tq_ce_ChildTaskAwareInterface, php_json_serializable_ce);
    php_tq_ce_CallbackTaskInterface = register_class_oat_tao_model_taskQueue_Task_CallbackTaskInterface(php_tq_ce_TaskInterface);
    php_tq_ce_TaskAwareInterface = register_class_oat_tao_model_taskQueue_Task_TaskAwareInterface();
    php_tq_ce_QueueAssociableInterface = register_class_oat_tao_model_taskQueue_Task_QueueAssociableInterface();
    php_tq_ce_RemoteTaskSynchroniserInterface = register_class_oat_tao_model_taskQueue_Task_RemoteTaskSynchroniserInterface();
    php_tq_ce_AbstractTask = register_class_oat_tao_model_taskQueue_Task_AbstractTask(php_tq_ce_TaskInterface);
    php_tq_ce_CallbackTask = register_class_oat_tao_model_taskQueue_Task_CallbackTask(php_tq_ce_AbstractTask, php_tq_ce_CallbackTaskInterface);
    php_tq_ce_InvalidTaskException = register_class_oat_tao_model_taskQueue_Task_InvalidTaskException(zend_ce_exception);
    php_tq_ce_TaskSerializerService = register_class_oat_tao_model_taskQueue_Task_TaskSerializerService();
}
