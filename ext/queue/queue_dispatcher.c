/*
 * queue_dispatcher.c: QueueDispatcher (the `tao/taskQueue` service):
 * validates its options, routes tasks to queues, creates callback tasks, runs sync
 * queues inline through a OneTimeWorker, picks the next task with the selector and
 * acknowledges each task to the queue it came from. Also DispatchedQueue, the view
 * of a queue that the selector strategy gets so the dispatcher can tell where a task
 * was dequeued. Every call into queues, tasks, the task log and the selector goes
 * through PHP methods, so PHP implementations of our interfaces work too.
 * May touch: the Zend API, common/common.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_exceptions.h"
#include "../php_taskqueue.h"
#include "queue_dispatcher_arginfo.h"

zend_class_entry *php_tq_ce_QueueDispatcherInterface;
zend_class_entry *php_tq_ce_QueueDispatcher;
static zend_class_entry *php_tq_ce_DispatchedQueue;

#define SELF_CE php_tq_ce_QueueDispatcher
#define DQ_CE php_tq_ce_DispatchedQueue

#define OPT_QUEUES "queues"
#define OPT_DEFAULT_QUEUE "default_queue"
#define OPT_ASSOCIATIONS "task_to_queue_associations"
#define OPT_TASK_LOG "task_log"
#define OPT_SELECTOR "task_selector_strategy"

#define SELECTOR_IFACE "oat\\tao\\model\\taskQueue\\Queue\\TaskSelector\\SelectorStrategyInterface"
#define QUEUE_IFACE "oat\\tao\\model\\taskQueue\\QueueInterface"
#define TASK_LOG_IFACE "oat\\tao\\model\\taskQueue\\TaskLogInterface"

/* --- small helpers ------------------------------------------------------------------ */

/* PHP's empty(): absent, null, false, 0, "", "0", []. */
static bool tq_empty(zval *v)
{
    return !v || !zend_is_true(v);
}

static zval *tq_opt(zend_object *self, const char *name)
{
    zval *v = php_tq_option(self, SELF_CE, name);
    if (v) {
        ZVAL_DEREF(v);
    }
    return v;
}

static void tq_opt_set(zend_object *self, const char *name, zval *value)
{
    zend_string *key = zend_string_init(name, strlen(name), 0);
    php_tq_option_set(self, SELF_CE, key, value);
    zend_string_release(key);
}

static void tq_opt_unset(zend_object *self, const char *name)
{
    zval *opts = PHP_TQ_PROP(self, SELF_CE, "options");
    if (opts) {
        ZVAL_DEREF(opts);
        if (Z_TYPE_P(opts) == IS_ARRAY) {
            SEPARATE_ARRAY(opts);
            zend_symtable_str_del(Z_ARRVAL_P(opts), name, strlen(name));
        }
    }
}

/* "string", "array", or the class of an object: what a message says was given. */
static const char *tq_value_name(zval *v)
{
    ZVAL_DEREF(v);
    return Z_TYPE_P(v) == IS_OBJECT ? ZSTR_VAL(Z_OBJCE_P(v)->name) : zend_zval_type_name(v);
}

/* A value as it can appear inside an error message. */
static zend_string *tq_msg_str(zval *v)
{
    ZVAL_DEREF(v);
    switch (Z_TYPE_P(v)) {
        case IS_STRING:
            return zend_string_copy(Z_STR_P(v));
        case IS_NULL: case IS_FALSE: case IS_TRUE: case IS_LONG: case IS_DOUBLE:
            return zval_get_string(v);
        default:
            return zend_strpprintf(0, "(%s)", zend_zval_type_name(v));
    }
}

/* Calls a method found in the object's own function table, whatever its visibility:
 * that is how a PHP subclass's override of a protected method is honoured. */
static zend_result tq_call_method(zval *obj, const char *lcname, zval *rv, uint32_t argc, zval *argv)
{
    zend_function *fn = zend_hash_str_find_ptr(&Z_OBJCE_P(obj)->function_table, lcname, strlen(lcname));
    if (!fn) {
        zend_throw_error(NULL, "Call to undefined method %s::%s()", ZSTR_VAL(Z_OBJCE_P(obj)->name), lcname);
        return FAILURE;
    }
    zval tmp;
    zval *ret = rv ? rv : &tmp;
    ZVAL_UNDEF(ret);
    zend_call_known_instance_method(fn, Z_OBJ_P(obj), ret, argc, argv);
    if (EG(exception)) {
        zval_ptr_dtor(ret);
        ZVAL_UNDEF(ret);
        return FAILURE;
    }
    if (!rv) {
        zval_ptr_dtor(&tmp);
    }
    return SUCCESS;
}

static bool tq_has_method(zval *obj, const char *lcname)
{
    return Z_TYPE_P(obj) == IS_OBJECT
        && zend_hash_str_exists(&Z_OBJCE_P(obj)->function_table, lcname, strlen(lcname));
}

static bool tq_is_queue(zval *v)
{
    return Z_TYPE_P(v) == IS_OBJECT && instanceof_function(Z_OBJCE_P(v), php_tq_ce_QueueInterface);
}

