/*
 * task.c: the Task\* group: the task interfaces, AbstractTask, CallbackTask,
 * InvalidTaskException and TaskSerializerService, plus php_tq_task_serialize() /
 * php_tq_task_deserialize() for brokers and workers. Task state lives in the
 * declared private properties of the stub (metadata, parameters, workerContext,
 * children; callable, enqueued), so GC, clone and PHP subclasses work unchanged.
 * The JSON envelope is checked by src/task/tq_envelope before any object is built.
 * May touch: the Zend API, ext/date, ext/spl, common/common, src/task/tq_envelope.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "ext/json/php_json.h"
#include "ext/date/php_date.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/spl/spl_iterators.h"
#include "../php_taskqueue.h"
#include "task_arginfo.h"
#include "task/tq_envelope.h"

zend_class_entry *php_tq_ce_WorkerContextAwareInterface;
zend_class_entry *php_tq_ce_ChildTaskAwareInterface;
zend_class_entry *php_tq_ce_TaskInterface;
zend_class_entry *php_tq_ce_CallbackTaskInterface;
zend_class_entry *php_tq_ce_TaskAwareInterface;
zend_class_entry *php_tq_ce_QueueAssociableInterface;
zend_class_entry *php_tq_ce_RemoteTaskSynchroniserInterface;
zend_class_entry *php_tq_ce_AbstractTask;
zend_class_entry *php_tq_ce_CallbackTask;
zend_class_entry *php_tq_ce_InvalidTaskException;
zend_class_entry *php_tq_ce_TaskSerializerService;

/* Metadata keys (TaskInterface::JSON_METADATA_*). */
#define TQ_MD_ID "__id__"
#define TQ_MD_PARENT_ID "__parent_id__"
#define TQ_MD_MASTER_STATUS "__master_status__"
#define TQ_MD_OWNER "__owner__"
#define TQ_MD_CREATED_AT "__created_at__"
#define TQ_MD_LABEL "__label__"
#define TQ_MD_CALLABLE "__callable__"

/* --- the array properties ("bags") of AbstractTask ------------------------------------ */

/* The zval of AbstractTask's private array property `name`. Never NULL: a property
 * that is somehow not an array (only reachable through Reflection) is reset to []. */
static zval *tq_bag(zend_object *obj, const char *name)
{
    zval *zv = php_tq_prop(obj, php_tq_ce_AbstractTask, name, strlen(name));
    if (zv) {
        ZVAL_DEREF(zv);
    }
    if (!zv || Z_TYPE_P(zv) != IS_ARRAY) {
        zval empty;
        ZVAL_EMPTY_ARRAY(&empty);
        php_tq_prop_set(obj, php_tq_ce_AbstractTask, name, strlen(name), &empty);
        zv = php_tq_prop(obj, php_tq_ce_AbstractTask, name, strlen(name));
        ZVAL_DEREF(zv);
    }
    return zv;
}

static HashTable *tq_bag_read(zend_object *obj, const char *name)
{
    return Z_ARRVAL_P(tq_bag(obj, name));
}

/* Fetched again for every write: user code run in between (iterators, destructors)
 * may have replaced the array. */
static HashTable *tq_bag_write(zend_object *obj, const char *name)
{
    zval *zv = tq_bag(obj, name);
    SEPARATE_ARRAY(zv);
    return Z_ARRVAL_P(zv);
}

/* bag[key] = value (value is copied), with PHP's array-key rules for the key. */
static void tq_bag_set(zend_object *obj, const char *bag, const char *key, zval *value)
{
    Z_TRY_ADDREF_P(value);
    zend_symtable_str_update(tq_bag_write(obj, bag), key, strlen(key), value);
}

/* Same, taking over the caller's reference to value. */
static void tq_bag_set_owned(zend_object *obj, const char *bag, const char *key, zval *value)
{
    zend_symtable_str_update(tq_bag_write(obj, bag), key, strlen(key), value);
}

static zval *tq_bag_find(zend_object *obj, const char *bag, const char *key)
{
    zval *v = zend_symtable_str_find(tq_bag_read(obj, bag), key, strlen(key));
    if (v) {
        ZVAL_DEREF(v);
    }
    return v;
}

/* PHP's gettype() names, used in TAO's messages. */
static const char *tq_gettype(zval *zv)
{
    switch (Z_TYPE_P(zv)) {
        case IS_NULL: return "NULL";
        case IS_FALSE:
        case IS_TRUE: return "boolean";
        case IS_LONG: return "integer";
        case IS_DOUBLE: return "double";
        case IS_STRING: return "string";
        case IS_ARRAY: return "array";
        case IS_OBJECT: return ZSTR_VAL(Z_OBJCE_P(zv)->name);
        case IS_RESOURCE: return "resource";
        default: return "unknown type";
    }
}

typedef struct tq_bag_apply_ctx {
    zend_object *obj;
    const char *bag;
} tq_bag_apply_ctx;

static int tq_bag_apply(zend_object_iterator *it, void *puser)
{
    tq_bag_apply_ctx *ctx = puser;
    zval *val = it->funcs->get_current_data(it);
    if (!val || EG(exception)) {
        return ZEND_HASH_APPLY_STOP;
    }
    zval key;
    if (it->funcs->get_current_key) {
        it->funcs->get_current_key(it, &key);
        if (EG(exception)) {
            zval_ptr_dtor(&key);
            return ZEND_HASH_APPLY_STOP;
        }
    } else {
        ZVAL_LONG(&key, (zend_long)it->index);
    }
    ZVAL_DEREF(val);
    array_set_zval_key(tq_bag_write(ctx->obj, ctx->bag), &key, val);
    zval_ptr_dtor(&key);
    return EG(exception) ? ZEND_HASH_APPLY_STOP : ZEND_HASH_APPLY_KEEP;
}

