/*
 * queue.c: QueuerInterface, QueueInterface and Queue: one named queue = a broker plus
 * the task log. Every call to the broker and the task log goes through PHP methods
 * ($this->getBroker(), $this->getTaskLog(), then their methods), so PHP subclasses
 * and PHPUnit doubles see the same calls as in TAO.
 * Ordering instead of TAO's lock: enqueue writes the `enqueued` log row before the
 * push (and removes it if the push fails), and dequeue moves enqueued -> dequeued
 * only, so a worker never sees a message without its row and a re-delivered or
 * cancelled message is not reset to `dequeued`.
 * May touch: the Zend API.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <unistd.h>
#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/standard/php_var.h"
#include "ext/json/php_json.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "../task/task.h"
#include "../task_log/task_log.h"
#include "queue.h"
#include "telemetry.h"
#include "task/tq_message_key.h"
#include "queue_arginfo.h"

zend_class_entry *php_tq_ce_QueuerInterface;
zend_class_entry *php_tq_ce_QueueInterface;
zend_class_entry *php_tq_ce_Queue;

#define QUEUE_SCOPE php_tq_ce_Queue
/* TAO's Queue::LOCK_PREFIX */
#define TQ_LOCK_PREFIX "taskqueue_lock_"

/* --- helpers ------------------------------------------------------------------------------ */

static const char *queue_name(zval *self)
{
    zval *n = PHP_TQ_PROP(Z_OBJ_P(self), QUEUE_SCOPE, "name");
    return n && Z_TYPE_P(n) == IS_STRING ? Z_STRVAL_P(n) : "";
}

