/*
 * task_log_entity.c: the Task Log's value classes: CategorizedStatus, TaskLogFilter,
 * TasksLogsStats, CollectionInterface / TaskLogCollection, EntityInterface /
 * TaskLogEntity (spec §2.1, §8.4), and the report helpers of task_log_shared.h.
 * State lives in the declared properties of the stubs. May touch: the Zend API,
 * ext/date, ext/json, ext/spl, src/task_log/tq_status.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "ext/date/php_date.h"
#include "ext/spl/spl_array.h"
#include "ext/spl/spl_exceptions.h"
#include "../php_taskqueue.h"
#include "task_log_shared.h"
#include "task_log_entity_arginfo.h"
#include "task_log/tq_status.h"

zend_class_entry *php_tq_ce_CategorizedStatus;
zend_class_entry *php_tq_ce_TaskLogFilter;
zend_class_entry *php_tq_ce_TasksLogsStats;
zend_class_entry *php_tq_ce_CollectionInterface;
zend_class_entry *php_tq_ce_TaskLogCollection;
zend_class_entry *php_tq_ce_EntityInterface;
zend_class_entry *php_tq_ce_TaskLogEntity;

#define THIS_OBJ Z_OBJ_P(ZEND_THIS)

/* Returns $this from a fluent method. */
#define RETURN_THIS() RETURN_OBJ_COPY(THIS_OBJ)

/* Drops a half-built return value and leaves with the pending exception. */
#define TQ_FAIL_RETURN() do { zval_ptr_dtor(return_value); ZVAL_NULL(return_value); RETURN_THROWS(); } while (0)

/* --- small helpers ------------------------------------------------------------------- */

/* new $ce(...$argv), calling the constructor when there is one. */
static zend_result tq_new_object(zend_class_entry *ce, uint32_t argc, zval *argv, zval *out)
{
    if (object_init_ex(out, ce) == FAILURE) {
        return FAILURE;
    }
    if (ce->constructor) {
        zend_call_known_instance_method(ce->constructor, Z_OBJ_P(out), NULL, argc, argv);
        if (EG(exception)) {
            zval_ptr_dtor(out);
            ZVAL_UNDEF(out);
            return FAILURE;
        }
    }
    return SUCCESS;
}

zend_result php_tq_each(zval *iterable, php_tq_each_fn fn, void *ctx)
{
    ZVAL_DEREF(iterable);
    if (Z_TYPE_P(iterable) == IS_ARRAY) {
        zval *v;
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(iterable), v) {
            ZVAL_DEREF(v);
            if (fn(v, ctx) == FAILURE) {
                return FAILURE;
            }
        } ZEND_HASH_FOREACH_END();
        return SUCCESS;
    }
    if (Z_TYPE_P(iterable) != IS_OBJECT || !Z_OBJCE_P(iterable)->get_iterator) {
        php_tq_throw(zend_ce_type_error, "Expected an array or a Traversable, %s given", zend_zval_type_name(iterable));
        return FAILURE;
    }
    zend_class_entry *ce = Z_OBJCE_P(iterable);
    zend_object_iterator *it = ce->get_iterator(ce, iterable, 0);
    if (!it || EG(exception)) {
        if (it) {
            zend_iterator_dtor(it);
        }
        return FAILURE;
    }
    zend_result r = SUCCESS;
    if (it->funcs->rewind) {
        it->funcs->rewind(it);
    }
    while (!EG(exception) && it->funcs->valid(it) == SUCCESS) {
        zval *v = it->funcs->get_current_data(it);
        if (EG(exception) || !v) {
            break;
        }
        ZVAL_DEREF(v);
        if (fn(v, ctx) == FAILURE) {
            r = FAILURE;
            break;
        }
        it->funcs->move_forward(it);
    }
    zend_iterator_dtor(it);
    return EG(exception) ? FAILURE : r;
}

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

static const char *tq_cs_get(zend_object *obj)
{
    zval *v = PHP_TQ_PROP(obj, php_tq_ce_CategorizedStatus, "status");
    return v && Z_TYPE_P(v) == IS_STRING ? Z_STRVAL_P(v) : "";
}