/* $queue->getName() as a string (for comparisons and messages). */
static zend_string *tq_queue_name(zval *queue)
{
    zval name;
    if (php_tq_call(queue, "getName", &name, 0, NULL) == FAILURE) {
        return NULL;
    }
    zend_string *s = zval_try_get_string(&name);
    zval_ptr_dtor(&name);
    return s;
}

/* --- option validation ------------------------------------------------------------- */

/* What the constructor and setQueues() accept: a non-empty array of QueueInterface
 * objects with distinct names. */
static zend_result tq_check_queues(zval *queues)
{
    if (tq_empty(queues)) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Queues needs to be set.");
        return FAILURE;
    }
    if (Z_TYPE_P(queues) != IS_ARRAY) {
        php_tq_throw(spl_ce_InvalidArgumentException,
                     "Option \"" OPT_QUEUES "\" must be an array of " QUEUE_IFACE " objects, %s given.",
                     zend_zval_type_name(queues));
        return FAILURE;
    }
    zend_string *key;
    zend_ulong idx;
    zval *q;
    ZEND_HASH_FOREACH_KEY_VAL_IND(Z_ARRVAL_P(queues), idx, key, q) {
        ZVAL_DEREF(q);
        if (!tq_is_queue(q)) {
            if (key) {
                php_tq_throw(spl_ce_InvalidArgumentException, "Option \"" OPT_QUEUES "\": the entry \"%s\" must "
                             "implement " QUEUE_IFACE ", %s given.", ZSTR_VAL(key), tq_value_name(q));
            } else {
                php_tq_throw(spl_ce_InvalidArgumentException, "Option \"" OPT_QUEUES "\": the entry " ZEND_ULONG_FMT
                             " must implement " QUEUE_IFACE ", %s given.", idx, tq_value_name(q));
            }
            return FAILURE;
        }
    } ZEND_HASH_FOREACH_END();
    if (zend_hash_num_elements(Z_ARRVAL_P(queues)) < 2) {
        return SUCCESS;
    }
    HashTable seen;
    zend_hash_init(&seen, 8, NULL, NULL, 0);
    zend_result result = SUCCESS;
    ZEND_HASH_FOREACH_VAL_IND(Z_ARRVAL_P(queues), q) {
        ZVAL_DEREF(q);
        zend_string *name = tq_queue_name(q);
        if (!name) {
            result = FAILURE;
            break;
        }
        bool dup = zend_hash_exists(&seen, name);
        zend_hash_add_empty_element(&seen, name);
        zend_string_release(name);
        if (dup) {
            php_tq_throw(spl_ce_InvalidArgumentException, "There are duplicated Queue names. Please check the values "
                         "of \"" OPT_QUEUES "\" in your queue dispatcher settings.");
            result = FAILURE;
            break;
        }
    } ZEND_HASH_FOREACH_END();
    zend_hash_destroy(&seen);
    return result;
}

/* Every association must name a registered queue (names compared as strings, as
 * array_diff() does). */
static zend_result tq_check_associations(zval *assoc, zval *queues)
{
    if (tq_empty(assoc)) {
        return SUCCESS;
    }
    if (Z_TYPE_P(assoc) != IS_ARRAY) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Option \"" OPT_ASSOCIATIONS "\" must be an array of "
                     "task class => queue name, %s given.", zend_zval_type_name(assoc));
        return FAILURE;
    }
    HashTable names;
    zend_hash_init(&names, 8, NULL, NULL, 0);
    zval *q;
    ZEND_HASH_FOREACH_VAL_IND(Z_ARRVAL_P(queues), q) {
        ZVAL_DEREF(q);
        zend_string *name = tq_queue_name(q);
        if (!name) {
            zend_hash_destroy(&names);
            return FAILURE;
        }
        zend_hash_add_empty_element(&names, name);
        zend_string_release(name);
    } ZEND_HASH_FOREACH_END();

    smart_str missing = {0};
    zval *target;
    ZEND_HASH_FOREACH_VAL_IND(Z_ARRVAL_P(assoc), target) {
        zend_string *name = tq_msg_str(target);
        if (!zend_hash_exists(&names, name)) {
            smart_str_appends(&missing, missing.s ? "\", \"" : "");
            smart_str_append(&missing, name);
        }
        zend_string_release(name);
    } ZEND_HASH_FOREACH_END();
    zend_hash_destroy(&names);
    if (!missing.s) {
        return SUCCESS;
    }
    smart_str_0(&missing);
    php_tq_throw(spl_ce_LogicException, "Found not registered queue(s) linked to task(s): \"%s\". Please check the "
                 "values of \"" OPT_ASSOCIATIONS "\" in your queue dispatcher settings.", ZSTR_VAL(missing.s));
    smart_str_free(&missing);
    return FAILURE;
}

/* --- the task log service ----------------------------------------------------------- */

/* getTaskLog(): the `task_log` option resolved once (an object, or a service id through
 * the service locator or the TAO root's config). out holds a new reference. */
