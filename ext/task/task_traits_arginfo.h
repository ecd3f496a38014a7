/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 50318292e029592f130c1da011693201ab65e2d6 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Task_ChildTaskAwareTrait_addChildId, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, taskId, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Task_ChildTaskAwareTrait_hasChildren, 0, 0, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_Task_ChildTaskAwareTrait_getChildren arginfo_class_oat_tao_model_taskQueue_Task_ChildTaskAwareTrait_hasChildren

#define arginfo_class_oat_tao_model_taskQueue_Task_WorkerContextAwareTrait_applyWorkerContext arginfo_class_oat_tao_model_taskQueue_Task_ChildTaskAwareTrait_hasChildren

#define arginfo_class_oat_tao_model_taskQueue_Task_WorkerContextAwareTrait_isWorkerContext arginfo_class_oat_tao_model_taskQueue_Task_ChildTaskAwareTrait_hasChildren

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Task_TaskAwareTrait_setTask, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, task, oat\\tao\\model\\taskQueue\\Task\\TaskInterface, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_Task_TaskAwareTrait_getTask arginfo_class_oat_tao_model_taskQueue_Task_ChildTaskAwareTrait_hasChildren

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLog_TaskLogAwareTrait_setTaskLog, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, taskLog, oat\\tao\\model\\taskQueue\\TaskLogInterface, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_TaskLogAwareTrait_getTaskLog arginfo_class_oat_tao_model_taskQueue_Task_ChildTaskAwareTrait_hasChildren


ZEND_METHOD(oat_tao_model_taskQueue_Task_ChildTaskAwareTrait, addChildId);
ZEND_METHOD(oat_tao_model_taskQueue_Task_ChildTaskAwareTrait, hasChildren);
ZEND_METHOD(oat_tao_model_taskQueue_Task_ChildTaskAwareTrait, getChildren);
ZEND_METHOD(oat_tao_model_taskQueue_Task_WorkerContextAwareTrait, applyWorkerContext);
ZEND_METHOD(oat_tao_model_taskQueue_Task_WorkerContextAwareTrait, isWorkerContext);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskAwareTrait, setTask);
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskAwareTrait, getTask);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogAwareTrait, setTaskLog);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogAwareTrait, getTaskLog);


static const zend_function_entry class_oat_tao_model_taskQueue_Task_ChildTaskAwareTrait_methods[] = {
	ZEND_ME(oat_tao_model_taskQueue_Task_ChildTaskAwareTrait, addChildId, arginfo_class_oat_tao_model_taskQueue_Task_ChildTaskAwareTrait_addChildId, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_ChildTaskAwareTrait, hasChildren, arginfo_class_oat_tao_model_taskQueue_Task_ChildTaskAwareTrait_hasChildren, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_ChildTaskAwareTrait, getChildren, arginfo_class_oat_tao_model_taskQueue_Task_ChildTaskAwareTrait_getChildren, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_oat_tao_model_taskQueue_Task_WorkerContextAwareTrait_methods[] = {
	ZEND_ME(oat_tao_model_taskQueue_Task_WorkerContextAwareTrait, applyWorkerContext, arginfo_class_oat_tao_model_taskQueue_Task_WorkerContextAwareTrait_applyWorkerContext, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_WorkerContextAwareTrait, isWorkerContext, arginfo_class_oat_tao_model_taskQueue_Task_WorkerContextAwareTrait_isWorkerContext, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_oat_tao_model_taskQueue_Task_TaskAwareTrait_methods[] = {
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskAwareTrait, setTask, arginfo_class_oat_tao_model_taskQueue_Task_TaskAwareTrait_setTask, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Task_TaskAwareTrait, getTask, arginfo_class_oat_tao_model_taskQueue_Task_TaskAwareTrait_getTask, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_oat_tao_model_taskQueue_TaskLog_TaskLogAwareTrait_methods[] = {
	ZEND_ME(oat_tao_model_taskQueue_TaskLog_TaskLogAwareTrait, setTaskLog, arginfo_class_oat_tao_model_taskQueue_TaskLog_TaskLogAwareTrait_setTaskLog, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog_TaskLogAwareTrait, getTaskLog, arginfo_class_oat_tao_model_taskQueue_TaskLog_TaskLogAwareTrait_getTaskLog, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_oat_tao_model_taskQueue_Task_ChildTaskAwareTrait(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\tao\\model\\taskQueue\\Task", "ChildTaskAwareTrait", class_oat_tao_model_taskQueue_Task_ChildTaskAwareTrait_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_TRAIT;

	return class_entry;
}

static zend_class_entry *register_class_oat_tao_model_taskQueue_Task_WorkerContextAwareTrait(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\tao\\model\\taskQueue\\Task", "WorkerContextAwareTrait", class_oat_tao_model_taskQueue_Task_WorkerContextAwareTrait_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_TRAIT;

	return class_entry;
}

static zend_class_entry *register_class_oat_tao_model_taskQueue_Task_TaskAwareTrait(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\tao\\model\\taskQueue\\Task", "TaskAwareTrait", class_oat_tao_model_taskQueue_Task_TaskAwareTrait_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_TRAIT;

	return class_entry;
}

static zend_class_entry *register_class_oat_tao_model_taskQueue_TaskLog_TaskLogAwareTrait(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\tao\\model\\taskQueue\\TaskLog", "TaskLogAwareTrait", class_oat_tao_model_taskQueue_TaskLog_TaskLogAwareTrait_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_TRAIT;

	return class_entry;
}
