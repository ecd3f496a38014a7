/*
 * stuck_sqs.c: the stuck tasks of an SQS queue (beyond TAO, whose classes know RDS queues only):
 * the messages kept in TQ_<name>_poison, undecodable or dead letters, whose Task Log entries
 * are failed. findAll() lists them when its statuses include failed; restart() sends the
 * task's message back (SqsQueueBroker::redrivePoison(), which also sets its entry to
 * enqueued). Reached through the broker's PHP methods, so ext/stuck names nothing of ext/sqs.
 * May touch: the Zend API, common/common, cli/tools, task/task.h, stuck.h.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "../common/common.h"
#include "../cli/tools.h"
#include "../task/task.h"
#include "stuck.h"

#define POISON_LIST_MAX 1000

bool php_tq_stuck_is_sqs(zval *broker)
{
    return Z_TYPE_P(broker) == IS_OBJECT
        && zend_hash_str_exists(&Z_OBJCE_P(broker)->function_table, "redrivepoison", sizeof("redrivepoison") - 1);
}

/* Whether the entity's task name is in names (one per line; "" or NULL: any). */
static bool name_listed(zval *entity, const char *names)
{
    if (!names || !*names) {
        return true;
    }
    zend_string *n = php_tq_call_string(entity, "getTaskName");
    bool found = false;
    for (const char *p = names; *p && !found; ) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        found = len == ZSTR_LEN(n) && memcmp(p, ZSTR_VAL(n), len) == 0;
        p += len + (nl ? 1 : 0);
    }
    zend_string_release(n);
    return found;
}

/* One kept message as a StuckTask (its task decoded when it can be) added to collection. */
static zend_result add_kept(zval *task_log, zval *row, zend_string *queue, const char *names, zval *collection)
{
    zval *tid = zend_hash_str_find(Z_ARRVAL_P(row), "taskId", sizeof("taskId") - 1);
    zval *body = zend_hash_str_find(Z_ARRVAL_P(row), "body", sizeof("body") - 1);
    zval *mid = zend_hash_str_find(Z_ARRVAL_P(row), "messageId", sizeof("messageId") - 1);
    if (!tid || Z_TYPE_P(tid) != IS_STRING) {
        return SUCCESS;   /* no task id: no Task Log entry to show it with */
    }
    zval args[4], st;
    if (php_tq_call(task_log, "getById", &args[0], 1, tid) == FAILURE) {
        zend_clear_exception();   /* no entry: nothing a stuck-task list can show */
        return SUCCESS;
    }
    zend_result r = SUCCESS;
    if (Z_TYPE(args[0]) == IS_OBJECT && name_listed(&args[0], names)) {
        ZVAL_STR(&args[1], queue);
        if (!body || Z_TYPE_P(body) != IS_STRING
            || php_tq_task_deserialize(Z_STRVAL_P(body), Z_STRLEN_P(body), &args[2]) == FAILURE) {
            zend_clear_exception();
            ZVAL_NULL(&args[2]);
        }
        ZVAL_COPY(&args[3], mid ? mid : &EG(uninitialized_zval));
        if ((r = php_tq_cli_new_object(php_tq_ce_StuckTask, &st, 4, args)) == SUCCESS) {
            r = php_tq_call(collection, "add", NULL, 1, &st);
            zval_ptr_dtor(&st);
        }
        zval_ptr_dtor(&args[2]);
        zval_ptr_dtor(&args[3]);
    }
    zval_ptr_dtor(&args[0]);
    return r;
}

zend_result php_tq_stuck_sqs_find(zval *broker, zval *task_log, zend_string *queue, const char *names,
                                  const char *statuses, zval *collection)
{
    if (!strstr(statuses, "failed\n")) {
        return SUCCESS;   /* an SQS queue's only stuck tasks are the ones kept aside */
    }
    zval max, rows, *row;
    ZVAL_LONG(&max, POISON_LIST_MAX);
    if (php_tq_call(broker, "getPoisonMessages", &rows, 1, &max) == FAILURE) {
        return FAILURE;
    }
    zend_result r = SUCCESS;
    if (Z_TYPE(rows) == IS_ARRAY) {
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL(rows), row) {
            if (r == SUCCESS && Z_TYPE_P(row) == IS_ARRAY) {
                r = add_kept(task_log, row, queue, names, collection);
            }
        } ZEND_HASH_FOREACH_END();
    }
    zval_ptr_dtor(&rows);
    return r;
}

zend_result php_tq_stuck_sqs_restart(zval *broker, zend_string *id, zend_string *queue)
{
    zval args[1], moved;
    ZVAL_STR(&args[0], id);
    if (php_tq_call(broker, "redrivePoison", &moved, 1, args) == FAILURE) {
        return FAILURE;
    }
    zend_long n = zval_get_long(&moved);
    zval_ptr_dtor(&moved);
    if (n == 0) {
        php_tq_throw(spl_ce_RuntimeException, "Task %s has no message kept in TQ_%s_poison: nothing to restart",
                     ZSTR_VAL(id), ZSTR_VAL(queue));
        return FAILURE;
    }
    return SUCCESS;
}
