/*
 * sqs_poison.c: a message that does not decode is moved to TQ_<name>_poison (never dropped)
 * and reported as a failed task in the Task Log; a task that failed its last attempt under a
 * retry policy (a dead letter, ext/worker/retry.c) is moved there too.
 * May touch: the Zend API, common/common, src/sqs/tq_sqs, src/sqs/tq_sqs_keeper.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "sqs_private.h"

/* --- messages that cannot be decoded ------------------------------------------------------- */

/* The Task Log: the one given with setTaskLog(), else the service tao/taskLog. */
static bool task_log_of(zend_object *obj, zval *out)
{
    zval *tl = PHP_TQ_PROP(obj, SQS_SCOPE, "taskLog");
    if (tl && Z_TYPE_P(tl) == IS_OBJECT) {
        ZVAL_COPY(out, tl);
        return true;
    }
    zval id;
    ZVAL_STRING(&id, "tao/taskLog");
    zend_result r = php_tq_resolve_service(obj, ABSTRACT_SCOPE, &id, out);
    zval_ptr_dtor(&id);
    if (r == SUCCESS && Z_TYPE_P(out) == IS_OBJECT) {
        return true;
    }
    if (r == SUCCESS) {
        zval_ptr_dtor(out);
    }
    zend_string *why = php_tq_sqs_take_exception();
    php_tq_log(obj, ABSTRACT_SCOPE, "error", NULL,
               "No Task Log to report an undecodable SQS message in (%s): give the broker one with setTaskLog()",
               why ? ZSTR_VAL(why) : "the service tao/taskLog is not an object");
    if (why) {
        zend_string_release(why);
    }
    return false;
}

/* metadata.<key> of a message body when it is a JSON object holding a non-empty string there. */
static zend_string *body_metadata(const char *body, size_t len, const char *key)
{
    zval decoded;
    tq_error err;
    zend_string *out = NULL;
    if (php_tq_json_decode(body, len, &decoded, &err) != SUCCESS) {
        return NULL;
    }
    if (Z_TYPE(decoded) == IS_ARRAY) {
        zval *md = zend_hash_str_find(Z_ARRVAL(decoded), "metadata", sizeof("metadata") - 1);
        zval *v = md && Z_TYPE_P(md) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(md), key, strlen(key)) : NULL;
        if (v && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v)) {
            out = zend_string_copy(Z_STR_P(v));
        }
    }
    zval_ptr_dtor(&decoded);
    return out;
}

/* Writes the failed entry: the message's task (metadata.__id__) or a synthetic one
 * (sqs://TQ_<name>/<MessageId>) gets status failed and an error report saying why. A task
 * that already finished keeps its status. Failures are logged. */
static void report_undecodable(zend_object *obj, const tq_message *m, const char *message_id, const char *text)
{
    zval log;
    if (!task_log_of(obj, &log)) {
        return;
    }
    php_tq_sqs *s = sqs_from_obj(obj);
    zend_string *id = body_metadata(m->body, m->len, "__id__");
    if (!id) {
        id = zend_strpprintf(0, "sqs://%s/%s", php_tq_sqs_physical_name(s), message_id ? message_id : "unknown");
    }
    zval zid, st;
    ZVAL_STR(&zid, id);
    ZVAL_UNDEF(&st);
    if (php_tq_call(&log, "getStatus", &st, 1, &zid) == FAILURE) {
        goto done;
    }
    zend_string *status = zval_get_string(&st);
    bool finished = zend_string_equals_literal(status, "completed") || zend_string_equals_literal(status, "failed")
                    || zend_string_equals_literal(status, "archived") || zend_string_equals_literal(status, "cancelled");
    bool missing = ZSTR_LEN(status) == 0 || zend_string_equals_literal(status, "unknown");
    if (finished) {
        php_tq_log(obj, ABSTRACT_SCOPE, "info", NULL, "Task %s is already %s; its undecodable message is only set aside.",
                   ZSTR_VAL(id), ZSTR_VAL(status));
        zend_string_release(status);
        goto done;
    }
    zend_string_release(status);
    if (missing) {
        /* no entry yet: one for a stand-in task with that id */
        zend_string *label = body_metadata(m->body, m->len, "__label__");
        if (!label) {
            label = zend_strpprintf(0, "Undecodable SQS message %s", message_id ? message_id : "");
        }
        zval task, args[3];
        ZVAL_COPY(&args[0], &zid);
        ZVAL_EMPTY_STRING(&args[1]);
        if (object_init_ex(&task, php_tq_ce_CallbackTask) == FAILURE) {
            zval_ptr_dtor(&args[0]);
            zend_string_release(label);
            goto done;
        }
        zend_result r = php_tq_call(&task, "__construct", NULL, 2, args);
        zval_ptr_dtor(&args[0]);
        zval_ptr_dtor(&args[1]);
        if (r == SUCCESS) {
            ZVAL_COPY_VALUE(&args[0], &task);
            ZVAL_STRING(&args[1], "failed");
            ZVAL_STR(&args[2], label);
            r = php_tq_call(&log, "add", NULL, 3, args);
            zval_ptr_dtor(&args[1]);
        }
        zend_string_release(label);
        zval_ptr_dtor(&task);
        if (r == FAILURE) {
            goto done;
        }
    }
    zval args[3];
    ZVAL_COPY(&args[0], &zid);
    array_init(&args[1]);
    add_assoc_string(&args[1], "type", "error");
    add_assoc_string(&args[1], "message", (char *)text);
    add_assoc_null(&args[1], "data");
    zval children;
    array_init(&children);
    add_assoc_zval(&args[1], "children", &children);
    ZVAL_STRING(&args[2], "failed");
    php_tq_call(&log, "setReport", NULL, 3, args);
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&args[1]);
    zval_ptr_dtor(&args[2]);

