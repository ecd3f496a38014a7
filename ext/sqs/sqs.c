/*
 * sqs.c: SqsQueueBroker (doc/ARCHITECTURE.md 8.5), TAO's SQS broker over the native client of
 * src/sqs/tq_sqs. The PHP object holds the core broker of its queue (made on first use, from the
 * AWS settings of TAO's generis/awsClient service or config file, else the AWS_* environment
 * and ~/.aws files), the heartbeat thread that keeps its claimed messages invisible
 * (src/sqs/tq_sqs_keeper), and what it claimed:
 *  - received messages are buffered (the pre-fetch buffer of AbstractQueueBroker), renewed by
 *    the keeper while they wait and while their task runs, and handed out one by one;
 *  - acknowledgements are kept while tasks of the same receive are still buffered and go out
 *    together (DeleteMessageBatch) once the buffer is empty, at releasePreFetchedMessages()
 *    and when the object is freed;
 *  - a message that does not decode is moved to TQ_<name>_poison and reported as a failed task.
 * Queue URLs are cached in the process and in the cache service the broker was given, under
 * TQ_<name>_url (quirk 7 fixed). Errors: see README.md "SQS" (configuration and refused
 * requests throw; network trouble after the client's retries is logged, as TAO does).
 * This file: the class (methods, handlers, the core broker); beside it (sqs/sqs.h):
 * sqs_claims.c, sqs_settings.c (AWS settings, URL caches), sqs_poison.c.
 * May touch: the Zend API, common/common, src/sqs/tq_sqs, src/sqs/tq_sqs_keeper, sqs/sqs.h.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "sqs_private.h"
#include "sqs_arginfo.h"

zend_class_entry *php_tq_ce_SqsQueueBroker;

static zend_object_handlers sqs_handlers;

/* --- small helpers ------------------------------------------------------------------------ */

static zend_long prop_long(zend_object *obj, const char *name, size_t len, zend_long def)
{
    zval *v = php_tq_prop(obj, SQS_SCOPE, name, len);
    return v && Z_TYPE_P(v) == IS_LONG ? Z_LVAL_P(v) : def;
}

static void prop_set_long(zend_object *obj, const char *name, size_t len, zend_long n)
{
    zval z;
    ZVAL_LONG(&z, n);
    php_tq_prop_set(obj, SQS_SCOPE, name, len, &z);
}

#define LEASE(obj) prop_long((obj), "leaseTime", sizeof("leaseTime") - 1, SQS_DEFAULT_LEASE)
#define WAIT(obj) prop_long((obj), "waitTime", sizeof("waitTime") - 1, 20)

/* The default lease: ini taskqueue.lease_time when the extension has it, else TAO's 600 s. */
static zend_long default_lease(void)
{
    zend_long n = zend_ini_long("taskqueue.lease_time", sizeof("taskqueue.lease_time") - 1, 0);
    return n > 0 && n <= SQS_MAX_LEASE ? n : SQS_DEFAULT_LEASE;
}

static const char *queue_name_of(zend_object *obj)
{
    zval *v = PHP_TQ_PROP(obj, ABSTRACT_SCOPE, "queueName");
    return v && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) ? Z_STRVAL_P(v) : NULL;
}

static zend_long receive_of(zend_object *obj)
{
    zval *v = PHP_TQ_PROP(obj, ABSTRACT_SCOPE, "receiveTasks");
    zend_long n = v ? zval_get_long(v) : 1;
    return n < 1 ? 1 : (n > SQS_MAX_RECEIVE ? SQS_MAX_RECEIVE : n);
}

static size_t prefetched_count(zend_object *obj)
{
    zval *q = PHP_TQ_PROP(obj, ABSTRACT_SCOPE, "preFetchedQueue");
    if (q) {
        ZVAL_DEREF(q);
    }
    return q && Z_TYPE_P(q) == IS_ARRAY ? zend_hash_num_elements(Z_ARRVAL_P(q)) : 0;
}

/* Takes the pending exception's message (the exception is cleared); NULL when it must go on
 * up (exit() unwinding) or nothing is pending. */
