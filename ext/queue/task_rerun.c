/*
 * queue/task_rerun.c: a finished task enqueued again (TAO's ReRunTask): a new
 * CallbackTask with a new id, the same task name, parameters and label, on the queue the
 * dispatcher's associations give that name. The callable travels as its class name, as in a
 * task read from JSON: the worker builds it under the deserializer's rules
 * (task_serializer.c), so nothing named by a Task Log row is instantiated here. Used by
 * the ReRunTask tool (cli/task_tools.c) and the dashboard's retry (http/dashboard.c).
 * May touch: the Zend API, common/common, task/task.h.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "../task/task.h"
#include "queue.h"


zend_string *php_tq_dispatcher_default_queue(zval *dispatcher)
{
    zval q, name;
    zend_string *out = NULL;
    if (php_tq_call(dispatcher, "getDefaultQueue", &q, 0, NULL) == SUCCESS) {
        if (Z_TYPE(q) == IS_OBJECT && php_tq_call(&q, "getName", &name, 0, NULL) == SUCCESS) {
            out = zval_get_string(&name);
            zval_ptr_dtor(&name);
        }
        zval_ptr_dtor(&q);
    }
    zend_clear_exception();
    return out;
}

zend_string *php_tq_queue_of_task(zval *links, zend_string *default_queue, const char *task_name)
{
    zval *q = Z_TYPE_P(links) == IS_ARRAY ? zend_symtable_str_find(Z_ARRVAL_P(links), task_name, strlen(task_name)) : NULL;
    return q && Z_TYPE_P(q) == IS_STRING ? Z_STR_P(q) : default_queue;
}

/* Builds the copy in task (a CallbackTask object) and enqueues it on qname. false with or
 * without an exception pending. */
static bool rerun_enqueue(zval *dispatcher, zval *task, const php_tq_rerun *r, zval *params, zend_string *qname)
{
    zval a[2], rv, queue;
    bool ok = false;
    ZVAL_STR(&a[0], r->new_id);
    ZVAL_STR(&a[1], r->owner);
    zend_call_known_instance_method(php_tq_ce_CallbackTask->constructor, Z_OBJ_P(task), NULL, 2, a);
    if (EG(exception)) {
        return false;
    }
    ZVAL_STRING(&a[0], "__callable__");
    ZVAL_STR(&a[1], r->name);
    zend_result res = php_tq_call(task, "setMetadata", &rv, 2, a);
    zval_ptr_dtor(&a[0]);
    if (res == SUCCESS) {
        zval_ptr_dtor(&rv);
        res = php_tq_call(task, "setParameter", &rv, 1, params);
    }
    if (res == SUCCESS) {
        zval_ptr_dtor(&rv);
        ZVAL_STR(&a[0], qname);
        res = php_tq_call(dispatcher, "getQueue", &queue, 1, a);
    }
    if (res == SUCCESS) {
        ZVAL_COPY_VALUE(&a[0], task);
        ZVAL_STR(&a[1], r->label);
        if (php_tq_call(&queue, "enqueue", &rv, 2, a) == SUCCESS) {
            ok = zend_is_true(&rv);
            zval_ptr_dtor(&rv);
        }
        zval_ptr_dtor(&queue);
    }
    return ok && !EG(exception);
}

bool php_tq_task_rerun(zval *dispatcher, zval *entity, php_tq_rerun *r)
{
    zval params, links, task;
    memset(r, 0, sizeof(*r));
    r->name = php_tq_call_string(entity, "getTaskName");
    r->owner = php_tq_call_string(entity, "getOwner");
    r->label = php_tq_call_string(entity, "getLabel");
    r->new_id = php_tq_new_uri();
    if (php_tq_call(entity, "getParameters", &params, 0, NULL) == FAILURE || Z_TYPE(params) != IS_ARRAY) {
        zend_clear_exception();
        zval_ptr_dtor(&params);
        array_init(&params);
    }
    if (php_tq_call(dispatcher, "getLinkedTasks", &links, 0, NULL) == FAILURE) {
        zend_clear_exception();
        ZVAL_NULL(&links);
    }
    zend_string *def = php_tq_dispatcher_default_queue(dispatcher);
    zend_string *qname = php_tq_queue_of_task(&links, def, ZSTR_VAL(r->name));
    bool ok = false;
    if (ZSTR_LEN(r->name) && qname) {
        r->queue = zend_string_copy(qname);
        ZVAL_UNDEF(&task);
        if (object_init_ex(&task, php_tq_ce_CallbackTask) == SUCCESS) {
            ok = rerun_enqueue(dispatcher, &task, r, &params, qname);
        }
        zval_ptr_dtor(&task);
    }
    if (def) {
        zend_string_release(def);
    }
    zval_ptr_dtor(&links);
    zval_ptr_dtor(&params);
    return ok;
}

void php_tq_task_rerun_free(php_tq_rerun *r)
{
    zend_string *s[] = {r->name, r->owner, r->label, r->new_id, r->queue};
    for (size_t i = 0; i < sizeof(s) / sizeof(s[0]); i++) {
        if (s[i]) {
            zend_string_release(s[i]);
        }
    }
    memset(r, 0, sizeof(*r));
}
