/*
 * migrate_queue_messages.c: MigrateQueueMessages, TAO's one-off move of the tasks still in the
 * pre-2017 queue (service generis/taskqueue: lib-oatbox-taskqueue's RdsQueue, a PHP library)
 * into the task queue. That queue is PHP code the extension does not re-implement; when a TAO
 * install still has it (the library loaded, its config file or its service in the locator),
 * the tool works through its PHP API as TAO's does: each item (getInvocable(), getParameters(),
 * getLabel(), getOwner(), getId()) becomes createTask(new <invocable>(), params, label) under
 * its owner, and is marked archived in the old queue. Without it, an error report says there
 * is nothing to migrate from (exit 1; doc/compatibility.md). The invocable must be a class a
 * task may name (a generis Action or listed in taskqueue.allowed_callables), as everywhere.
 * May touch: the Zend API, common/common, queue/queue.h, task/task.h.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "../php_taskqueue.h"
#include "tools.h"
#include "migrate_queue_messages_arginfo.h"

zend_class_entry *php_tq_ce_MigrateQueueMessages;

#define MQ_LEGACY_SERVICE "generis/taskqueue"
#define MQ_LEGACY_TASK "oat\\oatbox\\task\\Task"

/* The old queue's service; UNDEF in out (and an error report) when it is not configured. */
static zend_result mq_legacy_queue(zval *self, zval *out, zval *report)
{
    ZVAL_UNDEF(out);
    if (!php_tq_cli_tool_locator(self, php_tq_ce_MigrateQueueMessages)) {
        zend_string *sid = zend_string_init(MQ_LEGACY_SERVICE, sizeof(MQ_LEGACY_SERVICE) - 1, 0);
        zval probe;
        tq_error err;
        tq_error_clear(&err);
        zend_result r = php_tq_load_service_config(sid, &probe, &err);
        zend_string_release(sid);
        if (r == FAILURE) {
            if (EG(exception)) {
                return FAILURE;
            }
            php_tq_cli_rep_newf(report, "error", "There is no pre-2017 task queue to migrate from: the service "
                                MQ_LEGACY_SERVICE " (lib-oatbox-taskqueue's oat\\Taskqueue\\Persistence\\RdsQueue) is "
                                "not configured (%s).", err.message);
            return SUCCESS;
        }
        zval_ptr_dtor(&probe);
    }
    return php_tq_cli_tool_service(self, php_tq_ce_MigrateQueueMessages, MQ_LEGACY_SERVICE, out);
}

/* The status the old queue calls archived: generis' constant when its class loads. */
static void mq_archived(zval *out)
{
    zend_string *cn = zend_string_init(MQ_LEGACY_TASK, sizeof(MQ_LEGACY_TASK) - 1, 0);
    zend_class_entry *ce = zend_lookup_class(cn);
    zend_string_release(cn);
    if (EG(exception)) {
        zend_clear_exception();
    }
    zend_class_constant *c = ce ? zend_hash_str_find_ptr(CE_CONSTANTS_TABLE(ce), "STATUS_ARCHIVED",
                                                         sizeof("STATUS_ARCHIVED") - 1) : NULL;
    if (c && Z_TYPE(c->value) == IS_STRING) {
        ZVAL_COPY(out, &c->value);
    } else {
        ZVAL_STRING(out, "archived");
    }
}

