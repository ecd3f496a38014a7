/*
 * queue_dispatcher_queues.c: the state behind QueueDispatcher's methods: its options
 * (read, validated), the task log service resolved once, the registered queues handed
 * the dispatcher's locator, task log and logger lazily, lookups by name, routing a task
 * to its queue, and the bookkeeping that sends acknowledge() to the queue a task was
 * dequeued from (through DispatchedQueue views when a selector picks among several).
 * Every call into queues, tasks and the task log goes through PHP methods.
 * May touch: the Zend API, common/common, dispatched_queue (its C accessors).
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_exceptions.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "../task_log/task_log.h"
#include "queue.h"
#include "queue_dispatcher_queues.h"

#define SELF_CE php_tq_ce_QueueDispatcher

/* --- small helpers ------------------------------------------------------------------ */

/* PHP's empty(): absent, null, false, 0, "", "0", []. */
bool php_tq_qd_empty(zval *v)
{
    return !v || !zend_is_true(v);
}

zval *php_tq_qd_opt(zend_object *self, const char *name)
{
    zval *v = php_tq_option(self, SELF_CE, name);
    if (v) {
        ZVAL_DEREF(v);
    }
    return v;
}

void php_tq_qd_opt_set(zend_object *self, const char *name, zval *value)
{
    zend_string *key = zend_string_init(name, strlen(name), 0);
    php_tq_option_set(self, SELF_CE, key, value);
    zend_string_release(key);
}

void php_tq_qd_opt_unset(zend_object *self, const char *name)
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
const char *php_tq_qd_value_name(zval *v)
{
    ZVAL_DEREF(v);
    return Z_TYPE_P(v) == IS_OBJECT ? ZSTR_VAL(Z_OBJCE_P(v)->name) : zend_zval_type_name(v);
}

/* A value as it can appear inside an error message. */
zend_string *php_tq_qd_msg_str(zval *v)
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
static zend_result php_tq_qd_call_method(zval *obj, const char *lcname, zval *rv, uint32_t argc, zval *argv)
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

static bool php_tq_qd_has_method(zval *obj, const char *lcname)
{
    return Z_TYPE_P(obj) == IS_OBJECT
        && zend_hash_str_exists(&Z_OBJCE_P(obj)->function_table, lcname, strlen(lcname));
}

bool php_tq_qd_is_queue(zval *v)
{
    return Z_TYPE_P(v) == IS_OBJECT && instanceof_function(Z_OBJCE_P(v), php_tq_ce_QueueInterface);
}

