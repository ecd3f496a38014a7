/*
 * callback_task.c: CallbackTask, the task TAO's dispatcher creates around a callable:
 * the callable is a declared private property (or, for a task read from JSON, its
 * metadata __callable__), cloned with the task, asked for its children and worker
 * context when it is ChildTaskAware / WorkerContextAware, and written into the JSON.
 * May touch: the Zend API, ext/json, common/common, task_shared.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "ext/json/php_json.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "task.h"
#include "callback_task_arginfo.h"
#include "task_shared.h"

zend_class_entry *php_tq_ce_CallbackTask;

#define TQ_CB_PROP(obj, lit) PHP_TQ_PROP((obj), php_tq_ce_CallbackTask, lit)
#define TQ_CB_SET(obj, lit, zv) PHP_TQ_PROP_SET((obj), php_tq_ce_CallbackTask, lit, zv)

/* The callable set on the task, else metadata __callable__ when truthy (what a task
 * read from JSON carries), else null. out holds a reference. */
static void tq_cb_get(zend_object *obj, zval *out)
{
    zval *c = TQ_CB_PROP(obj, "callable");
    if (c) {
        ZVAL_DEREF(c);
    }
    if (c && Z_TYPE_P(c) != IS_NULL) {
        ZVAL_COPY(out, c);
        return;
    }
    zval *m = php_tq_task_bag_find(obj, "metadata", TQ_MD_CALLABLE);
    if (m && zend_is_true(m)) {
        ZVAL_COPY(out, m);
        return;
    }
    ZVAL_NULL(out);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, __invoke)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    zval cb, params, rv;
    tq_cb_get(obj, &cb);
    if (!zend_is_callable(&cb, 0, NULL)) {
        zval *id = php_tq_task_bag_find(obj, "metadata", TQ_MD_ID);
        zend_type_error("Task %s has no valid callable, %s given",
                        id && Z_TYPE_P(id) == IS_STRING ? Z_STRVAL_P(id) : "?", zend_zval_type_name(&cb));
        zval_ptr_dtor(&cb);
        RETURN_THROWS();
    }
    ZVAL_COPY(&params, php_tq_task_bag(obj, "parameters"));
    zend_result r = php_tq_call_callable(&cb, &rv, 1, &params);
    zval_ptr_dtor(&params);
    zval_ptr_dtor(&cb);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
    RETURN_COPY_VALUE(&rv);
}

/* `clone $object`, with the checks the engine makes. */
static zend_result tq_clone_object(zval *src, zval *dst)
{
    zend_object *o = Z_OBJ_P(src);
    if (!o->handlers->clone_obj) {
        zend_throw_error(NULL, "Trying to clone an uncloneable object of class %s", ZSTR_VAL(o->ce->name));
        return FAILURE;
    }
    if (o->ce->clone && !(o->ce->clone->common.fn_flags & ZEND_ACC_PUBLIC)) {
        zend_throw_error(NULL, "Call to non-public %s::__clone() from scope %s", ZSTR_VAL(o->ce->name),
                         ZSTR_VAL(php_tq_ce_CallbackTask->name));
        return FAILURE;
    }
    zend_object *copy = o->handlers->clone_obj(o);
    if (EG(exception)) {
        if (copy) {
            OBJ_RELEASE(copy);
        }
        return FAILURE;
    }
    ZVAL_OBJ(dst, copy);
    return SUCCESS;
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, __clone)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    zval *c = TQ_CB_PROP(obj, "callable");
    if (c) {
        ZVAL_DEREF(c);
    }
    if (c && Z_TYPE_P(c) == IS_OBJECT) {
        zval copy;
        if (tq_clone_object(c, &copy) == FAILURE) {
            RETURN_THROWS();
        }
        TQ_CB_SET(obj, "callable", &copy);
        zval_ptr_dtor(&copy);
    }
    zval f;
    ZVAL_FALSE(&f);
    TQ_CB_SET(obj, "enqueued", &f);
    php_tq_task_clone(obj);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, setCallable)
{
    zval *callable;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(callable)
    ZEND_PARSE_PARAMETERS_END();
    if (!zend_is_callable(callable, 0, NULL)) {
        zend_argument_type_error(1, "must be a valid callback, %s given", zend_zval_type_name(callable));
        RETURN_THROWS();
    }
    if (Z_TYPE_P(callable) == IS_OBJECT && instanceof_function(Z_OBJCE_P(callable), php_tq_ce_TaskAwareInterface)) {
        if (php_tq_call(callable, "setTask", NULL, 1, ZEND_THIS) == FAILURE) {
            RETURN_THROWS();
        }
    }
    TQ_CB_SET(Z_OBJ_P(ZEND_THIS), "callable", callable);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, getCallable)
{
    ZEND_PARSE_PARAMETERS_NONE();
    tq_cb_get(Z_OBJ_P(ZEND_THIS), return_value);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, markAsEnqueued)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval t;
    ZVAL_TRUE(&t);
    TQ_CB_SET(Z_OBJ_P(ZEND_THIS), "enqueued", &t);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, isEnqueued)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *v = TQ_CB_PROP(Z_OBJ_P(ZEND_THIS), "enqueued");
    RETURN_BOOL(v && zend_is_true(v));
}