/* One old item into the new queue, then archived in the old one. FAILURE with an exception. */
static zend_result mq_move(zval *dispatcher, zval *legacy, zval *item, zval *archived)
{
    zval inv, params, label, owner, id, action, args[3], task;
    ZVAL_UNDEF(&params);
    ZVAL_UNDEF(&label);
    ZVAL_UNDEF(&owner);
    ZVAL_UNDEF(&id);
    if (php_tq_call(item, "getInvocable", &inv, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    zend_result r = FAILURE;
    if (php_tq_call(item, "getParameters", &params, 0, NULL) == FAILURE
        || php_tq_call(item, "getLabel", &label, 0, NULL) == FAILURE
        || php_tq_call(item, "getOwner", &owner, 0, NULL) == FAILURE
        || php_tq_call(item, "getId", &id, 0, NULL) == FAILURE) {
        goto done;
    }
    zend_class_entry *ce = Z_TYPE(inv) == IS_STRING ? zend_lookup_class(Z_STR(inv)) : NULL;
    if (EG(exception)) {
        goto done;
    }
    if (!ce) {
        php_tq_throw(zend_ce_exception, "Task %s of the old queue names no class that exists (%s)",
                     Z_TYPE(id) == IS_STRING ? Z_STRVAL(id) : "?", Z_TYPE(inv) == IS_STRING ? Z_STRVAL(inv) : zend_zval_type_name(&inv));
        goto done;
    }
    if (!php_tq_task_class_allowed(ce)) {
        php_tq_throw(zend_ce_exception, "Action in not instance of oat\\oatbox\\action\\Action (%s; "
                     "taskqueue.allowed_callables may list it)", ZSTR_VAL(ce->name));
        goto done;
    }
    if (php_tq_cli_call1(dispatcher, "setOwner", &owner) == FAILURE
        || php_tq_cli_new_object(ce, &action, 0, NULL) == FAILURE) {
        goto done;
    }
    ZVAL_COPY_VALUE(&args[0], &action);
    ZVAL_COPY_VALUE(&args[1], &params);
    ZVAL_COPY_VALUE(&args[2], &label);
    r = php_tq_call(dispatcher, "createTask", &task, 3, args);
    zval_ptr_dtor(&action);
    if (r == SUCCESS) {
        zval_ptr_dtor(&task);
        ZVAL_COPY_VALUE(&args[0], &id);
        ZVAL_COPY_VALUE(&args[1], archived);
        r = php_tq_call(legacy, "updateTaskStatus", NULL, 2, args);
    }
done:
    zval_ptr_dtor(&inv);
    zval_ptr_dtor(&params);
    zval_ptr_dtor(&label);
    zval_ptr_dtor(&owner);
    zval_ptr_dtor(&id);
    return r;
}

static zend_result mq_run(zval *self, const php_tq_cli_args *a, zval *report)
{
    zval legacy, dispatcher, it, archived;
    if (mq_legacy_queue(self, &legacy, report) == FAILURE) {
        return FAILURE;
    }
    if (Z_TYPE_P(report) == IS_ARRAY) {
        return SUCCESS;
    }
    if (Z_TYPE(legacy) != IS_OBJECT || !instanceof_function(Z_OBJCE(legacy), zend_ce_traversable)) {
        php_tq_cli_rep_newf(report, "error", "The service " MQ_LEGACY_SERVICE " is not the pre-2017 queue (%s, not "
                            "iterable): nothing was migrated.", Z_TYPE(legacy) == IS_OBJECT ? ZSTR_VAL(Z_OBJCE(legacy)->name)
                            : zend_zval_type_name(&legacy));
        zval_ptr_dtor(&legacy);
        return SUCCESS;
    }
    if (php_tq_cli_tool_service(self, php_tq_ce_MigrateQueueMessages, TQ_SERVICE_QUEUE, &dispatcher) == FAILURE) {
        zval_ptr_dtor(&legacy);
        return FAILURE;
    }
    /* IteratorAggregate (RdsQueue) down to its Iterator */
    ZVAL_COPY(&it, &legacy);
    zend_result r = SUCCESS;
    while (r == SUCCESS && instanceof_function(Z_OBJCE(it), zend_ce_aggregate)) {
        zval inner;
        r = php_tq_call(&it, "getIterator", &inner, 0, NULL);
        zval_ptr_dtor(&it);
        ZVAL_COPY_VALUE(&it, &inner);
        if (r == SUCCESS && (Z_TYPE(it) != IS_OBJECT || !instanceof_function(Z_OBJCE(it), zend_ce_traversable))) {
            php_tq_throw(zend_ce_exception, "The old queue's getIterator() returned no iterator");
            r = FAILURE;
        }
    }
    if (r == FAILURE) {
        if (Z_TYPE(it) != IS_UNDEF) {
            zval_ptr_dtor(&it);
        }
        zval_ptr_dtor(&dispatcher);
        zval_ptr_dtor(&legacy);
        return FAILURE;
    }
    mq_archived(&archived);
    zend_long count = 0;
    zend_result cr;
    r = php_tq_cli_call1(&it, "rewind", NULL);
    while (r == SUCCESS && php_tq_cli_call_bool(&it, "valid", &cr)) {
        zval item;
        if (php_tq_call(&it, "current", &item, 0, NULL) == FAILURE) {
            r = FAILURE;
            break;
        }
        r = mq_move(&dispatcher, &legacy, &item, &archived);
        zval_ptr_dtor(&item);
        if (r == SUCCESS) {
            count++;
            r = php_tq_cli_call1(&it, "next", NULL);
        }
    }
    if (r == SUCCESS && cr == FAILURE) {
        r = FAILURE;
    }
    if (r == SUCCESS) {
        php_tq_cli_rep_newf(report, "success", "Imported with success: " ZEND_LONG_FMT, count);
    }
    zval_ptr_dtor(&archived);
    zval_ptr_dtor(&it);
    zval_ptr_dtor(&dispatcher);
    zval_ptr_dtor(&legacy);
    return r;
}

/* TAO's catch: an exception's message as a failure report (php_tq_cli_action_invoke) */
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_MigrateQueueMessages, __invoke)
{
    php_tq_cli_action_invoke(INTERNAL_FUNCTION_PARAM_PASSTHRU, mq_run);
}

PHP_TQ_LOCATOR_METHODS(oat_taoTaskQueue_scripts_tools_MigrateQueueMessages, php_tq_ce_MigrateQueueMessages)

void php_tq_cli_migrate_queue_messages_minit(void)
{
    php_tq_ce_MigrateQueueMessages = register_class_oat_taoTaskQueue_scripts_tools_MigrateQueueMessages();
}