static zend_result tq_task_log(zend_object *self, zval *out)
{
    zval *cached = PHP_TQ_PROP(self, SELF_CE, "taskLog");
    if (cached && Z_TYPE_P(cached) == IS_OBJECT) {
        ZVAL_COPY(out, cached);
        return SUCCESS;
    }
    zval *spec = tq_opt(self, OPT_TASK_LOG);
    if (tq_empty(spec)) {
        php_tq_throw_named("common_exception_Error", spl_ce_LogicException, "Task Log service needs to be set.");
        return FAILURE;
    }
    zval spec_copy;
    ZVAL_COPY(&spec_copy, spec);
    zend_result r = php_tq_resolve_service(self, SELF_CE, &spec_copy, out);
    if (r == FAILURE) {
        zval_ptr_dtor(&spec_copy);
        return FAILURE;
    }
    if (Z_TYPE_P(out) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(out), php_tq_ce_TaskLogInterface)) {
        zend_string *id = tq_msg_str(&spec_copy);
        php_tq_throw_named("common_exception_Error", spl_ce_LogicException,
                           "Task Log service \"%s\" must implement " TASK_LOG_IFACE ", %s given.",
                           ZSTR_VAL(id), tq_value_name(out));
        zend_string_release(id);
        zval_ptr_dtor(&spec_copy);
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        return FAILURE;
    }
    zval_ptr_dtor(&spec_copy);
    PHP_TQ_PROP_SET(self, SELF_CE, "taskLog", out);
    return SUCCESS;
}

/* --- queues, propagated lazily ------------------------------------------------------- */

/* Hands a queue what the dispatcher has: its service locator, the task log when the
 * queue is TaskLogAware, its logger. */
static zend_result tq_propagate(zend_object *self, zval *queue)
{
    zval *locator = PHP_TQ_PROP(self, SELF_CE, "serviceLocator");
    if (locator && Z_TYPE_P(locator) == IS_OBJECT && tq_has_method(queue, "setservicelocator")) {
        zval arg;
        ZVAL_COPY(&arg, locator);
        zend_result r = php_tq_call(queue, "setServiceLocator", NULL, 1, &arg);
        zval_ptr_dtor(&arg);
        if (r == FAILURE) {
            return FAILURE;
        }
    }
    if (instanceof_function(Z_OBJCE_P(queue), php_tq_ce_TaskLogAwareInterface)) {
        zval log;
        if (tq_task_log(self, &log) == FAILURE) {
            return FAILURE;
        }
        zend_result r = php_tq_call(queue, "setTaskLog", NULL, 1, &log);
        zval_ptr_dtor(&log);
        if (r == FAILURE) {
            return FAILURE;
        }
    }
    zval *logger = PHP_TQ_PROP(self, SELF_CE, "logger");
    if (logger && Z_TYPE_P(logger) == IS_OBJECT && tq_has_method(queue, "setlogger")) {
        zval arg;
        ZVAL_COPY(&arg, logger);
        zend_result r = php_tq_call(queue, "setLogger", NULL, 1, &arg);
        zval_ptr_dtor(&arg);
        if (r == FAILURE) {
            return FAILURE;
        }
    }
    return SUCCESS;
}

/* getQueues(): the `queues` option after every queue in it has been propagated once.
 * The private `queues` property keeps the queues already propagated (by object
 * handle, holding them so a handle is never reused while listed). out is a new
 * reference to an array. */
static zend_result tq_queues(zend_object *self, zval *out)
{
    zval *opt = tq_opt(self, OPT_QUEUES);
    if (!opt || Z_TYPE_P(opt) != IS_ARRAY) {
        ZVAL_EMPTY_ARRAY(out);
        return SUCCESS;
    }
    zval list;
    ZVAL_COPY(&list, opt); /* propagation runs PHP code that may change the option */
    zval *done = PHP_TQ_PROP(self, SELF_CE, "queues");
    zval now;
    array_init(&now);
    zval *q;
    ZEND_HASH_FOREACH_VAL_IND(Z_ARRVAL(list), q) {
        ZVAL_DEREF(q);
        if (!tq_is_queue(q)) {
            php_tq_throw(spl_ce_LogicException, "Option \"" OPT_QUEUES "\" holds %s, not a " QUEUE_IFACE,
                         tq_value_name(q));
            zval_ptr_dtor(&now);
            zval_ptr_dtor(&list);
            return FAILURE;
        }
        zend_ulong handle = Z_OBJ_HANDLE_P(q);
        zval *seen = (done && Z_TYPE_P(done) == IS_ARRAY) ? zend_hash_index_find(Z_ARRVAL_P(done), handle) : NULL;
        if (!(seen && Z_TYPE_P(seen) == IS_OBJECT && Z_OBJ_P(seen) == Z_OBJ_P(q))) {
            if (tq_propagate(self, q) == FAILURE) {
                zval_ptr_dtor(&now);
                zval_ptr_dtor(&list);
                return FAILURE;
            }
        }
        Z_ADDREF_P(q);
        zend_hash_index_update(Z_ARRVAL(now), handle, q);
    } ZEND_HASH_FOREACH_END();
    PHP_TQ_PROP_SET(self, SELF_CE, "queues", &now);
    zval_ptr_dtor(&now);
    zval t;
    ZVAL_TRUE(&t);
    PHP_TQ_PROP_SET(self, SELF_CE, "propagated", &t);
    ZVAL_COPY_VALUE(out, &list);
    return SUCCESS;
}