zend_result php_tq_categorized_status(zval *status, zval *out)
{
    tq_status st = Z_TYPE_P(status) == IS_STRING ? tq_status_parse(Z_STRVAL_P(status)) : TQ_STATUS_INVALID;
    if (st == TQ_STATUS_INVALID) {
        zend_throw_exception(zend_ce_exception, "Invalid status provided", 0);
        return FAILURE;
    }
    tq_cs_make(php_tq_ce_CategorizedStatus, tq_category_name(tq_status_category(st)), out);
    return SUCCESS;
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
        RETURN_BOOL(strcmp(tq_cs_get(THIS_OBJ), category) == 0); \
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
    RETURN_BOOL(strcmp(tq_cs_get(THIS_OBJ), tq_cs_get(other)) == 0);
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
    RETURN_STRING(tq_cs_get(THIS_OBJ));
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_CategorizedStatus, getLabel)
{
    ZEND_PARSE_PARAMETERS_NONE();
    const char *label = tq_category_label(tq_category_parse(tq_cs_get(THIS_OBJ)));
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

/* ========================================================================================
 * TaskLogFilter
 * ===================================================================================== */

static const char *const tq_base_columns[] = {"id", "parent_id", "task_name", "status", "master_status", "report"};
static const char *const tq_optional_columns[] = {"parameters", "label", "owner", "created_at", "updated_at"};
static const char *const tq_operators[] = {"=", "!=", "<", "<=", ">", ">=", "LIKE", "NOT LIKE", "IN", "NOT IN"};

#define TQ_COUNT(a) (sizeof(a) / sizeof((a)[0]))

static void tq_filter_default_columns(zval *out)
{
    array_init_size(out, TQ_COUNT(tq_base_columns) + TQ_COUNT(tq_optional_columns));
    for (size_t i = 0; i < TQ_COUNT(tq_base_columns); i++) {
        add_next_index_string(out, tq_base_columns[i]);
    }
    for (size_t i = 0; i < TQ_COUNT(tq_optional_columns); i++) {
        add_next_index_string(out, tq_optional_columns[i]);
    }
}

/* The array behind a private array property, separated for writing. */
static zval *tq_array_prop_for_write(zend_object *obj, const char *name, size_t len)
{
    zval *arr = php_tq_prop(obj, php_tq_ce_TaskLogFilter, name, len);
    if (!arr) {
        return NULL;
    }
    ZVAL_DEREF(arr);
    if (Z_TYPE_P(arr) != IS_ARRAY) {
        zval_ptr_dtor(arr);
        array_init(arr);
    }
    SEPARATE_ARRAY(arr);
    return arr;
}

static void tq_filter_append(zend_object *filter, const char *column, size_t column_len, const char *op, zval *value)
{
    /* a unique placeholder per filter, as TAO builds it: ':' . $field . uniqid() */
    zval fname, uniq;
    ZVAL_STRING(&fname, "uniqid");
    ZVAL_UNDEF(&uniq);
    if (call_user_function(NULL, NULL, &fname, &uniq, 0, NULL) != SUCCESS || EG(exception)
        || Z_TYPE(uniq) != IS_STRING) {
        /* uniqid() disabled: the position in this filter is unique enough */
        if (EG(exception)) {
            zend_clear_exception();
        }
        zval_ptr_dtor(&uniq);
        zval *existing = php_tq_prop(filter, php_tq_ce_TaskLogFilter, "filters", sizeof("filters") - 1);
        uint32_t n = existing && Z_TYPE_P(existing) == IS_ARRAY ? zend_hash_num_elements(Z_ARRVAL_P(existing)) : 0;
        ZVAL_STR(&uniq, zend_strpprintf(0, "%013x", n));
    }
    zval_ptr_dtor(&fname);

    zval entry;
    array_init_size(&entry, 4);
    add_assoc_stringl(&entry, "column", column, column_len);
    add_assoc_str(&entry, "columnSqlTranslate",
                  zend_strpprintf(0, ":%.*s%s", (int)column_len, column, Z_STRVAL(uniq)));
    add_assoc_string(&entry, "operator", op);
    Z_TRY_ADDREF_P(value);
    add_assoc_zval(&entry, "value", value);
    zval_ptr_dtor(&uniq);

    zval *filters = tq_array_prop_for_write(filter, "filters", sizeof("filters") - 1);
    if (filters) {
        add_next_index_zval(filters, &entry);
    } else {
        zval_ptr_dtor(&entry);
    }
}

void php_tq_filter_new(zval *out)
{
    object_init_ex(out, php_tq_ce_TaskLogFilter);
    zval cols;
    tq_filter_default_columns(&cols);
    PHP_TQ_PROP_SET(Z_OBJ_P(out), php_tq_ce_TaskLogFilter, "columns", &cols);
    zval_ptr_dtor(&cols);
}

void php_tq_filter_add(zval *filter, const char *column, const char *op, zval *value)
{
    tq_filter_append(Z_OBJ_P(filter), column, strlen(column), op, value);
}

static void tq_filter_add_str(zend_object *filter, const char *column, const char *op, const char *value)
{
    zval v;
    ZVAL_STRING(&v, value);
    tq_filter_append(filter, column, strlen(column), op, &v);
    zval_ptr_dtor(&v);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, __construct)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval cols;
    tq_filter_default_columns(&cols);
    PHP_TQ_PROP_SET(THIS_OBJ, php_tq_ce_TaskLogFilter, "columns", &cols);
    zval_ptr_dtor(&cols);
}

static void tq_filter_columns(zend_object *filter, zval *out)
{
    zval *cols = PHP_TQ_PROP(filter, php_tq_ce_TaskLogFilter, "columns");
    if (cols) {
        ZVAL_DEREF(cols);
    }
    if (!cols || Z_TYPE_P(cols) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(cols)) == 0) {
        /* a subclass that skipped our constructor still selects every column */
        tq_filter_default_columns(out);
        return;
    }
    ZVAL_COPY(out, cols);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, getColumns)
{
    ZEND_PARSE_PARAMETERS_NONE();
    tq_filter_columns(THIS_OBJ, return_value);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, deselect)
{
    zend_string *column;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(column)
    ZEND_PARSE_PARAMETERS_END();
    bool optional = false;
    for (size_t i = 0; i < TQ_COUNT(tq_optional_columns); i++) {
        optional |= zend_string_equals_cstr(column, tq_optional_columns[i], strlen(tq_optional_columns[i]));
    }
    if (!optional) {
        php_tq_throw(spl_ce_InvalidArgumentException,
                     "Column \"%s\" is not valid column or not unselectable.", ZSTR_VAL(column));
        RETURN_THROWS();
    }
    zval cur, kept;
    tq_filter_columns(THIS_OBJ, &cur);
    array_init(&kept);
    zval *c;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL(cur), c) {
        if (!(Z_TYPE_P(c) == IS_STRING && zend_string_equals(Z_STR_P(c), column))) {
            Z_TRY_ADDREF_P(c);
            add_next_index_zval(&kept, c);
        }
    } ZEND_HASH_FOREACH_END();
    zval_ptr_dtor(&cur);
    PHP_TQ_PROP_SET(THIS_OBJ, php_tq_ce_TaskLogFilter, "columns", &kept);
    zval_ptr_dtor(&kept);
    RETURN_THIS();
}

static void tq_prop_return(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *scope, const char *name)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *v = php_tq_prop(THIS_OBJ, scope, name, strlen(name));
    if (v) {
        RETURN_COPY_DEREF(v);
    }
    RETURN_NULL();
}

static void tq_prop_store(INTERNAL_FUNCTION_PARAMETERS, const char *name)
{
    zval *value;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(value)
    ZEND_PARSE_PARAMETERS_END();
    php_tq_prop_set(THIS_OBJ, php_tq_ce_TaskLogFilter, name, strlen(name), value);
    if (EG(exception)) {
        RETURN_THROWS();
    }
    RETURN_THIS();
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, getSortBy)
{
    tq_prop_return(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_tq_ce_TaskLogFilter, "sortBy");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, setSortBy)
{
    tq_prop_store(INTERNAL_FUNCTION_PARAM_PASSTHRU, "sortBy");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, getSortOrder)
{
    tq_prop_return(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_tq_ce_TaskLogFilter, "sortOrder");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, setSortOrder)
{
    tq_prop_store(INTERNAL_FUNCTION_PARAM_PASSTHRU, "sortOrder");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, getLimit)
{
    tq_prop_return(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_tq_ce_TaskLogFilter, "limit");
}

