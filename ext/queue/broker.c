/*
 * broker.c: the queue broker classes: QueueBrokerInterface, SyncQueueBrokerInterface,
 * AbstractQueueBroker (pre-fetch buffer, (de)serialisation, naming) and
 * InMemoryQueueBroker (a C struct around the core memory FIFO that keeps the live
 * task objects). May touch: the Zend API, src/queue/tq_broker, task.c's (de)serialiser.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/json/php_json.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "../task/task.h"
#include "task/tq_message_key.h"
#include "queue.h"
#include "queue/tq_broker.h"
#include "broker_arginfo.h"

zend_class_entry *php_tq_ce_QueueBrokerInterface;
zend_class_entry *php_tq_ce_SyncQueueBrokerInterface;
zend_class_entry *php_tq_ce_AbstractQueueBroker;
zend_class_entry *php_tq_ce_InMemoryQueueBroker;

#define ABSTRACT_SCOPE php_tq_ce_AbstractQueueBroker

/* --- AbstractQueueBroker: helpers ---------------------------------------------------- */

/* The pre-fetch buffer (a private array property), separated for writing. */
static HashTable *prefetched(zend_object *obj)
{
    zval *q = PHP_TQ_PROP(obj, ABSTRACT_SCOPE, "preFetchedQueue");
    if (!q) {
        return NULL;
    }
    ZVAL_DEREF(q);
    if (Z_TYPE_P(q) != IS_ARRAY) {
        return NULL;
    }
    SEPARATE_ARRAY(q);
    return Z_ARRVAL_P(q);
}

/* Moves the oldest pre-fetched task into out; false when the buffer is empty. */
static bool prefetched_shift(zend_object *obj, zval *out)
{
    HashTable *ht = prefetched(obj);
    if (!ht || zend_hash_num_elements(ht) == 0) {
        return false;
    }
    zend_ulong idx;
    zend_string *key;
    zval *val;
    ZEND_HASH_FOREACH_KEY_VAL(ht, idx, key, val) {
        ZVAL_COPY(out, val);
        if (key) {
            zend_hash_del(ht, key);
        } else {
            zend_hash_index_del(ht, idx);
        }
        break;
    } ZEND_HASH_FOREACH_END();
    if (zend_hash_num_elements(ht) == 0) {
        /* start the next batch at index 0 instead of growing the table forever */
        zend_hash_clean(ht);
        ht->nNextFreeElement = 0;
    }
    return true;
}

/* unserializeTask(): a task, or NULL in return_value after deleting the poison
 * message through the (PHP) doDelete() and logging why. FAILURE when doDelete threw. */
static zend_result broker_unserialize(zval *self, zval *json, zval *id_for_deletion, zval *log_context,
                                      zval *return_value)
{
    if (Z_TYPE_P(json) == IS_STRING
        && php_tq_task_deserialize(Z_STRVAL_P(json), Z_STRLEN_P(json), return_value) == SUCCESS) {
        return SUCCESS;
    }
    /* TAO catches \Exception only; any Throwable is caught here, so that a message
     * whose class throws an \Error while being built cannot stop a worker forever. */
    zend_string *reason = Z_TYPE_P(json) == IS_STRING
        ? php_tq_take_exception_message()
        : zend_strpprintf(0, "the message is %s, not a JSON string", zend_zval_type_name(json));
    zval ctx;
    if (log_context && Z_TYPE_P(log_context) == IS_ARRAY) {
        ZVAL_COPY(&ctx, log_context);
    } else {
        array_init(&ctx);
    }
    if (Z_TYPE_P(id_for_deletion) == IS_STRING || Z_TYPE_P(id_for_deletion) == IS_LONG) {
        zend_string *id = zval_get_string(id_for_deletion);
        php_tq_log(Z_OBJ_P(self), ABSTRACT_SCOPE, "error", &ctx,
                   "Task message \"%s\" cannot be deserialised and is deleted: %s", ZSTR_VAL(id), ZSTR_VAL(reason));
        zend_string_release(id);
    } else {
        php_tq_log(Z_OBJ_P(self), ABSTRACT_SCOPE, "error", &ctx,
                   "Task message cannot be deserialised and is deleted: %s", ZSTR_VAL(reason));
    }
    zend_string_release(reason);
    zval args[2];
    ZVAL_COPY_VALUE(&args[0], id_for_deletion);
    ZVAL_COPY_VALUE(&args[1], &ctx);
    zend_result r = php_tq_call_hook(self, "doDelete", NULL, 2, args);
    zval_ptr_dtor(&ctx);
    ZVAL_NULL(return_value);
    return r;
}