static void tq_forget_propagation(zend_object *self)
{
    zval f;
    ZVAL_FALSE(&f);
    PHP_TQ_PROP_SET(self, SELF_CE, "propagated", &f);
}

/* getQueue($name): first queue whose getName() === $name. */
static zend_result tq_get_queue(zend_object *self, zval *name, zval *out)
{
    zval queues;
    if (tq_queues(self, &queues) == FAILURE) {
        return FAILURE;
    }
    zval *q;
    ZEND_HASH_FOREACH_VAL_IND(Z_ARRVAL(queues), q) {
        ZVAL_DEREF(q);
        zval qname;
        if (php_tq_call(q, "getName", &qname, 0, NULL) == FAILURE) {
            zval_ptr_dtor(&queues);
            return FAILURE;
        }
        bool same = zend_is_identical(&qname, name);
        zval_ptr_dtor(&qname);
        if (same) {
            ZVAL_COPY(out, q);
            zval_ptr_dtor(&queues);
            return SUCCESS;
        }
    } ZEND_HASH_FOREACH_END();
    zval_ptr_dtor(&queues);
    zend_string *s = tq_msg_str(name);
    php_tq_throw(spl_ce_InvalidArgumentException, "Queue \"%s\" does not exist.", ZSTR_VAL(s));
    zend_string_release(s);
    return FAILURE;
}

/* hasQueue($name): in_array($name, getQueueNames(), true). -1 on exception. */
static int tq_has_queue(zend_object *self, zval *name)
{
    zval *opt = tq_opt(self, OPT_QUEUES);
    if (!opt || Z_TYPE_P(opt) != IS_ARRAY) {
        return 0;
    }
    zval list;
    ZVAL_COPY(&list, opt);
    int found = 0;
    zval *q;
    ZEND_HASH_FOREACH_VAL_IND(Z_ARRVAL(list), q) {
        ZVAL_DEREF(q);
        zval qname;
        if (Z_TYPE_P(q) != IS_OBJECT || php_tq_call(q, "getName", &qname, 0, NULL) == FAILURE) {
            found = EG(exception) ? -1 : 0;
            if (found < 0) {
                break;
            }
            continue;
        }
        found = zend_is_identical(&qname, name);
        zval_ptr_dtor(&qname);
        if (found) {
            break;
        }
    } ZEND_HASH_FOREACH_END();
    zval_ptr_dtor(&list);
    return found;
}

static zend_result tq_default_queue(zend_object *self, zval *out)
{
    zval *def = tq_opt(self, OPT_DEFAULT_QUEUE);
    if (!tq_empty(def)) {
        zval name;
        ZVAL_COPY(&name, def);
        zend_result r = tq_get_queue(self, &name, out);
        zval_ptr_dtor(&name);
        return r;
    }
    zval queues;
    if (tq_queues(self, &queues) == FAILURE) {
        return FAILURE;
    }
    zval *first = NULL;
    ZEND_HASH_FOREACH_VAL_IND(Z_ARRVAL(queues), first) {
        break;
    } ZEND_HASH_FOREACH_END();
    if (!first) {
        zval_ptr_dtor(&queues);
        php_tq_throw(spl_ce_LogicException, "No queue is registered.");
        return FAILURE;
    }
    ZVAL_COPY_DEREF(out, first);
    zval_ptr_dtor(&queues);
    return SUCCESS;
}

/* getLinkedTasks(): (array) the association option. */
static void tq_linked_tasks(zend_object *self, zval *out)
{
    zval *assoc = tq_opt(self, OPT_ASSOCIATIONS);
    if (!assoc || Z_TYPE_P(assoc) == IS_NULL) {
        array_init(out);
        return;
    }
    ZVAL_COPY(out, assoc);
    convert_to_array(out);
}

/* $this->getQueueForTask($task), through the function table so overrides count. */
static zend_result tq_route(zval *self_zv, zval *task, zval *out)
{
    if (tq_call_method(self_zv, "getqueuefortask", out, 1, task) == FAILURE) {
        return FAILURE;
    }
    if (!tq_is_queue(out)) {
        php_tq_throw(spl_ce_UnexpectedValueException, "%s::getQueueForTask() must return a " QUEUE_IFACE ", %s given",
                     ZSTR_VAL(Z_OBJCE_P(self_zv)->name), tq_value_name(out));
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        return FAILURE;
    }
    return SUCCESS;
}

/* The task id as an array key (NULL with an exception pending). */
static zend_string *tq_task_id(zval *task)
{
    zval id;
    if (php_tq_call(task, "getId", &id, 0, NULL) == FAILURE) {
        return NULL;
    }
    zend_string *s = zval_try_get_string(&id);
    zval_ptr_dtor(&id);
    return s;
}