static void tq_set_nonnegative(INTERNAL_FUNCTION_PARAMETERS, const char *name)
{
    zend_long n;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(n)
    ZEND_PARSE_PARAMETERS_END();
    zval v;
    ZVAL_LONG(&v, n < 0 ? 0 : n);
    php_tq_prop_set(THIS_OBJ, php_tq_ce_TaskLogFilter, name, strlen(name), &v);
    RETURN_THIS();
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, setLimit)
{
    tq_set_nonnegative(INTERNAL_FUNCTION_PARAM_PASSTHRU, "limit");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, getOffset)
{
    tq_prop_return(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_tq_ce_TaskLogFilter, "offset");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, setOffset)
{
    tq_set_nonnegative(INTERNAL_FUNCTION_PARAM_PASSTHRU, "offset");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, getFilters)
{
    tq_prop_return(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_tq_ce_TaskLogFilter, "filters");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, addFilter)
{
    zend_string *field, *op;
    zval *value;
    ZEND_PARSE_PARAMETERS_START(3, 3)
        Z_PARAM_STR(field)
        Z_PARAM_STR(op)
        Z_PARAM_ZVAL(value)
    ZEND_PARSE_PARAMETERS_END();
    bool valid = false;
    for (size_t i = 0; i < TQ_COUNT(tq_operators); i++) {
        valid |= zend_string_equals_cstr(op, tq_operators[i], strlen(tq_operators[i]));
    }
    if (!valid) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Operator \"%s\" is not a valid operator.", ZSTR_VAL(op));
        RETURN_THROWS();
    }
    ZVAL_DEREF(value);
    tq_filter_append(THIS_OBJ, ZSTR_VAL(field), ZSTR_LEN(field), ZSTR_VAL(op), value);
    RETURN_THIS();
}

static void tq_filter_owner(zend_object *filter, zend_string *user)
{
    if (!zend_string_equals_literal(user, "cli-user")) {     /* TaskLogInterface::SUPER_USER */
        tq_filter_add_str(filter, "owner", "=", ZSTR_VAL(user));
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, addAvailableFilters)
{
    zend_string *user;
    bool archived_allowed = false, cancelled_available = false;
    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_STR(user)
        Z_PARAM_OPTIONAL
        Z_PARAM_BOOL(archived_allowed)
        Z_PARAM_BOOL(cancelled_available)
    ZEND_PARSE_PARAMETERS_END();
    if (!archived_allowed) {
        tq_filter_add_str(THIS_OBJ, "status", "!=", "archived");
    }
    if (!cancelled_available) {
        tq_filter_add_str(THIS_OBJ, "status", "!=", "cancelled");
    }
    tq_filter_owner(THIS_OBJ, user);
    zval *ignored = PHP_TQ_PROP(THIS_OBJ, php_tq_ce_TaskLogFilter, "ignoredTasks");
    if (ignored) {
        ZVAL_DEREF(ignored);
        if (Z_TYPE_P(ignored) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(ignored))) {
            zval copy;
            ZVAL_COPY(&copy, ignored);
            tq_filter_append(THIS_OBJ, "task_name", sizeof("task_name") - 1, "NOT IN", &copy);
            zval_ptr_dtor(&copy);
        }
    }
    RETURN_THIS();
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, availableForArchived)
{
    zend_string *user;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(user)
    ZEND_PARSE_PARAMETERS_END();
    zval statuses;
    array_init(&statuses);
    add_next_index_string(&statuses, "failed");
    add_next_index_string(&statuses, "completed");
    tq_filter_append(THIS_OBJ, "status", sizeof("status") - 1, "IN", &statuses);
    zval_ptr_dtor(&statuses);
    tq_filter_owner(THIS_OBJ, user);
    RETURN_THIS();
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, availableForCancelled)
{
    zend_string *user;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(user)
    ZEND_PARSE_PARAMETERS_END();
    tq_filter_add_str(THIS_OBJ, "status", "=", "enqueued");
    tq_filter_owner(THIS_OBJ, user);
    RETURN_THIS();
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, withIgnoredTasks)
{
    zval *tasks;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY(tasks)
    ZEND_PARSE_PARAMETERS_END();
    PHP_TQ_PROP_SET(THIS_OBJ, php_tq_ce_TaskLogFilter, "ignoredTasks", tasks);
    RETURN_THIS();
}

static void tq_filter_shortcut(INTERNAL_FUNCTION_PARAMETERS, const char *op, bool want_array)
{
    zend_string *field;
    zval *value;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_STR(field)
        if (want_array) {
            Z_PARAM_ARRAY(value)
        } else {
            Z_PARAM_ZVAL(value)
        }
    ZEND_PARSE_PARAMETERS_END();
    ZVAL_DEREF(value);
    tq_filter_append(THIS_OBJ, ZSTR_VAL(field), ZSTR_LEN(field), op, value);
    RETURN_THIS();
}

#define TQ_FILTER_SHORTCUT(method, op, arr) \
    ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, method) \
    { \
        tq_filter_shortcut(INTERNAL_FUNCTION_PARAM_PASSTHRU, op, arr); \
    }

TQ_FILTER_SHORTCUT(eq, "=", false)
TQ_FILTER_SHORTCUT(neq, "!=", false)
TQ_FILTER_SHORTCUT(lt, "<", false)
TQ_FILTER_SHORTCUT(lte, "<=", false)
TQ_FILTER_SHORTCUT(gt, ">", false)
TQ_FILTER_SHORTCUT(gte, ">=", false)
TQ_FILTER_SHORTCUT(like, "LIKE", false)
TQ_FILTER_SHORTCUT(notLike, "NOT LIKE", false)
TQ_FILTER_SHORTCUT(in, "IN", true)
TQ_FILTER_SHORTCUT(notIn, "NOT IN", true)

/* ========================================================================================
 * TasksLogsStats
 * ===================================================================================== */