/* setMetadata()/setParameter(): string key → one entry; array or Traversable → each
 * entry; anything else → \InvalidArgumentException with TAO's message. */
static zend_result tq_bag_merge(zend_object *obj, const char *bag, zval *spec, zval *value)
{
    if (Z_TYPE_P(spec) == IS_STRING) {
        Z_TRY_ADDREF_P(value);
        zend_symtable_update(tq_bag_write(obj, bag), Z_STR_P(spec), value);
        return SUCCESS;
    }
    if (Z_TYPE_P(spec) == IS_ARRAY) {
        zend_string *key;
        zend_ulong idx;
        zval *val;
        ZEND_HASH_FOREACH_KEY_VAL_IND(Z_ARRVAL_P(spec), idx, key, val) {
            ZVAL_DEREF(val);
            Z_TRY_ADDREF_P(val);
            HashTable *ht = tq_bag_write(obj, bag);
            if (key) {
                zend_hash_update(ht, key, val);
            } else {
                zend_hash_index_update(ht, idx, val);
            }
        } ZEND_HASH_FOREACH_END();
        return SUCCESS;
    }
    if (Z_TYPE_P(spec) == IS_OBJECT && instanceof_function(Z_OBJCE_P(spec), zend_ce_traversable)) {
        tq_bag_apply_ctx ctx = {obj, bag};
        return spl_iterator_apply(spec, tq_bag_apply, &ctx) == SUCCESS ? SUCCESS : FAILURE;
    }
    php_tq_throw(spl_ce_InvalidArgumentException,
                 "Expected a string, array, or Traversable argument in first position; received \"%s\"",
                 tq_gettype(spec));
    return FAILURE;
}

/* getMetadata()/getParameter(). */
static void tq_bag_get(INTERNAL_FUNCTION_PARAMETERS, const char *bag, const char *what)
{
    zval *key, *def = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL(key)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(def)
    ZEND_PARSE_PARAMETERS_END();
    if (Z_TYPE_P(key) != IS_STRING) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Non-string argument provided as a %s key", what);
        RETURN_THROWS();
    }
    zval *v = zend_symtable_find(tq_bag_read(Z_OBJ_P(ZEND_THIS), bag), Z_STR_P(key));
    if (v) {
        RETURN_COPY_DEREF(v);
    }
    if (def) {
        RETURN_COPY(def);
    }
    RETURN_NULL();
}

static void tq_bag_set_method(INTERNAL_FUNCTION_PARAMETERS, const char *bag)
{
    zval *spec, *value = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL(spec)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(value)
    ZEND_PARSE_PARAMETERS_END();
    zval null_value;
    ZVAL_NULL(&null_value);
    if (tq_bag_merge(Z_OBJ_P(ZEND_THIS), bag, spec, value ? value : &null_value) == FAILURE) {
        RETURN_THROWS();
    }
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

/* --- dates ------------------------------------------------------------------------ */

/* A \DateTime in UTC (timezone type 3, like `new \DateTime('now', new \DateTimeZone('UTC'))`)
 * from a date-time string that carries its zone. */
static zend_result tq_datetime(zval *out, const char *text, size_t len)
{
    php_date_instantiate(php_date_get_date_ce(), out);
    if (!php_date_initialize(Z_PHPDATE_P(out), text, len, NULL, NULL, PHP_DATE_INIT_CTOR)) {
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        if (!EG(exception)) {
            php_tq_throw(spl_ce_RuntimeException, "Cannot build a DateTime from \"%s\"", text);
        }
        return FAILURE;
    }
    return SUCCESS;
}

static zend_result tq_now_utc(zval *out)
{
    return tq_datetime(out, "now UTC", sizeof("now UTC") - 1);
}

static zend_result tq_datetime_from_instant(zval *out, const tq_instant *t)
{
    char buf[64];
    if (tq_instant_format_utc(t, buf, sizeof(buf) - 4) == 0) {
        strcat(buf, " UTC");
    } else {
        /* years outside 0000..9999: "@<seconds>" is the one form PHP reads for them */
        snprintf(buf, sizeof(buf), "@%lld.%06d", (long long)t->sec, (int)t->usec);
    }
    return tq_datetime(out, buf, strlen(buf));
}

/* DateTime::format('c') of the same instant in UTC ("2018-10-22T15:40:52+00:00"). */
static zend_string *tq_format_c_utc(zval *date)
{
    zval ts;
    if (php_tq_call(date, "getTimestamp", &ts, 0, NULL) == FAILURE) {
        return NULL;
    }
    zend_long sec = zval_get_long(&ts);
    zval_ptr_dtor(&ts);
    return php_format_date("c", 1, (time_t)sec, false);
}

/* --- AbstractTask ----------------------------------------------------------------- */

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, __construct)
{
    zval *id, *owner;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_ZVAL(id)
        Z_PARAM_ZVAL(owner)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    zend_string *owner_str = zval_try_get_string(owner);
    if (!owner_str) {
        RETURN_THROWS();
    }
    /* TAO's insertion order (id, created-at, owner) is the order of the JSON keys */
    tq_bag_set(obj, "metadata", TQ_MD_ID, id);
    zval now, zowner;
    if (tq_now_utc(&now) == FAILURE) {
        zend_string_release(owner_str);
        RETURN_THROWS();
    }
    tq_bag_set_owned(obj, "metadata", TQ_MD_CREATED_AT, &now);
    ZVAL_STR(&zowner, owner_str);
    tq_bag_set_owned(obj, "metadata", TQ_MD_OWNER, &zowner);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, __toString)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    zval *id = tq_bag_find(obj, "metadata", TQ_MD_ID);
    zend_string *ids = id ? zval_try_get_string(id) : ZSTR_EMPTY_ALLOC();
    if (!ids) {
        RETURN_THROWS();
    }
    RETVAL_STR(zend_strpprintf(0, "TASK %s [%s]", ZSTR_VAL(obj->ce->name), ZSTR_VAL(ids)));
    zend_string_release(ids);
}

