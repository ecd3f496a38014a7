/*
 * dispatched_queue.c: DispatchedQueue, the view of a registered queue that
 * QueueDispatcher::dequeue() hands its selector strategy: it forwards every call to the
 * queue and remembers the task it dequeued, so the dispatcher can tell where a task
 * came from and acknowledge it there (queue_dispatcher_queues.c).
 * May touch: the Zend API, common/common.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "queue.h"
#include "dispatched_queue_arginfo.h"

static zend_class_entry *php_tq_ce_DispatchedQueue;

#define DQ_CE php_tq_ce_DispatchedQueue
#define SELF Z_OBJ_P(ZEND_THIS)

void php_tq_dispatched_queue_wrap(zval *queue, zval *out)
{
    object_init_ex(out, DQ_CE);
    PHP_TQ_PROP_SET(Z_OBJ_P(out), DQ_CE, "queue", queue);
}

zval *php_tq_dispatched_queue_source(zend_object *view, zval *task)
{
    zval *got = PHP_TQ_PROP(view, DQ_CE, "dequeued");
    if (got && Z_TYPE_P(got) == IS_OBJECT && Z_TYPE_P(task) == IS_OBJECT && Z_OBJ_P(got) == Z_OBJ_P(task)) {
        return PHP_TQ_PROP(view, DQ_CE, "queue");
    }
    return NULL;
}

void php_tq_dispatched_queue_forget(zend_object *view)
{
    zval null;
    ZVAL_NULL(&null);
    PHP_TQ_PROP_SET(view, DQ_CE, "dequeued", &null);
}


static zend_result tq_dq_inner(zend_object *view, zval *out)
{
    zval *inner = PHP_TQ_PROP(view, DQ_CE, "queue");
    if (!inner || Z_TYPE_P(inner) != IS_OBJECT) {
        zend_throw_error(NULL, "This DispatchedQueue is not attached to a queue");
        return FAILURE;
    }
    ZVAL_COPY(out, inner);
    return SUCCESS;
}

/* $view->method(...$args) forwarded to the queue; a fluent `return $this` of the queue
 * becomes the view. */
static void tq_dq_forward(INTERNAL_FUNCTION_PARAMETERS, const char *method)
{
    zval *args = NULL;
    uint32_t argc = 0;
    ZEND_PARSE_PARAMETERS_START(0, -1)
        Z_PARAM_VARIADIC('*', args, argc)
    ZEND_PARSE_PARAMETERS_END();
    zval inner;
    if (tq_dq_inner(SELF, &inner) == FAILURE) {
        RETURN_THROWS();
    }
    zend_result r = php_tq_call(&inner, method, return_value, argc, args);
    if (r == SUCCESS && Z_TYPE_P(return_value) == IS_OBJECT && Z_OBJ_P(return_value) == Z_OBJ(inner)) {
        zval_ptr_dtor(return_value);
        ZVAL_COPY(return_value, ZEND_THIS);
    }
    zval_ptr_dtor(&inner);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
}

#define TQDQ_FORWARD(name) ZEND_METHOD(oat_tao_model_taskQueue_Queue_DispatchedQueue, name) { tq_dq_forward(INTERNAL_FUNCTION_PARAM_PASSTHRU, #name); }

ZEND_METHOD(oat_tao_model_taskQueue_Queue_DispatchedQueue, __construct)
{
    zend_throw_error(NULL, "oat\\tao\\model\\taskQueue\\Queue\\DispatchedQueue cannot be constructed directly: "
                     "QueueDispatcher::dequeue() creates it");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_DispatchedQueue, getQueue)
{
    ZEND_PARSE_PARAMETERS_NONE();
    if (tq_dq_inner(SELF, return_value) == FAILURE) {
        RETURN_THROWS();
    }
}

TQDQ_FORWARD(__toString)
TQDQ_FORWARD(initialize)
TQDQ_FORWARD(getName)
TQDQ_FORWARD(getWeight)
TQDQ_FORWARD(setWeight)
TQDQ_FORWARD(isSync)
TQDQ_FORWARD(getNumberOfTasksToReceive)
TQDQ_FORWARD(setBroker)
TQDQ_FORWARD(getBroker)
TQDQ_FORWARD(enqueue)
TQDQ_FORWARD(acknowledge)
TQDQ_FORWARD(count)
TQDQ_FORWARD(hasPreFetchedMessages)

ZEND_METHOD(oat_tao_model_taskQueue_Queue_DispatchedQueue, dequeue)
{
    tq_dq_forward(INTERNAL_FUNCTION_PARAM_PASSTHRU, "dequeue");
    if (!EG(exception) && Z_TYPE_P(return_value) == IS_OBJECT) {
        PHP_TQ_PROP_SET(SELF, DQ_CE, "dequeued", return_value);
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_DispatchedQueue, __call)
{
    zend_string *name;
    HashTable *arguments;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_STR(name)
        Z_PARAM_ARRAY_HT(arguments)
    ZEND_PARSE_PARAMETERS_END();
    zval inner;
    if (tq_dq_inner(SELF, &inner) == FAILURE) {
        RETURN_THROWS();
    }
    zend_class_entry *ce = Z_OBJCE(inner);
    zend_string *lc = zend_string_tolower(name);
    bool known = zend_hash_exists(&ce->function_table, lc) || ce->__call;
    zend_string_release(lc);
    if (!known) {
        zend_throw_error(NULL, "Call to undefined method %s::%s()", ZSTR_VAL(ce->name), ZSTR_VAL(name));
        zval_ptr_dtor(&inner);
        RETURN_THROWS();
    }
    uint32_t argc = zend_hash_num_elements(arguments);
    zval *argv = argc ? safe_emalloc(argc, sizeof(zval), 0) : NULL;
    uint32_t i = 0;
    zval *a;
    ZEND_HASH_FOREACH_VAL(arguments, a) {
        ZVAL_COPY_VALUE(&argv[i++], a);
    } ZEND_HASH_FOREACH_END();
    zend_result r = php_tq_call(&inner, ZSTR_VAL(name), return_value, argc, argv);
    if (argv) {
        efree(argv);
    }
    zval_ptr_dtor(&inner);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
}

void php_tq_dispatched_queue_minit(void)
{
    php_tq_ce_DispatchedQueue = register_class_oat_tao_model_taskQueue_Queue_DispatchedQueue(php_tq_ce_QueueInterface);
}