static const char *const tq_stats_props[] = {
    "numberOfTasksCompleted", "numberOfTasksFailed", "numberOfTasksInProgress", "numberOfTasksEnqueued"
};

static void tq_stats_set(zend_object *obj, zval *values /* [4] */)
{
    for (int i = 0; i < 4; i++) {
        php_tq_prop_set(obj, php_tq_ce_TasksLogsStats, tq_stats_props[i], strlen(tq_stats_props[i]), &values[i]);
    }
}

void php_tq_stats_new(zend_long completed, zend_long failed, zend_long in_progress, zend_long enqueued, zval *out)
{
    zval v[4];
    ZVAL_LONG(&v[0], completed);
    ZVAL_LONG(&v[1], failed);
    ZVAL_LONG(&v[2], in_progress);
    ZVAL_LONG(&v[3], enqueued);
    object_init_ex(out, php_tq_ce_TasksLogsStats);
    tq_stats_set(Z_OBJ_P(out), v);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TasksLogsStats, __construct)
{
    zval v[4];
    zval *completed, *failed, *in_progress, *enqueued = NULL;
    ZEND_PARSE_PARAMETERS_START(3, 4)
        Z_PARAM_ZVAL(completed)
        Z_PARAM_ZVAL(failed)
        Z_PARAM_ZVAL(in_progress)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(enqueued)
    ZEND_PARSE_PARAMETERS_END();
    ZVAL_COPY_VALUE(&v[0], completed);
    ZVAL_COPY_VALUE(&v[1], failed);
    ZVAL_COPY_VALUE(&v[2], in_progress);
    if (enqueued) {
        ZVAL_COPY_VALUE(&v[3], enqueued);
    } else {
        ZVAL_LONG(&v[3], 0);
    }
    tq_stats_set(THIS_OBJ, v);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TasksLogsStats, buildFromArray)
{
    HashTable *raw;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY_HT(raw)
    ZEND_PARSE_PARAMETERS_END();
    static const char *const keys[] = {"completedtasks", "failedtasks", "inprogresstasks"};
    zval v[4];
    for (int i = 0; i < 3; i++) {
        zval *x = zend_hash_str_find(raw, keys[i], strlen(keys[i]));
        if (!x) {
            php_tq_throw(spl_ce_InvalidArgumentException,
                         "TasksLogsStats::buildFromArray(): the key \"%s\" is missing", keys[i]);
            RETURN_THROWS();
        }
        ZVAL_COPY_VALUE(&v[i], x);
    }
    zval *x = zend_hash_str_find(raw, "enqueuedtasks", sizeof("enqueuedtasks") - 1);
    if (x) {
        ZVAL_COPY_VALUE(&v[3], x);
    } else {
        ZVAL_LONG(&v[3], 0);
    }
    object_init_ex(return_value, php_tq_ce_TasksLogsStats);
    tq_stats_set(Z_OBJ_P(return_value), v);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TasksLogsStats, getNumberOfTasksCompleted)
{
    tq_prop_return(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_tq_ce_TasksLogsStats, tq_stats_props[0]);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TasksLogsStats, getNumberOfTasksFailed)
{
    tq_prop_return(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_tq_ce_TasksLogsStats, tq_stats_props[1]);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TasksLogsStats, getNumberOfTasksInProgress)
{
    tq_prop_return(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_tq_ce_TasksLogsStats, tq_stats_props[2]);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TasksLogsStats, getNumberOfTasksEnqueued)
{
    tq_prop_return(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_tq_ce_TasksLogsStats, tq_stats_props[3]);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TasksLogsStats, jsonSerialize)
{
    ZEND_PARSE_PARAMETERS_NONE();
    array_init_size(return_value, 4);
    for (int i = 0; i < 4; i++) {
        zval *v = php_tq_prop(THIS_OBJ, php_tq_ce_TasksLogsStats, tq_stats_props[i], strlen(tq_stats_props[i]));
        zval copy;
        if (v) {
            ZVAL_COPY_DEREF(&copy, v);
        } else {
            ZVAL_NULL(&copy);
        }
        add_assoc_zval(return_value, tq_stats_props[i], &copy);
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TasksLogsStats, toArray)
{
    ZEND_PARSE_PARAMETERS_NONE();
    php_tq_call(ZEND_THIS, "jsonSerialize", return_value, 0, NULL);
}

/* ========================================================================================
 * TaskLogCollection
 * ===================================================================================== */

static HashTable *tq_logs(zend_object *obj)
{
    zval *v = PHP_TQ_PROP(obj, php_tq_ce_TaskLogCollection, "taskLogs");
    if (!v) {
        return NULL;
    }
    ZVAL_DEREF(v);
    return Z_TYPE_P(v) == IS_ARRAY ? Z_ARRVAL_P(v) : NULL;
}

void php_tq_collection_new(zval *entities, zval *out)
{
    object_init_ex(out, php_tq_ce_TaskLogCollection);
    PHP_TQ_PROP_SET(Z_OBJ_P(out), php_tq_ce_TaskLogCollection, "taskLogs", entities);
    zval_ptr_dtor(entities);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, __construct)
{
    zval *logs;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY(logs)
    ZEND_PARSE_PARAMETERS_END();
    zend_string *key;
    zend_ulong idx;
    zval *v;
    ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(logs), idx, key, v) {
        ZVAL_DEREF(v);
        if (Z_TYPE_P(v) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(v), php_tq_ce_EntityInterface)) {
            if (key) {
                php_tq_throw(spl_ce_InvalidArgumentException,
                             "TaskLogCollection::__construct(): item \"%s\" is %s, not an EntityInterface",
                             ZSTR_VAL(key), zend_zval_type_name(v));
            } else {
                php_tq_throw(spl_ce_InvalidArgumentException,
                             "TaskLogCollection::__construct(): item " ZEND_ULONG_FMT " is %s, not an EntityInterface",
                             idx, zend_zval_type_name(v));
            }
            RETURN_THROWS();
        }
    } ZEND_HASH_FOREACH_END();
    PHP_TQ_PROP_SET(THIS_OBJ, php_tq_ce_TaskLogCollection, "taskLogs", logs);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, createFromArray)
{
    HashTable *rows;
    zend_string *format = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ARRAY_HT(rows)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR(format)
    ZEND_PARSE_PARAMETERS_END();
    zval logs;
    array_init_size(&logs, zend_hash_num_elements(rows));
    zval *row;
    ZEND_HASH_FOREACH_VAL(rows, row) {
        zval entity;
        if (php_tq_entity_from_row(row, format ? ZSTR_VAL(format) : PHP_TQ_LOG_DATE_FORMAT, &entity) == FAILURE) {
            zval_ptr_dtor(&logs);
            RETURN_THROWS();
        }
        add_next_index_zval(&logs, &entity);
    } ZEND_HASH_FOREACH_END();
    tq_new_object(zend_get_called_scope(execute_data), 1, &logs, return_value);
    zval_ptr_dtor(&logs);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, createEmptyCollection)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval logs;
    array_init(&logs);
    tq_new_object(zend_get_called_scope(execute_data), 1, &logs, return_value);
    zval_ptr_dtor(&logs);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, jsonSerialize)
{
    ZEND_PARSE_PARAMETERS_NONE();
    php_tq_call(ZEND_THIS, "toArray", return_value, 0, NULL);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, count)
{
    ZEND_PARSE_PARAMETERS_NONE();
    HashTable *logs = tq_logs(THIS_OBJ);
    RETURN_LONG(logs ? zend_hash_num_elements(logs) : 0);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, getIterator)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval arr;
    zval *logs = PHP_TQ_PROP(THIS_OBJ, php_tq_ce_TaskLogCollection, "taskLogs");
    if (logs) {
        ZVAL_COPY_DEREF(&arr, logs);    /* shared; ArrayIterator separates on write */
    } else {
        array_init(&arr);
    }
    tq_new_object(spl_ce_ArrayIterator, 1, &arr, return_value);
    zval_ptr_dtor(&arr);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, toArray)
{
    ZEND_PARSE_PARAMETERS_NONE();
    HashTable *logs = tq_logs(THIS_OBJ);
    array_init_size(return_value, logs ? zend_hash_num_elements(logs) : 0);
    if (!logs) {
        return;
    }
    zval *e;
    ZEND_HASH_FOREACH_VAL(logs, e) {
        zval item;
        ZVAL_DEREF(e);
        if (php_tq_call(e, "toArray", &item, 0, NULL) == FAILURE) {
            TQ_FAIL_RETURN();
        }
        add_next_index_zval(return_value, &item);
    } ZEND_HASH_FOREACH_END();
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, isEmpty)
{
    ZEND_PARSE_PARAMETERS_NONE();
    HashTable *logs = tq_logs(THIS_OBJ);
    RETURN_BOOL(!logs || zend_hash_num_elements(logs) == 0);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, first)
{
    ZEND_PARSE_PARAMETERS_NONE();
    HashTable *logs = tq_logs(THIS_OBJ);
    zval *e;
    if (logs) {
        ZEND_HASH_FOREACH_VAL(logs, e) {
            RETURN_COPY_DEREF(e);
        } ZEND_HASH_FOREACH_END();
    }
    RETURN_NULL();
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, last)
{
    ZEND_PARSE_PARAMETERS_NONE();
    HashTable *logs = tq_logs(THIS_OBJ);
    zval *e;
    if (logs) {
        ZEND_HASH_REVERSE_FOREACH_VAL(logs, e) {
            RETURN_COPY_DEREF(e);
        } ZEND_HASH_FOREACH_END();
    }
    RETURN_NULL();
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogCollection, getIds)
{
    ZEND_PARSE_PARAMETERS_NONE();
    HashTable *logs = tq_logs(THIS_OBJ);
    array_init(return_value);
    if (!logs) {
        return;
    }
    zval *e;
    ZEND_HASH_FOREACH_VAL(logs, e) {
        zval id;
        ZVAL_DEREF(e);
        if (php_tq_call(e, "getId", &id, 0, NULL) == FAILURE) {
            TQ_FAIL_RETURN();
        }
        add_next_index_zval(return_value, &id);
    } ZEND_HASH_FOREACH_END();
}