done:;
    zend_string *why = php_tq_sqs_take_exception();
    if (why) {
        php_tq_log(obj, ABSTRACT_SCOPE, "error", NULL, "Reporting the undecodable SQS message %s as task %s failed: %s",
                   message_id ? message_id : "", ZSTR_VAL(id), ZSTR_VAL(why));
        zend_string_release(why);
    }
    zval_ptr_dtor(&st);
    zval_ptr_dtor(&zid);
    zval_ptr_dtor(&log);
}

/* A message whose body is not a task: moved to TQ_<name>_poison (never dropped) and reported
 * as a failed task. When the move fails it stays in the queue and comes back after its lease. */
void php_tq_sqs_set_aside(zend_object *obj, const tq_message *m, const char *message_id, zend_string *reason)
{
    php_tq_sqs *s = sqs_from_obj(obj);
    char poison[128];
    tq_sqs_broker_poison_name(s->broker, poison, sizeof(poison));
    php_tq_sqs_claim_drop(s, m->receipt);      /* its renewals stop before the move */
    tq_error err;
    tq_error_clear(&err);
    int rc = tq_sqs_broker_set_aside(s->broker, m, message_id, ZSTR_VAL(reason), &err);
    zend_string *text;
    if (rc == 0) {
        text = zend_strpprintf(0, "Task message %s of SQS queue %s cannot be decoded and was moved to %s: %s",
                               message_id ? message_id : "?", php_tq_sqs_physical_name(s), poison, ZSTR_VAL(reason));
    } else {
        text = zend_strpprintf(0, "Task message %s of SQS queue %s cannot be decoded (%s); moving it to %s "
                               "failed (%s), so it stays in %s and comes back when its lease ends",
                               message_id ? message_id : "?", php_tq_sqs_physical_name(s), ZSTR_VAL(reason), poison,
                               err.message, php_tq_sqs_physical_name(s));
    }
    php_tq_log(obj, ABSTRACT_SCOPE, "error", NULL, "%s", ZSTR_VAL(text));
    report_undecodable(obj, m, message_id, ZSTR_VAL(text));
    zend_string_release(text);
}

/* reschedule hook (queue/queue.h): a dead letter goes to TQ_<name>_poison, where the
 * stuck-task tools list it and send it back; a next attempt is an ordinary delayed message
 * (the worker pushes it and acknowledges the original: 0). */
int php_tq_sqs_reschedule(zend_object *obj, zval *task, zend_string *task_id, zend_string *body, int64_t delay_ms,
                          bool dead, tq_error *err)
{
    php_tq_sqs *s = sqs_from_obj(obj);
    if (!dead || !s->broker) {
        return 0;
    }
    zend_string *receipt = NULL, *message_id = NULL;
    zval v;
    if (php_tq_task_metadata(task, TQ_KEY_SQS_RECEIPT, &v) == SUCCESS) {
        receipt = Z_TYPE(v) == IS_STRING && Z_STRLEN(v) ? zend_string_copy(Z_STR(v)) : NULL;
        zval_ptr_dtor(&v);
    }
    if (php_tq_task_metadata(task, TQ_KEY_SQS_MESSAGE_ID, &v) == SUCCESS) {
        message_id = Z_TYPE(v) == IS_STRING && Z_STRLEN(v) ? zend_string_copy(Z_STR(v)) : NULL;
        zval_ptr_dtor(&v);
    }
    zend_clear_exception();
    if (!receipt) {
        if (message_id) {
            zend_string_release(message_id);
        }
        return 0;
    }
    tq_message m = {.body = ZSTR_VAL(body), .len = ZSTR_LEN(body), .receipt = ZSTR_VAL(receipt)};
    php_tq_sqs_claim_drop(s, ZSTR_VAL(receipt));     /* its renewals stop before the move */
    int rc = tq_sqs_broker_set_aside(s->broker, &m, message_id ? ZSTR_VAL(message_id) : NULL,
                                     "the task failed its last attempt (dead letter)", err);
    zend_string_release(receipt);
    if (message_id) {
        zend_string_release(message_id);
    }
    return rc == 0 ? 1 : -1;
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_SqsQueueBroker, getPoisonMessages)
{
    zend_long max = 100;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(max)
    ZEND_PARSE_PARAMETERS_END();
    if (max < 1 || max > TQ_SQS_POISON_LIST_MAX) {
        zend_argument_value_error(1, "must be from 1 to %d", TQ_SQS_POISON_LIST_MAX);
        RETURN_THROWS();
    }
    tq_broker *b = php_tq_sqs_ensure(Z_OBJ_P(ZEND_THIS));
    if (!b) {
        RETURN_THROWS();
    }
    tq_sqs_poisoned *found = ecalloc((size_t)max, sizeof(*found));
    tq_error err;
    tq_error_clear(&err);
    int n = tq_sqs_broker_poison_list(b, (int)max, found, &err);
    if (n < 0) {
        efree(found);
        php_tq_throw(spl_ce_RuntimeException, "%s", err.message);
        RETURN_THROWS();
    }
    array_init(return_value);
    for (int i = 0; i < n; i++) {
        zval row;
        array_init(&row);
        add_assoc_string(&row, "messageId", found[i].message_id ? found[i].message_id : "");
        if (found[i].task_id) {
            add_assoc_string(&row, "taskId", found[i].task_id);
        } else {
            add_assoc_null(&row, "taskId");
        }
        add_assoc_stringl(&row, "body", found[i].body ? found[i].body : "", found[i].len);
        add_next_index_zval(return_value, &row);
        tq_sqs_poisoned_free(&found[i]);
    }
    efree(found);
}

