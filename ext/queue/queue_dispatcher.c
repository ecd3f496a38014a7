/*
 * queue_dispatcher.c: QueueDispatcher (the `tao/taskQueue` service): its
 * methods. It validates its options, routes tasks to queues, creates callback tasks,
 * runs sync queues inline through a OneTimeWorker, picks the next task with the
 * selector and acknowledges each task to the queue it came from; the state behind
 * that (options, queues, task log, routing, dequeue bookkeeping) is in
 * queue_dispatcher_queues.c, DispatchedQueue in dispatched_queue.c. Every call into
 * queues, tasks, the task log and the selector goes through PHP methods, so PHP
 * implementations of our interfaces work too.
 * May touch: the Zend API, common/common, queue_dispatcher_queues.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "../task/task.h"
#include "../task_log/task_log.h"
#include "queue.h"
#include "../worker/worker.h"
#include "queue_dispatcher_arginfo.h"
#include "queue_dispatcher_queues.h"

zend_class_entry *php_tq_ce_QueueDispatcherInterface;
zend_class_entry *php_tq_ce_QueueDispatcher;

#define SELF_CE php_tq_ce_QueueDispatcher

/* --- QueueDispatcher ------------------------------------------------------------------ */

#define SELF Z_OBJ_P(ZEND_THIS)

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, __construct)
{
    zval *options = NULL;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY(options)
    ZEND_PARSE_PARAMETERS_END();

    if (options) {
        PHP_TQ_PROP_SET(SELF, SELF_CE, "options", options);
    }
    zval *queues = php_tq_qd_opt(SELF, OPT_QUEUES);
    if (php_tq_qd_check_queues(queues) == FAILURE
        || php_tq_qd_check_associations(php_tq_qd_opt(SELF, OPT_ASSOCIATIONS), queues) == FAILURE) {
        RETURN_THROWS();
    }

    zval *selector = php_tq_qd_opt(SELF, OPT_SELECTOR);
    zval strategy;
    if (php_tq_qd_empty(selector)) {
        object_init_ex(&strategy, php_tq_ce_WeightStrategy);
    } else if (Z_TYPE_P(selector) != IS_OBJECT
               || !instanceof_function(Z_OBJCE_P(selector), php_tq_ce_SelectorStrategyInterface)) {
        php_tq_throw_named("common_exception_Error", spl_ce_LogicException,
                           "Task selector must implement " SELECTOR_IFACE);
        RETURN_THROWS();
    } else {
        ZVAL_COPY(&strategy, selector);
    }
    PHP_TQ_PROP_SET(SELF, SELF_CE, "selectorStrategy", &strategy);
    zval_ptr_dtor(&strategy);

    zval *task_log = php_tq_qd_opt(SELF, OPT_TASK_LOG);
    if (php_tq_qd_empty(task_log)) {
        php_tq_throw_named("common_exception_Error", spl_ce_LogicException, "Task Log service needs to be set.");
        RETURN_THROWS();
    }
    if (Z_TYPE_P(task_log) != IS_STRING
        && !(Z_TYPE_P(task_log) == IS_OBJECT && instanceof_function(Z_OBJCE_P(task_log), php_tq_ce_TaskLogInterface))) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Option \"" OPT_TASK_LOG "\" must be a service id or an object "
                     "implementing " TASK_LOG_IFACE ", %s given.", php_tq_qd_value_name(task_log));
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, __toPhpCode)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *opts = PHP_TQ_PROP(SELF, SELF_CE, "options");
    if (!opts || Z_TYPE_P(opts) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(opts)) == 0) {
        RETURN_STR(zend_strpprintf(0, "new \\%s()", ZSTR_VAL(Z_OBJCE_P(ZEND_THIS)->name)));
    }
    zend_string *code = php_tq_to_php_code(opts);
    if (!code) {
        RETURN_THROWS();
    }
    /* by length: the options' code may hold NUL bytes (unserialize() of private properties) */
    zend_string *head = zend_strpprintf(0, "new \\%s(", ZSTR_VAL(Z_OBJCE_P(ZEND_THIS)->name));
    RETVAL_STR(zend_string_concat3(ZSTR_VAL(head), ZSTR_LEN(head), ZSTR_VAL(code), ZSTR_LEN(code), ")", 1));
    zend_string_release(head);
    zend_string_release(code);
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, addQueue)
{
    zval *queue;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(queue, php_tq_ce_QueueInterface)
    ZEND_PARSE_PARAMETERS_END();

    zval name;
    if (php_tq_call(queue, "getName", &name, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
    int has = php_tq_qd_has_queue(SELF, &name);
    if (has != 0) {
        if (has > 0) {
            zend_string *s = php_tq_qd_msg_str(&name);
            php_tq_throw(spl_ce_LogicException, "Queue \"%s\" is already registered.", ZSTR_VAL(s));
            zend_string_release(s);
        }
        zval_ptr_dtor(&name);
        RETURN_THROWS();
    }
    zval_ptr_dtor(&name);
    zval queues;
    if (php_tq_qd_queues(SELF, &queues) == FAILURE) {
        RETURN_THROWS();
    }
    SEPARATE_ARRAY(&queues);
    Z_ADDREF_P(queue);
    zend_hash_next_index_insert(Z_ARRVAL(queues), queue);
    php_tq_qd_opt_set(SELF, OPT_QUEUES, &queues);
    zval_ptr_dtor(&queues);
    php_tq_qd_forget_propagation(SELF);
    RETURN_COPY(ZEND_THIS);
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, setQueues)
{
    zval *queues;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY(queues)
    ZEND_PARSE_PARAMETERS_END();
    if (php_tq_qd_check_queues(queues) == FAILURE) {
        RETURN_THROWS();
    }
    php_tq_qd_opt_set(SELF, OPT_QUEUES, queues);
    php_tq_qd_forget_propagation(SELF);
    RETURN_COPY(ZEND_THIS);
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, removeQueue)
{
    zend_string *name;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(name)
    ZEND_PARSE_PARAMETERS_END();

    zval *opt = php_tq_qd_opt(SELF, OPT_QUEUES);
    zval kept, list;
    array_init(&kept);
    bool removed = false;
    if (opt && Z_TYPE_P(opt) == IS_ARRAY) {
        ZVAL_COPY(&list, opt);
        zval *q;
        ZEND_HASH_FOREACH_VAL_IND(Z_ARRVAL(list), q) {
            ZVAL_DEREF(q);
            zend_string *qname = php_tq_qd_is_queue(q) ? php_tq_qd_queue_name(q) : NULL;
            if (EG(exception)) {
                zval_ptr_dtor(&list);
                zval_ptr_dtor(&kept);
                RETURN_THROWS();
            }
            if (qname && !removed && zend_string_equals(qname, name)) {
                removed = true;
            } else {
                Z_TRY_ADDREF_P(q);
                zend_hash_next_index_insert(Z_ARRVAL(kept), q);
            }
            if (qname) {
                zend_string_release(qname);
            }
        } ZEND_HASH_FOREACH_END();
        zval_ptr_dtor(&list);
    }
    if (!removed) {
        zval_ptr_dtor(&kept);
        php_tq_throw(spl_ce_InvalidArgumentException, "Queue \"%s\" does not exist.", ZSTR_VAL(name));
        RETURN_THROWS();
    }
    if (zend_hash_num_elements(Z_ARRVAL(kept)) == 0) {
        zval_ptr_dtor(&kept);
        php_tq_throw(spl_ce_LogicException, "Queue \"%s\" is the only queue and cannot be removed.", ZSTR_VAL(name));
        RETURN_THROWS();
    }
    php_tq_qd_opt_set(SELF, OPT_QUEUES, &kept);
    zval_ptr_dtor(&kept);

    /* what pointed at the removed queue would now route nowhere */
    zval assoc;
    php_tq_qd_linked_tasks(SELF, &assoc);
    if (zend_hash_num_elements(Z_ARRVAL(assoc)) > 0) {
        zval pruned;
        array_init(&pruned);
        zend_string *key;
        zend_ulong idx;
        zval *target;
        ZEND_HASH_FOREACH_KEY_VAL_IND(Z_ARRVAL(assoc), idx, key, target) {
            zend_string *t = php_tq_qd_msg_str(target);
            if (!zend_string_equals(t, name)) {
                Z_TRY_ADDREF_P(target);
                if (key) {
                    zend_hash_update(Z_ARRVAL(pruned), key, target);
                } else {
                    zend_hash_index_update(Z_ARRVAL(pruned), idx, target);
                }
            }
            zend_string_release(t);
        } ZEND_HASH_FOREACH_END();
        php_tq_qd_opt_set(SELF, OPT_ASSOCIATIONS, &pruned);
        zval_ptr_dtor(&pruned);
    }
    zval_ptr_dtor(&assoc);
    zval *def = php_tq_qd_opt(SELF, OPT_DEFAULT_QUEUE);
    if (def && Z_TYPE_P(def) == IS_STRING && zend_string_equals(Z_STR_P(def), name)) {
        php_tq_qd_opt_unset(SELF, OPT_DEFAULT_QUEUE);
    }
    php_tq_qd_forget_propagation(SELF);
    RETURN_COPY(ZEND_THIS);
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, getQueue)
{
    zval *name;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(name)
    ZEND_PARSE_PARAMETERS_END();
    if (php_tq_qd_get_queue(SELF, name, return_value) == FAILURE) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, getQueues)
{
    ZEND_PARSE_PARAMETERS_NONE();
    if (php_tq_qd_queues(SELF, return_value) == FAILURE) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, getQueueNames)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *opt = php_tq_qd_opt(SELF, OPT_QUEUES);
    array_init(return_value);
    if (!opt || Z_TYPE_P(opt) != IS_ARRAY) {
        return;
    }
    zval list;
    ZVAL_COPY(&list, opt);
    zend_string *key;
    zend_ulong idx;
    zval *q;
    ZEND_HASH_FOREACH_KEY_VAL_IND(Z_ARRVAL(list), idx, key, q) {
        ZVAL_DEREF(q);
        zval name;
        if (!php_tq_qd_is_queue(q)) {
            continue;
        }
        if (php_tq_call(q, "getName", &name, 0, NULL) == FAILURE) {
            zval_ptr_dtor(&list);
            RETURN_THROWS();
        }
        /* keys kept, as array_map() does */
        if (key) {
            zend_hash_update(Z_ARRVAL_P(return_value), key, &name);
        } else {
            zend_hash_index_update(Z_ARRVAL_P(return_value), idx, &name);
        }
    } ZEND_HASH_FOREACH_END();
    zval_ptr_dtor(&list);
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, hasQueue)
{
    zval *name;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(name)
    ZEND_PARSE_PARAMETERS_END();
    int has = php_tq_qd_has_queue(SELF, name);
    if (has < 0) {
        RETURN_THROWS();
    }
    RETURN_BOOL(has);
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, getDefaultQueue)
{
    ZEND_PARSE_PARAMETERS_NONE();
    if (php_tq_qd_default_queue(SELF, return_value) == FAILURE) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, linkTaskToQueue)
{
    zval *task_name, *queue_name;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_ZVAL(task_name)
        Z_PARAM_ZVAL(queue_name)
    ZEND_PARSE_PARAMETERS_END();

    zend_string *task = Z_TYPE_P(task_name) == IS_OBJECT
        ? zend_string_copy(Z_OBJCE_P(task_name)->name) : zval_try_get_string(task_name);
    if (!task) {
        RETURN_THROWS();
    }
    int has = php_tq_qd_has_queue(SELF, queue_name);
    if (has <= 0) {
        if (has == 0) {
            zend_string *q = php_tq_qd_msg_str(queue_name);
            php_tq_throw(spl_ce_LogicException, "Task \"%s\" cannot be added to \"%s\". Queue is not registered.",
                         ZSTR_VAL(task), ZSTR_VAL(q));
            zend_string_release(q);
        }
        zend_string_release(task);
        RETURN_THROWS();
    }
    zval assoc;
    php_tq_qd_linked_tasks(SELF, &assoc);
    SEPARATE_ARRAY(&assoc);
    Z_TRY_ADDREF_P(queue_name);
    zend_symtable_update(Z_ARRVAL(assoc), task, queue_name);
    php_tq_qd_opt_set(SELF, OPT_ASSOCIATIONS, &assoc);
    zval_ptr_dtor(&assoc);
    zend_string_release(task);
    RETURN_COPY(ZEND_THIS);
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, getLinkedTasks)
{
    ZEND_PARSE_PARAMETERS_NONE();
    php_tq_qd_linked_tasks(SELF, return_value);
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, initialize)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval queues;
    if (php_tq_qd_queues(SELF, &queues) == FAILURE) {
        RETURN_THROWS();
    }
    zval *q;
    ZEND_HASH_FOREACH_VAL_IND(Z_ARRVAL(queues), q) {
        ZVAL_DEREF(q);
        if (php_tq_call(q, "initialize", NULL, 0, NULL) == FAILURE) {
            break;
        }
    } ZEND_HASH_FOREACH_END();
    zval_ptr_dtor(&queues);
}