/* ========================================================================================
 * TaskLogEntity
 * ===================================================================================== */

#define ENTITY_PROP(obj, lit) PHP_TQ_PROP((obj), php_tq_ce_TaskLogEntity, lit)

static void tq_entity_set(zend_object *obj, const char *name, zval *v)
{
    php_tq_prop_set(obj, php_tq_ce_TaskLogEntity, name, strlen(name), v);
}

/* A scalar or Stringable argument as a string; null -> nulls_to (NULL: keep null). */
static zend_result tq_entity_string(zval *in, const char *arg, const char *nulls_to, zval *out)
{
    ZVAL_DEREF(in);
    if (Z_TYPE_P(in) == IS_NULL) {
        if (nulls_to) {
            ZVAL_STRING(out, nulls_to);
        } else {
            ZVAL_NULL(out);
        }
        return SUCCESS;
    }
    if (Z_TYPE_P(in) == IS_ARRAY || (Z_TYPE_P(in) == IS_OBJECT && !Z_OBJCE_P(in)->__tostring)) {
        php_tq_throw(zend_ce_type_error, "TaskLogEntity: $%s must be a string, %s given", arg, zend_zval_type_name(in));
        return FAILURE;
    }
    zend_string *s = zval_try_get_string(in);
    if (!s) {
        return FAILURE;
    }
    ZVAL_STR(out, s);
    return SUCCESS;
}