/* static::ID of the runtime class as a string; NULL with an exception pending. */
static zend_string *broker_id_of(zend_object *obj)
{
    zend_string *name = zend_string_init("ID", 2, 0);
    zval *c = zend_get_class_constant_ex(obj->ce->name, name, obj->ce, 0);
    zend_string_release(name);
    if (!c) {
        return NULL;
    }
    return zval_try_get_string(c);
}

/* --- AbstractQueueBroker: methods ------------------------------------------------------ */

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, __construct)
{
    zval *receive = NULL;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(receive)
    ZEND_PARSE_PARAMETERS_END();
    zend_long given = receive ? zval_get_long(receive) : 1;
    zend_long n = given == ZEND_LONG_MIN ? ZEND_LONG_MAX : (given < 0 ? -given : given);
    /* brokers size a claim's buffers by it: PHP_INT_MAX was a fatal error at the first pop */
    if (n > PHP_TQ_RECEIVE_MAX) {
        php_tq_throw(spl_ce_InvalidArgumentException,
                     "%s: the receive count " ZEND_LONG_FMT " is more than %d, the most a broker claims at once",
                     ZSTR_VAL(Z_OBJCE_P(ZEND_THIS)->name), given, PHP_TQ_RECEIVE_MAX);
        RETURN_THROWS();
    }
    /* TAO keeps 0, which asks a backend for zero messages per poll; 1 is the floor here. */
    if (n < 1) {
        n = 1;
    }
    zval zn;
    ZVAL_LONG(&zn, n);
    PHP_TQ_PROP_SET(Z_OBJ_P(ZEND_THIS), ABSTRACT_SCOPE, "receiveTasks", &zn);
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, __toPhpCode)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *n = PHP_TQ_PROP(Z_OBJ_P(ZEND_THIS), ABSTRACT_SCOPE, "receiveTasks");
    RETURN_STR(zend_strpprintf(0, "new \\%s(" ZEND_LONG_FMT ")", ZSTR_VAL(Z_OBJCE_P(ZEND_THIS)->name),
                               n ? zval_get_long(n) : 1));
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, setQueueName)
{
    zval *name;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(name)
    ZEND_PARSE_PARAMETERS_END();
    zval v;
    if (Z_TYPE_P(name) == IS_NULL) {
        ZVAL_NULL(&v);
    } else if (Z_TYPE_P(name) == IS_ARRAY) {
        php_tq_throw(spl_ce_InvalidArgumentException, "%s::setQueueName(): the queue name must be a string, array given",
                     ZSTR_VAL(Z_OBJCE_P(ZEND_THIS)->name));
        RETURN_THROWS();
    } else {
        zend_string *s = zval_try_get_string(name);
        if (!s) {
            RETURN_THROWS();
        }
        /* SQS and the core brokers take the name as a C string: "q\0x" would be queue "q" */
        if (php_tq_refuse_nul(ZSTR_VAL(s), ZSTR_LEN(s), Z_OBJCE_P(ZEND_THIS), "setQueueName", "queue name") == FAILURE) {
            zend_string_release(s);
            RETURN_THROWS();
        }
        ZVAL_STR(&v, s);
    }
    PHP_TQ_PROP_SET(Z_OBJ_P(ZEND_THIS), ABSTRACT_SCOPE, "queueName", &v);
    zval_ptr_dtor(&v);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, getBrokerId)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_string *id = broker_id_of(Z_OBJ_P(ZEND_THIS));
    if (!id) {
        RETURN_THROWS();
    }
    RETURN_STR(id);
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, pop)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    if (prefetched_shift(obj, return_value)) {
        return;
    }
    /* Through PHP, so brokers written in PHP fill the buffer their own way. */
    if (php_tq_call_hook(ZEND_THIS, "doPop", NULL, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
    if (!prefetched_shift(obj, return_value)) {
        RETURN_NULL();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, hasPreFetchedMessages)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *q = PHP_TQ_PROP(Z_OBJ_P(ZEND_THIS), ABSTRACT_SCOPE, "preFetchedQueue");
    if (q) {
        ZVAL_DEREF(q);
    }
    RETURN_BOOL(q && Z_TYPE_P(q) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(q)) > 0);
}