/* The callable when it is an object implementing iface (a reference in out), else false. */
static bool tq_cb_object_of(zend_object *obj, zend_class_entry *iface, zval *out)
{
    tq_cb_get(obj, out);
    if (Z_TYPE_P(out) == IS_OBJECT && instanceof_function(Z_OBJCE_P(out), iface)) {
        return true;
    }
    zval_ptr_dtor(out);
    ZVAL_UNDEF(out);
    return false;
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, applyWorkerContext)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    php_tq_task_set_worker_context(obj);
    zval cb;
    if (tq_cb_object_of(obj, php_tq_ce_WorkerContextAwareInterface, &cb)) {
        zend_result r = php_tq_call(&cb, "applyWorkerContext", NULL, 0, NULL);
        zval_ptr_dtor(&cb);
        if (r == FAILURE) {
            RETURN_THROWS();
        }
    }
    RETURN_OBJ_COPY(obj);
}

/* hasChildren()/getChildren(): the callable's when it is ChildTaskAware, else the task's. */
static void tq_cb_children(INTERNAL_FUNCTION_PARAMETERS, bool has)
{
    const char *method = has ? "hasChildren" : "getChildren";
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    zval cb;
    if (tq_cb_object_of(obj, php_tq_ce_ChildTaskAwareInterface, &cb)) {
        zend_result r = php_tq_call(&cb, method, return_value, 0, NULL);
        zval_ptr_dtor(&cb);
        if (r == FAILURE) {
            RETURN_THROWS();
        }
        return;
    }
    if (has) {
        RETURN_BOOL(zend_hash_num_elements(php_tq_task_bag_read(obj, "children")) > 0);
    }
    RETURN_COPY(php_tq_task_bag(obj, "children"));
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, hasChildren)
{
    tq_cb_children(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, getChildren)
{
    tq_cb_children(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

/* metadata __callable__ as it goes into the JSON: the class name of an object
 * callable, the jsonSerialize() value of a \JsonSerializable one, else the
 * string/array callable itself. */
static zend_result tq_cb_json_value(zend_object *obj, zval *out)
{
    zval cb;
    tq_cb_get(obj, &cb);
    if (Z_TYPE(cb) != IS_OBJECT) {
        ZVAL_COPY_VALUE(out, &cb);
        return SUCCESS;
    }
    zend_result r = SUCCESS;
    if (instanceof_function(Z_OBJCE(cb), php_json_serializable_ce)) {
        r = php_tq_call(&cb, "jsonSerialize", out, 0, NULL);
    } else {
        ZVAL_STR_COPY(out, Z_OBJCE(cb)->name);
    }
    zval_ptr_dtor(&cb);
    return r;
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, jsonSerialize)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    zval value;
    if (tq_cb_json_value(obj, &value) == FAILURE) {
        RETURN_THROWS();
    }
    /* always the last key, as TAO writes it for a task it builds */
    HashTable *md = php_tq_task_bag_write(obj, "metadata");
    zend_hash_str_del(md, TQ_MD_CALLABLE, sizeof(TQ_MD_CALLABLE) - 1);
    php_tq_task_bag_set_owned(obj, "metadata", TQ_MD_CALLABLE, &value);
    php_tq_task_json(obj, return_value);
}

void php_tq_callback_task_minit(void)
{
    php_tq_ce_CallbackTask = register_class_oat_tao_model_taskQueue_Task_CallbackTask(php_tq_ce_AbstractTask, php_tq_ce_CallbackTaskInterface);
}
