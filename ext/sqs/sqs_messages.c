/*
 * sqs_messages.c: what SqsQueueBroker sends and receives (doc/ARCHITECTURE.md 8.5): push()
 * (SendMessage), pushMany() (SendMessageBatch by ten), doPop() (ReceiveMessage with the lease,
 * a long poll the worker's signals cut short; each message renewed by the keeper, recorded as a
 * claim, decoded into the pre-fetch buffer), pop() (hands a claim out), doDelete() (the ack,
 * batched while the receive's tasks are buffered), doRelease() and releasePreFetchedMessages()
 * (given back). What the broker owes is kept in sqs_claims.c.
 * May touch: the Zend API, common/common, task/task (serialiser), src/sqs/tq_sqs,
 * src/sqs/tq_sqs_keeper, src/queue/tq_claim_ledger, sqs/sqs_private.h.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "sqs_private.h"
#include "task/tq_message_key.h"

static size_t prefetched_count(zend_object *obj)
{
    zval *q = PHP_TQ_PROP(obj, ABSTRACT_SCOPE, "preFetchedQueue");
    if (q) {
        ZVAL_DEREF(q);
    }
    return q && Z_TYPE_P(q) == IS_ARRAY ? zend_hash_num_elements(Z_ARRVAL_P(q)) : 0;
}

/* The worker's signal state for a long poll (a signal to the worker cuts it short). */
static void attach_signals(php_tq_sqs *s)
{
    tq_sqs_client_set_signal(tq_sqs_broker_client(s->broker), TQ_G(signals_ready) ? &TQ_G(signals) : NULL);
}

