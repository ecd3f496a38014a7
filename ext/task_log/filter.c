/*
 * filter.c: TaskLogFilter: the conditions, columns, sort and paging of a Task
 * Log search, read by every broker through php_tq_log_query_from().
 * State lives in the declared properties of the stubs. May touch: the Zend API, ext/date, ext/spl, src/task_log/tq_log.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "ext/date/php_date.h"
#include "ext/spl/spl_exceptions.h"
#include "../php_taskqueue.h"
#include "task_log_shared.h"
#include "filter_arginfo.h"

zend_class_entry *php_tq_ce_TaskLogFilter;

#define THIS_OBJ Z_OBJ_P(ZEND_THIS)
/* Returns $this from a fluent method. */
#define RETURN_THIS() RETURN_OBJ_COPY(THIS_OBJ)

/* ========================================================================================
 * TaskLogFilter
 * ===================================================================================== */

static const char *const tq_base_columns[] = {"id", "parent_id", "task_name", "status", "master_status", "report"};
static const char *const tq_optional_columns[] = {"parameters", "label", "owner", "created_at", "updated_at"};
static const char *const tq_operators[] = {"=", "!=", "<", "<=", ">", ">=", "LIKE", "NOT LIKE", "IN", "NOT IN"};


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

void php_tq_prop_return(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *scope, const char *name)
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
    php_tq_prop_return(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_tq_ce_TaskLogFilter, "sortBy");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, setSortBy)
{
    tq_prop_store(INTERNAL_FUNCTION_PARAM_PASSTHRU, "sortBy");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, getSortOrder)
{
    php_tq_prop_return(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_tq_ce_TaskLogFilter, "sortOrder");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, setSortOrder)
{
    tq_prop_store(INTERNAL_FUNCTION_PARAM_PASSTHRU, "sortOrder");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, getLimit)
{
    php_tq_prop_return(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_tq_ce_TaskLogFilter, "limit");
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
    php_tq_prop_return(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_tq_ce_TaskLogFilter, "offset");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, setOffset)
{
    tq_set_nonnegative(INTERNAL_FUNCTION_PARAM_PASSTHRU, "offset");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, getFilters)
{
    php_tq_prop_return(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_tq_ce_TaskLogFilter, "filters");
}

/* A value (or an IN list's element) with a NUL byte: the stores compare it as a C string, so
 * "victim\0x" would match task "victim". */
static zend_result tq_filter_refuse_nul(zend_string *field, zval *value)
{
    zend_class_entry *ce = php_tq_ce_TaskLogFilter;
    if (php_tq_refuse_nul(ZSTR_VAL(field), ZSTR_LEN(field), ce, "addFilter", "field") == FAILURE
        || php_tq_refuse_nul_zval(value, ce, "addFilter", "value") == FAILURE) {
        return FAILURE;
    }
    if (Z_TYPE_P(value) == IS_ARRAY) {
        zval *item;
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), item) {
            if (php_tq_refuse_nul_zval(item, ce, "addFilter", "value") == FAILURE) {
                return FAILURE;
            }
        } ZEND_HASH_FOREACH_END();
    }
    return SUCCESS;
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
    if (tq_filter_refuse_nul(field, value) == FAILURE) {
        RETURN_THROWS();
    }
    tq_filter_append(THIS_OBJ, ZSTR_VAL(field), ZSTR_LEN(field), ZSTR_VAL(op), value);
    RETURN_THIS();
}

static void tq_filter_owner_ex(zend_object *filter, zend_string *user, const char *super_user)
{
    if (!zend_string_equals_cstr(user, super_user, strlen(super_user))) {
        tq_filter_add_str(filter, "owner", "=", ZSTR_VAL(user));
    }
}

static void tq_filter_owner(zend_object *filter, zend_string *user)
{
    tq_filter_owner_ex(filter, user, "cli-user");     /* TaskLogInterface::SUPER_USER */
}

/* TaskLogFilter::addAvailableFilters($userId, $archivedAllowed = false, $cancelledAvailable
 * = <cancelled_default>): tao-core hides cancelled tasks by default, the legacy filter of
 * taoTaskQueue (written before cancelling existed) does not; super_user is the
 * TaskLogInterface::SUPER_USER whose tasks are all shown. */
void php_tq_filter_add_available(INTERNAL_FUNCTION_PARAMETERS, bool cancelled_default, const char *super_user)
{
    zend_string *user;
    bool archived_allowed = false, cancelled_available = cancelled_default;
    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_STR(user)
        Z_PARAM_OPTIONAL
        Z_PARAM_BOOL(archived_allowed)
        Z_PARAM_BOOL(cancelled_available)
    ZEND_PARSE_PARAMETERS_END();
    if (php_tq_refuse_nul(ZSTR_VAL(user), ZSTR_LEN(user), php_tq_ce_TaskLogFilter, "addAvailableFilters", "user id")
        == FAILURE) {
        RETURN_THROWS();
    }
    if (!archived_allowed) {
        tq_filter_add_str(THIS_OBJ, "status", "!=", "archived");
    }
    if (!cancelled_available) {
        tq_filter_add_str(THIS_OBJ, "status", "!=", "cancelled");
    }
    tq_filter_owner_ex(THIS_OBJ, user, super_user);
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

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_TaskLogFilter, addAvailableFilters)
{
    php_tq_filter_add_available(INTERNAL_FUNCTION_PARAM_PASSTHRU, false, "cli-user");
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

void php_tq_task_log_filter_minit(void)
{
    php_tq_ce_TaskLogFilter = register_class_oat_tao_model_taskQueue_TaskLog_TaskLogFilter();
}