/* Whether task is still in the pre-fetch buffer; removes it when drop is set. */
static bool prefetched_holds(zend_object *obj, zend_object *task, bool drop)
{
    HashTable *q = prefetched(obj);
    if (!q) {
        return false;
    }
    zend_ulong idx;
    zend_string *key;
    zval *v;
    ZEND_HASH_FOREACH_KEY_VAL(q, idx, key, v) {
        if (Z_TYPE_P(v) == IS_OBJECT && Z_OBJ_P(v) == task) {
            if (drop) {
                if (key) {
                    zend_hash_del(q, key);
                } else {
                    zend_hash_index_del(q, idx);
                }
            }
            return true;
        }
    } ZEND_HASH_FOREACH_END();
    return false;
}

/* Gives every buffered (claimed, not yet handed out) task back to the backend through
 * doRelease(), so a worker that stops early leaves nothing claimed behind. Tasks whose
 * release fails stay buffered. Returns how many were released.
 * doRelease() is PHP code (a subclass may override it) and may pop, push or replace the
 * buffer: the walk goes over a snapshot (the buffer itself is separated on its next write),
 * and each task is given back only while it is still buffered. */
ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, releasePreFetchedMessages)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    HashTable *q = prefetched(obj);
    zend_long released = 0;
    if (!q || zend_hash_num_elements(q) == 0) {
        RETURN_LONG(0);
    }
    zval snapshot;
    ZVAL_ARR(&snapshot, zend_array_dup(q));
    zval *task;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL(snapshot), task) {
        if (Z_TYPE_P(task) != IS_OBJECT || !prefetched_holds(obj, Z_OBJ_P(task), false)) {
            continue;    /* handed out or dropped meanwhile: not ours to give back */
        }
        zval rv;
        zend_result r = php_tq_call_hook(ZEND_THIS, "doRelease", &rv, 1, task);
        if (r == FAILURE) {
            zval_ptr_dtor(&snapshot);
            RETURN_THROWS();
        }
        if (zend_is_true(&rv)) {
            released++;
            prefetched_holds(obj, Z_OBJ_P(task), true);
        }
        zval_ptr_dtor(&rv);
    } ZEND_HASH_FOREACH_END();
    zval_ptr_dtor(&snapshot);
    RETURN_LONG(released);
}

/* Default: a backend without leases cannot give a task back. */
ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, doRelease)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
    ZEND_PARSE_PARAMETERS_END();
    RETURN_FALSE;
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, getNumberOfTasksToReceive)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *n = PHP_TQ_PROP(Z_OBJ_P(ZEND_THIS), ABSTRACT_SCOPE, "receiveTasks");
    RETURN_LONG(n ? zval_get_long(n) : 1);
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, delete)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
    ZEND_PARSE_PARAMETERS_END();
    zend_string *broker_id = broker_id_of(Z_OBJ_P(ZEND_THIS));
    if (!broker_id) {
        RETURN_THROWS();
    }
    char *name = tq_message_id_key(ZSTR_VAL(broker_id), ZSTR_LEN(broker_id));
    zend_string_release(broker_id);
    if (!name) {
        zend_throw_error(NULL, "AbstractQueueBroker::delete(): out of memory");
        RETURN_THROWS();
    }
    zval message_id;
    zend_result r = php_tq_task_metadata(task, name, &message_id);
    free(name);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
    zval args[2];
    ZVAL_COPY_VALUE(&args[0], &message_id);
    array_init(&args[1]);
    r = php_tq_call_hook(ZEND_THIS, "doDelete", NULL, 2, args);
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&args[1]);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
}