/* A clone is a new task: new id, new created-at, everything else copied. */
static zend_result tq_task_clone(zend_object *obj)
{
    zval id, now;
    if (tq_now_utc(&now) == FAILURE) {
        return FAILURE;
    }
    ZVAL_STR(&id, php_tq_new_uri());
    tq_bag_set_owned(obj, "metadata", TQ_MD_ID, &id);
    tq_bag_set_owned(obj, "metadata", TQ_MD_CREATED_AT, &now);
    return SUCCESS;
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, __clone)
{
    ZEND_PARSE_PARAMETERS_NONE();
    tq_task_clone(Z_OBJ_P(ZEND_THIS));
}

static void tq_return_md(INTERNAL_FUNCTION_PARAMETERS, const char *key)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *v = tq_bag_find(Z_OBJ_P(ZEND_THIS), "metadata", key);
    if (v) {
        RETURN_COPY(v);
    }
    RETURN_NULL();
}

/* metadata[key] = (string) value, fluent. */
static void tq_set_md_string(INTERNAL_FUNCTION_PARAMETERS, const char *key)
{
    zval *value;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(value)
    ZEND_PARSE_PARAMETERS_END();
    zend_string *s = zval_try_get_string(value);
    if (!s) {
        RETURN_THROWS();
    }
    zval zs;
    ZVAL_STR(&zs, s);
    tq_bag_set_owned(Z_OBJ_P(ZEND_THIS), "metadata", key, &zs);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, getId)
{
    tq_return_md(INTERNAL_FUNCTION_PARAM_PASSTHRU, TQ_MD_ID);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, setParentId)
{
    tq_set_md_string(INTERNAL_FUNCTION_PARAM_PASSTHRU, TQ_MD_PARENT_ID);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, setMasterStatus)
{
    zval *value;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(value)
    ZEND_PARSE_PARAMETERS_END();
    zval zl;
    ZVAL_LONG(&zl, zval_get_long(value));
    if (EG(exception)) {
        RETURN_THROWS();
    }
    tq_bag_set_owned(Z_OBJ_P(ZEND_THIS), "metadata", TQ_MD_MASTER_STATUS, &zl);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

static void tq_return_md_bool(INTERNAL_FUNCTION_PARAMETERS, const char *key)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *v = tq_bag_find(Z_OBJ_P(ZEND_THIS), "metadata", key);
    RETURN_BOOL(v && zend_is_true(v));
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, isMasterStatus)
{
    tq_return_md_bool(INTERNAL_FUNCTION_PARAM_PASSTHRU, TQ_MD_MASTER_STATUS);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, hasParent)
{
    tq_return_md_bool(INTERNAL_FUNCTION_PARAM_PASSTHRU, TQ_MD_PARENT_ID);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, getParentId)
{
    tq_return_md(INTERNAL_FUNCTION_PARAM_PASSTHRU, TQ_MD_PARENT_ID);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, setMetadata)
{
    tq_bag_set_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, "metadata");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, getMetadata)
{
    tq_bag_get(INTERNAL_FUNCTION_PARAM_PASSTHRU, "metadata", "metadata");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, setParameter)
{
    tq_bag_set_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, "parameters");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, getParameter)
{
    tq_bag_get(INTERNAL_FUNCTION_PARAM_PASSTHRU, "parameters", "parameter");
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, getParameters)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY(tq_bag(Z_OBJ_P(ZEND_THIS), "parameters"));
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, setCreatedAt)
{
    zval *date;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(date, php_date_get_date_ce())
    ZEND_PARSE_PARAMETERS_END();
    tq_bag_set(Z_OBJ_P(ZEND_THIS), "metadata", TQ_MD_CREATED_AT, date);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, getCreatedAt)
{
    tq_return_md(INTERNAL_FUNCTION_PARAM_PASSTHRU, TQ_MD_CREATED_AT);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, setOwner)
{
    tq_set_md_string(INTERNAL_FUNCTION_PARAM_PASSTHRU, TQ_MD_OWNER);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, getOwner)
{
    tq_return_md(INTERNAL_FUNCTION_PARAM_PASSTHRU, TQ_MD_OWNER);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, setLabel)
{
    tq_set_md_string(INTERNAL_FUNCTION_PARAM_PASSTHRU, TQ_MD_LABEL);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, getLabel)
{
    tq_return_md(INTERNAL_FUNCTION_PARAM_PASSTHRU, TQ_MD_LABEL);
}

