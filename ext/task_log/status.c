/*
 * status.c: CategorizedStatus: a task's stored status seen as one of the
 * categories the UI shows.
 * State lives in the declared properties of the stubs. May touch: the Zend API, src/task_log/tq_status.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "../php_taskqueue.h"
#include "task_log_shared.h"
#include "status_arginfo.h"
#include "task_log/tq_status.h"

zend_class_entry *php_tq_ce_CategorizedStatus;

#define THIS_OBJ Z_OBJ_P(ZEND_THIS)
/* Returns $this from a fluent method. */
#define RETURN_THIS() RETURN_OBJ_COPY(THIS_OBJ)

/* ========================================================================================
 * CategorizedStatus
 * ===================================================================================== */

/* The default of CategorizedStatus::$categorizeMapping: a persistent immutable array
 * built once at start-up; each request copies it on write. */
static HashTable *tq_mapping;

static HashTable *tq_persistent_list(const char *const *items, size_t n)
{
    HashTable *ht = pemalloc(sizeof(HashTable), 1);
    zend_hash_init(ht, (uint32_t)n, NULL, NULL, 1);
    zend_hash_real_init_packed(ht);
    for (size_t i = 0; i < n; i++) {
        zval z;
        ZVAL_INTERNED_STR(&z, zend_string_init_interned(items[i], strlen(items[i]), 1));
        zend_hash_next_index_insert_new(ht, &z);
    }
    /* immutable: never freed or changed in place; refcount 2 forces separation */
    GC_ADD_FLAGS(ht, IS_ARRAY_IMMUTABLE);
    GC_SET_REFCOUNT(ht, 2);
    return ht;
}

static void tq_mapping_minit(void)
{
    static const char *const created[] = {"enqueued"};
    static const char *const in_progress[] = {"dequeued", "running", "child_running"};
    static const char *const completed[] = {"completed"};
    static const char *const failed[] = {"failed", "unknown"};
    static const char *const archived[] = {"archived"};
    static const char *const cancelled[] = {"cancelled"};
    static const struct { const char *key; const char *const *items; size_t n; } rows[] = {
        {"created", created, 1}, {"in_progress", in_progress, 3}, {"completed", completed, 1},
        {"failed", failed, 2}, {"archived", archived, 1}, {"cancelled", cancelled, 1},
    };
    HashTable *map = pemalloc(sizeof(HashTable), 1);
    zend_hash_init(map, 8, NULL, NULL, 1);
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        zval list;
        ZVAL_ARR(&list, tq_persistent_list(rows[i].items, rows[i].n));
        Z_TYPE_FLAGS(list) = 0;
        zend_hash_add_new(map, zend_string_init_interned(rows[i].key, strlen(rows[i].key), 1), &list);
    }
    GC_ADD_FLAGS(map, IS_ARRAY_IMMUTABLE);
    GC_SET_REFCOUNT(map, 2);
    tq_mapping = map;

    zend_property_info *pi = zend_hash_str_find_ptr(&php_tq_ce_CategorizedStatus->properties_info,
                                                    "categorizeMapping", sizeof("categorizeMapping") - 1);
    ZEND_ASSERT(pi && (pi->flags & ZEND_ACC_STATIC));
    zval *def = &php_tq_ce_CategorizedStatus->default_static_members_table[pi->offset];
    ZVAL_ARR(def, tq_mapping);
    Z_TYPE_FLAGS_P(def) = 0;
}

static void tq_cs_make(zend_class_entry *ce, const char *category, zval *out)
{
    object_init_ex(out, ce);
    zval v;
    ZVAL_STRING(&v, category);
    PHP_TQ_PROP_SET(Z_OBJ_P(out), php_tq_ce_CategorizedStatus, "status", &v);
    zval_ptr_dtor(&v);
}

const char *php_tq_status_category(zend_object *obj)
{
    zval *v = PHP_TQ_PROP(obj, php_tq_ce_CategorizedStatus, "status");
    return v && Z_TYPE_P(v) == IS_STRING ? Z_STRVAL_P(v) : "";
}

zend_result php_tq_categorized_status_as(zend_class_entry *ce, zval *status, zval *out)
{
    tq_status st = Z_TYPE_P(status) == IS_STRING ? tq_status_parse(Z_STRVAL_P(status)) : TQ_STATUS_INVALID;
    if (st == TQ_STATUS_INVALID) {
        zend_throw_exception(zend_ce_exception, "Invalid status provided", 0);
        return FAILURE;
    }
    tq_cs_make(ce, tq_category_name(tq_status_category(st)), out);
    return SUCCESS;
}

zend_result php_tq_categorized_status(zval *status, zval *out)
{
    return php_tq_categorized_status_as(php_tq_ce_CategorizedStatus, status, out);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_CategorizedStatus, __construct)
{
    zend_string *status;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(status)
    ZEND_PARSE_PARAMETERS_END();
    zval v;
    ZVAL_STR(&v, status);
    PHP_TQ_PROP_SET(THIS_OBJ, php_tq_ce_CategorizedStatus, "status", &v);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_CategorizedStatus, createFromString)
{
    zval *status;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(status)
    ZEND_PARSE_PARAMETERS_END();
    ZVAL_DEREF(status);
    tq_status st = Z_TYPE_P(status) == IS_STRING ? tq_status_parse(Z_STRVAL_P(status)) : TQ_STATUS_INVALID;
    if (st == TQ_STATUS_INVALID) {
        zend_throw_exception(zend_ce_exception, "Invalid status provided", 0);
        RETURN_THROWS();
    }
    tq_cs_make(zend_get_called_scope(execute_data), tq_category_name(tq_status_category(st)), return_value);
}