zend_string *php_tq_sqs_take_exception(void)
{
    zend_object *ex = EG(exception);
    if (!ex || zend_is_unwind_exit(ex) || zend_is_graceful_exit(ex)) {
        return NULL;
    }
    GC_ADDREF(ex);
    zend_clear_exception();
    zend_string *m = php_tq_exception_message(ex);
    zend_string *s = zend_strpprintf(0, "%s: %s", ZSTR_VAL(ex->ce->name), ZSTR_VAL(m));
    zend_string_release(m);
    OBJ_RELEASE(ex);
    return s;
}

bool php_tq_sqs_has_method(zval *obj, const char *lcname)
{
    return Z_TYPE_P(obj) == IS_OBJECT && zend_hash_str_exists(&Z_OBJCE_P(obj)->function_table, lcname, strlen(lcname));
}

const char *php_tq_sqs_physical_name(php_tq_sqs *s)
{
    return s->broker ? tq_sqs_broker_queue_name(s->broker) : "TQ_?";
}


/* --- the core broker ------------------------------------------------------------------------- */

/* The core broker of the current queue name, made on first use; NULL with an exception. */
tq_broker *php_tq_sqs_ensure(zend_object *obj)
{
    php_tq_sqs *s = sqs_from_obj(obj);
    if (s->pid != getpid()) {
        php_tq_sqs_drop_native(s);          /* inherited through fork(): the parent's */
        php_tq_sqs_claims_free(s);
        s->pid = getpid();
    }
    const char *name = queue_name_of(obj);
    if (!name) {
        php_tq_throw_named("common_exception_Error", spl_ce_LogicException,
                           "%s: no queue name is set (give the broker to a Queue, or call setQueueName())",
                           ZSTR_VAL(obj->ce->name));
        return NULL;
    }
    if (s->broker && strcmp(s->name, name) == 0) {
        return s->broker;
    }
    if (s->broker) {
        /* renamed: what the old queue's broker owes goes out first */
        php_tq_sqs_flush_acks(s, obj);
        php_tq_sqs_release_buffered(s);
        php_tq_sqs_claims_free(s);
        php_tq_sqs_drop_native(s);
    }
    tq_sqs_config cfg;
    tq_sqs_config_init(&cfg);
    zval *profile = PHP_TQ_PROP(obj, SQS_SCOPE, "awsProfile");
    if (profile && Z_TYPE_P(profile) == IS_STRING) {
        tq_sqs_config_set(&cfg, "profile_hint", Z_STRVAL_P(profile), NULL);
    }
    if (php_tq_sqs_aws_settings(obj, &cfg) == FAILURE) {
        tq_sqs_config_free(&cfg);
        return NULL;
    }
    tq_error err;
    tq_error_clear(&err);
    if (tq_sqs_config_resolve(&cfg, &err) != 0) {
        tq_sqs_config_free(&cfg);
        php_tq_throw(spl_ce_RuntimeException, "%s", err.message);
        return NULL;
    }
    /* the queue keeps TAO's VisibilityTimeout (600 s) for other consumers; our receives ask
     * for their own (the lease) */
    cfg.wait_time_seconds = (int)WAIT(obj);
    /* a URL cached by this process, else by the cache service */
    char physical[128];
    snprintf(physical, sizeof(physical), "TQ_%s", name);
    char *url = php_tq_sqs_process_url_get(cfg.endpoint, physical);
    if (!url) {
        url = php_tq_sqs_cache_get(obj, physical);
        if (EG(exception)) {
            if (url) {
                efree(url);
            }
            tq_sqs_config_free(&cfg);
            return NULL;
        }
    }
    tq_broker *b = tq_sqs_broker_new(&cfg, name, url, &err);
    tq_sqs_keeper *k = b ? tq_sqs_keeper_new(&cfg, &err) : NULL;
    tq_sqs_config_free(&cfg);
    if (!b || !k) {
        if (b) {
            b->ops->destroy(b);
        }
        if (url) {
            efree(url);
        }
        php_tq_throw(spl_ce_InvalidArgumentException, "%s: %s", ZSTR_VAL(obj->ce->name), err.message);
        return NULL;
    }
    s->broker = b;
    s->keeper = k;
    s->name = pestrdup(name, 1);
    if (url) {
        /* the caches have it (this process wrote it to the service when it resolved it) */
        s->cached_url = pestrdup(url, 1);
        efree(url);
    }
    return b;
}