static void tq_set_worker_context(zend_object *obj)
{
    zval t;
    ZVAL_TRUE(&t);
    PHP_TQ_PROP_SET(obj, php_tq_ce_AbstractTask, "workerContext", &t);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, applyWorkerContext)
{
    ZEND_PARSE_PARAMETERS_NONE();
    tq_set_worker_context(Z_OBJ_P(ZEND_THIS));
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, isWorkerContext)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *v = PHP_TQ_PROP(Z_OBJ_P(ZEND_THIS), php_tq_ce_AbstractTask, "workerContext");
    RETURN_BOOL(v && zend_is_true(v));
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, addChildId)
{
    zval *id;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(id)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    zval *child;
    /* in_array() in TAO: loose comparison */
    ZEND_HASH_FOREACH_VAL(tq_bag_read(obj, "children"), child) {
        if (fast_equal_check_function(id, child)) {
            zend_string *s = zval_try_get_string(id);
            if (s) {
                php_tq_throw(spl_ce_InvalidArgumentException, "Child %s has been added.", ZSTR_VAL(s));
                zend_string_release(s);
            }
            RETURN_THROWS();
        }
    } ZEND_HASH_FOREACH_END();
    if (EG(exception)) {
        RETURN_THROWS();
    }
    Z_TRY_ADDREF_P(id);
    zend_hash_next_index_insert(tq_bag_write(obj, "children"), id);
    RETURN_OBJ_COPY(obj);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, hasChildren)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_BOOL(zend_hash_num_elements(tq_bag_read(Z_OBJ_P(ZEND_THIS), "children")) > 0);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, getChildren)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY(tq_bag(Z_OBJ_P(ZEND_THIS), "children"));
}

/* ['taskFqcn' => runtime class, 'metadata' => copy with __created_at__ as 'c' in UTC,
 * 'parameters' => parameters]. */
static void tq_task_json(zend_object *obj, zval *return_value)
{
    zval md;
    ZVAL_ARR(&md, zend_array_dup(tq_bag_read(obj, "metadata")));
    zval *at = zend_hash_str_find(Z_ARRVAL(md), TQ_MD_CREATED_AT, sizeof(TQ_MD_CREATED_AT) - 1);
    if (at) {
        ZVAL_DEREF(at);
    }
    if (at && Z_TYPE_P(at) == IS_OBJECT && instanceof_function(Z_OBJCE_P(at), php_date_get_interface_ce())) {
        zend_string *c = tq_format_c_utc(at);
        if (!c) {
            zval_ptr_dtor(&md);
            return;
        }
        zval zc;
        ZVAL_STR(&zc, c);
        zend_hash_str_update(Z_ARRVAL(md), TQ_MD_CREATED_AT, sizeof(TQ_MD_CREATED_AT) - 1, &zc);
    }
    array_init_size(return_value, 3);
    add_assoc_str(return_value, "taskFqcn", zend_string_copy(obj->ce->name));
    add_assoc_zval(return_value, "metadata", &md);
    zval *params = tq_bag(obj, "parameters");
    Z_TRY_ADDREF_P(params);
    add_assoc_zval(return_value, "parameters", params);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, jsonSerialize)
{
    ZEND_PARSE_PARAMETERS_NONE();
    tq_task_json(Z_OBJ_P(ZEND_THIS), return_value);
}

/* --- CallbackTask ----------------------------------------------------------------- */

#define TQ_CB_PROP(obj, lit) PHP_TQ_PROP((obj), php_tq_ce_CallbackTask, lit)
#define TQ_CB_SET(obj, lit, zv) PHP_TQ_PROP_SET((obj), php_tq_ce_CallbackTask, lit, zv)

/* The callable set on the task, else metadata __callable__ when truthy (what a task
 * read from JSON carries), else null. out holds a reference. */
static void tq_cb_get(zend_object *obj, zval *out)
{
    zval *c = TQ_CB_PROP(obj, "callable");
    if (c) {
        ZVAL_DEREF(c);
    }
    if (c && Z_TYPE_P(c) != IS_NULL) {
        ZVAL_COPY(out, c);
        return;
    }
    zval *m = tq_bag_find(obj, "metadata", TQ_MD_CALLABLE);
    if (m && zend_is_true(m)) {
        ZVAL_COPY(out, m);
        return;
    }
    ZVAL_NULL(out);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, __invoke)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    zval cb, params, rv;
    tq_cb_get(obj, &cb);
    if (!zend_is_callable(&cb, 0, NULL)) {
        zval *id = tq_bag_find(obj, "metadata", TQ_MD_ID);
        zend_type_error("Task %s has no valid callable, %s given",
                        id && Z_TYPE_P(id) == IS_STRING ? Z_STRVAL_P(id) : "?", zend_zval_type_name(&cb));
        zval_ptr_dtor(&cb);
        RETURN_THROWS();
    }
    ZVAL_COPY(&params, tq_bag(obj, "parameters"));
    zend_result r = php_tq_call_callable(&cb, &rv, 1, &params);
    zval_ptr_dtor(&params);
    zval_ptr_dtor(&cb);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
    RETURN_COPY_VALUE(&rv);
}