/* Remembers that the task was dequeued from the named queue (quirk 5). */
static zend_result tq_remember_source(zend_object *self, zval *task, zend_string *queue_name)
{
    zend_string *id = tq_task_id(task);
    if (!id) {
        return FAILURE;
    }
    zval *map = PHP_TQ_PROP(self, SELF_CE, "dequeuedFrom");
    if (map) {
        ZVAL_DEREF(map);
        if (Z_TYPE_P(map) == IS_ARRAY) {
            SEPARATE_ARRAY(map);
            zval name;
            ZVAL_STR_COPY(&name, queue_name);
            zend_symtable_update(Z_ARRVAL_P(map), id, &name);
        }
    }
    zend_string_release(id);
    return SUCCESS;
}

/* --- QueueDispatcher ------------------------------------------------------------------ */

#define TQD_METHOD(name) ZEND_METHOD(oat_tao_model_taskQueue_QueueDispatcher, name)
#define SELF Z_OBJ_P(ZEND_THIS)

TQD_METHOD(__construct)
{
    zval *options = NULL;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY(options)
    ZEND_PARSE_PARAMETERS_END();

    if (options) {
        PHP_TQ_PROP_SET(SELF, SELF_CE, "options", options);
    }
    zval *queues = tq_opt(SELF, OPT_QUEUES);
    if (tq_check_queues(queues) == FAILURE
        || tq_check_associations(tq_opt(SELF, OPT_ASSOCIATIONS), queues) == FAILURE) {
        RETURN_THROWS();
    }

    zval *selector = tq_opt(SELF, OPT_SELECTOR);
    zval strategy;
    if (tq_empty(selector)) {
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

    zval *task_log = tq_opt(SELF, OPT_TASK_LOG);
    if (tq_empty(task_log)) {
        php_tq_throw_named("common_exception_Error", spl_ce_LogicException, "Task Log service needs to be set.");
        RETURN_THROWS();
    }
    if (Z_TYPE_P(task_log) != IS_STRING
        && !(Z_TYPE_P(task_log) == IS_OBJECT && instanceof_function(Z_OBJCE_P(task_log), php_tq_ce_TaskLogInterface))) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Option \"" OPT_TASK_LOG "\" must be a service id or an object "
                     "implementing " TASK_LOG_IFACE ", %s given.", tq_value_name(task_log));
        RETURN_THROWS();
    }
}

TQD_METHOD(__toPhpCode)
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
    RETVAL_STR(zend_strpprintf(0, "new \\%s(%s)", ZSTR_VAL(Z_OBJCE_P(ZEND_THIS)->name), ZSTR_VAL(code)));
    zend_string_release(code);
}