/* $queue->getName() as a string (for comparisons and messages). */
zend_string *php_tq_qd_queue_name(zval *queue)
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
zend_result php_tq_qd_check_queues(zval *queues)
{
    if (php_tq_qd_empty(queues)) {
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
        if (!php_tq_qd_is_queue(q)) {
            if (key) {
                php_tq_throw(spl_ce_InvalidArgumentException, "Option \"" OPT_QUEUES "\": the entry \"%s\" must "
                             "implement " QUEUE_IFACE ", %s given.", ZSTR_VAL(key), php_tq_qd_value_name(q));
            } else {
                php_tq_throw(spl_ce_InvalidArgumentException, "Option \"" OPT_QUEUES "\": the entry " ZEND_ULONG_FMT
                             " must implement " QUEUE_IFACE ", %s given.", idx, php_tq_qd_value_name(q));
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
        zend_string *name = php_tq_qd_queue_name(q);
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
zend_result php_tq_qd_check_associations(zval *assoc, zval *queues)
{
    if (php_tq_qd_empty(assoc)) {
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
        zend_string *name = php_tq_qd_queue_name(q);
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
        zend_string *name = php_tq_qd_msg_str(target);
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
zend_result php_tq_qd_task_log(zend_object *self, zval *out)
{
    zval *cached = PHP_TQ_PROP(self, SELF_CE, "taskLog");
    if (cached && Z_TYPE_P(cached) == IS_OBJECT) {
        ZVAL_COPY(out, cached);
        return SUCCESS;
    }
    zval *spec = php_tq_qd_opt(self, OPT_TASK_LOG);
    if (php_tq_qd_empty(spec)) {
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
        zend_string *id = php_tq_qd_msg_str(&spec_copy);
        php_tq_throw_named("common_exception_Error", spl_ce_LogicException,
                           "Task Log service \"%s\" must implement " TASK_LOG_IFACE ", %s given.",
                           ZSTR_VAL(id), php_tq_qd_value_name(out));
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
static zend_result php_tq_qd_propagate(zend_object *self, zval *queue)
{
    zval *locator = PHP_TQ_PROP(self, SELF_CE, "serviceLocator");
    if (locator && Z_TYPE_P(locator) == IS_OBJECT && php_tq_qd_has_method(queue, "setservicelocator")) {
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
        if (php_tq_qd_task_log(self, &log) == FAILURE) {
            return FAILURE;
        }
        zend_result r = php_tq_call(queue, "setTaskLog", NULL, 1, &log);
        zval_ptr_dtor(&log);
        if (r == FAILURE) {
            return FAILURE;
        }
    }
    zval *logger = PHP_TQ_PROP(self, SELF_CE, "logger");
    if (logger && Z_TYPE_P(logger) == IS_OBJECT && php_tq_qd_has_method(queue, "setlogger")) {
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
zend_result php_tq_qd_queues(zend_object *self, zval *out)
{
    zval *opt = php_tq_qd_opt(self, OPT_QUEUES);
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
        if (!php_tq_qd_is_queue(q)) {
            php_tq_throw(spl_ce_LogicException, "Option \"" OPT_QUEUES "\" holds %s, not a " QUEUE_IFACE,
                         php_tq_qd_value_name(q));
            zval_ptr_dtor(&now);
            zval_ptr_dtor(&list);
            return FAILURE;
        }
        zend_ulong handle = Z_OBJ_HANDLE_P(q);
        zval *seen = (done && Z_TYPE_P(done) == IS_ARRAY) ? zend_hash_index_find(Z_ARRVAL_P(done), handle) : NULL;
        if (!(seen && Z_TYPE_P(seen) == IS_OBJECT && Z_OBJ_P(seen) == Z_OBJ_P(q))) {
            if (php_tq_qd_propagate(self, q) == FAILURE) {
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

void php_tq_qd_forget_propagation(zend_object *self)
{
    zval f;
    ZVAL_FALSE(&f);
    PHP_TQ_PROP_SET(self, SELF_CE, "propagated", &f);
}

/* getQueue($name): first queue whose getName() === $name. */
zend_result php_tq_qd_get_queue(zend_object *self, zval *name, zval *out)
{
    zval queues;
    if (php_tq_qd_queues(self, &queues) == FAILURE) {
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
    zend_string *s = php_tq_qd_msg_str(name);
    php_tq_throw(spl_ce_InvalidArgumentException, "Queue \"%s\" does not exist.", ZSTR_VAL(s));
    zend_string_release(s);
    return FAILURE;
}

/* hasQueue($name): in_array($name, getQueueNames(), true). -1 on exception. */
int php_tq_qd_has_queue(zend_object *self, zval *name)
{
    zval *opt = php_tq_qd_opt(self, OPT_QUEUES);
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

zend_result php_tq_qd_default_queue(zend_object *self, zval *out)
{
    zval *def = php_tq_qd_opt(self, OPT_DEFAULT_QUEUE);
    if (!php_tq_qd_empty(def)) {
        zval name;
        ZVAL_COPY(&name, def);
        zend_result r = php_tq_qd_get_queue(self, &name, out);
        zval_ptr_dtor(&name);
        return r;
    }
    zval queues;
    if (php_tq_qd_queues(self, &queues) == FAILURE) {
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
void php_tq_qd_linked_tasks(zend_object *self, zval *out)
{
    zval *assoc = php_tq_qd_opt(self, OPT_ASSOCIATIONS);
    if (!assoc || Z_TYPE_P(assoc) == IS_NULL) {
        array_init(out);
        return;
    }
    ZVAL_COPY(out, assoc);
    convert_to_array(out);
}

/* $this->getQueueForTask($task), through the function table so overrides count. */
zend_result php_tq_qd_route(zval *self_zv, zval *task, zval *out)
{
    if (php_tq_qd_call_method(self_zv, "getqueuefortask", out, 1, task) == FAILURE) {
        return FAILURE;
    }
    if (!php_tq_qd_is_queue(out)) {
        php_tq_throw(spl_ce_UnexpectedValueException, "%s::getQueueForTask() must return a " QUEUE_IFACE ", %s given",
                     ZSTR_VAL(Z_OBJCE_P(self_zv)->name), php_tq_qd_value_name(out));
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        return FAILURE;
    }
    return SUCCESS;
}

/* The task id as an array key (NULL with an exception pending). */
static zend_string *php_tq_qd_task_id(zval *task)
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
zend_result php_tq_qd_remember_source(zend_object *self, zval *task, zend_string *queue_name)
{
    zend_string *id = php_tq_qd_task_id(task);
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

/* For the workers' task counters (README "Metrics"): the name of the queue a
 * QueueDispatcher handed task out from, before acknowledge() forgets it; NULL when it did
 * not (or dispatcher is not ours). Never throws. */
zend_string *php_tq_dispatcher_source_of(zval *dispatcher, zval *task)
{
    if (Z_TYPE_P(dispatcher) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(dispatcher), SELF_CE)) {
        return NULL;
    }
    zend_string *id = php_tq_qd_task_id(task);
    if (!id) {
        zend_clear_exception();
        return NULL;
    }
    zval *map = PHP_TQ_PROP(Z_OBJ_P(dispatcher), SELF_CE, "dequeuedFrom");
    zval *found = map && Z_TYPE_P(map) == IS_ARRAY ? zend_symtable_find(Z_ARRVAL_P(map), id) : NULL;
    zend_string_release(id);
    return found && Z_TYPE_P(found) == IS_STRING ? zend_string_copy(Z_STR_P(found)) : NULL;
}

void php_tq_dispatcher_forget_source(zval *dispatcher, zend_string *task_id)
{
    if (Z_TYPE_P(dispatcher) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(dispatcher), SELF_CE)) {
        return;
    }
    zval *map = PHP_TQ_PROP(Z_OBJ_P(dispatcher), SELF_CE, "dequeuedFrom");
    if (map) {
        ZVAL_DEREF(map);
        if (Z_TYPE_P(map) == IS_ARRAY && zend_symtable_exists(Z_ARRVAL_P(map), task_id)) {
            SEPARATE_ARRAY(map);
            zend_symtable_del(Z_ARRVAL_P(map), task_id);
        }
    }
}

/* --- dequeue and acknowledge -------------------------------------------------------- */

/* dequeue() with several queues: the selector picks among DispatchedQueue views; the
 * view whose last dequeued task is the one returned names the source queue. */
zend_result php_tq_qd_dequeue_with_selector(zend_object *self, zval *queues, zval *out)
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
        php_tq_dispatched_queue_wrap(q, &view);
        zend_hash_next_index_insert(Z_ARRVAL(views), &view);
    } ZEND_HASH_FOREACH_END();
    ZVAL_COPY(&sel, selector);
    zend_result r = php_tq_call(&sel, "pickNextTask", out, 1, &views);
    zval_ptr_dtor(&sel);

    zval *view;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL(views), view) {
        zval *inner = r == SUCCESS ? php_tq_dispatched_queue_source(Z_OBJ_P(view), out) : NULL;
        if (inner) {
            zval in;
            ZVAL_COPY(&in, inner);
            zend_string *name = php_tq_qd_queue_name(&in);
            zval_ptr_dtor(&in);
            r = name ? php_tq_qd_remember_source(self, out, name) : FAILURE;
            if (name) {
                zend_string_release(name);
            }
        }
        /* a selector may keep the views; they must not keep tasks alive */
        php_tq_dispatched_queue_forget(Z_OBJ_P(view));
    } ZEND_HASH_FOREACH_END();
    zval_ptr_dtor(&views);
    if (r == FAILURE) {
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
    }
    return r;
}

/* The queue acknowledge() goes to: the one the task was dequeued from, if known and
 * still registered; otherwise routing (what TAO always does). */
zend_result php_tq_qd_ack_queue(zval *self_zv, zval *task, zval *out)
{
    zend_object *self = Z_OBJ_P(self_zv);
    zend_string *id = php_tq_qd_task_id(task);
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
        int has = php_tq_qd_has_queue(self, &name);
        if (has != 0) {
            zend_result r = has > 0 ? php_tq_qd_get_queue(self, &name, out) : FAILURE;
            zval_ptr_dtor(&name);
            return r;
        }
        php_tq_log(self, SELF_CE, "warning", NULL, "Queue \"%s\" the task was dequeued from is no longer "
                   "registered; acknowledging to the queue the task routes to.", Z_STRVAL(name));
        zval_ptr_dtor(&name);
    }
    return php_tq_qd_route(self_zv, task, out);
}

/* any() / all() of a boolean method over the queues; -1 on exception. */
int php_tq_qd_queues_bool(zend_object *self, const char *method, bool want_all)
{
    zval queues;
    if (php_tq_qd_queues(self, &queues) == FAILURE) {
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