/* Fills an entity from its eleven constructor values (see the stub). */
static zend_result tq_entity_fill(zend_object *obj, zval *id, zval *parent, zval *name, zval *status, zval *params,
                                  zval *label, zval *owner, zval *created, zval *updated, zval *report, zval *master)
{
    struct { zval *in; const char *prop; const char *nulls_to; bool nullable; } strs[] = {
        {id, "id", NULL, false}, {parent, "parentId", NULL, true}, {name, "taskName", NULL, false},
        {label, "label", "", false}, {owner, "owner", "", false},
    };
    for (size_t i = 0; i < TQ_COUNT(strs); i++) {
        zval v;
        if (!strs[i].nullable && !strs[i].nulls_to && Z_TYPE_P(strs[i].in) == IS_NULL) {
            php_tq_throw(zend_ce_type_error, "TaskLogEntity: $%s must be a string, null given", strs[i].prop);
            return FAILURE;
        }
        if (tq_entity_string(strs[i].in, strs[i].prop, strs[i].nulls_to, &v) == FAILURE) {
            return FAILURE;
        }
        tq_entity_set(obj, strs[i].prop, &v);
        zval_ptr_dtor(&v);
        if (EG(exception)) {
            return FAILURE;
        }
    }
    tq_entity_set(obj, "status", status);
    tq_entity_set(obj, "parameters", params);
    if (created) {
        tq_entity_set(obj, "createdAt", created);
    }
    if (updated) {
        tq_entity_set(obj, "updatedAt", updated);
    }
    if (report) {
        tq_entity_set(obj, "report", report);
    }
    zval b;
    ZVAL_BOOL(&b, master && zend_is_true(master));
    tq_entity_set(obj, "masterStatus", &b);
    return EG(exception) ? FAILURE : SUCCESS;
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity, __construct)
{
    zval *id, *parent, *name, *status, *params, *label, *owner;
    zval *created = NULL, *updated = NULL, *report = NULL, *master = NULL;
    ZEND_PARSE_PARAMETERS_START(7, 11)
        Z_PARAM_ZVAL(id)
        Z_PARAM_ZVAL(parent)
        Z_PARAM_ZVAL(name)
        Z_PARAM_OBJECT_OF_CLASS(status, php_tq_ce_CategorizedStatus)
        Z_PARAM_ARRAY(params)
        Z_PARAM_ZVAL(label)
        Z_PARAM_ZVAL(owner)
        Z_PARAM_OPTIONAL
        Z_PARAM_OBJECT_OF_CLASS_OR_NULL(created, php_date_get_date_ce())
        Z_PARAM_OBJECT_OF_CLASS_OR_NULL(updated, php_date_get_date_ce())
        Z_PARAM_ZVAL(report)
        Z_PARAM_ZVAL(master)
    ZEND_PARSE_PARAMETERS_END();
    tq_entity_fill(THIS_OBJ, id, parent, name, status, params, label, owner, created, updated, report, master);
}

/* DateTime::createFromFormat($format, $value, new DateTimeZone('UTC')) or null. */
static zend_result tq_parse_datetime(zval *value, const char *format, zval *out)
{
    ZVAL_NULL(out);
    ZVAL_DEREF(value);
    if (Z_TYPE_P(value) == IS_NULL) {
        return SUCCESS;
    }
    zend_string *text = zval_try_get_string(value);
    if (!text) {
        return FAILURE;
    }
    zval args[3], tzname;
    ZVAL_STRING(&args[0], format);
    ZVAL_STR(&args[1], text);
    ZVAL_STRING(&tzname, "UTC");
    zend_result r = tq_new_object(php_date_get_timezone_ce(), 1, &tzname, &args[2]);
    zval_ptr_dtor(&tzname);
    if (r == SUCCESS) {
        zend_class_entry *ce = php_date_get_date_ce();
        zend_function *fn = zend_hash_str_find_ptr(&ce->function_table, "createfromformat",
                                                   sizeof("createfromformat") - 1);
        zval rv;
        zend_call_known_function(fn, NULL, ce, &rv, 3, args, NULL);
        if (EG(exception)) {
            r = FAILURE;
        } else if (Z_TYPE(rv) == IS_OBJECT) {
            ZVAL_COPY_VALUE(out, &rv);
        } else {
            zval_ptr_dtor(&rv);     /* false: unparsable, as TAO: null */
        }
        zval_ptr_dtor(&args[2]);
    }
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&args[1]);
    return r;
}

static zval *tq_row_get(HashTable *row, const char *col)
{
    zval *v = zend_hash_str_find_deref(row, col, strlen(col));
    return v && Z_TYPE_P(v) != IS_NULL ? v : NULL;
}

