/*
 * task.c: the task interfaces and AbstractTask. Task state lives in the declared private
 * properties of the stub (metadata, parameters, workerContext, children), so GC, clone
 * and PHP subclasses work unchanged; task_shared.c reads and writes them for the other
 * Task group files. CallbackTask is in callback_task.c, TaskSerializerService and
 * php_tq_task_serialize() / php_tq_task_deserialize() in task_serializer.c.
 * May touch: the Zend API, ext/json, ext/date, ext/spl, common/common, task_shared.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "ext/json/php_json.h"
#include "ext/date/php_date.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/spl/spl_iterators.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "task.h"
#include "task_arginfo.h"
#include "task_shared.h"

zend_class_entry *php_tq_ce_WorkerContextAwareInterface;
zend_class_entry *php_tq_ce_ChildTaskAwareInterface;
zend_class_entry *php_tq_ce_TaskInterface;
zend_class_entry *php_tq_ce_CallbackTaskInterface;
zend_class_entry *php_tq_ce_TaskAwareInterface;
zend_class_entry *php_tq_ce_TaskLanguageLoaderInterface;
zend_class_entry *php_tq_ce_QueueAssociableInterface;
zend_class_entry *php_tq_ce_RemoteTaskSynchroniserInterface;
zend_class_entry *php_tq_ce_AbstractTask;

/* --- setMetadata() / setParameter() ---------------------------------------------------- */

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
    array_set_zval_key(php_tq_task_bag_write(ctx->obj, ctx->bag), &key, val);
    zval_ptr_dtor(&key);
    return EG(exception) ? ZEND_HASH_APPLY_STOP : ZEND_HASH_APPLY_KEEP;
}

/* setMetadata()/setParameter(): string key → one entry; array or Traversable → each
 * entry; anything else → \InvalidArgumentException with TAO's message. */
/* A key with a NUL byte cannot travel: the JSON reader refuses it (two such keys used to
 * become one). what: "metadata" or "parameter". */
static bool tq_key_has_nul(zend_object *obj, zend_string *key, const char *what)
{
    if (!key) {
        return false;
    }
    bool md = strcmp(what, "metadata") == 0;
    return php_tq_refuse_nul(ZSTR_VAL(key), ZSTR_LEN(key), obj->ce, md ? "setMetadata" : "setParameter",
                             md ? "metadata key" : "parameter key") == FAILURE;
}