/* createTask()'s $options, each through the task's own setter (one set of checks): 'delay',
 * 'runAt', 'uniqueKey', 'retry' (a RetryPolicy or its array form). Anything else, or a delay
 * with a time, is refused by name. */
static zend_result tq_apply_options(zval *task, HashTable *options)
{
    static const char *const known[][2] = {{"delay", "setDelay"}, {"runAt", "setRunAt"}, {"uniqueKey", "setUniqueKey"},
                                           {"retry", "setRetryPolicy"}};
    zend_string *key;
    zval *v;
    ZEND_HASH_FOREACH_STR_KEY_VAL(options, key, v) {
        size_t i = 0;
        while (key && i < 4 && !zend_string_equals_cstr(key, known[i][0], strlen(known[i][0]))) {
            i++;
        }
        if (!key || i == 4) {
            php_tq_throw(spl_ce_InvalidArgumentException, "createTask(): unknown option \"%s\" (known: delay, runAt, "
                         "uniqueKey, retry); nothing was queued", key ? ZSTR_VAL(key) : "(integer key)");
            return FAILURE;
        }
        zval policy;
        ZVAL_UNDEF(&policy);
        if (i == 3 && Z_TYPE_P(v) == IS_ARRAY) {
            if (php_tq_retry_policy_new(v, "createTask() option \"retry\"", &policy) == FAILURE) {
                return FAILURE;
            }
            v = &policy;
        }
        zend_result r = php_tq_call(task, known[i][1], NULL, 1, v);
        zval_ptr_dtor(&policy);
        if (r == FAILURE) {
            return FAILURE;
        }
    } ZEND_HASH_FOREACH_END();
    if (zend_hash_str_exists(options, "delay", 5) && zend_hash_str_exists(options, "runAt", 5)) {
        php_tq_throw(spl_ce_InvalidArgumentException, "createTask(): give \"delay\" or \"runAt\", not both; "
                     "nothing was queued");
        return FAILURE;
    }
    return SUCCESS;
}