/* $this->getBroker()->method(...argv) into retval (may be NULL). */
static zend_result call_broker(zval *self, const char *method, zval *retval, uint32_t argc, zval *argv)
{
    zval broker;
    if (php_tq_call(self, "getBroker", &broker, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    zend_result r = php_tq_call(&broker, method, retval, argc, argv);
    zval_ptr_dtor(&broker);
    return r;
}

/* The object in the queue's broker property (no getBroker() call: a subclass's broker is
 * asked through its own methods), or NULL. */
static zend_object *broker_obj(zval *self)
{
    zval *b = PHP_TQ_PROP(Z_OBJ_P(self), QUEUE_SCOPE, "broker");
    return b && Z_TYPE_P(b) == IS_OBJECT ? Z_OBJ_P(b) : NULL;
}

/* The hooks of the queue's native broker; NULL for a broker written in PHP (or none). */
static const php_tq_broker_hooks *broker_hooks(zval *self)
{
    zend_object *b = broker_obj(self);
    return b ? php_tq_broker_hooks_of(b) : NULL;
}

/* (string) $task for log messages; never leaves an exception behind. */
static zend_string *task_string(zval *task)
{
    zend_object *pending = EG(exception);
    EG(exception) = NULL;
    zend_string *s = zval_try_get_string(task);
    if (!s) {
        zend_clear_exception();
        s = zend_string_copy(Z_OBJCE_P(task)->name);
    }
    EG(exception) = pending;
    return s;
}

/* Undoes the `enqueued` row of a task whose push failed:
 * $taskLog->getBroker()->deleteById($task->getId()). Failures are logged, and an
 * exception pending on entry (the push's) is kept for the caller. */
static void delete_log_row(zval *self, zval *task_log, zval *task)
{
    zend_object *pending = EG(exception);
    EG(exception) = NULL;
    zval log_broker, id;
    ZVAL_UNDEF(&log_broker);
    ZVAL_UNDEF(&id);
    if (php_tq_call(task_log, "getBroker", &log_broker, 0, NULL) == SUCCESS
        && php_tq_call(task, "getId", &id, 0, NULL) == SUCCESS) {
        php_tq_call(&log_broker, "deleteById", NULL, 1, &id);
    }
    if (EG(exception)) {
        zend_string *msg = php_tq_take_exception_message();
        zend_string *ts = task_string(task);
        php_tq_log(Z_OBJ_P(self), QUEUE_SCOPE, "error", NULL,
                   "Removing the task log entry of %s after its failed push failed with MSG: %s",
                   ZSTR_VAL(ts), ZSTR_VAL(msg));
        zend_string_release(ts);
        zend_string_release(msg);
    }
    zval_ptr_dtor(&log_broker);
    zval_ptr_dtor(&id);
    EG(exception) = pending;
}

/* After a push that gave the task another id (its uniqueness key was held): the log row
 * written under the id it had before goes. */
static void delete_log_row_if_renamed(zval *self, zval *task_log, zval *task, zval *id_before)
{
    zval now;
    if (php_tq_call(task, "getId", &now, 0, NULL) == FAILURE) {
        return;
    }
    if (!zend_is_identical(&now, id_before)) {
        zval log_broker;
        if (php_tq_call(task_log, "getBroker", &log_broker, 0, NULL) == SUCCESS) {
            php_tq_call(&log_broker, "deleteById", NULL, 1, id_before);
            zval_ptr_dtor(&log_broker);
        }
    }
    zval_ptr_dtor(&now);
}

/* TAO's Queue holds a lock (generis' LockTrait::createLock(), LOCK_PREFIX . task id)
 * around push + log row and around the dequeued status. The native queue orders those
 * steps instead (head comment) and takes no lock, unless PHP code overrides createLock()
 * (a TAO subclass or a PHPUnit double): then its lock is acquired (blocking) here and
 * released by queue_unlock(). lock is UNDEF when no lock is taken. */
static zend_result queue_lock(zval *self, zval *task, zval *lock)
{
    ZVAL_UNDEF(lock);
    zend_function *fn = php_tq_user_method(Z_OBJ_P(self), "createlock");
    if (!fn) {
        return SUCCESS;
    }
    zval id, arg, rv;
    if (php_tq_call(task, "getId", &id, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    zend_string *sid = zval_get_string(&id);
    zval_ptr_dtor(&id);
    ZVAL_STR(&arg, zend_string_concat2(TQ_LOCK_PREFIX, sizeof(TQ_LOCK_PREFIX) - 1, ZSTR_VAL(sid), ZSTR_LEN(sid)));
    zend_string_release(sid);
    zend_call_known_instance_method(fn, Z_OBJ_P(self), &rv, 1, &arg);
    zval_ptr_dtor(&arg);
    if (EG(exception)) {
        zval_ptr_dtor(&rv);
        return FAILURE;
    }
    if (Z_TYPE(rv) != IS_OBJECT) {
        zval_ptr_dtor(&rv);
        return SUCCESS;
    }
    zval blocking;
    ZVAL_TRUE(&blocking);
    if (php_tq_call(&rv, "acquire", NULL, 1, &blocking) == FAILURE) {
        zval_ptr_dtor(&rv);
        return FAILURE;
    }
    ZVAL_COPY_VALUE(lock, &rv);
    return SUCCESS;
}

/* Releases what queue_lock() took; an exception pending on entry wins over release()'s. */
static void queue_unlock(zval *lock)
{
    if (Z_TYPE_P(lock) != IS_OBJECT) {
        return;
    }
    zend_object *pending = EG(exception);
    EG(exception) = NULL;
    php_tq_call(lock, "release", NULL, 0, NULL);
    if (pending) {
        if (EG(exception)) {
            zend_clear_exception();
        }
        EG(exception) = pending;
    }
    zval_ptr_dtor(lock);
    ZVAL_UNDEF(lock);
}

/* abs((int) $weight); FAILURE with an exception for values that are not numbers. */
static zend_result weight_from(zval *weight, zend_long *out)
{
    zval *w = weight;
    ZVAL_DEREF(w);
    switch (Z_TYPE_P(w)) {
        case IS_LONG: case IS_DOUBLE: case IS_TRUE: case IS_FALSE: case IS_NULL:
            break;
        case IS_STRING:
            if (is_numeric_string(Z_STRVAL_P(w), Z_STRLEN_P(w), NULL, NULL, true)) {
                break;
            }
            ZEND_FALLTHROUGH;
        default:
            php_tq_throw(spl_ce_InvalidArgumentException, "Queue weight must be a number, %s given",
                         zend_zval_type_name(w));
            return FAILURE;
    }
    zend_long n = zval_get_long(w);
    *out = n == ZEND_LONG_MIN ? ZEND_LONG_MAX : (n < 0 ? -n : n);
    return SUCCESS;
}

static void var_export_into(smart_str *buf, zval *v)
{
    php_var_export_ex(v, 1, buf);
}

/* TAO's toHumanReadablePhpString() of the broker: its __toPhpCode() when it has one,
 * else unserialize('<serialized>'). FAILURE with an exception pending. */
static zend_result broker_php_code(zval *broker, smart_str *buf)
{
    if (Z_TYPE_P(broker) != IS_OBJECT) {
        smart_str_appends(buf, "null");
        return SUCCESS;
    }
    zval code;
    if (zend_hash_str_exists(&Z_OBJCE_P(broker)->function_table, "__tophpcode", sizeof("__tophpcode") - 1)) {
        if (php_tq_call(broker, "__toPhpCode", &code, 0, NULL) == FAILURE) {
            return FAILURE;
        }
        zend_string *s = zval_try_get_string(&code);
        zval_ptr_dtor(&code);
        if (!s) {
            return FAILURE;
        }
        smart_str_append(buf, s);
        zend_string_release(s);
        return SUCCESS;
    }
    zval fn;
    ZVAL_STRING(&fn, "serialize");
    zend_result r = php_tq_call_callable(&fn, &code, 1, broker);
    zval_ptr_dtor(&fn);
    if (r == FAILURE) {
        return FAILURE;
    }
    smart_str_appends(buf, "unserialize(");
    var_export_into(buf, &code);
    smart_str_appendc(buf, ')');
    zval_ptr_dtor(&code);
    return SUCCESS;
}

/* --- construction and settings --------------------------------------------------------------- */

ZEND_METHOD(oat_tao_model_taskQueue_Queue, __construct)
{
    zval *name, *broker, *weight = NULL;
    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_ZVAL(name)
        Z_PARAM_OBJECT_OF_CLASS(broker, php_tq_ce_QueueBrokerInterface)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(weight)
    ZEND_PARSE_PARAMETERS_END();
    if (!zend_is_true(name)) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Queue name needs to be set.");
        RETURN_THROWS();
    }
    if (Z_TYPE_P(name) == IS_ARRAY) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Queue name must be a string, array given");
        RETURN_THROWS();
    }
    zend_string *s = zval_try_get_string(name);
    if (!s) {
        RETURN_THROWS();
    }
    if (php_tq_refuse_nul(ZSTR_VAL(s), ZSTR_LEN(s), QUEUE_SCOPE, "__construct", "queue name") == FAILURE) {
        zend_string_release(s);
        RETURN_THROWS();
    }
    zval zs;
    ZVAL_STR(&zs, s);
    PHP_TQ_PROP_SET(Z_OBJ_P(ZEND_THIS), QUEUE_SCOPE, "name", &zs);
    zval_ptr_dtor(&zs);

    /* through $this, as TAO does, so subclasses that override them are honoured */
    zval one;
    ZVAL_LONG(&one, 1);
    if (php_tq_call(ZEND_THIS, "setWeight", NULL, 1, weight ? weight : &one) == FAILURE
        || php_tq_call(ZEND_THIS, "setBroker", NULL, 1, broker) == FAILURE) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, __toString)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_STRING(queue_name(ZEND_THIS));
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, __toPhpCode)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    smart_str buf = {0};
    smart_str_appends(&buf, "new \\");
    smart_str_append(&buf, obj->ce->name);
    smart_str_appendc(&buf, '(');
    zval *name = PHP_TQ_PROP(obj, QUEUE_SCOPE, "name");
    zval *broker = PHP_TQ_PROP(obj, QUEUE_SCOPE, "broker");
    zval *weight = PHP_TQ_PROP(obj, QUEUE_SCOPE, "weight");
    zval empty;
    ZVAL_EMPTY_STRING(&empty);
    var_export_into(&buf, name ? name : &empty);
    smart_str_appends(&buf, ", ");
    zval none;
    ZVAL_NULL(&none);
    if (broker_php_code(broker ? broker : &none, &buf) == FAILURE) {
        smart_str_free(&buf);
        RETURN_THROWS();
    }
    smart_str_appends(&buf, ", ");
    smart_str_append_long(&buf, weight ? zval_get_long(weight) : 1);
    smart_str_appendc(&buf, ')');
    RETURN_STR(smart_str_extract(&buf));
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, initialize)
{
    ZEND_PARSE_PARAMETERS_NONE();
    if (call_broker(ZEND_THIS, "createQueue", NULL, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, getName)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_STRING(queue_name(ZEND_THIS));
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, getWeight)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *w = PHP_TQ_PROP(Z_OBJ_P(ZEND_THIS), QUEUE_SCOPE, "weight");
    RETURN_LONG(w ? zval_get_long(w) : 1);
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, setWeight)
{
    zval *weight;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(weight)
    ZEND_PARSE_PARAMETERS_END();
    zend_long n;
    if (weight_from(weight, &n) == FAILURE) {
        RETURN_THROWS();
    }
    zval zn;
    ZVAL_LONG(&zn, n);
    PHP_TQ_PROP_SET(Z_OBJ_P(ZEND_THIS), QUEUE_SCOPE, "weight", &zn);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, isSync)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *b = PHP_TQ_PROP(Z_OBJ_P(ZEND_THIS), QUEUE_SCOPE, "broker");
    RETURN_BOOL(b && Z_TYPE_P(b) == IS_OBJECT && instanceof_function(Z_OBJCE_P(b), php_tq_ce_SyncQueueBrokerInterface));
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, getNumberOfTasksToReceive)
{
    ZEND_PARSE_PARAMETERS_NONE();
    if (call_broker(ZEND_THIS, "getNumberOfTasksToReceive", return_value, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, setBroker)
{
    zval *broker;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(broker, php_tq_ce_QueueBrokerInterface)
    ZEND_PARSE_PARAMETERS_END();
    PHP_TQ_PROP_SET(Z_OBJ_P(ZEND_THIS), QUEUE_SCOPE, "broker", broker);
    zval name;
    ZVAL_STRING(&name, queue_name(ZEND_THIS));
    zend_result r = php_tq_call(broker, "setQueueName", NULL, 1, &name);
    zval_ptr_dtor(&name);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, getBroker)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *broker = PHP_TQ_PROP(Z_OBJ_P(ZEND_THIS), QUEUE_SCOPE, "broker");
    if (!broker || Z_TYPE_P(broker) != IS_OBJECT) {
        php_tq_throw_named("common_exception_Error", spl_ce_LogicException,
                           "Queue \"%s\" has no broker: it was built without its constructor and setBroker() was not called",
                           queue_name(ZEND_THIS));
        RETURN_THROWS();
    }
    /* TAO hands the broker the queue's service locator on every access. Only when
     * both exist: brokers that are not ServiceLocatorAware lack the method. */
    zval *locator = PHP_TQ_PROP(Z_OBJ_P(ZEND_THIS), QUEUE_SCOPE, "serviceLocator");
    if (locator && Z_TYPE_P(locator) == IS_OBJECT
        && zend_hash_str_exists(&Z_OBJCE_P(broker)->function_table, "setservicelocator",
                                sizeof("setservicelocator") - 1)) {
        zval b, loc;
        ZVAL_COPY(&b, broker);
        ZVAL_COPY(&loc, locator);
        zend_result r = php_tq_call(&b, "setServiceLocator", NULL, 1, &loc);
        zval_ptr_dtor(&loc);
        if (r == FAILURE) {
            zval_ptr_dtor(&b);
            RETURN_THROWS();
        }
        RETURN_COPY_VALUE(&b);
    }
    RETURN_COPY(broker);
}

/* --- the queue ------------------------------------------------------------------------------- */

/* Whether the task has metadata key set (not null). FAILURE with an exception pending. */
static zend_result task_has_md(zval *task, const char *key, bool *has)
{
    zval v;
    zend_result r = php_tq_task_metadata(task, key, &v);
    if (r == SUCCESS) {
        *has = Z_TYPE(v) != IS_NULL;
        zval_ptr_dtor(&v);
    }
    return r;
}

/* A delayed or unique task only goes to a broker that honours it (its hooks say so): any
 * other would run it at once or twice. Refused before anything is written. *unique: the
 * task has a uniqueness key. FAILURE with an exception pending. */
static zend_result check_schedule(zval *self, zval *task, bool *unique)
{
    bool delayed = false;
    *unique = false;
    if (task_has_md(task, TQ_KEY_RUN_AT, &delayed) == FAILURE || task_has_md(task, TQ_KEY_UNIQUE_KEY, unique) == FAILURE) {
        return FAILURE;
    }
    const php_tq_broker_hooks *hooks = broker_hooks(self);
    unsigned can = hooks ? hooks->schedules : 0;
    bool no_delay = delayed && !(can & PHP_TQ_DELAYS), no_unique = *unique && !(can & PHP_TQ_UNIQUE);
    if (no_delay || no_unique) {
        zend_object *b = broker_obj(self);
        php_tq_throw(spl_ce_LogicException, "Queue \"%s\": %s cannot take %s tasks; use %s (nothing was queued)",
                     queue_name(self), b ? ZSTR_VAL(b->ce->name) : "no broker",
                     no_delay ? "delayed or scheduled" : "unique",
                     no_delay ? "RdsQueueBroker or SqsQueueBroker" : "RdsQueueBroker");
        return FAILURE;
    }
    return SUCCESS;
}

static void queue_enqueue(INTERNAL_FUNCTION_PARAMETERS)
{
    zval *task, *label = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(label)
    ZEND_PARSE_PARAMETERS_END();
    zval task_log, pushed, lock;
    ZVAL_UNDEF(&task_log);
    ZVAL_UNDEF(&pushed);
    ZVAL_UNDEF(&lock);
    bool row_written = false, unique;

    if (check_schedule(ZEND_THIS, task, &unique) == FAILURE) {
        RETURN_THROWS();
    }
    if (label && Z_TYPE_P(label) != IS_NULL && php_tq_call(task, "setLabel", NULL, 1, label) == FAILURE) {
        goto failed;
    }
    if (queue_lock(ZEND_THIS, task, &lock) == FAILURE) {
        goto failed;
    }
    if (php_tq_call(ZEND_THIS, "getTaskLog", &task_log, 0, NULL) == FAILURE) {
        goto failed;
    }
    /* A native broker may write the message and its log row in one step (its enqueue hook,
     * when the Task Log keeps its rows on the same database); every other pair goes on below. */
    const php_tq_broker_hooks *hooks = broker_hooks(ZEND_THIS);
    if (hooks && hooks->enqueue && Z_TYPE(task_log) == IS_OBJECT) {
        int done = hooks->enqueue(broker_obj(ZEND_THIS), &task_log, task, label);
        if (done < 0) {
            goto failed;
        }
        if (done > 0) {
            zval_ptr_dtor(&task_log);
            queue_unlock(&lock);
            RETURN_TRUE;
        }
    }
    /* The row first: a worker may pop the message the moment it is pushed. */
    if (Z_TYPE(task_log) == IS_OBJECT) {
        zval args[3];
        ZVAL_COPY_VALUE(&args[0], task);
        ZVAL_STRING(&args[1], "enqueued");
        if (label) {
            ZVAL_COPY_VALUE(&args[2], label);
        } else {
            ZVAL_NULL(&args[2]);
        }
        zend_result r = php_tq_call(&task_log, "add", NULL, 3, args);
        zval_ptr_dtor(&args[1]);
        if (r == FAILURE) {
            goto failed;
        }
        row_written = true;
    } else {
        zend_string *ts = task_string(task);
        php_tq_log(Z_OBJ_P(ZEND_THIS), QUEUE_SCOPE, "warning", NULL,
                   "Queue \"%s\" has no task log: %s is pushed without a task log entry",
                   queue_name(ZEND_THIS), ZSTR_VAL(ts));
        zend_string_release(ts);
    }
    zval id_before;
    ZVAL_UNDEF(&id_before);
    if (unique && row_written && php_tq_call(task, "getId", &id_before, 0, NULL) == FAILURE) {
        goto failed;
    }
    if (call_broker(ZEND_THIS, "push", &pushed, 1, task) == FAILURE) {
        zval_ptr_dtor(&id_before);
        goto failed;
    }
    bool ok = zend_is_true(&pushed);
    zval_ptr_dtor(&pushed);
    if (!ok && row_written) {
        delete_log_row(ZEND_THIS, &task_log, task);
    } else if (ok && Z_TYPE(id_before) != IS_UNDEF) {
        /* the key was held: push() gave the task the holder's id; our row is not needed */
        delete_log_row_if_renamed(ZEND_THIS, &task_log, task, &id_before);
    }
    zval_ptr_dtor(&id_before);
    zval_ptr_dtor(&task_log);
    queue_unlock(&lock);
    RETURN_BOOL(ok);

failed:
    if (row_written) {
        delete_log_row(ZEND_THIS, &task_log, task);
    }
    zval_ptr_dtor(&task_log);
    queue_unlock(&lock);
    /* TAO turns an \Exception into false (logged); an \Error goes on up. */
    if (!EG(exception)) {
        RETURN_FALSE;
    }
    if (!instanceof_function(EG(exception)->ce, zend_ce_exception)) {
        RETURN_THROWS();
    }
    zend_string *msg = php_tq_take_exception_message();
    zend_string *ts = task_string(task);
    php_tq_log(Z_OBJ_P(ZEND_THIS), QUEUE_SCOPE, "error", NULL, "Enqueueing %s failed with MSG: %s",
               ZSTR_VAL(ts), ZSTR_VAL(msg));
    zend_string_release(ts);
    zend_string_release(msg);
    RETURN_FALSE;
}

/* tao-core's ENQUEUE span around the enqueue (queue/telemetry.c; nothing when it is off). */
ZEND_METHOD(oat_tao_model_taskQueue_Queue, enqueue)
{
    zval *task = ZEND_NUM_ARGS() >= 1 ? ZEND_CALL_ARG(execute_data, 1) : NULL;
    if (!task || Z_TYPE_P(task) != IS_OBJECT || !php_tq_telemetry_enabled()) {
        queue_enqueue(INTERNAL_FUNCTION_PARAM_PASSTHRU);
        return;
    }
    php_tq_tel_span tel;
    php_tq_tel_enqueue_begin(ZEND_THIS, task, &tel);
    queue_enqueue(INTERNAL_FUNCTION_PARAM_PASSTHRU);
    php_tq_tel_enqueue_end(&tel);
}

/* The status of a task just popped: `dequeued` unless the claim settled it (see dequeue()).
 * return_value holds the task; it is released and cleared when an exception is left. */
static void queue_mark_dequeued(zval *self, zval *return_value)
{
    zval task_log;
    if (php_tq_call(self, "getTaskLog", &task_log, 0, NULL) == FAILURE) {
        zval_ptr_dtor(return_value);
        RETURN_THROWS();
    }
    zval id;
    if (php_tq_call(return_value, "getId", &id, 0, NULL) == FAILURE) {
        zval_ptr_dtor(&task_log);
        zval_ptr_dtor(return_value);
        RETURN_THROWS();
    }
    zend_string *sid = zval_get_string(&id);
    if (Z_TYPE(task_log) != IS_OBJECT) {
        php_tq_log(Z_OBJ_P(self), QUEUE_SCOPE, "warning", NULL,
                   "Queue \"%s\" has no task log: the status of task %s is not updated",
                   queue_name(self), ZSTR_VAL(sid));
        zend_string_release(sid);
        zval_ptr_dtor(&id);
        return; /* the task, as TAO would have had it not failed on the null log */
    }
    const char *seen;
    if (php_tq_claimed_task_state(sid, Z_OBJ_P(return_value), false, &seen) >= 0) {
        /* The broker's claim has settled the log row already (started it, or seen it
         * cancelled or finished; the claim_state hook, queue.h): an update here would only
         * cost a statement. */
        zval_ptr_dtor(&task_log);
        zval_ptr_dtor(&id);
        zval ctx;
        array_init(&ctx);
        add_assoc_long(&ctx, "PID", (zend_long)getpid());
        add_assoc_string(&ctx, "QueueName", (char *)queue_name(self));
        php_tq_log(Z_OBJ_P(self), QUEUE_SCOPE, "info", &ctx, "Task %s has been dequeued", ZSTR_VAL(sid));
        zval_ptr_dtor(&ctx);
        zend_string_release(sid);
        return;
    }
    /* Guarded: only a row still `enqueued` becomes `dequeued`. A cancelled task keeps
     * its status and is returned anyway (the worker reports it); a re-delivered one
     * that already runs is not reset. */
    zval args[3], rows;
    ZVAL_COPY_VALUE(&args[0], &id);
    ZVAL_STRING(&args[1], "dequeued");
    ZVAL_STRING(&args[2], "enqueued");
    zend_result r = php_tq_call(&task_log, "setStatus", &rows, 3, args);
    zval_ptr_dtor(&args[1]);
    zval_ptr_dtor(&args[2]);
    zval_ptr_dtor(&task_log);
    zval_ptr_dtor(&id);
    if (r == FAILURE) {
        zend_string_release(sid);
        zval_ptr_dtor(return_value);
        RETURN_THROWS();
    }
    zval ctx;
    array_init(&ctx);
    add_assoc_long(&ctx, "PID", (zend_long)getpid());
    add_assoc_string(&ctx, "QueueName", (char *)queue_name(self));
    if (Z_TYPE(rows) == IS_LONG && Z_LVAL(rows) == 0) {
        php_tq_log(Z_OBJ_P(self), QUEUE_SCOPE, "info", &ctx,
                   "Task %s has not been marked as dequeued: its status is not enqueued (cancelled or already taken)",
                   ZSTR_VAL(sid));
    } else {
        php_tq_log(Z_OBJ_P(self), QUEUE_SCOPE, "info", &ctx, "Task %s has been dequeued", ZSTR_VAL(sid));
    }
    zval_ptr_dtor(&ctx);
    zval_ptr_dtor(&rows);
    zend_string_release(sid);
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, dequeue)
{
    ZEND_PARSE_PARAMETERS_NONE();
    /* A native broker learns the queue's Task Log, so its claim can start the tasks in the
     * same statement (its bind_task_log hook). */
    const php_tq_broker_hooks *hooks = broker_hooks(ZEND_THIS);
    zval *log_prop = PHP_TQ_PROP(Z_OBJ_P(ZEND_THIS), QUEUE_SCOPE, "taskLog");
    if (hooks && hooks->bind_task_log && log_prop) {
        hooks->bind_task_log(broker_obj(ZEND_THIS), log_prop);
    }
    if (call_broker(ZEND_THIS, "pop", return_value, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
    if (!zend_is_true(return_value)) {
        zval_ptr_dtor(return_value);
        RETURN_NULL();
    }
    /* TAO takes its lock around the status change; ours is only asked for when PHP code
     * supplies createLock() (see queue_lock()). */
    zval lock;
    if (queue_lock(ZEND_THIS, return_value, &lock) == FAILURE) {
        zval_ptr_dtor(return_value);
        RETURN_THROWS();
    }
    queue_mark_dequeued(ZEND_THIS, return_value);
    queue_unlock(&lock);
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, createLock)
{
    zval *resource, *ttl = NULL, *auto_release = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_ZVAL(resource)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(ttl)
        Z_PARAM_ZVAL(auto_release)
    ZEND_PARSE_PARAMETERS_END();
    zval *locator = PHP_TQ_PROP(Z_OBJ_P(ZEND_THIS), QUEUE_SCOPE, "serviceLocator");
    if (!locator || Z_TYPE_P(locator) != IS_OBJECT) {
        php_tq_throw_named("common_exception_Error", spl_ce_LogicException,
                           "Queue \"%s\" has no service locator to get generis/LockService from",
                           queue_name(ZEND_THIS));
        RETURN_THROWS();
    }
    zval id, service, factory, args[3];
    ZVAL_STRING(&id, "generis/LockService");
    zend_result r = php_tq_call(locator, "get", &service, 1, &id);
    zval_ptr_dtor(&id);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
    r = php_tq_call(&service, "getLockFactory", &factory, 0, NULL);
    zval_ptr_dtor(&service);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
    ZVAL_COPY_VALUE(&args[0], resource);
    if (ttl) {
        ZVAL_COPY_VALUE(&args[1], ttl);
    } else {
        ZVAL_DOUBLE(&args[1], 300.0);
    }
    if (auto_release) {
        ZVAL_COPY_VALUE(&args[2], auto_release);
    } else {
        ZVAL_TRUE(&args[2]);
    }
    r = php_tq_call(&factory, "createLock", return_value, 3, args);
    zval_ptr_dtor(&factory);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, acknowledge)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
    ZEND_PARSE_PARAMETERS_END();
    if (call_broker(ZEND_THIS, "delete", NULL, 1, task) == FAILURE) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, count)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval n;
    if (call_broker(ZEND_THIS, "count", &n, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
    zend_long c = zval_get_long(&n);
    zval_ptr_dtor(&n);
    RETURN_LONG(c);
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, hasPreFetchedMessages)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval b;
    if (call_broker(ZEND_THIS, "hasPreFetchedMessages", &b, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
    bool has = zend_is_true(&b);
    zval_ptr_dtor(&b);
    RETURN_BOOL(has);
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, setTaskLog)
{
    zval *task_log;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task_log, php_tq_ce_TaskLogInterface)
    ZEND_PARSE_PARAMETERS_END();
    PHP_TQ_PROP_SET(Z_OBJ_P(ZEND_THIS), QUEUE_SCOPE, "taskLog", task_log);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue, getTaskLog)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *v = PHP_TQ_PROP(Z_OBJ_P(ZEND_THIS), QUEUE_SCOPE, "taskLog");
    if (v) {
        RETURN_COPY_DEREF(v);
    }
    RETURN_NULL();
}

PHP_TQ_LOGGER_METHODS(oat_tao_model_taskQueue_Queue, QUEUE_SCOPE)
PHP_TQ_LOCATOR_METHODS(oat_tao_model_taskQueue_Queue, QUEUE_SCOPE)

void php_tq_queue_minit(void)
{
    php_tq_ce_QueuerInterface = register_class_oat_tao_model_taskQueue_QueuerInterface(zend_ce_countable);
    php_tq_ce_QueueInterface = register_class_oat_tao_model_taskQueue_QueueInterface(php_tq_ce_QueuerInterface);
    php_tq_ce_Queue = register_class_oat_tao_model_taskQueue_Queue(php_tq_ce_QueueInterface, php_tq_ce_TaskLogAwareInterface);
}