zend_result php_tq_entity_from_row(zval *rowz, const char *date_format, zval *out)
{
    ZVAL_DEREF(rowz);
    if (Z_TYPE_P(rowz) != IS_ARRAY) {
        php_tq_throw(spl_ce_InvalidArgumentException, "TaskLogEntity::createFromArray(): a row must be an array, %s given",
                     zend_zval_type_name(rowz));
        return FAILURE;
    }
    HashTable *row = Z_ARRVAL_P(rowz);
    static const char *const required[] = {"id", "task_name", "status"};
    for (size_t i = 0; i < TQ_COUNT(required); i++) {
        if (!tq_row_get(row, required[i])) {
            php_tq_throw(spl_ce_InvalidArgumentException,
                         "TaskLogEntity::createFromArray(): the row has no \"%s\" column", required[i]);
            return FAILURE;
        }
    }
    zval status, params, created, updated, report, null_zv, master;
    ZVAL_NULL(&null_zv);
    if (php_tq_categorized_status(tq_row_get(row, "status"), &status) == FAILURE) {
        return FAILURE;
    }
    /* parameters: JSON text of an array; anything else reads as [] */
    zval *p = tq_row_get(row, "parameters");
    array_init(&params);
    if (p && Z_TYPE_P(p) == IS_ARRAY) {
        zval_ptr_dtor(&params);
        ZVAL_COPY(&params, p);
    } else if (p && Z_TYPE_P(p) == IS_STRING) {
        zval decoded;
        if (php_json_decode_ex(&decoded, Z_STRVAL_P(p), Z_STRLEN_P(p), PHP_JSON_OBJECT_AS_ARRAY,
                               PHP_JSON_PARSER_DEFAULT_DEPTH) == SUCCESS) {
            if (Z_TYPE(decoded) == IS_ARRAY) {
                zval_ptr_dtor(&params);
                ZVAL_COPY_VALUE(&params, &decoded);
            } else {
                zval_ptr_dtor(&decoded);
            }
        }
    }
    ZVAL_NULL(&created);
    ZVAL_NULL(&updated);
    ZVAL_NULL(&report);
    zend_result r = FAILURE;
    zval *rep = tq_row_get(row, "report");
    zval *ms = tq_row_get(row, "master_status");
    if (tq_parse_datetime(tq_row_get(row, "created_at") ? tq_row_get(row, "created_at") : &null_zv,
                          date_format, &created) == FAILURE
        || tq_parse_datetime(tq_row_get(row, "updated_at") ? tq_row_get(row, "updated_at") : &null_zv,
                             date_format, &updated) == FAILURE) {
        goto done;
    }
    if (rep && Z_TYPE_P(rep) == IS_STRING) {
        if (php_tq_report_from_json(Z_STRVAL_P(rep), Z_STRLEN_P(rep), &report) == FAILURE) {
            goto done;
        }
    } else if (rep && Z_TYPE_P(rep) == IS_ARRAY) {
        if (php_tq_report_from_array(rep, &report) == FAILURE) {
            goto done;
        }
    } else if (rep && Z_TYPE_P(rep) == IS_OBJECT) {
        ZVAL_COPY(&report, rep);
    }
    /* PostgreSQL may hand booleans back as 't'/'f' */
    ZVAL_BOOL(&master, ms && zend_is_true(ms)
              && !(Z_TYPE_P(ms) == IS_STRING && (zend_string_equals_literal(Z_STR_P(ms), "f")
                                                  || zend_string_equals_literal_ci(Z_STR_P(ms), "false"))));
    object_init_ex(out, php_tq_ce_TaskLogEntity);
    zval *label = tq_row_get(row, "label"), *owner = tq_row_get(row, "owner"), *parent = tq_row_get(row, "parent_id");
    r = tq_entity_fill(Z_OBJ_P(out), tq_row_get(row, "id"), parent ? parent : &null_zv, tq_row_get(row, "task_name"),
                       &status, &params, label ? label : &null_zv, owner ? owner : &null_zv,
                       &created, &updated, &report, &master);
    if (r == FAILURE) {
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
    }
done:
    zval_ptr_dtor(&status);
    zval_ptr_dtor(&params);
    zval_ptr_dtor(&created);
    zval_ptr_dtor(&updated);
    zval_ptr_dtor(&report);
    return r;
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity, createFromArray)
{
    zval *row;
    zend_string *format = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ARRAY(row)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR(format)
    ZEND_PARSE_PARAMETERS_END();
    if (php_tq_entity_from_row(row, format ? ZSTR_VAL(format) : PHP_TQ_LOG_DATE_FORMAT, return_value) == FAILURE) {
        RETURN_THROWS();
    }
}

#define TQ_ENTITY_GETTER(method, prop) \
    ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity, method) \
    { \
        tq_prop_return(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_tq_ce_TaskLogEntity, prop); \
    }

TQ_ENTITY_GETTER(getId, "id")
TQ_ENTITY_GETTER(getParentId, "parentId")
TQ_ENTITY_GETTER(getTaskName, "taskName")
TQ_ENTITY_GETTER(getParameters, "parameters")
TQ_ENTITY_GETTER(getLabel, "label")
TQ_ENTITY_GETTER(getOwner, "owner")
TQ_ENTITY_GETTER(getReport, "report")
TQ_ENTITY_GETTER(getCreatedAt, "createdAt")
TQ_ENTITY_GETTER(getUpdatedAt, "updatedAt")
TQ_ENTITY_GETTER(getStatus, "status")

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity, isMasterStatus)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *v = ENTITY_PROP(THIS_OBJ, "masterStatus");
    RETURN_BOOL(v && zend_is_true(v));
}

/* The report as an array when the entity is not failed and has one; else UNDEF. */
static zend_result tq_entity_report_array(zend_object *obj, zval *out)
{
    ZVAL_UNDEF(out);
    zval *st = ENTITY_PROP(obj, "status");
    if (st && Z_TYPE_P(st) == IS_OBJECT && strcmp(tq_cs_get(Z_OBJ_P(st)), "failed") == 0) {
        return SUCCESS;
    }
    zval *rep = ENTITY_PROP(obj, "report");
    zval arr;
    if (!rep || php_tq_report_to_array(rep, &arr) == FAILURE) {
        return rep ? FAILURE : SUCCESS;
    }
    if (Z_TYPE(arr) == IS_ARRAY) {
        ZVAL_COPY_VALUE(out, &arr);
    } else {
        zval_ptr_dtor(&arr);
    }
    return SUCCESS;
}

static bool tq_report_is(zval *report, const char *type)
{
    if (Z_TYPE_P(report) != IS_ARRAY) {
        return false;
    }
    zval *t = zend_hash_str_find_deref(Z_ARRVAL_P(report), "type", 4);
    return t && Z_TYPE_P(t) == IS_STRING && zend_string_equals_cstr(Z_STR_P(t), type, strlen(type));
}

static HashTable *tq_report_children(zval *report)
{
    zval *c = Z_TYPE_P(report) == IS_ARRAY ? zend_hash_str_find_deref(Z_ARRVAL_P(report), "children", 8) : NULL;
    return c && Z_TYPE_P(c) == IS_ARRAY ? Z_ARRVAL_P(c) : NULL;
}

/* isset($data['uriResource']) */
static zval *tq_report_uri(zval *report)
{
    zval *data = Z_TYPE_P(report) == IS_ARRAY ? zend_hash_str_find_deref(Z_ARRVAL_P(report), "data", 4) : NULL;
    if (!data || Z_TYPE_P(data) != IS_ARRAY) {
        return NULL;
    }
    zval *uri = zend_hash_str_find_deref(Z_ARRVAL_P(data), "uriResource", sizeof("uriResource") - 1);
    return uri && Z_TYPE_P(uri) != IS_NULL ? uri : NULL;
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity, getFileNameFromReport)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval arr;
    if (tq_entity_report_array(THIS_OBJ, &arr) == FAILURE) {
        RETURN_THROWS();
    }
    HashTable *kids = Z_TYPE(arr) == IS_ARRAY ? tq_report_children(&arr) : NULL;
    zend_string *name = NULL;
    zval *child;
    if (kids) {
        /* the direct children of type success: string data wins at once, an array
         * with uriResource is remembered (a later one replaces it) */
        ZEND_HASH_FOREACH_VAL(kids, child) {
            ZVAL_DEREF(child);
            if (!tq_report_is(child, "success")) {
                continue;
            }
            zval *data = zend_hash_str_find_deref(Z_ARRVAL_P(child), "data", 4);
            if (data && Z_TYPE_P(data) == IS_STRING) {
                if (name) {
                    zend_string_release(name);
                }
                name = zend_string_copy(Z_STR_P(data));
                break;
            }
            zval *uri = tq_report_uri(child);
            if (uri) {
                if (name) {
                    zend_string_release(name);
                }
                name = zval_get_string(uri);
            }
        } ZEND_HASH_FOREACH_END();
    }
    zval_ptr_dtor(&arr);
    if (name) {
        RETURN_STR(name);
    }
    RETURN_EMPTY_STRING();
}