PHP_TQ_LOGGER_METHODS(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, ABSTRACT_SCOPE)
PHP_TQ_LOCATOR_METHODS(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, ABSTRACT_SCOPE)

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, getQueueName)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *v = PHP_TQ_PROP(Z_OBJ_P(ZEND_THIS), ABSTRACT_SCOPE, "queueName");
    if (v) {
        RETURN_COPY_DEREF(v);
    }
    RETURN_NULL();
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, getQueueNameWithPrefix)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *v = PHP_TQ_PROP(Z_OBJ_P(ZEND_THIS), ABSTRACT_SCOPE, "queueName");
    const char *name = v && Z_TYPE_P(v) == IS_STRING ? Z_STRVAL_P(v) : "";
    /* QueueDispatcherInterface::QUEUE_PREFIX */
    RETURN_STR(zend_strpprintf(0, "TQ_%s", name));
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, pushPreFetchedMessage)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
    ZEND_PARSE_PARAMETERS_END();
    HashTable *ht = prefetched(Z_OBJ_P(ZEND_THIS));
    if (!ht) {
        zend_throw_error(NULL, "%s::pushPreFetchedMessage(): the pre-fetch buffer is not initialised",
                         ZSTR_VAL(Z_OBJCE_P(ZEND_THIS)->name));
        RETURN_THROWS();
    }
    Z_ADDREF_P(task);
    zend_hash_next_index_insert(ht, task);
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, unserializeTask)
{
    zval *json, *id, *ctx = NULL;
    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_ZVAL(json)
        Z_PARAM_ZVAL(id)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY(ctx)
    ZEND_PARSE_PARAMETERS_END();
    if (broker_unserialize(ZEND_THIS, json, id, ctx, return_value) == FAILURE) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker, serializeTask)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
    ZEND_PARSE_PARAMETERS_END();
    zend_string *json = php_tq_task_serialize(task);
    if (!json) {
        RETURN_THROWS();
    }
    RETURN_STR(json);
}

/* --- InMemoryQueueBroker ----------------------------------------------------------------- */

typedef struct php_tq_memory_broker {
    tq_broker *broker;   /* core FIFO; attachments are task zend_objects we hold a ref on */
    zend_object std;
} php_tq_memory_broker;

static zend_object_handlers memory_broker_handlers;

static inline php_tq_memory_broker *memory_broker_from_obj(zend_object *obj)
{
    return (php_tq_memory_broker *)((char *)obj - XtOffsetOf(php_tq_memory_broker, std));
}

static tq_broker *memory_broker_of(zval *zv)
{
    return memory_broker_from_obj(Z_OBJ_P(zv))->broker;
}

/* --- native broker registry ----------------------------------------------------------- */

/* Filled at module start-up only (like class entries), read afterwards. */
#define PHP_TQ_MAX_NATIVE_BROKERS 8
static struct {
    zend_class_entry *ce;
    const php_tq_broker_hooks *hooks;
} native_brokers[PHP_TQ_MAX_NATIVE_BROKERS];
static int native_broker_count;

void php_tq_native_broker_register(zend_class_entry *ce, const php_tq_broker_hooks *hooks)
{
    ZEND_ASSERT(native_broker_count < PHP_TQ_MAX_NATIVE_BROKERS);
    native_brokers[native_broker_count].ce = ce;
    native_brokers[native_broker_count].hooks = hooks;
    native_broker_count++;
}

const php_tq_broker_hooks *php_tq_broker_hooks_of(zend_object *obj)
{
    for (int i = 0; i < native_broker_count; i++) {
        if (instanceof_function(obj->ce, native_brokers[i].ce)) {
            return native_brokers[i].hooks;
        }
    }
    return NULL;
}

tq_broker *php_tq_native_broker(zend_object *obj)
{
    const php_tq_broker_hooks *h = php_tq_broker_hooks_of(obj);
    return h ? h->native(obj) : NULL;
}

/* Each hook table once, even when registered for several classes. */
static bool hooks_seen_before(int i)
{
    for (int j = 0; j < i; j++) {
        if (native_brokers[j].hooks == native_brokers[i].hooks) {
            return true;
        }
    }
    return false;
}

