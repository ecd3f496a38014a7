/*
 * task_traits.c: TAO's small traits, native: Task\ChildTaskAwareTrait,
 * Task\WorkerContextAwareTrait, Task\TaskAwareTrait and TaskLog\TaskLogAwareTrait. A userland
 * class `use`s them as it would TAO's PHP traits; the engine copies internal trait methods
 * into the using class (doc/compatibility.md, "Traits"). Each method runs with the using
 * class as its scope, so the state is that class's private property, as in TAO.
 * May touch: the Zend API, common/common, task_shared (the child-id rule), task_log.h (the
 * TaskLogInterface class entry).
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "task.h"
#include "task_shared.h"
#include "../task_log/task_log.h"
#include "task_traits_arginfo.h"

/* The class that used the trait: the scope of the copied method, which declares the
 * trait's private property. */
#define TRAIT_SCOPE() (execute_data->func->common.scope)

/* this->name, dereferenced; NULL when unset. */
static zval *trait_prop(zend_execute_data *execute_data, const char *name)
{
    zval *v = php_tq_prop(Z_OBJ_P(ZEND_THIS), TRAIT_SCOPE(), name, strlen(name));
    if (v) {
        ZVAL_DEREF(v);
    }
    return v;
}

static void trait_get(INTERNAL_FUNCTION_PARAMETERS, const char *name)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *v = trait_prop(execute_data, name);
    if (v) {
        RETURN_COPY(v);
    }
    RETURN_NULL();
}

/* this->name = value; return $this. */
static void trait_set(INTERNAL_FUNCTION_PARAMETERS, const char *name, zval *value)
{
    php_tq_prop_set(Z_OBJ_P(ZEND_THIS), TRAIT_SCOPE(), name, strlen(name), value);
    if (EG(exception)) {
        RETURN_THROWS();
    }
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_ChildTaskAwareTrait, addChildId)
{
    zval *id;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(id)
    ZEND_PARSE_PARAMETERS_END();
    zval *children = trait_prop(execute_data, "children");
    zval list;
    /* in_array() on something else than an array is a TypeError in TAO's trait too */
    if (!children || Z_TYPE_P(children) != IS_ARRAY) {
        zend_type_error("%s::addChildId(): $children must be an array, %s found",
                        ZSTR_VAL(TRAIT_SCOPE()->name), children ? zend_zval_type_name(children) : "null");
        RETURN_THROWS();
    }
    if (php_tq_task_child_id_is_new(Z_ARRVAL_P(children), id) == FAILURE) {
        RETURN_THROWS();
    }
    /* a copy, so that the array of an earlier getChildren() stays as it was */
    ZVAL_ARR(&list, zend_array_dup(Z_ARRVAL_P(children)));
    Z_TRY_ADDREF_P(id);
    zend_hash_next_index_insert(Z_ARRVAL(list), id);
    trait_set(INTERNAL_FUNCTION_PARAM_PASSTHRU, "children", &list);
    zval_ptr_dtor(&list);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_ChildTaskAwareTrait, hasChildren)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *children = trait_prop(execute_data, "children");
    RETURN_BOOL(children && zend_is_true(children));     /* !empty() */
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_ChildTaskAwareTrait, getChildren)
{
    trait_get(INTERNAL_FUNCTION_PARAM_PASSTHRU, "children");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_WorkerContextAwareTrait, applyWorkerContext)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval t;
    ZVAL_TRUE(&t);
    trait_set(INTERNAL_FUNCTION_PARAM_PASSTHRU, "isWorkerContext", &t);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_WorkerContextAwareTrait, isWorkerContext)
{
    trait_get(INTERNAL_FUNCTION_PARAM_PASSTHRU, "isWorkerContext");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskAwareTrait, setTask)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
    ZEND_PARSE_PARAMETERS_END();
    trait_set(INTERNAL_FUNCTION_PARAM_PASSTHRU, "task", task);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskAwareTrait, getTask)
{
    trait_get(INTERNAL_FUNCTION_PARAM_PASSTHRU, "task");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogAwareTrait, setTaskLog)
{
    zval *log;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(log, php_tq_ce_TaskLogInterface)
    ZEND_PARSE_PARAMETERS_END();
    trait_set(INTERNAL_FUNCTION_PARAM_PASSTHRU, "taskLog", log);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogAwareTrait, getTaskLog)
{
    trait_get(INTERNAL_FUNCTION_PARAM_PASSTHRU, "taskLog");
}

/* zend_add_trait_method() compares op_array.opcodes of the trait's method, a field past
 * the end of a zend_internal_function (a read out of bounds for valgrind and ASan): each
 * method gets a zeroed block the size of any zend_function. Persistent, as the engine's;
 * the class table's destructor frees it like the original. */
void php_tq_trait_pad_methods(zend_class_entry *ce)
{
    zval *zv;
    ZEND_HASH_MAP_FOREACH_VAL(&ce->function_table, zv) {
        zend_function *big = pecalloc(1, sizeof(zend_function), 1);
        memcpy(big, Z_PTR_P(zv), sizeof(zend_internal_function));
        pefree(Z_PTR_P(zv), 1);
        Z_PTR_P(zv) = big;
    } ZEND_HASH_FOREACH_END();
}

/* A trait from its generated register function, its methods padded, and its untyped
 * private property (TAO's traits declare no types; gen_stub wants them). */
static zend_class_entry *trait_register(zend_class_entry *ce, const char *prop, zval *def)
{
    php_tq_trait_pad_methods(ce);
    zend_declare_property(ce, prop, strlen(prop), def, ZEND_ACC_PRIVATE);
    return ce;
}

void php_tq_task_traits_minit(void)
{
    zval v;
    ZVAL_EMPTY_ARRAY(&v);
    trait_register(register_class_oat_tao_model_taskQueue_Task_ChildTaskAwareTrait(), "children", &v);
    ZVAL_FALSE(&v);
    trait_register(register_class_oat_tao_model_taskQueue_Task_WorkerContextAwareTrait(), "isWorkerContext", &v);
    ZVAL_NULL(&v);
    trait_register(register_class_oat_tao_model_taskQueue_Task_TaskAwareTrait(), "task", &v);
    trait_register(register_class_oat_tao_model_taskQueue_TaskLog_TaskLogAwareTrait(), "taskLog", &v);
}