/* `clone $object`, with the checks the engine makes. */
static zend_result tq_clone_object(zval *src, zval *dst)
{
    zend_object *o = Z_OBJ_P(src);
    if (!o->handlers->clone_obj) {
        zend_throw_error(NULL, "Trying to clone an uncloneable object of class %s", ZSTR_VAL(o->ce->name));
        return FAILURE;
    }
    if (o->ce->clone && !(o->ce->clone->common.fn_flags & ZEND_ACC_PUBLIC)) {
        zend_throw_error(NULL, "Call to non-public %s::__clone() from scope %s", ZSTR_VAL(o->ce->name),
                         ZSTR_VAL(php_tq_ce_CallbackTask->name));
        return FAILURE;
    }
    zend_object *copy = o->handlers->clone_obj(o);
    if (EG(exception)) {
        if (copy) {
            OBJ_RELEASE(copy);
        }
        return FAILURE;
    }
    ZVAL_OBJ(dst, copy);
    return SUCCESS;
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, __clone)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    zval *c = TQ_CB_PROP(obj, "callable");
    if (c) {
        ZVAL_DEREF(c);
    }
    if (c && Z_TYPE_P(c) == IS_OBJECT) {
        zval copy;
        if (tq_clone_object(c, &copy) == FAILURE) {
            RETURN_THROWS();
        }
        TQ_CB_SET(obj, "callable", &copy);
        zval_ptr_dtor(&copy);
    }
    zval f;
    ZVAL_FALSE(&f);
    TQ_CB_SET(obj, "enqueued", &f);
    tq_task_clone(obj);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, setCallable)
{
    zval *callable;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(callable)
    ZEND_PARSE_PARAMETERS_END();
    if (!zend_is_callable(callable, 0, NULL)) {
        zend_argument_type_error(1, "must be a valid callback, %s given", zend_zval_type_name(callable));
        RETURN_THROWS();
    }
    if (Z_TYPE_P(callable) == IS_OBJECT && instanceof_function(Z_OBJCE_P(callable), php_tq_ce_TaskAwareInterface)) {
        if (php_tq_call(callable, "setTask", NULL, 1, ZEND_THIS) == FAILURE) {
            RETURN_THROWS();
        }
    }
    TQ_CB_SET(Z_OBJ_P(ZEND_THIS), "callable", callable);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, getCallable)
{
    ZEND_PARSE_PARAMETERS_NONE();
    tq_cb_get(Z_OBJ_P(ZEND_THIS), return_value);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, markAsEnqueued)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval t;
    ZVAL_TRUE(&t);
    TQ_CB_SET(Z_OBJ_P(ZEND_THIS), "enqueued", &t);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, isEnqueued)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *v = TQ_CB_PROP(Z_OBJ_P(ZEND_THIS), "enqueued");
    RETURN_BOOL(v && zend_is_true(v));
}

/* The callable when it is an object implementing iface (a reference in out), else false. */
static bool tq_cb_object_of(zend_object *obj, zend_class_entry *iface, zval *out)
{
    tq_cb_get(obj, out);
    if (Z_TYPE_P(out) == IS_OBJECT && instanceof_function(Z_OBJCE_P(out), iface)) {
        return true;
    }
    zval_ptr_dtor(out);
    ZVAL_UNDEF(out);
    return false;
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, applyWorkerContext)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    tq_set_worker_context(obj);
    zval cb;
    if (tq_cb_object_of(obj, php_tq_ce_WorkerContextAwareInterface, &cb)) {
        zend_result r = php_tq_call(&cb, "applyWorkerContext", NULL, 0, NULL);
        zval_ptr_dtor(&cb);
        if (r == FAILURE) {
            RETURN_THROWS();
        }
    }
    RETURN_OBJ_COPY(obj);
}