int php_tq_claimed_task_state(zend_string *task_id, const zend_object *task, bool hand_out, const char **status)
{
    *status = NULL;
    for (int i = 0; i < native_broker_count; i++) {
        const php_tq_broker_hooks *h = native_brokers[i].hooks;
        if (h->claim_state && !hooks_seen_before(i)) {
            int state = h->claim_state(task_id, task, hand_out, status);
            if (state >= 0) {
                return state;
            }
        }
    }
    return -1;
}

void php_tq_claimed_task_settle(zend_string *task_id, const zend_object *task)
{
    for (int i = 0; i < native_broker_count; i++) {
        const php_tq_broker_hooks *h = native_brokers[i].hooks;
        if (h->claim_settle && !hooks_seen_before(i)) {
            h->claim_settle(task_id, task);
        }
    }
}

static tq_broker *memory_broker_native(zend_object *obj)
{
    return memory_broker_from_obj(obj)->broker;
}

static void release_task(void *attachment)
{
    OBJ_RELEASE((zend_object *)attachment);
}

static zend_object *memory_broker_create(zend_class_entry *ce)
{
    php_tq_memory_broker *mb = zend_object_alloc(sizeof(php_tq_memory_broker), ce);
    zend_object_std_init(&mb->std, ce);
    object_properties_init(&mb->std, ce);
    mb->std.handlers = &memory_broker_handlers;
    mb->broker = tq_memory_broker_new();
    if (!mb->broker) {
        zend_error_noreturn(E_ERROR, "taskqueue: out of memory creating an in-memory queue");
    }
    mb->broker->free_attachment = release_task;
    return &mb->std;
}

static void memory_broker_free(zend_object *obj)
{
    php_tq_memory_broker *mb = memory_broker_from_obj(obj);
    tq_broker *b = mb->broker;
    mb->broker = NULL;
    if (b) {
        b->ops->destroy(b);
    }
    zend_object_std_dtor(obj);
}

static void gc_add_task(void *attachment, void *ctx)
{
    zend_get_gc_buffer_add_obj((zend_get_gc_buffer *)ctx, (zend_object *)attachment);
}

static HashTable *memory_broker_get_gc(zend_object *obj, zval **table, int *n)
{
    php_tq_memory_broker *mb = memory_broker_from_obj(obj);
    /* The properties exactly as the standard handler reports them (the hash, or the
     * declared slots when there is none; never both), then the queued tasks. */
    zval *slots;
    int nslots;
    HashTable *props = zend_std_get_gc(obj, &slots, &nslots);
    zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
    for (int i = 0; i < nslots; i++) {
        zend_get_gc_buffer_add_zval(buf, &slots[i]);
    }
    if (mb->broker) {
        tq_memory_broker_each_attachment(mb->broker, gc_add_task, buf);
    }
    zend_get_gc_buffer_use(buf, table, n);
    return props;
}

/* A clone is a new, empty queue with the same settings: two brokers sharing one
 * FIFO of live objects would hand the same task out twice. */