/* Depth-first, parent before its children, over the descendants of a report. */
static zval *tq_find_success_uri(HashTable *kids, int depth)
{
    zval *child;
    if (depth > 512) {
        return NULL;
    }
    ZEND_HASH_FOREACH_VAL(kids, child) {
        ZVAL_DEREF(child);
        if (tq_report_is(child, "success")) {
            zval *uri = tq_report_uri(child);
            if (uri) {
                return uri;
            }
        }
        HashTable *sub = tq_report_children(child);
        zval *found = sub ? tq_find_success_uri(sub, depth + 1) : NULL;
        if (found) {
            return found;
        }
    } ZEND_HASH_FOREACH_END();
    return NULL;
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity, getResourceUriFromReport)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval arr;
    if (tq_entity_report_array(THIS_OBJ, &arr) == FAILURE) {
        RETURN_THROWS();
    }
    HashTable *kids = Z_TYPE(arr) == IS_ARRAY ? tq_report_children(&arr) : NULL;
    zval *uri = kids ? tq_find_success_uri(kids, 0) : NULL;
    if (uri) {
        RETVAL_STR(zval_get_string(uri));
    } else {
        RETVAL_EMPTY_STRING();
    }
    zval_ptr_dtor(&arr);
}

/* Adds <key> (timestamp) and <key>Elapsed (now - timestamp) for a DateTime. */
static zend_result tq_add_time(zval *arr, const char *key, zval *dt, zend_long now)
{
    if (!dt || Z_TYPE_P(dt) != IS_OBJECT) {
        return SUCCESS;
    }
    zval ts;
    if (php_tq_call(dt, "getTimestamp", &ts, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    zend_long t = zval_get_long(&ts);
    zval_ptr_dtor(&ts);
    char elapsed[64];
    snprintf(elapsed, sizeof(elapsed), "%sElapsed", key);
    add_assoc_long(arr, key, t);
    add_assoc_long(arr, elapsed, now - t);
    return SUCCESS;
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity, toArray)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = THIS_OBJ;
    zval *status = ENTITY_PROP(obj, "status");
    zval label_rv;
    array_init(return_value);
    zval *v = ENTITY_PROP(obj, "id");
    Z_TRY_ADDREF_P(v);
    add_assoc_zval(return_value, "id", v);
    v = ENTITY_PROP(obj, "taskName");
    Z_TRY_ADDREF_P(v);
    add_assoc_zval(return_value, "taskName", v);
    if (!status || Z_TYPE_P(status) != IS_OBJECT) {
        php_tq_throw(zend_ce_error, "TaskLogEntity::toArray(): the entity has no status");
        TQ_FAIL_RETURN();
    }
    zend_string *st = zval_try_get_string(status);
    if (!st) {
        TQ_FAIL_RETURN();
    }
    add_assoc_str(return_value, "status", st);
    v = ENTITY_PROP(obj, "masterStatus");
    add_assoc_bool(return_value, "masterStatus", v && zend_is_true(v));
    if (php_tq_call(status, "getLabel", &label_rv, 0, NULL) == FAILURE) {
        TQ_FAIL_RETURN();
    }
    add_assoc_zval(return_value, "statusLabel", &label_rv);
    v = ENTITY_PROP(obj, "label");
    if (v && zend_is_true(v)) {
        Z_TRY_ADDREF_P(v);
        add_assoc_zval(return_value, "taskLabel", v);
    }
    zend_long now = (zend_long)php_time();
    if (tq_add_time(return_value, "createdAt", ENTITY_PROP(obj, "createdAt"), now) == FAILURE
        || tq_add_time(return_value, "updatedAt", ENTITY_PROP(obj, "updatedAt"), now) == FAILURE) {
        TQ_FAIL_RETURN();
    }
    zval rep;
    v = ENTITY_PROP(obj, "report");
    if (v && php_tq_report_to_array(v, &rep) == FAILURE) {
        TQ_FAIL_RETURN();
    }
    if (v && Z_TYPE(rep) == IS_ARRAY) {
        add_assoc_zval(return_value, "report", &rep);
    } else if (v) {
        zval_ptr_dtor(&rep);
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity, jsonSerialize)
{
    ZEND_PARSE_PARAMETERS_NONE();
    php_tq_call(ZEND_THIS, "toArray", return_value, 0, NULL);
}

void php_tq_task_log_entity_minit(void)
{
    php_tq_ce_CategorizedStatus = register_class_oat_tao_model_taskQueue_TaskLog_CategorizedStatus();
    php_tq_ce_TaskLogFilter = register_class_oat_tao_model_taskQueue_TaskLog_TaskLogFilter();
    php_tq_ce_TasksLogsStats = register_class_oat_tao_model_taskQueue_TaskLog_TasksLogsStats(php_json_serializable_ce);
    php_tq_ce_CollectionInterface = register_class_oat_tao_model_taskQueue_TaskLog_CollectionInterface(php_json_serializable_ce, zend_ce_countable, zend_ce_aggregate);
    php_tq_ce_TaskLogCollection = register_class_oat_tao_model_taskQueue_TaskLog_TaskLogCollection(php_tq_ce_CollectionInterface);
    php_tq_ce_EntityInterface = register_class_oat_tao_model_taskQueue_TaskLog_Entity_EntityInterface(php_json_serializable_ce);
    php_tq_ce_TaskLogEntity = register_class_oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity(php_tq_ce_EntityInterface);
    tq_mapping_minit();
}