/* How an error of the core is handled: configuration and refused requests throw (when
 * `refused_throws`), network trouble after retries is logged. Returns FAILURE when thrown. */
zend_result php_tq_sqs_report(zend_object *obj, const tq_error *err, bool refused_throws, const char *what)
{
    if (err->code == TQ_ERR_NOMEM || (refused_throws && err->code != TQ_ERR_IO)) {
        php_tq_throw(spl_ce_RuntimeException, "%s", err->message);
        return FAILURE;
    }
    php_tq_log(obj, ABSTRACT_SCOPE, "error", NULL, "%s: %s", what, err->message);
    return SUCCESS;
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

/* --- SqsQueueBroker ------------------------------------------------------------------------ */


ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_SqsQueueBroker, __construct)
{
    zval *first, *second = NULL, *third = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_ZVAL(first)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(second)
        Z_PARAM_ZVAL(third)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    /* TAO's old form ($awsProfile, $cacheServiceId, $receiveTasks): three arguments, or a
     * second one that is a service id rather than a number */
    bool legacy = ZEND_NUM_ARGS() == 3
                  || (second && Z_TYPE_P(second) == IS_STRING
                      && !is_numeric_string(Z_STRVAL_P(second), Z_STRLEN_P(second), NULL, NULL, true));
    zval *cache = legacy ? second : first;
    zval one;
    ZVAL_LONG(&one, 1);
    zval *receive = legacy ? (third ? third : &one) : (second ? second : &one);
    if (legacy) {
        if (!zend_is_true(first) || Z_TYPE_P(first) != IS_STRING) {
            php_tq_throw(spl_ce_InvalidArgumentException, "AWS profile needs to be set for %s (the old form: profile, "
                         "cache service id, number of tasks to receive)", ZSTR_VAL(obj->ce->name));
            RETURN_THROWS();
        }
    }
    if (!cache || !zend_is_true(cache)) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Cache Service needs to be set for %s", ZSTR_VAL(obj->ce->name));
        RETURN_THROWS();
    }
    if (Z_TYPE_P(cache) != IS_STRING && Z_TYPE_P(cache) != IS_OBJECT) {
        php_tq_throw(spl_ce_InvalidArgumentException, "%s: the cache service must be a service id or an object, %s given",
                     ZSTR_VAL(obj->ce->name), zend_zval_type_name(cache));
        RETURN_THROWS();
    }
    zend_call_known_instance_method_with_1_params(ABSTRACT_SCOPE->constructor, obj, NULL, receive);
    if (EG(exception)) {
        RETURN_THROWS();
    }
    PHP_TQ_PROP_SET(obj, SQS_SCOPE, "cacheServiceId", cache);
    if (legacy) {
        PHP_TQ_PROP_SET(obj, SQS_SCOPE, "awsProfile", first);
    }
    prop_set_long(obj, "leaseTime", sizeof("leaseTime") - 1, default_lease());
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_SqsQueueBroker, __toPhpCode)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    zval *cache = PHP_TQ_PROP(obj, SQS_SCOPE, "cacheServiceId");
    zval *profile = PHP_TQ_PROP(obj, SQS_SCOPE, "awsProfile");
    zval none;
    ZVAL_NULL(&none);
    zend_string *cache_code = php_tq_to_php_code(cache ? cache : &none);
    if (!cache_code) {
        RETURN_THROWS();
    }
    zend_string *profile_code = NULL;
    if (profile && Z_TYPE_P(profile) == IS_STRING && !(profile_code = php_tq_to_php_code(profile))) {
        zend_string_release(cache_code);
        RETURN_THROWS();
    }
    zend_string *code = zend_strpprintf(0, "new \\%s(%s%s%s, " ZEND_LONG_FMT ")", ZSTR_VAL(obj->ce->name),
                                        profile_code ? ZSTR_VAL(profile_code) : "", profile_code ? ", " : "",
                                        ZSTR_VAL(cache_code), receive_of(obj));
    zend_string_release(cache_code);
    if (profile_code) {
        zend_string_release(profile_code);
    }
    /* our settings, when not the defaults, as chained calls */
    zend_long lease = LEASE(obj), wait = WAIT(obj);
    if (lease != default_lease() || wait != 20) {
        zend_string *chained = zend_strpprintf(0, "(%s)", ZSTR_VAL(code));
        zend_string_release(code);
        code = chained;
        if (lease != default_lease()) {
            chained = zend_strpprintf(0, "%s->setLeaseTime(" ZEND_LONG_FMT ")", ZSTR_VAL(code), lease);
            zend_string_release(code);
            code = chained;
        }
        if (wait != 20) {
            chained = zend_strpprintf(0, "%s->setWaitTime(" ZEND_LONG_FMT ")", ZSTR_VAL(code), wait);
            zend_string_release(code);
            code = chained;
        }
    }
    RETURN_STR(code);
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_SqsQueueBroker, getNumberOfTasksToReceive)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(receive_of(Z_OBJ_P(ZEND_THIS)));
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_SqsQueueBroker, createQueue)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    tq_broker *b = php_tq_sqs_ensure(obj);
    if (!b) {
        RETURN_THROWS();
    }
    tq_error err;
    tq_error_clear(&err);
    if (b->ops->create_queue(b, &err) == 0) {
        php_tq_sqs_sync_url(obj);
        php_tq_log(obj, ABSTRACT_SCOPE, "debug", NULL, "Queue %s created: %s", tq_sqs_broker_queue_name(b),
                   tq_sqs_broker_queue_url(b));
        return;
    }
    /* as TAO: logged, and thrown when running under CLI (InitializeQueue fails visibly);
     * a refused request (credentials, permissions, bad attributes) is thrown always */
    php_tq_log(obj, ABSTRACT_SCOPE, "error", NULL, "Creating SQS queue %s failed: %s", tq_sqs_broker_queue_name(b),
               err.message);
    if (err.code != TQ_ERR_IO || strcmp(sapi_module.name, "cli") == 0) {
        php_tq_throw(spl_ce_RuntimeException, "%s", err.message);
        RETURN_THROWS();
    }
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
    for (uint32_t i = 0; i < k; i++) {
        if (json[i]) {
            zend_string_release(json[i]);
        }
        zval_ptr_dtor(&ids[i]);
    }
    efree(json);
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
    zval key, receipt;
    ZVAL_STRING(&key, "ReceiptHandle");
    if (php_tq_call(return_value, "getMetadata", &receipt, 1, &key) == SUCCESS) {
        if (Z_TYPE(receipt) == IS_STRING) {
            tq_claim *c = php_tq_sqs_claim_find(THIS_SQS, Z_STRVAL(receipt));
            if (c && c->state == TQ_CLAIM_BUFFERED) {
                c->state = TQ_CLAIM_HANDED;
            }
        }
        zval_ptr_dtor(&receipt);
    }
    zval_ptr_dtor(&key);
    if (EG(exception)) {
        zval_ptr_dtor(return_value);
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_SqsQueueBroker, count)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    tq_broker *b = php_tq_sqs_ensure(obj);
    if (!b) {
        RETURN_THROWS();
    }
    tq_error err;
    tq_error_clear(&err);
    int64_t n = b->ops->count(b, &err);
    php_tq_sqs_sync_url(obj);
    if (n >= 0) {
        RETURN_LONG((zend_long)n);
    }
    if (php_tq_sqs_report(obj, &err, false, "Counting the messages of an SQS queue failed") == FAILURE) {
        RETURN_THROWS();
    }
    RETURN_LONG(0);
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

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_SqsQueueBroker, setLeaseTime)
{
    zend_long seconds;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(seconds)
    ZEND_PARSE_PARAMETERS_END();
    if (seconds < 1 || seconds > SQS_MAX_LEASE) {
        zend_argument_value_error(1, "must be between 1 and %d (seconds, SQS's longest visibility), " ZEND_LONG_FMT
                                  " given", SQS_MAX_LEASE, seconds);
        RETURN_THROWS();
    }
    prop_set_long(Z_OBJ_P(ZEND_THIS), "leaseTime", sizeof("leaseTime") - 1, seconds);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_SqsQueueBroker, getLeaseTime)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(LEASE(Z_OBJ_P(ZEND_THIS)));
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_SqsQueueBroker, setWaitTime)
{
    zend_long seconds;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(seconds)
    ZEND_PARSE_PARAMETERS_END();
    if (seconds < 0 || seconds > 20) {
        zend_argument_value_error(1, "must be between 0 and 20 (seconds, SQS's longest poll), " ZEND_LONG_FMT " given",
                                  seconds);
        RETURN_THROWS();
    }
    prop_set_long(Z_OBJ_P(ZEND_THIS), "waitTime", sizeof("waitTime") - 1, seconds);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_SqsQueueBroker, getWaitTime)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(WAIT(Z_OBJ_P(ZEND_THIS)));
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_SqsQueueBroker, getRequestCount)
{
    ZEND_PARSE_PARAMETERS_NONE();
    php_tq_sqs *s = THIS_SQS;
    uint64_t n = s->requests_before;
    if (s->pid == getpid()) {
        if (s->broker) {
            n += tq_sqs_client_requests(tq_sqs_broker_client(s->broker));
        }
        if (s->keeper) {
            tq_sqs_keeper_stats st;
            tq_sqs_keeper_get_stats(s->keeper, &st);
            n += st.requests;
        }
    }
    RETURN_LONG((zend_long)n);
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_SqsQueueBroker, setTaskLog)
{
    zval *task_log;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task_log, php_tq_ce_TaskLogInterface)
    ZEND_PARSE_PARAMETERS_END();
    PHP_TQ_PROP_SET(Z_OBJ_P(ZEND_THIS), SQS_SCOPE, "taskLog", task_log);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_SqsQueueBroker, getTaskLog)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *v = PHP_TQ_PROP(Z_OBJ_P(ZEND_THIS), SQS_SCOPE, "taskLog");
    if (v) {
        RETURN_COPY_DEREF(v);
    }
    RETURN_NULL();
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_SqsQueueBroker, getCache)
{
    ZEND_PARSE_PARAMETERS_NONE();
    bool found;
    if (php_tq_sqs_cache_service(Z_OBJ_P(ZEND_THIS), return_value, &found) == FAILURE) {
        RETURN_THROWS();
    }
    if (!found) {
        RETURN_NULL();
    }
}

