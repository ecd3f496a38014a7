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
 * This file: the class (constructor, settings, queue-level methods, handlers, start-up); beside
 * it (sqs/sqs_private.h): sqs_core.c (the core broker made from the settings), sqs_messages.c
 * (sending, receiving, acknowledging, giving back), sqs_claims.c, sqs_settings.c (AWS
 * settings, URL caches), sqs_poison.c.
 * May touch: the Zend API, common/common, src/sqs/tq_sqs, src/sqs/tq_sqs_keeper, sqs/sqs_private.h.
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

static zend_long receive_of(zend_object *obj)
{
    zval *v = PHP_TQ_PROP(obj, ABSTRACT_SCOPE, "receiveTasks");
    zend_long n = v ? zval_get_long(v) : 1;
    return n < 1 ? 1 : (n > SQS_MAX_RECEIVE ? SQS_MAX_RECEIVE : n);
}

zend_long php_tq_sqs_lease(zend_object *obj)
{
    return LEASE(obj);
}

zend_long php_tq_sqs_wait(zend_object *obj)
{
    return WAIT(obj);
}

zend_long php_tq_sqs_receive(zend_object *obj)
{
    return receive_of(obj);
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
    /* What the broker owes: acknowledged messages deleted, buffered ones given back. This
     * network I/O stays in the destructor (doc/ARCHITECTURE.md, "Claims and leases") rather
     * than moving to the end of the request: only this object knows the receipts, and its
     * keeper, which keeps them invisible until then, goes with it; a worker's request lasts as
     * long as the worker, so the end of the request may be hours away, with finished tasks
     * unacknowledged and buffered ones out of every other worker's reach meanwhile.
     * Who can be blocked, and for how long: only a process that received messages owes
     * anything (a request that only pushes sends nothing here), and LongRunningWorker gives its
     * buffer back and flushes its acks when run() ends, so normally nothing is left. Otherwise
     * one DeleteMessageBatch and one ChangeMessageVisibilityBatch per ten messages (a receive
     * holds at most ten), each within the client's connect and request timeouts and retry
     * budget (src/sqs/tq_sqs.h), then the keeper's join (a renewal already on the wire).
     * Skipped in a child after fork(). Failures are not logged: the logger is PHP code, which
     * free_obj must not run (it also runs after the executor has shut down); what failed comes
     * back when its lease ends. */
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
    static const php_tq_broker_hooks hooks = {.native = sqs_native, .bind_task_log = php_tq_sqs_bind_task_log,
                                                 .set_claim_cap = sqs_set_claim_cap,
                                                 .reschedule = php_tq_sqs_reschedule, .schedules = PHP_TQ_DELAYS};
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