/* hasChildren()/getChildren(): the callable's when it is ChildTaskAware, else the task's. */
static void tq_cb_children(INTERNAL_FUNCTION_PARAMETERS, bool has)
{
    const char *method = has ? "hasChildren" : "getChildren";
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    zval cb;
    if (tq_cb_object_of(obj, php_tq_ce_ChildTaskAwareInterface, &cb)) {
        zend_result r = php_tq_call(&cb, method, return_value, 0, NULL);
        zval_ptr_dtor(&cb);
        if (r == FAILURE) {
            RETURN_THROWS();
        }
        return;
    }
    if (has) {
        RETURN_BOOL(zend_hash_num_elements(tq_bag_read(obj, "children")) > 0);
    }
    RETURN_COPY(tq_bag(obj, "children"));
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, hasChildren)
{
    tq_cb_children(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, getChildren)
{
    tq_cb_children(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

/* metadata __callable__ as it goes into the JSON: the class name of an object
 * callable, the jsonSerialize() value of a \JsonSerializable one, else the
 * string/array callable itself. */
static zend_result tq_cb_json_value(zend_object *obj, zval *out)
{
    zval cb;
    tq_cb_get(obj, &cb);
    if (Z_TYPE(cb) != IS_OBJECT) {
        ZVAL_COPY_VALUE(out, &cb);
        return SUCCESS;
    }
    zend_result r = SUCCESS;
    if (instanceof_function(Z_OBJCE(cb), php_json_serializable_ce)) {
        r = php_tq_call(&cb, "jsonSerialize", out, 0, NULL);
    } else {
        ZVAL_STR_COPY(out, Z_OBJCE(cb)->name);
    }
    zval_ptr_dtor(&cb);
    return r;
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_CallbackTask, jsonSerialize)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    zval value;
    if (tq_cb_json_value(obj, &value) == FAILURE) {
        RETURN_THROWS();
    }
    /* always the last key, as TAO writes it for a task it builds */
    HashTable *md = tq_bag_write(obj, "metadata");
    zend_hash_str_del(md, TQ_MD_CALLABLE, sizeof(TQ_MD_CALLABLE) - 1);
    tq_bag_set_owned(obj, "metadata", TQ_MD_CALLABLE, &value);
    tq_task_json(obj, return_value);
}

/* --- (de)serialisation ------------------------------------------------------------ */

zend_string *php_tq_task_serialize(zval *task)
{
    zval rv;
    if (php_tq_call(task, "jsonSerialize", &rv, 0, NULL) == FAILURE) {
        return NULL;
    }
    zend_string *json = php_tq_json_encode(&rv);
    zval_ptr_dtor(&rv);
    return json;
}

/* Replaces the pending exception by an InvalidTaskException "<what>: <its message>"
 * that keeps it as previous. exit() unwinding is left alone. */
static void tq_wrap_pending(const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 1, 2);

static void tq_wrap_pending(const char *fmt, ...)
{
    zend_object *prev = EG(exception);
    if (!prev || zend_is_unwind_exit(prev) || zend_is_graceful_exit(prev)) {
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    zend_string *what = zend_vstrpprintf(0, fmt, ap);
    va_end(ap);
    zval rv;
    zval *msg = zend_read_property_ex(zend_get_exception_base(prev), prev, ZSTR_KNOWN(ZEND_STR_MESSAGE), 1, &rv);
    zend_string *pm = msg && Z_TYPE_P(msg) == IS_STRING ? zend_string_copy(Z_STR_P(msg)) : ZSTR_EMPTY_ALLOC();
    /* zend_throw_exception() chains the pending exception as previous */
    php_tq_throw(php_tq_ce_InvalidTaskException, "%s: %s", ZSTR_VAL(what), ZSTR_VAL(pm));
    zend_string_release(pm);
    zend_string_release(what);
}

static bool tq_instantiable(zend_class_entry *ce)
{
    if (ce->ce_flags & (ZEND_ACC_INTERFACE | ZEND_ACC_TRAIT | ZEND_ACC_ENUM | ZEND_ACC_EXPLICIT_ABSTRACT_CLASS
                        | ZEND_ACC_IMPLICIT_ABSTRACT_CLASS)) {
        return false;
    }
    return !ce->constructor || (ce->constructor->common.fn_flags & ZEND_ACC_PUBLIC);
}

static zend_class_entry *tq_task_class(const tq_envelope *env)
{
    zend_string *name = zend_string_init(env->fqcn, env->fqcn_len, 0);
    zend_class_entry *ce = zend_lookup_class(name);
    zend_string_release(name);
    if (!ce) {
        /* an autoloader's exception, if any, becomes the previous one */
        php_tq_throw(php_tq_ce_InvalidTaskException, "Task class %s does not exist (task %s)", env->fqcn, env->id);
        return NULL;
    }
    if (!instanceof_function(ce, php_tq_ce_TaskInterface)) {
        php_tq_throw(php_tq_ce_InvalidTaskException, "Task class %s does not implement %s (task %s)", env->fqcn,
                     ZSTR_VAL(php_tq_ce_TaskInterface->name), env->id);
        return NULL;
    }
    if (!tq_instantiable(ce) || !ce->constructor) {
        php_tq_throw(php_tq_ce_InvalidTaskException, "Task class %s cannot be instantiated (task %s)", env->fqcn,
                     env->id);
        return NULL;
    }
    return ce;
}

/* TaskFactory::build(): new $fqcn($id, $owner), setMetadata(metadata),
 * setParameter(parameters), setCreatedAt(created-at in UTC). */
static zend_result tq_build_task(const tq_envelope *env, zval *out)
{
    zend_class_entry *ce = tq_task_class(env);
    if (!ce || object_init_ex(out, ce) == FAILURE) {
        return FAILURE;
    }
    zval args[2];
    ZVAL_STRINGL(&args[0], env->id, env->id_len);
    if (env->owner) {
        php_tq_json_to_zval(env->owner, &args[1]);
    } else {
        ZVAL_NULL(&args[1]);
    }
    zend_call_known_instance_method(ce->constructor, Z_OBJ_P(out), NULL, 2, args);
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&args[1]);
    if (EG(exception)) {
        tq_wrap_pending("Task class %s could not be constructed (task %s)", env->fqcn, env->id);
        return FAILURE;
    }
    zval md, params;
    php_tq_json_to_zval(env->metadata, &md);
    php_tq_json_to_zval(env->parameters, &params);
    if (!env->has_created_at) {
        /* a null __created_at__ would replace the constructor's DateTime by null */
        zend_hash_str_del(Z_ARRVAL(md), TQ_MD_CREATED_AT, sizeof(TQ_MD_CREATED_AT) - 1);
    }
    zend_result r = php_tq_call(out, "setMetadata", NULL, 1, &md);
    if (r == SUCCESS) {
        r = php_tq_call(out, "setParameter", NULL, 1, &params);
    }
    zval_ptr_dtor(&md);
    zval_ptr_dtor(&params);
    if (r == SUCCESS && env->has_created_at) {
        zval at;
        r = tq_datetime_from_instant(&at, &env->created_at);
        if (r == SUCCESS) {
            r = php_tq_call(out, "setCreatedAt", NULL, 1, &at);
            zval_ptr_dtor(&at);
        }
    }
    if (r == FAILURE) {
        tq_wrap_pending("Task %s of class %s could not be filled", env->id, env->fqcn);
    }
    return r;
}

/* TAO hands its service locator to what it resolves when it is ServiceLocatorAware. */
static zend_result tq_inject_locator(zval *resolved, zval *locator)
{
    static const char *const names[] = {
        "Zend\\ServiceManager\\ServiceLocatorAwareInterface",
        "Laminas\\ServiceManager\\ServiceLocatorAwareInterface",
    };
    if (!locator || Z_TYPE_P(resolved) != IS_OBJECT) {
        return SUCCESS;
    }
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        zend_string *name = zend_string_init(names[i], strlen(names[i]), 0);
        zend_class_entry *iface = zend_lookup_class_ex(name, NULL, ZEND_FETCH_CLASS_NO_AUTOLOAD);
        zend_string_release(name);
        if (iface && instanceof_function(Z_OBJCE_P(resolved), iface)) {
            return php_tq_call(resolved, "setServiceLocator", NULL, 1, locator);
        }
    }
    return SUCCESS;
}

/* (a) the service locator: has($id) then get($id); a locator without has() is just
 * asked get($id), and its failure means "not a service". 1 found, 0 not, -1 error. */
static int tq_resolve_service(zval *locator, zval *name, zval *out)
{
    if (!locator) {
        return 0;
    }
    if (zend_hash_str_exists(&Z_OBJCE_P(locator)->function_table, "has", 3)) {
        zval has;
        if (php_tq_call(locator, "has", &has, 1, name) == FAILURE) {
            return -1;
        }
        bool found = zend_is_true(&has);
        zval_ptr_dtor(&has);
        if (!found) {
            return 0;
        }
        return php_tq_call(locator, "get", out, 1, name) == SUCCESS ? 1 : -1;
    }
    if (php_tq_call(locator, "get", out, 1, name) == FAILURE) {
        if (EG(exception) && (zend_is_unwind_exit(EG(exception)) || zend_is_graceful_exit(EG(exception)))) {
            return -1;
        }
        zend_clear_exception();
        return 0;
    }
    return 1;
}

/* (b) an invokable class whose constructor needs no argument → a new instance.
 * 1 built, 0 not such a class, -1 error. */
static int tq_resolve_class(zend_string *name, zval *out)
{
    zend_class_entry *ce = zend_lookup_class(name);
    if (EG(exception)) {
        return -1;
    }
    if (!ce || !tq_instantiable(ce)) {
        return 0;
    }
    zend_function *invoke = zend_hash_str_find_ptr(&ce->function_table, "__invoke", sizeof("__invoke") - 1);
    if (!invoke || (invoke->common.fn_flags & ZEND_ACC_STATIC)) {
        return 0;
    }
    if (ce->constructor && ce->constructor->common.required_num_args > 0) {
        return 0;
    }
    if (object_init_ex(out, ce) == FAILURE) {
        return -1;
    }
    if (ce->constructor) {
        zend_call_known_instance_method_with_0_params(ce->constructor, Z_OBJ_P(out), NULL);
        if (EG(exception)) {
            zval_ptr_dtor(out);
            ZVAL_UNDEF(out);
            return -1;
        }
    }
    return 1;
}

/* The `__callable__` string of a task read from JSON → a callable: (a) a service of
 * the locator, (b) an invokable class, (c) a function or 'Class::method' string. */
static zend_result tq_resolve_string(zend_object *service, zval *log_ctx, const tq_envelope *env, zval *name,
                                     zval *out)
{
    zval *locator = service ? PHP_TQ_PROP(service, php_tq_ce_TaskSerializerService, "serviceLocator") : NULL;
    if (locator && Z_TYPE_P(locator) != IS_OBJECT) {
        locator = NULL;
    }
    int found = tq_resolve_service(locator, name, out);
    if (found == 0) {
        found = tq_resolve_class(Z_STR_P(name), out);
    }
    if (found < 0) {
        tq_wrap_pending("Callable/Action %s could not be resolved (task %s)", Z_STRVAL_P(name), env->id);
        return FAILURE;
    }
    if (found == 0 && zend_is_callable(name, 0, NULL)) {
        ZVAL_COPY(out, name);
        return SUCCESS;
    }
    if (found == 0) {
        if (service) {
            php_tq_log(service, php_tq_ce_TaskSerializerService, "error", log_ctx,
                       "Callable/Action class %s does not exist", Z_STRVAL_P(name));
        }
        php_tq_throw(php_tq_ce_InvalidTaskException, "Callable/Action class %s does not exist (task %s)",
                     Z_STRVAL_P(name), env->id);
        return FAILURE;
    }
    if (!zend_is_callable(out, 0, NULL)) {
        php_tq_throw(php_tq_ce_InvalidTaskException, "Callable/Action %s resolved to %s, which is not callable (task %s)",
                     Z_STRVAL_P(name), zend_zval_type_name(out), env->id);
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        return FAILURE;
    }
    if (tq_inject_locator(out, locator) == FAILURE) {
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        tq_wrap_pending("Callable/Action %s could not be given the service locator (task %s)", Z_STRVAL_P(name),
                        env->id);
        return FAILURE;
    }
    return SUCCESS;
}

/* A CallbackTask read from JSON carries its callable as metadata; turn it back into
 * a callable and set it. A non-callable array stays metadata, as in TAO. */
static zend_result tq_restore_callable(zend_object *service, zval *log_ctx, const tq_envelope *env, zval *task)
{
    if (!instanceof_function(Z_OBJCE_P(task), php_tq_ce_CallbackTaskInterface)) {
        return SUCCESS;
    }
    zval cb, resolved;
    if (php_tq_call(task, "getCallable", &cb, 0, NULL) == FAILURE) {
        tq_wrap_pending("Task %s: getCallable() failed", env->id);
        return FAILURE;
    }
    zend_result r = SUCCESS;
    ZVAL_UNDEF(&resolved);
    if (Z_TYPE(cb) == IS_STRING) {
        r = tq_resolve_string(service, log_ctx, env, &cb, &resolved);
    } else if (Z_TYPE(cb) == IS_ARRAY && zend_is_callable(&cb, 0, NULL)) {
        ZVAL_COPY(&resolved, &cb);
    }
    zval_ptr_dtor(&cb);
    if (r == SUCCESS && Z_TYPE(resolved) != IS_UNDEF) {
        r = php_tq_call(task, "setCallable", NULL, 1, &resolved);
        if (r == FAILURE) {
            tq_wrap_pending("Task %s: setCallable() failed", env->id);
        }
    }
    zval_ptr_dtor(&resolved);
    return r;
}

/* service (may be NULL) gives the locator and the logger; log_ctx may be NULL. */
static zend_result tq_deserialize(zend_object *service, zval *log_ctx, const char *json, size_t len, zval *out)
{
    tq_envelope env;
    tq_error err;
    tq_error_clear(&err);
    ZVAL_UNDEF(out);
    if (tq_envelope_parse(json, len, &env, &err) != 0) {
        php_tq_throw_error(php_tq_ce_InvalidTaskException, &err, NULL);
        return FAILURE;
    }
    zend_result r = tq_build_task(&env, out);
    if (r == SUCCESS) {
        r = tq_restore_callable(service, log_ctx, &env, out);
    }
    tq_envelope_free(&env);
    if (r == FAILURE) {
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
    }
    return r;
}

zend_result php_tq_task_deserialize(const char *json, size_t len, zval *out)
{
    return tq_deserialize(NULL, NULL, json, len, out);
}

/* --- TaskSerializerService -------------------------------------------------------- */

ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, __construct)
{
    zval *options = NULL;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY(options)
    ZEND_PARSE_PARAMETERS_END();
    if (options) {
        PHP_TQ_PROP_SET(Z_OBJ_P(ZEND_THIS), php_tq_ce_TaskSerializerService, "options", options);
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, deserialize)
{
    zval *json, *log_ctx = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL(json)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY(log_ctx)
    ZEND_PARSE_PARAMETERS_END();
    if (Z_TYPE_P(json) != IS_STRING) {
        php_tq_throw(php_tq_ce_InvalidTaskException, "Invalid task JSON: a string is expected, %s given",
                     zend_zval_type_name(json));
        RETURN_THROWS();
    }
    if (tq_deserialize(Z_OBJ_P(ZEND_THIS), log_ctx, Z_STRVAL_P(json), Z_STRLEN_P(json), return_value) == FAILURE) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, serialize)
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

PHP_TQ_OPTION_METHODS(oat_tao_model_taskQueue_Task_TaskSerializerService, php_tq_ce_TaskSerializerService)
PHP_TQ_LOCATOR_METHODS(oat_tao_model_taskQueue_Task_TaskSerializerService, php_tq_ce_TaskSerializerService)
PHP_TQ_LOGGER_METHODS(oat_tao_model_taskQueue_Task_TaskSerializerService, php_tq_ce_TaskSerializerService)

void php_tq_task_minit(void)
{
    php_tq_ce_WorkerContextAwareInterface = register_class_oat_tao_model_taskQueue_Task_WorkerContextAwareInterface();
    php_tq_ce_ChildTaskAwareInterface = register_class_oat_tao_model_taskQueue_Task_ChildTaskAwareInterface();
    php_tq_ce_TaskInterface = register_class_oat_tao_model_taskQueue_Task_TaskInterface(php_tq_ce_WorkerContextAwareInterface, php_tq_ce_ChildTaskAwareInterface, php_json_serializable_ce);
    php_tq_ce_CallbackTaskInterface = register_class_oat_tao_model_taskQueue_Task_CallbackTaskInterface(php_tq_ce_TaskInterface);
    php_tq_ce_TaskAwareInterface = register_class_oat_tao_model_taskQueue_Task_TaskAwareInterface();
    php_tq_ce_QueueAssociableInterface = register_class_oat_tao_model_taskQueue_Task_QueueAssociableInterface();
    php_tq_ce_RemoteTaskSynchroniserInterface = register_class_oat_tao_model_taskQueue_Task_RemoteTaskSynchroniserInterface();
    php_tq_ce_AbstractTask = register_class_oat_tao_model_taskQueue_Task_AbstractTask(php_tq_ce_TaskInterface);
    php_tq_ce_CallbackTask = register_class_oat_tao_model_taskQueue_Task_CallbackTask(php_tq_ce_AbstractTask, php_tq_ce_CallbackTaskInterface);
    php_tq_ce_InvalidTaskException = register_class_oat_tao_model_taskQueue_Task_InvalidTaskException(zend_ce_exception);
    php_tq_ce_TaskSerializerService = register_class_oat_tao_model_taskQueue_Task_TaskSerializerService();
}
