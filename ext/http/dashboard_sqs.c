/*
 * http/dashboard_sqs.c: the operator view's SQS side: the task ids of messages kept in an SQS
 * queue's TQ_<name>_poison (dead letters and undecodable messages) join the PostgreSQL queues'
 * set-aside rows in `stuck`, and `restart` sends such a message back
 * (SqsQueueBroker::redrivePoison(), reached as a PHP method: no SQS code here).
 * May touch: the Zend API, common/common, http.h.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "../common/common.h"
#include "http.h"

#define KEPT_MAX 1000

static bool is_sqs(zval *broker)
{
    return Z_TYPE_P(broker) == IS_OBJECT
        && zend_hash_str_exists(&Z_OBJCE_P(broker)->function_table, "getpoisonmessages", sizeof("getpoisonmessages") - 1);
}

void php_tq_http_dash_sqs_kept(zval *broker, smart_str *ids)
{
    if (!is_sqs(broker)) {
        return;
    }
    zval max, rows, *row;
    ZVAL_LONG(&max, KEPT_MAX);
    if (php_tq_call(broker, "getPoisonMessages", &rows, 1, &max) == FAILURE) {
        zend_clear_exception();
        return;
    }
    if (Z_TYPE(rows) == IS_ARRAY) {
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL(rows), row) {
            zval *id = Z_TYPE_P(row) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(row), "taskId", sizeof("taskId") - 1) : NULL;
            if (id && Z_TYPE_P(id) == IS_STRING && !memchr(Z_STRVAL_P(id), '\n', Z_STRLEN_P(id))) {
                smart_str_append(ids, Z_STR_P(id));
                smart_str_appendc(ids, '\n');
            }
        } ZEND_HASH_FOREACH_END();
    }
    zval_ptr_dtor(&rows);
}

zend_string *php_tq_http_dash_sqs_redrive(zval *queues, const char *task_id)
{
    zval *q;
    zend_string *found = NULL;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(queues), q) {
        zval broker, moved, arg, name;
        if (found || php_tq_call(q, "getBroker", &broker, 0, NULL) == FAILURE) {
            zend_clear_exception();
            continue;
        }
        if (is_sqs(&broker)) {
            ZVAL_STRING(&arg, task_id);
            if (php_tq_call(&broker, "redrivePoison", &moved, 1, &arg) == SUCCESS) {
                if (zval_get_long(&moved) > 0 && php_tq_call(q, "getName", &name, 0, NULL) == SUCCESS) {
                    found = zval_get_string(&name);
                    zval_ptr_dtor(&name);
                }
                zval_ptr_dtor(&moved);
            }
            zval_ptr_dtor(&arg);
        }
        zval_ptr_dtor(&broker);
        if (EG(exception)) {
            break;
        }
    } ZEND_HASH_FOREACH_END();
    return found;
}