#define TQ_CS_FACTORY(method, category) \
    ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_CategorizedStatus, method) \
    { \
        ZEND_PARSE_PARAMETERS_NONE(); \
        tq_cs_make(zend_get_called_scope(execute_data), category, return_value); \
    }

TQ_CS_FACTORY(completed, "completed")
TQ_CS_FACTORY(failed, "failed")
TQ_CS_FACTORY(created, "created")
TQ_CS_FACTORY(inProgress, "in_progress")
TQ_CS_FACTORY(archived, "archived")
TQ_CS_FACTORY(cancelled, "cancelled")

#define TQ_CS_IS(method, category) \
    ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_CategorizedStatus, method) \
    { \
        ZEND_PARSE_PARAMETERS_NONE(); \
        RETURN_BOOL(strcmp(php_tq_status_category(THIS_OBJ), category) == 0); \
    }

TQ_CS_IS(isCreated, "created")
TQ_CS_IS(isInProgress, "in_progress")
TQ_CS_IS(isCompleted, "completed")
TQ_CS_IS(isFailed, "failed")
TQ_CS_IS(isArchived, "archived")
TQ_CS_IS(isCancelled, "cancelled")

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_CategorizedStatus, equals)
{
    zend_object *other;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJ_OF_CLASS(other, php_tq_ce_CategorizedStatus)
    ZEND_PARSE_PARAMETERS_END();
    RETURN_BOOL(strcmp(php_tq_status_category(THIS_OBJ), php_tq_status_category(other)) == 0);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_CategorizedStatus, getMappedStatuses)
{
    zval *status;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(status)
    ZEND_PARSE_PARAMETERS_END();
    zval *map = zend_read_static_property(php_tq_ce_CategorizedStatus, "categorizeMapping",
                                          sizeof("categorizeMapping") - 1, 0);
    if (!map) {
        RETURN_THROWS();
    }
    ZVAL_DEREF(map);
    zval *found = NULL;
    ZVAL_DEREF(status);
    if (Z_TYPE_P(map) == IS_ARRAY) {
        if (Z_TYPE_P(status) == IS_STRING) {
            found = zend_symtable_find(Z_ARRVAL_P(map), Z_STR_P(status));
        } else if (Z_TYPE_P(status) == IS_LONG) {
            found = zend_hash_index_find(Z_ARRVAL_P(map), (zend_ulong)Z_LVAL_P(status));
        }
    }
    if (!found) {
        zend_string *s = zval_get_string(status);
        php_tq_throw(spl_ce_InvalidArgumentException,
                     "CategorizedStatus::getMappedStatuses(): \"%s\" is not a status category", ZSTR_VAL(s));
        zend_string_release(s);
        RETURN_THROWS();
    }
    RETURN_COPY_DEREF(found);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_CategorizedStatus, __toString)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_STRING(php_tq_status_category(THIS_OBJ));
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_CategorizedStatus, getLabel)
{
    ZEND_PARSE_PARAMETERS_NONE();
    const char *label = tq_category_label(tq_category_parse(php_tq_status_category(THIS_OBJ)));
    RETURN_STRING(label ? label : "");
}

zend_string *php_tq_entity_category(zval *entity)
{
    zval st;
    if (php_tq_call(entity, "getStatus", &st, 0, NULL) == FAILURE) {
        return NULL;
    }
    zend_string *s = NULL;
    if (Z_TYPE(st) == IS_OBJECT) {
        s = zval_try_get_string(&st);      /* CategorizedStatus::__toString() */
    } else {
        php_tq_throw(zend_ce_type_error, "%s::getStatus() must return a CategorizedStatus, %s given",
                     ZSTR_VAL(Z_OBJCE_P(entity)->name), zend_zval_type_name(&st));
    }
    zval_ptr_dtor(&st);
    return s;
}

void php_tq_task_log_status_minit(void)
{
    php_tq_ce_CategorizedStatus = register_class_oat_tao_model_taskQueue_TaskLog_CategorizedStatus();
    tq_mapping_minit();
}

/* The class's static default still points at the mapping, but the engine never frees an
 * immutable array through it: the mapping is ours to free. */
void php_tq_task_log_status_mshutdown(void)
{
    zval *list;
    if (!tq_mapping) {
        return;
    }
    ZEND_HASH_FOREACH_VAL(tq_mapping, list) {
        zend_hash_destroy(Z_ARR_P(list));
        pefree(Z_ARR_P(list), 1);
    } ZEND_HASH_FOREACH_END();
    zend_hash_destroy(tq_mapping);
    pefree(tq_mapping, 1);
    tq_mapping = NULL;
}