TQD_METHOD(addQueue)
{
    zval *queue;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(queue, php_tq_ce_QueueInterface)
    ZEND_PARSE_PARAMETERS_END();

    zval name;
    if (php_tq_call(queue, "getName", &name, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
    int has = tq_has_queue(SELF, &name);
    if (has != 0) {
        if (has > 0) {
            zend_string *s = tq_msg_str(&name);
            php_tq_throw(spl_ce_LogicException, "Queue \"%s\" is already registered.", ZSTR_VAL(s));
            zend_string_release(s);
        }
        zval_ptr_dtor(&name);
        RETURN_THROWS();
    }
    zval_ptr_dtor(&name);
    zval queues;
    if (tq_queues(SELF, &queues) == FAILURE) {
        RETURN_THROWS();
    }
    SEPARATE_ARRAY(&queues);
    Z_ADDREF_P(queue);
    zend_hash_next_index_insert(Z_ARRVAL(queues), queue);
    tq_opt_set(SELF, OPT_QUEUES, &queues);
    zval_ptr_dtor(&queues);
    tq_forget_propagation(SELF);
    RETURN_COPY(ZEND_THIS);
}

TQD_METHOD(setQueues)
{
    zval *queues;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY(queues)
    ZEND_PARSE_PARAMETERS_END();
    if (tq_check_queues(queues) == FAILURE) {
        RETURN_THROWS();
    }
    tq_opt_set(SELF, OPT_QUEUES, queues);
    tq_forget_propagation(SELF);
    RETURN_COPY(ZEND_THIS);
}

TQD_METHOD(removeQueue)
{
    zend_string *name;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(name)
    ZEND_PARSE_PARAMETERS_END();

    zval *opt = tq_opt(SELF, OPT_QUEUES);
    zval kept, list;
    array_init(&kept);
    bool removed = false;
    if (opt && Z_TYPE_P(opt) == IS_ARRAY) {
        ZVAL_COPY(&list, opt);
        zval *q;
        ZEND_HASH_FOREACH_VAL_IND(Z_ARRVAL(list), q) {
            ZVAL_DEREF(q);
            zend_string *qname = tq_is_queue(q) ? tq_queue_name(q) : NULL;
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
    tq_opt_set(SELF, OPT_QUEUES, &kept);
    zval_ptr_dtor(&kept);

    /* what pointed at the removed queue would now route nowhere */
    zval assoc;
    tq_linked_tasks(SELF, &assoc);
    if (zend_hash_num_elements(Z_ARRVAL(assoc)) > 0) {
        zval pruned;
        array_init(&pruned);
        zend_string *key;
        zend_ulong idx;
        zval *target;
        ZEND_HASH_FOREACH_KEY_VAL_IND(Z_ARRVAL(assoc), idx, key, target) {
            zend_string *t = tq_msg_str(target);
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
        tq_opt_set(SELF, OPT_ASSOCIATIONS, &pruned);
        zval_ptr_dtor(&pruned);
    }
    zval_ptr_dtor(&assoc);
    zval *def = tq_opt(SELF, OPT_DEFAULT_QUEUE);
    if (def && Z_TYPE_P(def) == IS_STRING && zend_string_equals(Z_STR_P(def), name)) {
        tq_opt_unset(SELF, OPT_DEFAULT_QUEUE);
    }
    tq_forget_propagation(SELF);
    RETURN_COPY(ZEND_THIS);
}

TQD_METHOD(getQueue)
{
    zval *name;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(name)
    ZEND_PARSE_PARAMETERS_END();
    if (tq_get_queue(SELF, name, return_value) == FAILURE) {
        RETURN_THROWS();
    }
}

TQD_METHOD(getQueues)
{
    ZEND_PARSE_PARAMETERS_NONE();
    if (tq_queues(SELF, return_value) == FAILURE) {
        RETURN_THROWS();
    }
}

TQD_METHOD(getQueueNames)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *opt = tq_opt(SELF, OPT_QUEUES);
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
        if (!tq_is_queue(q)) {
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

TQD_METHOD(hasQueue)
{
    zval *name;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(name)
    ZEND_PARSE_PARAMETERS_END();
    int has = tq_has_queue(SELF, name);
    if (has < 0) {
        RETURN_THROWS();
    }
    RETURN_BOOL(has);
}

TQD_METHOD(getDefaultQueue)
{
    ZEND_PARSE_PARAMETERS_NONE();
    if (tq_default_queue(SELF, return_value) == FAILURE) {
        RETURN_THROWS();
    }
}

TQD_METHOD(linkTaskToQueue)
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
    int has = tq_has_queue(SELF, queue_name);
    if (has <= 0) {
        if (has == 0) {
            zend_string *q = tq_msg_str(queue_name);
            php_tq_throw(spl_ce_LogicException, "Task \"%s\" cannot be added to \"%s\". Queue is not registered.",
                         ZSTR_VAL(task), ZSTR_VAL(q));
            zend_string_release(q);
        }
        zend_string_release(task);
        RETURN_THROWS();
    }
    zval assoc;
    tq_linked_tasks(SELF, &assoc);
    SEPARATE_ARRAY(&assoc);
    Z_TRY_ADDREF_P(queue_name);
    zend_symtable_update(Z_ARRVAL(assoc), task, queue_name);
    tq_opt_set(SELF, OPT_ASSOCIATIONS, &assoc);
    zval_ptr_dtor(&assoc);
    zend_string_release(task);
    RETURN_COPY(ZEND_THIS);
}

TQD_METHOD(getLinkedTasks)
{
    ZEND_PARSE_PARAMETERS_NONE();
    tq_linked_tasks(SELF, return_value);
}

TQD_METHOD(initialize)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval queues;
    if (tq_queues(SELF, &queues) == FAILURE) {
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

/* createTask() steps after construction; FAILURE with an exception pending. */
static zend_result tq_fill_task(zval *self_zv, zval *task, zval *callable, zval *params, zval *label,
                                zval *parent, zval *master)
{
    zval rv;
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

TQD_METHOD(createTask)
{
    zval *callable, *params = NULL, *label = NULL, *parent = NULL, *master = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 5)
        Z_PARAM_ZVAL(callable)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY(params)
        Z_PARAM_ZVAL(label)
        Z_PARAM_OBJECT_OF_CLASS_OR_NULL(parent, php_tq_ce_TaskInterface)
        Z_PARAM_ZVAL(master)
    ZEND_PARSE_PARAMETERS_END();
    if (!zend_is_callable(callable, 0, NULL)) {
        zend_argument_type_error(1, "must be a valid callback, %s given", tq_value_name(callable));
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
                        parent, master ? master : &no_master) == FAILURE) {
        zval_ptr_dtor(&task);
        RETURN_THROWS();
    }
    RETURN_COPY_VALUE(&task);
}

/* A OneTimeWorker for a sync queue, with the dispatcher's logger and locator. */
static zend_result tq_run_inline(zend_object *self, zval *queue)
{
    zval log;
    if (tq_task_log(self, &log) == FAILURE) {
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

TQD_METHOD(enqueue)
{
    zval *task, *label = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(label)
    ZEND_PARSE_PARAMETERS_END();

    zval queue, rv, args[2];
    if (tq_route(ZEND_THIS, task, &queue) == FAILURE) {
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

/* A DispatchedQueue in front of queue. */
static void tq_dispatched(zval *queue, zval *out)
{
    object_init_ex(out, DQ_CE);
    PHP_TQ_PROP_SET(Z_OBJ_P(out), DQ_CE, "queue", queue);
}

/* dequeue() with several queues: the selector picks among DispatchedQueue views; the
 * view whose last dequeued task is the one returned names the source queue. */
static zend_result tq_dequeue_with_selector(zend_object *self, zval *queues, zval *out)
{
    zval *selector = PHP_TQ_PROP(self, SELF_CE, "selectorStrategy");
    if (!selector || Z_TYPE_P(selector) != IS_OBJECT) {
        php_tq_throw(spl_ce_LogicException, "No task selector strategy is set.");
        return FAILURE;
    }
    zval views, sel;
    array_init(&views);
    zval *q;
    ZEND_HASH_FOREACH_VAL_IND(Z_ARRVAL_P(queues), q) {
        zval view;
        ZVAL_DEREF(q);
        tq_dispatched(q, &view);
        zend_hash_next_index_insert(Z_ARRVAL(views), &view);
    } ZEND_HASH_FOREACH_END();
    ZVAL_COPY(&sel, selector);
    zend_result r = php_tq_call(&sel, "pickNextTask", out, 1, &views);
    zval_ptr_dtor(&sel);

    zval *view;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL(views), view) {
        zval *got = PHP_TQ_PROP(Z_OBJ_P(view), DQ_CE, "dequeued");
        if (r == SUCCESS && got && Z_TYPE_P(got) == IS_OBJECT && Z_TYPE_P(out) == IS_OBJECT
            && Z_OBJ_P(got) == Z_OBJ_P(out)) {
            zval *inner = PHP_TQ_PROP(Z_OBJ_P(view), DQ_CE, "queue");
            zval in;
            ZVAL_COPY(&in, inner);
            zend_string *name = tq_queue_name(&in);
            zval_ptr_dtor(&in);
            r = name ? tq_remember_source(self, out, name) : FAILURE;
            if (name) {
                zend_string_release(name);
            }
        }
        /* a selector may keep the views; they must not keep tasks alive */
        zval null;
        ZVAL_NULL(&null);
        PHP_TQ_PROP_SET(Z_OBJ_P(view), DQ_CE, "dequeued", &null);
    } ZEND_HASH_FOREACH_END();
    zval_ptr_dtor(&views);
    if (r == FAILURE) {
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
    }
    return r;
}

TQD_METHOD(dequeue)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval queues;
    if (tq_queues(SELF, &queues) == FAILURE) {
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
            zend_string *name = tq_queue_name(q);
            r = name ? tq_remember_source(SELF, return_value, name) : FAILURE;
            if (name) {
                zend_string_release(name);
            }
        }
    } else {
        r = tq_dequeue_with_selector(SELF, &queues, return_value);
    }
    zval_ptr_dtor(&queues);
    if (r == FAILURE) {
        zval_ptr_dtor(return_value);
        ZVAL_UNDEF(return_value);
        RETURN_THROWS();
    }
}

/* The queue acknowledge() goes to: the one the task was dequeued from, if known and
 * still registered; otherwise routing (what TAO always does). */
static zend_result tq_ack_queue(zval *self_zv, zval *task, zval *out)
{
    zend_object *self = Z_OBJ_P(self_zv);
    zend_string *id = tq_task_id(task);
    if (!id) {
        return FAILURE;
    }
    zval *map = PHP_TQ_PROP(self, SELF_CE, "dequeuedFrom");
    zval name;
    ZVAL_UNDEF(&name);
    if (map && Z_TYPE_P(map) == IS_ARRAY) {
        zval *found = zend_symtable_find(Z_ARRVAL_P(map), id);
        if (found) {
            ZVAL_COPY(&name, found);
            SEPARATE_ARRAY(map);
            zend_symtable_del(Z_ARRVAL_P(map), id);
        }
    }
    zend_string_release(id);
    if (Z_TYPE(name) != IS_UNDEF) {
        int has = tq_has_queue(self, &name);
        if (has != 0) {
            zend_result r = has > 0 ? tq_get_queue(self, &name, out) : FAILURE;
            zval_ptr_dtor(&name);
            return r;
        }
        php_tq_log(self, SELF_CE, "warning", NULL, "Queue \"%s\" the task was dequeued from is no longer "
                   "registered; acknowledging to the queue the task routes to.", Z_STRVAL(name));
        zval_ptr_dtor(&name);
    }
    return tq_route(self_zv, task, out);
}

TQD_METHOD(acknowledge)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
    ZEND_PARSE_PARAMETERS_END();
    zval queue;
    if (tq_ack_queue(ZEND_THIS, task, &queue) == FAILURE) {
        RETURN_THROWS();
    }
    zend_result r = php_tq_call(&queue, "acknowledge", NULL, 1, task);
    zval_ptr_dtor(&queue);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
}

TQD_METHOD(count)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval queues;
    if (tq_queues(SELF, &queues) == FAILURE) {
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

/* any() / all() of a boolean method over the queues; -1 on exception. */
static int tq_queues_bool(zend_object *self, const char *method, bool want_all)
{
    zval queues;
    if (tq_queues(self, &queues) == FAILURE) {
        return -1;
    }
    int result = want_all ? 1 : 0;
    zval *q;
    ZEND_HASH_FOREACH_VAL_IND(Z_ARRVAL(queues), q) {
        zval b;
        ZVAL_DEREF(q);
        if (php_tq_call(q, method, &b, 0, NULL) == FAILURE) {
            result = -1;
            break;
        }
        bool t = zend_is_true(&b);
        zval_ptr_dtor(&b);
        if (want_all && !t) {
            result = 0;
            break;
        }
        if (!want_all && t) {
            result = 1;
            break;
        }
    } ZEND_HASH_FOREACH_END();
    zval_ptr_dtor(&queues);
    return result;
}

TQD_METHOD(hasPreFetchedMessages)
{
    ZEND_PARSE_PARAMETERS_NONE();
    int r = tq_queues_bool(SELF, "hasPreFetchedMessages", false);
    if (r < 0) {
        RETURN_THROWS();
    }
    RETURN_BOOL(r);
}

TQD_METHOD(isSync)
{
    ZEND_PARSE_PARAMETERS_NONE();
    int r = tq_queues_bool(SELF, "isSync", true);
    if (r < 0) {
        RETURN_THROWS();
    }
    RETURN_BOOL(r);
}

TQD_METHOD(setTaskSelector)
{
    zval *selector;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(selector, php_tq_ce_SelectorStrategyInterface)
    ZEND_PARSE_PARAMETERS_END();
    tq_opt_set(SELF, OPT_SELECTOR, selector);
    /* TAO only wrote the option (quirk 6); the live instance uses it at once */
    PHP_TQ_PROP_SET(SELF, SELF_CE, "selectorStrategy", selector);
    RETURN_COPY(ZEND_THIS);
}

TQD_METHOD(getWaitTime)
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

TQD_METHOD(setOwner)
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

TQD_METHOD(getOwner)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *owner = PHP_TQ_PROP(SELF, SELF_CE, "owner");
    if (owner && Z_TYPE_P(owner) == IS_STRING) {
        RETURN_COPY(owner);
    }
    /* TAO falls back to the session user; there is no generis session here */
    RETURN_EMPTY_STRING();
}

TQD_METHOD(getTaskLog)
{
    ZEND_PARSE_PARAMETERS_NONE();
    if (tq_task_log(SELF, return_value) == FAILURE) {
        RETURN_THROWS();
    }
}

TQD_METHOD(getQueueForTask)
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
            r = tq_get_queue(SELF, &name, return_value);
            routed = true;
        }
        zval_ptr_dtor(&name);
        if (routed) {
            goto done;
        }
    }
    zval assoc;
    tq_linked_tasks(SELF, &assoc);
    zval *target = zend_symtable_find(Z_ARRVAL(assoc), Z_OBJCE(action)->name);
    if (target) {
        zval name;
        ZVAL_COPY_DEREF(&name, target);
        r = tq_get_queue(SELF, &name, return_value);
        zval_ptr_dtor(&name);
    } else {
        r = tq_default_queue(SELF, return_value);
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

/* --- DispatchedQueue ------------------------------------------------------------------ */

#define TQDQ_METHOD(name) ZEND_METHOD(oat_tao_model_taskQueue_Queue_DispatchedQueue, name)

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

#define TQDQ_FORWARD(name) TQDQ_METHOD(name) { tq_dq_forward(INTERNAL_FUNCTION_PARAM_PASSTHRU, #name); }

TQDQ_METHOD(__construct)
{
    zend_throw_error(NULL, "oat\\tao\\model\\taskQueue\\Queue\\DispatchedQueue cannot be constructed directly: "
                     "QueueDispatcher::dequeue() creates it");
}

TQDQ_METHOD(getQueue)
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

TQDQ_METHOD(dequeue)
{
    tq_dq_forward(INTERNAL_FUNCTION_PARAM_PASSTHRU, "dequeue");
    if (!EG(exception) && Z_TYPE_P(return_value) == IS_OBJECT) {
        PHP_TQ_PROP_SET(SELF, DQ_CE, "dequeued", return_value);
    }
}

TQDQ_METHOD(__call)
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

void php_tq_queue_dispatcher_minit(void)
{
    php_tq_ce_QueueDispatcherInterface =
        register_class_oat_tao_model_taskQueue_QueueDispatcherInterface(php_tq_ce_QueuerInterface);
    php_tq_ce_QueueDispatcher = register_class_oat_tao_model_taskQueue_QueueDispatcher(php_tq_ce_QueueDispatcherInterface);
    php_tq_ce_DispatchedQueue = register_class_oat_tao_model_taskQueue_Queue_DispatchedQueue(php_tq_ce_QueueInterface);
}