/* bind_task_log hook (queue/queue.h): the Queue's Task Log becomes the broker's when it has
 * none of its own (setTaskLog()), for the reports of undecodable messages and redrives. */
void php_tq_sqs_bind_task_log(zend_object *obj, zval *task_log)
{
    zval *cur = PHP_TQ_PROP(obj, SQS_SCOPE, "taskLog");
    if ((!cur || Z_TYPE_P(cur) != IS_OBJECT) && Z_TYPE_P(task_log) == IS_OBJECT
        && instanceof_function(Z_OBJCE_P(task_log), php_tq_ce_TaskLogInterface)) {
        PHP_TQ_PROP_SET(obj, SQS_SCOPE, "taskLog", task_log);
    }
}

/* The Task Log entry of a task sent back: failed -> enqueued, so a worker runs it. */
static void redriven_log(zend_object *obj, const char *task_id)
{
    zval log, args[3], rv;
    if (!task_log_of(obj, &log)) {
        return;
    }
    ZVAL_STRING(&args[0], task_id);
    ZVAL_STRING(&args[1], "enqueued");
    ZVAL_STRING(&args[2], "failed");
    if (php_tq_call(&log, "setStatus", &rv, 3, args) == SUCCESS) {
        zval_ptr_dtor(&rv);
    } else {
        zend_string *why = php_tq_sqs_take_exception();
        php_tq_log(obj, ABSTRACT_SCOPE, "error", NULL, "Task %s was sent back to SQS queue %s, but its Task Log "
                   "entry could not be set to enqueued: %s", task_id, php_tq_sqs_physical_name(sqs_from_obj(obj)),
                   why ? ZSTR_VAL(why) : "");
        if (why) {
            zend_string_release(why);
        }
    }
    for (int i = 0; i < 3; i++) {
        zval_ptr_dtor(&args[i]);
    }
    zval_ptr_dtor(&log);
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_SqsQueueBroker, redrivePoison)
{
    zend_string *task_id = NULL;
    zend_long max = 1000;
    ZEND_PARSE_PARAMETERS_START(0, 2)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR_OR_NULL(task_id)
        Z_PARAM_LONG(max)
    ZEND_PARSE_PARAMETERS_END();
    if (task_id && php_tq_refuse_nul(ZSTR_VAL(task_id), ZSTR_LEN(task_id), SQS_SCOPE, "redrivePoison", "task id") == FAILURE) {
        RETURN_THROWS();
    }
    if (max < 1) {
        zend_argument_value_error(2, "must be 1 or more");
        RETURN_THROWS();
    }
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    tq_broker *b = php_tq_sqs_ensure(obj);
    if (!b) {
        RETURN_THROWS();
    }
    tq_error err;
    tq_error_clear(&err);
    size_t moved = 0;
    char **ids = NULL;
    int rc = tq_sqs_broker_redrive(b, task_id ? ZSTR_VAL(task_id) : NULL, (size_t)max, &moved, &ids, &err);
    for (size_t i = 0; i < moved; i++) {
        if (ids && ids[i]) {
            redriven_log(obj, ids[i]);
            free(ids[i]);
        }
    }
    free(ids);
    if (rc != 0) {
        php_tq_throw(spl_ce_RuntimeException, "%s (%zu message(s) went back before the error)", err.message, moved);
        RETURN_THROWS();
    }
    RETURN_LONG((zend_long)moved);
}