static zend_result tq_bag_merge(zend_object *obj, const char *bag, zval *spec, zval *value)
{
    const char *what = strcmp(bag, "metadata") == 0 ? "metadata" : "parameter";
    if (Z_TYPE_P(spec) == IS_STRING && tq_key_has_nul(obj, Z_STR_P(spec), what)) {
        return FAILURE;
    }
    if (Z_TYPE_P(spec) == IS_ARRAY) {
        zend_string *k;
        ZEND_HASH_FOREACH_STR_KEY(Z_ARRVAL_P(spec), k) {
            if (tq_key_has_nul(obj, k, what)) {
                return FAILURE;
            }
        } ZEND_HASH_FOREACH_END();
    }
    if (Z_TYPE_P(spec) == IS_STRING) {
        Z_TRY_ADDREF_P(value);
        zend_symtable_update(php_tq_task_bag_write(obj, bag), Z_STR_P(spec), value);
        return SUCCESS;
    }
    if (Z_TYPE_P(spec) == IS_ARRAY) {
        zend_string *key;
        zend_ulong idx;
        zval *val;
        ZEND_HASH_FOREACH_KEY_VAL_IND(Z_ARRVAL_P(spec), idx, key, val) {
            ZVAL_DEREF(val);
            Z_TRY_ADDREF_P(val);
            HashTable *ht = php_tq_task_bag_write(obj, bag);
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
    zval *v = zend_symtable_find(php_tq_task_bag_read(Z_OBJ_P(ZEND_THIS), bag), Z_STR_P(key));
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

/* --- AbstractTask ----------------------------------------------------------------- */

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, __construct)
{
    zval *id, *owner;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_ZVAL(id)
        Z_PARAM_ZVAL(owner)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    if (php_tq_refuse_nul_zval(id, Z_OBJCE_P(ZEND_THIS), "__construct", "task id") == FAILURE) {
        RETURN_THROWS();
    }
    zend_string *owner_str = zval_try_get_string(owner);
    if (!owner_str) {
        RETURN_THROWS();
    }
    /* TAO's insertion order (id, created-at, owner) is the order of the JSON keys */
    php_tq_task_bag_set(obj, "metadata", TQ_MD_ID, id);
    zval now, zowner;
    if (php_tq_task_now_utc(&now) == FAILURE) {
        zend_string_release(owner_str);
        RETURN_THROWS();
    }
    php_tq_task_bag_set_owned(obj, "metadata", TQ_MD_CREATED_AT, &now);
    ZVAL_STR(&zowner, owner_str);
    php_tq_task_bag_set_owned(obj, "metadata", TQ_MD_OWNER, &zowner);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, __toString)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    zval *id = php_tq_task_bag_find(obj, "metadata", TQ_MD_ID);
    zend_string *ids = id ? zval_try_get_string(id) : ZSTR_EMPTY_ALLOC();
    if (!ids) {
        RETURN_THROWS();
    }
    RETVAL_STR(zend_strpprintf(0, "TASK %s [%s]", ZSTR_VAL(obj->ce->name), ZSTR_VAL(ids)));
    zend_string_release(ids);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, __clone)
{
    ZEND_PARSE_PARAMETERS_NONE();
    php_tq_task_clone(Z_OBJ_P(ZEND_THIS));
}

static void tq_return_md(INTERNAL_FUNCTION_PARAMETERS, const char *key)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *v = php_tq_task_bag_find(Z_OBJ_P(ZEND_THIS), "metadata", key);
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
    php_tq_task_bag_set_owned(Z_OBJ_P(ZEND_THIS), "metadata", key, &zs);
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
    php_tq_task_bag_set_owned(Z_OBJ_P(ZEND_THIS), "metadata", TQ_MD_MASTER_STATUS, &zl);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

static void tq_return_md_bool(INTERNAL_FUNCTION_PARAMETERS, const char *key)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *v = php_tq_task_bag_find(Z_OBJ_P(ZEND_THIS), "metadata", key);
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
    RETURN_COPY(php_tq_task_bag(Z_OBJ_P(ZEND_THIS), "parameters"));
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, setCreatedAt)
{
    zval *date;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(date, php_date_get_date_ce())
    ZEND_PARSE_PARAMETERS_END();
    php_tq_task_bag_set(Z_OBJ_P(ZEND_THIS), "metadata", TQ_MD_CREATED_AT, date);
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

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, applyWorkerContext)
{
    ZEND_PARSE_PARAMETERS_NONE();
    php_tq_task_set_worker_context(Z_OBJ_P(ZEND_THIS));
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
    if (php_tq_task_child_id_is_new(php_tq_task_bag_read(obj, "children"), id) == FAILURE) {
        RETURN_THROWS();
    }
    Z_TRY_ADDREF_P(id);
    zend_hash_next_index_insert(php_tq_task_bag_write(obj, "children"), id);
    RETURN_OBJ_COPY(obj);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, hasChildren)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_BOOL(zend_hash_num_elements(php_tq_task_bag_read(Z_OBJ_P(ZEND_THIS), "children")) > 0);
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, getChildren)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY(php_tq_task_bag(Z_OBJ_P(ZEND_THIS), "children"));
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_AbstractTask, jsonSerialize)
{
    ZEND_PARSE_PARAMETERS_NONE();
    php_tq_task_json(Z_OBJ_P(ZEND_THIS), return_value);
}

void php_tq_task_minit(void)
{
    php_tq_ce_WorkerContextAwareInterface = register_class_oat_tao_model_taskQueue_Task_WorkerContextAwareInterface();
    php_tq_ce_ChildTaskAwareInterface = register_class_oat_tao_model_taskQueue_Task_ChildTaskAwareInterface();
    php_tq_ce_TaskInterface = register_class_oat_tao_model_taskQueue_Task_TaskInterface(php_tq_ce_WorkerContextAwareInterface, php_tq_ce_ChildTaskAwareInterface, php_json_serializable_ce);
    php_tq_ce_CallbackTaskInterface = register_class_oat_tao_model_taskQueue_Task_CallbackTaskInterface(php_tq_ce_TaskInterface);
    php_tq_ce_TaskAwareInterface = register_class_oat_tao_model_taskQueue_Task_TaskAwareInterface();
    php_tq_ce_QueueAssociableInterface = register_class_oat_tao_model_taskQueue_Task_QueueAssociableInterface();
    php_tq_ce_RemoteTaskSynchroniserInterface = register_class_oat_tao_model_taskQueue_Task_RemoteTaskSynchroniserInterface();
    php_tq_ce_TaskLanguageLoaderInterface = register_class_oat_tao_model_taskQueue_Task_TaskLanguageLoaderInterface();
    php_tq_ce_AbstractTask = register_class_oat_tao_model_taskQueue_Task_AbstractTask(php_tq_ce_TaskInterface);
}

zend_result php_tq_task_metadata(zval *task, const char *key, zval *out)
{
    zval k;
    ZVAL_STRING(&k, key);
    zend_result r = php_tq_call(task, "getMetadata", out, 1, &k);
    zval_ptr_dtor(&k);
    if (r == FAILURE) {
        ZVAL_UNDEF(out);
    }
    return r;
}