static void detach_signals(php_tq_sqs *s)
{
    tq_sqs_client_set_signal(tq_sqs_broker_client(s->broker), NULL);
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_SqsQueueBroker, push)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    zend_string *json = php_tq_task_serialize(task);
    if (!json) {
        RETURN_THROWS();
    }
    tq_broker *b = php_tq_sqs_ensure(obj);
    if (!b) {
        zend_string_release(json);
        RETURN_THROWS();
    }
    tq_error err;
    tq_error_clear(&err);
    int rc = b->ops->push(b, ZSTR_VAL(json), ZSTR_LEN(json), NULL, &err);
    zend_string_release(json);
    php_tq_sqs_sync_url(obj);
    if (rc == 0) {
        RETURN_TRUE;
    }
    if (php_tq_sqs_report(obj, &err, true, "Pushing a task to SQS failed") == FAILURE) {
        RETURN_THROWS();
    }
    RETURN_FALSE;
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_SqsQueueBroker, pushMany)
{
    HashTable *tasks;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY_HT(tasks)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    uint32_t n = zend_hash_num_elements(tasks);
    if (n == 0) {
        RETURN_LONG(0);
    }
    zval *t;
    ZEND_HASH_FOREACH_VAL(tasks, t) {
        ZVAL_DEREF(t);
        if (Z_TYPE_P(t) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(t), php_tq_ce_TaskInterface)) {
            php_tq_throw(spl_ce_InvalidArgumentException, "%s::pushMany(): every element must be a TaskInterface, %s given",
                         ZSTR_VAL(obj->ce->name), Z_TYPE_P(t) == IS_OBJECT ? ZSTR_VAL(Z_OBJCE_P(t)->name)
                                                                           : zend_zval_type_name(t));
            RETURN_THROWS();
        }
    } ZEND_HASH_FOREACH_END();
    zend_string **json = ecalloc(n, sizeof(zend_string *));
    const char **bodies = ecalloc(n, sizeof(char *));
    size_t *lens = ecalloc(n, sizeof(size_t));
    zval *ids = ecalloc(n, sizeof(zval));
    uint32_t k = 0;
    bool failed = false;
    ZEND_HASH_FOREACH_VAL(tasks, t) {
        ZVAL_DEREF(t);
        ZVAL_UNDEF(&ids[k]);
        if (!(json[k] = php_tq_task_serialize(t)) || php_tq_call(t, "getId", &ids[k], 0, NULL) == FAILURE) {
            failed = true;
            k++;
            break;
        }
        bodies[k] = ZSTR_VAL(json[k]);
        lens[k] = ZSTR_LEN(json[k]);
        k++;
    } ZEND_HASH_FOREACH_END();
    zend_long queued = 0;
    tq_broker *b = failed ? NULL : php_tq_sqs_ensure(obj);
    if (b) {
        tq_sqs_entry_result *res = ecalloc(n, sizeof(tq_sqs_entry_result));
        tq_error err;
        tq_error_clear(&err);
        int rc = tq_sqs_broker_push_many(b, bodies, lens, n, res, &err);
        php_tq_sqs_sync_url(obj);
        for (uint32_t i = 0; i < n; i++) {
            if (res[i].ok) {
                queued++;
            } else if (rc >= 0 || strcmp(res[i].code, "NotSent") != 0) {
                zend_string *id = zval_get_string(&ids[i]);
                php_tq_log(obj, ABSTRACT_SCOPE, "error", NULL, "Pushing task %s to SQS queue %s failed: %s: %s",
                           ZSTR_VAL(id), tq_sqs_broker_queue_name(b), res[i].code, res[i].message);
                zend_string_release(id);
            }
        }
        tq_sqs_entry_results_free(res, n);
        efree(res);
        if (rc < 0 && php_tq_sqs_report(obj, &err, true, "Pushing tasks to SQS failed") == FAILURE) {
            failed = true;
        }
    } else {
        failed = true;
    }
    php_tq_strings_free(json, k);
    for (uint32_t i = 0; i < k; i++) {
        zval_ptr_dtor(&ids[i]);
    }
    efree(bodies);
    efree(lens);
    efree(ids);
    if (failed && EG(exception)) {
        RETURN_THROWS();
    }
    RETURN_LONG(queued);
}


ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_SqsQueueBroker, pop)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    php_tq_sqs_settle_handed(THIS_SQS);
    zend_function *parent = zend_hash_str_find_ptr(&ABSTRACT_SCOPE->function_table, "pop", sizeof("pop") - 1);
    zend_call_known_instance_method(parent, obj, return_value, 0, NULL);
    if (EG(exception)) {
        zval_ptr_dtor(return_value);
        RETURN_THROWS();
    }
    if (Z_TYPE_P(return_value) != IS_OBJECT) {
        return;
    }
    /* handed out: from now on it is the worker's (it is not given back when we are freed) */
    zval receipt;
    if (php_tq_task_metadata(return_value, TQ_KEY_SQS_RECEIPT, &receipt) == SUCCESS) {
        if (Z_TYPE(receipt) == IS_STRING) {
            tq_claim *c = php_tq_sqs_claim_find(THIS_SQS, Z_STRVAL(receipt));
            if (c && c->state == TQ_CLAIM_BUFFERED) {
                c->state = TQ_CLAIM_HANDED;
            }
        }
        zval_ptr_dtor(&receipt);
    }
    if (EG(exception)) {
        zval_ptr_dtor(return_value);
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_SqsQueueBroker, releasePreFetchedMessages)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    php_tq_sqs_flush_acks(THIS_SQS, obj);
    zend_function *parent = zend_hash_str_find_ptr(&ABSTRACT_SCOPE->function_table, "releaseprefetchedmessages",
                                                   sizeof("releaseprefetchedmessages") - 1);
    zend_call_known_instance_method(parent, obj, return_value, 0, NULL);
    if (EG(exception)) {
        zval_ptr_dtor(return_value);
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_SqsQueueBroker, doPop)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    php_tq_sqs *s = THIS_SQS;
    tq_broker *b = php_tq_sqs_ensure(obj);
    if (!b) {
        RETURN_THROWS();
    }
    php_tq_sqs_flush_acks(s, obj);
    zend_long max = php_tq_sqs_receive(obj);
    if (s->claim_cap > 0 && s->claim_cap < max) {
        max = s->claim_cap;
    }
    zend_long lease = php_tq_sqs_lease(obj);
    tq_sqs_broker_set_wait(b, (int)php_tq_sqs_wait(obj));
    tq_message msgs[SQS_MAX_RECEIVE];
    char *ids[SQS_MAX_RECEIVE];
    memset(ids, 0, sizeof(ids));
    tq_error err;
    tq_error_clear(&err);
    attach_signals(s);
    int n = tq_sqs_broker_claim(b, (size_t)max, (int64_t)lease * 1000, msgs, ids, &err);
    detach_signals(s);
    php_tq_sqs_sync_url(obj);
    if (n < 0) {
        if (php_tq_sqs_report(obj, &err, false, "Receiving tasks from SQS failed") == FAILURE) {
            RETURN_THROWS();
        }
        return;
    }
    const char *url = tq_sqs_broker_queue_url(b);
    for (int i = 0; i < n; i++) {
        if (tq_sqs_keeper_add(s->keeper, url, msgs[i].receipt, (int64_t)lease * 1000, &err) != 0) {
            php_tq_log(obj, ABSTRACT_SCOPE, "warning", NULL, "The visibility of message %s of %s will not be renewed: %s",
                       ids[i] ? ids[i] : "?", tq_sqs_broker_queue_name(b), err.message);
        }
        php_tq_sqs_claim_add(s, msgs[i].receipt, TQ_CLAIM_BUFFERED, s->keeper);
    }
    /* every message ends buffered or set aside; one that reaches neither (an exception while
     * it was built, or exit()) is given back below */
    bool placed[SQS_MAX_RECEIVE] = {false};
    for (int i = 0; i < n; i++) {
        if (EG(exception)) {
            break;
        }
        zval task;
        if (php_tq_task_deserialize(msgs[i].body, msgs[i].len, &task) == FAILURE) {
            zend_string *why = php_tq_sqs_take_exception();
            if (!why && EG(exception)) {
                break;
            }
            php_tq_sqs_set_aside(obj, &msgs[i], ids[i], why ? why : ZSTR_KNOWN(ZEND_STR_UNKNOWN));
            placed[i] = true;
            if (why) {
                zend_string_release(why);
            }
            continue;
        }
        if (msgs[i].deliveries > 1) {
            php_tq_log(obj, ABSTRACT_SCOPE, "info", NULL, "Message %s of %s is a re-delivery (delivery %d).",
                       ids[i] ? ids[i] : "?", tq_sqs_broker_queue_name(b), msgs[i].deliveries);
        }
        zval args[2];
        ZVAL_STRING(&args[0], TQ_KEY_SQS_MESSAGE_ID);
        if (ids[i]) {
            ZVAL_STRING(&args[1], ids[i]);
        } else {
            ZVAL_NULL(&args[1]);
        }
        zend_result r = php_tq_call(&task, "setMetadata", NULL, 2, args);
        zval_ptr_dtor(&args[0]);
        zval_ptr_dtor(&args[1]);
        ZVAL_STRING(&args[0], TQ_KEY_SQS_RECEIPT);
        ZVAL_STRING(&args[1], msgs[i].receipt);
        if (r == SUCCESS) {
            r = php_tq_call(&task, "setMetadata", NULL, 2, args);
        }
        zval_ptr_dtor(&args[0]);
        zval_ptr_dtor(&args[1]);
        if (r == SUCCESS) {
            placed[i] = php_tq_call_hook(ZEND_THIS, "pushPreFetchedMessage", NULL, 1, &task) == SUCCESS;
        }
        zval_ptr_dtor(&task);
    }
    const char *lost[SQS_MAX_RECEIVE];
    size_t nlost = 0;
    for (int i = 0; i < n; i++) {
        if (!placed[i]) {
            lost[nlost++] = msgs[i].receipt;
        }
    }
    php_tq_sqs_give_back(s, lost, nlost);
    for (int i = 0; i < n; i++) {
        tq_message_clear(b, &msgs[i]);
        free(ids[i]);
    }
    if (EG(exception)) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_SqsQueueBroker, doDelete)
{
    zval *id, *ctx = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL(id)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY(ctx)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    php_tq_sqs *s = THIS_SQS;
    if (Z_TYPE_P(id) != IS_STRING || Z_STRLEN_P(id) == 0) {
        php_tq_log(obj, ABSTRACT_SCOPE, "error", ctx, "Deleting a message from SQS failed: the task has no "
                   "ReceiptHandle (it was not received from SQS)");
        return;
    }
    if (!php_tq_sqs_ensure(obj)) {
        RETURN_THROWS();
    }
    php_tq_sqs_claim_add(s, Z_STRVAL_P(id), TQ_CLAIM_ACKED, NULL);
    /* while tasks of the same receive are still buffered, the ack waits for theirs */
    if (prefetched_count(obj) == 0) {
        php_tq_sqs_flush_acks(s, obj);
    }
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_SqsQueueBroker, doRelease)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    php_tq_sqs *s = THIS_SQS;
    zval receipt;
    zend_result r = php_tq_task_metadata(task, TQ_KEY_SQS_RECEIPT, &receipt);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
    if (Z_TYPE(receipt) != IS_STRING || !s->broker || s->pid != getpid()) {
        zval_ptr_dtor(&receipt);
        RETURN_FALSE;
    }
    php_tq_sqs_claim_drop(s, Z_STRVAL(receipt));    /* its renewals stop */
    tq_message m;
    memset(&m, 0, sizeof(m));
    m.receipt = Z_STRVAL(receipt);
    tq_error err;
    tq_error_clear(&err);
    int rc = s->broker->ops->release(s->broker, &m, &err);
    zval_ptr_dtor(&receipt);
    if (rc != 0) {
        php_tq_log(obj, ABSTRACT_SCOPE, "warning", NULL, "Giving a message back to SQS queue %s failed: %s; it comes "
                   "back when its lease ends.", php_tq_sqs_physical_name(s), err.message);
        RETURN_FALSE;
    }
    RETURN_TRUE;
}