/* createTask() steps after construction; FAILURE with an exception pending. */
static zend_result tq_fill_task(zval *self_zv, zval *task, zval *callable, zval *params, zval *label,
                                zval *parent, zval *master, HashTable *options)
{
    zval rv;
    if (options && tq_apply_options(task, options) == FAILURE) {
        return FAILURE;
    }
    if (php_tq_call(task, "setCallable", NULL, 1, callable) == FAILURE
        || php_tq_call(task, "setParameter", NULL, 1, params) == FAILURE) {
        return FAILURE;
    }
    if (parent) {
        zval parent_id;
        if (php_tq_call(parent, "getId", &parent_id, 0, NULL) == FAILURE) {
            return FAILURE;
        }
        zend_result r = php_tq_call(task, "setParentId", NULL, 1, &parent_id);
        zval_ptr_dtor(&parent_id);
        if (r == FAILURE) {
            return FAILURE;
        }
    }
    if (php_tq_call(task, "setMasterStatus", NULL, 1, master) == FAILURE) {
        return FAILURE;
    }
    zval args[2];
    ZVAL_COPY_VALUE(&args[0], task);
    ZVAL_COPY_VALUE(&args[1], label);
    if (php_tq_call(self_zv, "enqueue", &rv, 2, args) == FAILURE) {
        return FAILURE;
    }
    bool enqueued = zend_is_true(&rv);
    zval_ptr_dtor(&rv);
    if (enqueued && php_tq_call(task, "markAsEnqueued", NULL, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    return SUCCESS;
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, createTask)
{
    zval *callable, *params = NULL, *label = NULL, *parent = NULL, *master = NULL;
    HashTable *options = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 6)
        Z_PARAM_ZVAL(callable)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY(params)
        Z_PARAM_ZVAL(label)
        Z_PARAM_OBJECT_OF_CLASS_OR_NULL(parent, php_tq_ce_TaskInterface)
        Z_PARAM_ZVAL(master)
        Z_PARAM_ARRAY_HT(options)
    ZEND_PARSE_PARAMETERS_END();
    if (!zend_is_callable(callable, 0, NULL)) {
        zend_argument_type_error(1, "must be a valid callback, %s given", php_tq_qd_value_name(callable));
        RETURN_THROWS();
    }
    zval empty_params, null_label, no_master;
    ZVAL_EMPTY_ARRAY(&empty_params);
    ZVAL_NULL(&null_label);
    ZVAL_FALSE(&no_master);

    zval owner;
    if (parent) {
        if (php_tq_call(parent, "getOwner", &owner, 0, NULL) == FAILURE) {
            RETURN_THROWS();
        }
    } else if (php_tq_call(ZEND_THIS, "getOwner", &owner, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
    zval ctor_args[2];
    ZVAL_STR(&ctor_args[0], php_tq_new_uri());
    ZVAL_COPY_VALUE(&ctor_args[1], &owner);

    zval task;
    object_init_ex(&task, php_tq_ce_CallbackTask);
    zend_function *ctor = Z_OBJCE(task)->constructor;
    if (ctor) {
        zend_call_known_instance_method(ctor, Z_OBJ(task), NULL, 2, ctor_args);
    }
    zval_ptr_dtor(&ctor_args[0]);
    zval_ptr_dtor(&owner);
    if (EG(exception)
        || tq_fill_task(ZEND_THIS, &task, callable, params ? params : &empty_params, label ? label : &null_label,
                        parent, master ? master : &no_master, options) == FAILURE) {
        zval_ptr_dtor(&task);
        RETURN_THROWS();
    }
    RETURN_COPY_VALUE(&task);
}

/* A OneTimeWorker for a sync queue, with the dispatcher's logger and locator. */
static zend_result tq_run_inline(zend_object *self, zval *queue)
{
    zval log;
    if (php_tq_qd_task_log(self, &log) == FAILURE) {
        return FAILURE;
    }
    zval worker, args[2];
    object_init_ex(&worker, php_tq_ce_OneTimeWorker);
    ZVAL_COPY_VALUE(&args[0], queue);
    ZVAL_COPY_VALUE(&args[1], &log);
    zend_call_known_instance_method(Z_OBJCE(worker)->constructor, Z_OBJ(worker), NULL, 2, args);
    zval_ptr_dtor(&log);
    zend_result r = EG(exception) ? FAILURE : SUCCESS;
    static const char *const props[][2] = {{"logger", "setLogger"}, {"serviceLocator", "setServiceLocator"}};
    for (size_t i = 0; r == SUCCESS && i < 2; i++) {
        zval *v = php_tq_prop(self, SELF_CE, props[i][0], strlen(props[i][0]));
        if (v && Z_TYPE_P(v) == IS_OBJECT) {
            zval arg;
            ZVAL_COPY(&arg, v);
            r = php_tq_call(&worker, props[i][1], NULL, 1, &arg);
            zval_ptr_dtor(&arg);
        }
    }
    if (r == SUCCESS) {
        r = php_tq_call(&worker, "run", NULL, 0, NULL);
    }
    zval_ptr_dtor(&worker);
    return r;
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, enqueue)
{
    zval *task, *label = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(label)
    ZEND_PARSE_PARAMETERS_END();

    zval queue, rv, args[2];
    if (php_tq_qd_route(ZEND_THIS, task, &queue) == FAILURE) {
        RETURN_THROWS();
    }
    if (php_tq_qd_apply_retry(SELF, task, &queue) == FAILURE) {
        zval_ptr_dtor(&queue);
        RETURN_THROWS();
    }
    ZVAL_COPY_VALUE(&args[0], task);
    if (label) {
        ZVAL_COPY_VALUE(&args[1], label);
    } else {
        ZVAL_NULL(&args[1]);
    }
    if (php_tq_call(&queue, "enqueue", &rv, 2, args) == FAILURE) {
        zval_ptr_dtor(&queue);
        RETURN_THROWS();
    }
    bool enqueued = zend_is_true(&rv);
    zval_ptr_dtor(&rv);
    if (enqueued) {
        zval sync;
        if (php_tq_call(&queue, "isSync", &sync, 0, NULL) == FAILURE) {
            zval_ptr_dtor(&queue);
            RETURN_THROWS();
        }
        bool is_sync = zend_is_true(&sync);
        zval_ptr_dtor(&sync);
        if (is_sync && tq_run_inline(SELF, &queue) == FAILURE) {
            zval_ptr_dtor(&queue);
            RETURN_THROWS();
        }
    }
    zval_ptr_dtor(&queue);
    RETURN_BOOL(enqueued);
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, dequeue)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval queues;
    if (php_tq_qd_queues(SELF, &queues) == FAILURE) {
        RETURN_THROWS();
    }
    zend_result r;
    if (zend_hash_num_elements(Z_ARRVAL(queues)) == 1) {
        zval *q = NULL;
        ZEND_HASH_FOREACH_VAL_IND(Z_ARRVAL(queues), q) {
            break;
        } ZEND_HASH_FOREACH_END();
        ZVAL_DEREF(q);
        r = php_tq_call(q, "dequeue", return_value, 0, NULL);
        if (r == SUCCESS && Z_TYPE_P(return_value) == IS_OBJECT
            && instanceof_function(Z_OBJCE_P(return_value), php_tq_ce_TaskInterface)) {
            zend_string *name = php_tq_qd_queue_name(q);
            r = name ? php_tq_qd_remember_source(SELF, return_value, name) : FAILURE;
            if (name) {
                zend_string_release(name);
            }
        }
    } else {
        r = php_tq_qd_dequeue_with_selector(SELF, &queues, return_value);
    }
    zval_ptr_dtor(&queues);
    if (r == FAILURE) {
        zval_ptr_dtor(return_value);
        ZVAL_UNDEF(return_value);
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, acknowledge)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
    ZEND_PARSE_PARAMETERS_END();
    zval queue;
    if (php_tq_qd_ack_queue(ZEND_THIS, task, &queue) == FAILURE) {
        RETURN_THROWS();
    }
    zend_result r = php_tq_call(&queue, "acknowledge", NULL, 1, task);
    zval_ptr_dtor(&queue);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, count)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval queues;
    if (php_tq_qd_queues(SELF, &queues) == FAILURE) {
        RETURN_THROWS();
    }
    zend_long sum = 0;
    zval *q;
    ZEND_HASH_FOREACH_VAL_IND(Z_ARRVAL(queues), q) {
        zval n;
        ZVAL_DEREF(q);
        if (php_tq_call(q, "count", &n, 0, NULL) == FAILURE) {
            zval_ptr_dtor(&queues);
            RETURN_THROWS();
        }
        sum += zval_get_long(&n);
        zval_ptr_dtor(&n);
    } ZEND_HASH_FOREACH_END();
    zval_ptr_dtor(&queues);
    RETURN_LONG(sum);
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, hasPreFetchedMessages)
{
    ZEND_PARSE_PARAMETERS_NONE();
    int r = php_tq_qd_queues_bool(SELF, "hasPreFetchedMessages", false);
    if (r < 0) {
        RETURN_THROWS();
    }
    RETURN_BOOL(r);
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, isSync)
{
    ZEND_PARSE_PARAMETERS_NONE();
    int r = php_tq_qd_queues_bool(SELF, "isSync", true);
    if (r < 0) {
        RETURN_THROWS();
    }
    RETURN_BOOL(r);
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, setTaskSelector)
{
    zval *selector;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(selector, php_tq_ce_SelectorStrategyInterface)
    ZEND_PARSE_PARAMETERS_END();
    php_tq_qd_opt_set(SELF, OPT_SELECTOR, selector);
    /* TAO only wrote the option (quirk 6); the live instance uses it at once */
    PHP_TQ_PROP_SET(SELF, SELF_CE, "selectorStrategy", selector);
    RETURN_COPY(ZEND_THIS);
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, getWaitTime)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *selector = PHP_TQ_PROP(SELF, SELF_CE, "selectorStrategy");
    if (!selector || Z_TYPE_P(selector) != IS_OBJECT) {
        php_tq_throw(spl_ce_LogicException, "No task selector strategy is set.");
        RETURN_THROWS();
    }
    zval sel;
    ZVAL_COPY(&sel, selector);
    zend_result r = php_tq_call(&sel, "getWaitTime", return_value, 0, NULL);
    zval_ptr_dtor(&sel);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, setOwner)
{
    zval *owner;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(owner)
    ZEND_PARSE_PARAMETERS_END();
    zval value;
    if (Z_TYPE_P(owner) == IS_NULL) {
        ZVAL_NULL(&value);
    } else {
        zend_string *s = zval_try_get_string(owner);
        if (!s) {
            RETURN_THROWS();
        }
        ZVAL_STR(&value, s);
    }
    PHP_TQ_PROP_SET(SELF, SELF_CE, "owner", &value);
    zval_ptr_dtor(&value);
    RETURN_COPY(ZEND_THIS);
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, getOwner)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *owner = PHP_TQ_PROP(SELF, SELF_CE, "owner");
    if (owner && Z_TYPE_P(owner) == IS_STRING) {
        RETURN_COPY(owner);
    }
    /* TAO falls back to the session user; there is no generis session here */
    RETURN_EMPTY_STRING();
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, getTaskLog)
{
    ZEND_PARSE_PARAMETERS_NONE();
    if (php_tq_qd_task_log(SELF, return_value) == FAILURE) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, getQueueForTask)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
    ZEND_PARSE_PARAMETERS_END();

    /* the "action": a callback task's callable object, else the task itself */
    zval action;
    ZVAL_COPY(&action, task);
    if (instanceof_function(Z_OBJCE_P(task), php_tq_ce_CallbackTaskInterface)) {
        zval callable;
        if (php_tq_call(task, "getCallable", &callable, 0, NULL) == FAILURE) {
            zval_ptr_dtor(&action);
            RETURN_THROWS();
        }
        if (Z_TYPE(callable) == IS_OBJECT) {
            zval_ptr_dtor(&action);
            ZVAL_COPY_VALUE(&action, &callable);
        } else {
            zval_ptr_dtor(&callable);
        }
    }
    zend_result r = FAILURE;
    bool routed = false;
    if (instanceof_function(Z_OBJCE(action), php_tq_ce_QueueAssociableInterface)) {
        zval params, name;
        if (php_tq_call(task, "getParameters", &params, 0, NULL) == FAILURE) {
            goto done;
        }
        if (Z_TYPE(params) != IS_ARRAY) {
            zval_ptr_dtor(&params);
            array_init(&params);
        }
        r = php_tq_call(&action, "getQueueName", &name, 1, &params);
        zval_ptr_dtor(&params);
        if (r == FAILURE) {
            goto done;
        }
        if (zend_is_true(&name)) {
            r = php_tq_qd_get_queue(SELF, &name, return_value);
            routed = true;
        }
        zval_ptr_dtor(&name);
        if (routed) {
            goto done;
        }
    }
    zval assoc;
    php_tq_qd_linked_tasks(SELF, &assoc);
    zval *target = zend_symtable_find(Z_ARRVAL(assoc), Z_OBJCE(action)->name);
    if (target) {
        zval name;
        ZVAL_COPY_DEREF(&name, target);
        r = php_tq_qd_get_queue(SELF, &name, return_value);
        zval_ptr_dtor(&name);
    } else {
        r = php_tq_qd_default_queue(SELF, return_value);
    }
    zval_ptr_dtor(&assoc);
done:
    zval_ptr_dtor(&action);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
}

PHP_TQ_OPTION_METHODS(oat_tao_model_taskQueue_QueueDispatcher, php_tq_ce_QueueDispatcher)
PHP_TQ_LOGGER_METHODS(oat_tao_model_taskQueue_QueueDispatcher, php_tq_ce_QueueDispatcher)
PHP_TQ_LOCATOR_METHODS(oat_tao_model_taskQueue_QueueDispatcher, php_tq_ce_QueueDispatcher)

void php_tq_queue_dispatcher_minit(void)
{
    php_tq_ce_QueueDispatcherInterface =
        register_class_oat_tao_model_taskQueue_QueueDispatcherInterface(php_tq_ce_QueuerInterface);
    php_tq_ce_QueueDispatcher = register_class_oat_tao_model_taskQueue_QueueDispatcher(php_tq_ce_QueueDispatcherInterface);
}