static zend_object *memory_broker_clone(zend_object *old)
{
    zend_object *obj = memory_broker_create(old->ce);
    zend_objects_clone_members(obj, old);
    return obj;
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_InMemoryQueueBroker, createQueue)
{
    ZEND_PARSE_PARAMETERS_NONE();
    tq_broker *b = memory_broker_of(ZEND_THIS);
    tq_error err;
    tq_error_clear(&err);
    if (b->ops->create_queue(b, &err) != 0) {
        php_tq_throw_error(spl_ce_RuntimeException, &err, "InMemoryQueueBroker::createQueue()");
        RETURN_THROWS();
    }
    php_tq_log(Z_OBJ_P(ZEND_THIS), ABSTRACT_SCOPE, "debug", NULL, "Memory Queue created");
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_InMemoryQueueBroker, push)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
    ZEND_PARSE_PARAMETERS_END();
    /* The JSON is kept for count/inspection and so that a task that TAO could not
     * serialise fails here too; the live object travels alongside it. */
    zend_string *json = php_tq_task_serialize(task);
    if (!json) {
        RETURN_THROWS();
    }
    tq_broker *b = memory_broker_of(ZEND_THIS);
    tq_error err;
    tq_error_clear(&err);
    zend_object *obj = Z_OBJ_P(task);
    GC_ADDREF(obj);
    int rc = b->ops->push(b, ZSTR_VAL(json), ZSTR_LEN(json), obj, &err);
    zend_string_release(json);
    if (rc != 0) {
        OBJ_RELEASE(obj);
        php_tq_throw_error(spl_ce_RuntimeException, &err, "InMemoryQueueBroker::push()");
        RETURN_THROWS();
    }
    RETURN_TRUE;
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_InMemoryQueueBroker, pop)
{
    ZEND_PARSE_PARAMETERS_NONE();
    tq_broker *b = memory_broker_of(ZEND_THIS);
    tq_error err;
    tq_error_clear(&err);
    tq_message m;
    memset(&m, 0, sizeof(m));
    int n = b->ops->claim(b, 1, 0, &m, &err);
    if (n < 0) {
        php_tq_throw_error(spl_ce_RuntimeException, &err, "InMemoryQueueBroker::pop()");
        RETURN_THROWS();
    }
    if (n == 0) {
        RETURN_NULL();
    }
    if (m.attachment) {
        RETVAL_OBJ((zend_object *)m.attachment); /* our reference moves to the caller */
        m.attachment = NULL;
        tq_message_clear(b, &m);
        return;
    }
    zval json, id;
    ZVAL_STRINGL(&json, m.body, m.len);
    tq_message_clear(b, &m);
    ZVAL_EMPTY_STRING(&id);
    zend_result r = broker_unserialize(ZEND_THIS, &json, &id, NULL, return_value);
    zval_ptr_dtor(&json);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_InMemoryQueueBroker, delete)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
    ZEND_PARSE_PARAMETERS_END();
    /* pop() already removed it */
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_InMemoryQueueBroker, count)
{
    ZEND_PARSE_PARAMETERS_NONE();
    tq_broker *b = memory_broker_of(ZEND_THIS);
    tq_error err;
    tq_error_clear(&err);
    int64_t n = b->ops->count(b, &err);
    if (n < 0) {
        php_tq_throw_error(spl_ce_RuntimeException, &err, "InMemoryQueueBroker::count()");
        RETURN_THROWS();
    }
    RETURN_LONG((zend_long)n);
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_InMemoryQueueBroker, doPop)
{
    ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(oat_tao_model_taskQueue_Queue_Broker_InMemoryQueueBroker, doDelete)
{
    zval *id, *ctx = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL(id)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY(ctx)
    ZEND_PARSE_PARAMETERS_END();
}

void php_tq_broker_minit(void)
{
    php_tq_ce_QueueBrokerInterface = register_class_oat_tao_model_taskQueue_Queue_Broker_QueueBrokerInterface(zend_ce_countable);
    php_tq_ce_SyncQueueBrokerInterface = register_class_oat_tao_model_taskQueue_Queue_Broker_SyncQueueBrokerInterface();
    php_tq_ce_AbstractQueueBroker = register_class_oat_tao_model_taskQueue_Queue_Broker_AbstractQueueBroker(php_tq_ce_QueueBrokerInterface);
    php_tq_ce_InMemoryQueueBroker = register_class_oat_tao_model_taskQueue_Queue_Broker_InMemoryQueueBroker(php_tq_ce_AbstractQueueBroker, php_tq_ce_SyncQueueBrokerInterface);

    php_tq_ce_InMemoryQueueBroker->create_object = memory_broker_create;
    static const php_tq_broker_hooks hooks = {.native = memory_broker_native};
    php_tq_native_broker_register(php_tq_ce_InMemoryQueueBroker, &hooks);
    memcpy(&memory_broker_handlers, &std_object_handlers, sizeof(zend_object_handlers));
    memory_broker_handlers.offset = XtOffsetOf(php_tq_memory_broker, std);
    memory_broker_handlers.free_obj = memory_broker_free;
    memory_broker_handlers.get_gc = memory_broker_get_gc;
    memory_broker_handlers.clone_obj = memory_broker_clone;
}