ZEND_METHOD(oat_taoTaskQueue_model_QueueBroker_SqsQueueBroker, queueExists)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    tq_broker *b = php_tq_sqs_ensure(obj);
    if (!b) {
        RETURN_THROWS();
    }
    tq_error err;
    tq_error_clear(&err);
    if (tq_sqs_broker_resolve(b, 0, &err) == 0) {
        php_tq_sqs_sync_url(obj);
        RETURN_TRUE;
    }
    php_tq_log(obj, ABSTRACT_SCOPE, err.code == TQ_ERR_NOT_FOUND ? "warning" : "error", NULL, "%s", err.message);
    RETURN_FALSE;
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
    zend_long max = receive_of(obj);
    if (s->claim_cap > 0 && s->claim_cap < max) {
        max = s->claim_cap;
    }
    zend_long lease = LEASE(obj);
    tq_sqs_broker_set_wait(b, (int)WAIT(obj));
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
    for (int i = 0; i < n; i++) {
        if (EG(exception)) {
            /* exit() while a task was built: the rest stay claimed, renewed until freed */
            break;
        }
        zval task;
        if (php_tq_task_deserialize(msgs[i].body, msgs[i].len, &task) == FAILURE) {
            zend_string *why = php_tq_sqs_take_exception();
            if (!why && EG(exception)) {
                break;
            }
            php_tq_sqs_set_aside(obj, &msgs[i], ids[i], why ? why : ZSTR_KNOWN(ZEND_STR_UNKNOWN));
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
        ZVAL_STRING(&args[0], "SqsMessageId");
        if (ids[i]) {
            ZVAL_STRING(&args[1], ids[i]);
        } else {
            ZVAL_NULL(&args[1]);
        }
        zend_result r = php_tq_call(&task, "setMetadata", NULL, 2, args);
        zval_ptr_dtor(&args[0]);
        zval_ptr_dtor(&args[1]);
        ZVAL_STRING(&args[0], "ReceiptHandle");
        ZVAL_STRING(&args[1], msgs[i].receipt);
        if (r == SUCCESS) {
            r = php_tq_call(&task, "setMetadata", NULL, 2, args);
        }
        zval_ptr_dtor(&args[0]);
        zval_ptr_dtor(&args[1]);
        if (r == SUCCESS) {
            php_tq_call_hook(ZEND_THIS, "pushPreFetchedMessage", NULL, 1, &task);
        }
        zval_ptr_dtor(&task);
    }
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
    zval key, receipt;
    ZVAL_STRING(&key, "ReceiptHandle");
    zend_result r = php_tq_call(task, "getMetadata", &receipt, 1, &key);
    zval_ptr_dtor(&key);
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

/* --- handlers and start-up ------------------------------------------------------------------- */

static zend_object *sqs_create(zend_class_entry *ce)
{
    php_tq_sqs *s = zend_object_alloc(sizeof(php_tq_sqs), ce);
    zend_object_std_init(&s->std, ce);
    object_properties_init(&s->std, ce);
    s->std.handlers = &sqs_handlers;
    s->pid = getpid();
    return &s->std;
}

static void sqs_free(zend_object *obj)
{
    php_tq_sqs *s = sqs_from_obj(obj);
    /* What the broker owes: acknowledged messages deleted, buffered ones given back. These
     * requests stay in the destructor (doc/ARCHITECTURE.md, "Claims and leases"): only this
     * object knows the receipts, and putting them off to the end of the request would run
     * finished tasks again (acks) or keep buffered messages invisible for a whole lease.
     * They are bounded: batch calls of ten messages (a receive holds at most ten), each under
     * the client's connect/request timeouts and retry budget (src/sqs/tq_sqs_config), and
     * skipped in a child after fork(); failures are logged nowhere and not retried here. */
    php_tq_sqs_flush_acks(s, NULL);
    php_tq_sqs_release_buffered(s);
    php_tq_sqs_drop_native(s);
    php_tq_sqs_claims_free(s);
    zend_object_std_dtor(obj);
}

/* A clone is a broker of its own with the same settings and nothing claimed: two objects
 * sharing claims would delete or give back each other's messages. */
static zend_object *sqs_clone(zend_object *old)
{
    zend_object *obj = sqs_create(old->ce);
    zend_objects_clone_members(obj, old);
    zval empty;
    ZVAL_EMPTY_ARRAY(&empty);
    PHP_TQ_PROP_SET(obj, ABSTRACT_SCOPE, "preFetchedQueue", &empty);
    return obj;
}

/* For workers: the core broker (made now if need be; NULL when the settings are wrong,
 * which the next dequeue() reports). */
static tq_broker *sqs_native(zend_object *obj)
{
    php_tq_sqs *s = sqs_from_obj(obj);
    if (s->broker && s->pid == getpid()) {
        return s->broker;
    }
    tq_broker *b = php_tq_sqs_ensure(obj);
    if (!b) {
        zend_string *why = php_tq_sqs_take_exception();
        if (why) {
            zend_string_release(why);
        }
    }
    return b;
}

static void sqs_set_claim_cap(zend_object *obj, zend_long cap)
{
    sqs_from_obj(obj)->claim_cap = cap;
}

void php_tq_sqs_minit(void)
{
    php_tq_ce_SqsQueueBroker = register_class_oat_taoTaskQueue_model_QueueBroker_SqsQueueBroker(
        php_tq_ce_AbstractQueueBroker, php_tq_ce_TaskLogAwareInterface);
    php_tq_ce_SqsQueueBroker->create_object = sqs_create;
    memcpy(&sqs_handlers, &std_object_handlers, sizeof(zend_object_handlers));
    sqs_handlers.offset = XtOffsetOf(php_tq_sqs, std);
    sqs_handlers.free_obj = sqs_free;
    sqs_handlers.clone_obj = sqs_clone;
    static const php_tq_broker_hooks hooks = {.native = sqs_native, .set_claim_cap = sqs_set_claim_cap};
    php_tq_native_broker_register(php_tq_ce_SqsQueueBroker, &hooks);
    php_tq_sqs_urls_init();
    /* libcurl is opened by the first SQS client (src/sqs/tq_curl.c), not here: workers that
     * never use SQS do not map it. */
}

void php_tq_sqs_mshutdown(void)
{
    php_tq_sqs_urls_free();
    tq_sqs_global_cleanup();
}
