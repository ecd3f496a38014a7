/*
 * log_rows.c: what both Task Log brokers (InMemoryTaskLogBroker here, RdsTaskLogBroker in
 * ext/pg) share between their PHP surface and the core row model: status and timestamp checks,
 * a TaskLogFilter turned into a core query, rows turned into arrays and entities, a task turned
 * into a row, and a collection turned into an id list (task_log_shared.h declares them).
 * May touch: the Zend API, ext/date, src/task_log/tq_log, src/task_log/tq_status, common/tq_time.
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
#include "ext/spl/spl_exceptions.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "../task/task.h"
#include "task_log.h"
#include "task_log_shared.h"
#include "task_log/tq_log.h"
#include "common/tq_time.h"
#include "task_log/tq_status.h"

zend_result php_tq_log_check_status(const char *status)
{
    if (!tq_status_is_storable(tq_status_parse(status))) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Status \"%s\" is not a valid task queue status.", status);
        return FAILURE;
    }
    return SUCCESS;
}

void php_tq_log_out_of_memory(void)
{
    php_tq_throw(spl_ce_RuntimeException, "The in-memory task log ran out of memory");
}

/* $dt->getTimestamp() for a DateTimeInterface. */
zend_result php_tq_log_timestamp(zval *dt, const char *what, int64_t *out)
{
    if (Z_TYPE_P(dt) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(dt), php_date_get_interface_ce())) {
        php_tq_throw(spl_ce_InvalidArgumentException, "%s must be a DateTimeInterface, %s given",
                     what, zend_zval_type_name(dt));
        return FAILURE;
    }
    zval ts;
    if (php_tq_call(dt, "getTimestamp", &ts, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    *out = (int64_t)zval_get_long(&ts);
    zval_ptr_dtor(&ts);
    return SUCCESS;
}

/* Calls $obj->method() and returns the result as a string; null -> NULL. */
zend_result php_tq_log_call_string(zval *obj, const char *method, zend_string **out)
{
    zval rv;
    *out = NULL;
    if (php_tq_call(obj, method, &rv, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    if (Z_TYPE(rv) != IS_NULL) {
        *out = zval_try_get_string(&rv);
    }
    zval_ptr_dtor(&rv);
    return EG(exception) ? FAILURE : SUCCESS;
}

/* --- TaskLogFilter -> tq_log_filter ------------------------------------------------ */

void php_tq_log_query_clear(php_tq_log_query *q)
{
    tq_log_filter_clear(&q->f);
    zval_ptr_dtor(&q->columns);
    ZVAL_UNDEF(&q->columns);
}

static bool tq_is_time_column(const char *col)
{
    return strcmp(col, "created_at") == 0 || strcmp(col, "updated_at") == 0;
}

/* Unix seconds, or 'Y-m-d', 'Y-m-d H:i:s' (a 'T' allowed between). */
static bool tq_time_text_ok(const char *s, size_t len)
{
    size_t i = s[0] == '-' ? 1 : 0;
    if (len > i && strspn(s + i, "0123456789") == len - i) {
        return true;
    }
    static const char shape[] = "dddd-dd-dd dd:dd:dd";
    if (len != 10 && len != 19) {
        return false;
    }
    for (i = 0; i < len; i++) {
        char want = shape[i];
        if (want == 'd' ? !(s[i] >= '0' && s[i] <= '9') : (s[i] != want && !(i == 10 && s[i] == 'T'))) {
            return false;
        }
    }
    return true;
}

/* One filter value as the text the store compares. *is_null for PHP null. */
static zend_result tq_value_text(zval *v, const char *col, bool pattern, zend_string **out, bool *is_null)
{
    *out = NULL;
    *is_null = false;
    ZVAL_DEREF(v);
    switch (Z_TYPE_P(v)) {
        case IS_NULL:
            *is_null = true;
            return SUCCESS;
        case IS_FALSE:
            *out = zend_string_init("0", 1, 0);
            return SUCCESS;
        case IS_TRUE:
            *out = zend_string_init("1", 1, 0);
            return SUCCESS;
        case IS_OBJECT:
            if (instanceof_function(Z_OBJCE_P(v), php_date_get_interface_ce())) {
                int64_t ts;
                if (php_tq_log_timestamp(v, "a date value", &ts) == FAILURE) {
                    return FAILURE;
                }
                if (tq_is_time_column(col)) {
                    *out = zend_strpprintf(0, "%lld", (long long)ts);
                } else {
                    char buf[32];
                    tq_time_format_utc(ts, buf, sizeof(buf));
                    *out = zend_string_init(buf, strlen(buf), 0);
                }
                return SUCCESS;
            }
            if (!Z_OBJCE_P(v)->__tostring) {
                php_tq_throw(spl_ce_InvalidArgumentException,
                             "Task log filter on \"%s\": an object of class %s cannot be compared", col,
                             ZSTR_VAL(Z_OBJCE_P(v)->name));
                return FAILURE;
            }
            break;
        case IS_ARRAY:
            php_tq_throw(spl_ce_InvalidArgumentException,
                         "Task log filter on \"%s\": a list of values needs the IN or NOT IN operator", col);
            return FAILURE;
        default:
            break;
    }
    zend_string *s = zval_try_get_string(v);
    if (!s) {
        return FAILURE;
    }
    if (!pattern && tq_is_time_column(col) && !tq_time_text_ok(ZSTR_VAL(s), ZSTR_LEN(s))) {
        php_tq_throw(spl_ce_InvalidArgumentException,
                     "Task log filter on \"%s\": \"%s\" is not a date ('Y-m-d H:i:s' UTC or unix seconds)",
                     col, ZSTR_VAL(s));
        zend_string_release(s);
        return FAILURE;
    }
    *out = s;
    return SUCCESS;
}

static zend_result tq_query_add(php_tq_log_query *q, zend_string *col, tq_op op, zval *value)
{
    bool list = op == TQ_OP_IN || op == TQ_OP_NOT_IN;
    bool pattern = op == TQ_OP_LIKE || op == TQ_OP_NOT_LIKE;
    zval single;
    HashTable *ht;
    ZVAL_DEREF(value);
    if (list && Z_TYPE_P(value) == IS_ARRAY) {
        ht = Z_ARRVAL_P(value);
        ZVAL_UNDEF(&single);
    } else {
        array_init(&single);
        Z_TRY_ADDREF_P(value);
        add_next_index_zval(&single, value);
        ht = Z_ARRVAL(single);
    }
    uint32_t n = zend_hash_num_elements(ht);
    zend_string **texts = ecalloc(n ? n : 1, sizeof(*texts));
    const char **values = ecalloc(n ? n : 1, sizeof(*values));
    size_t nv = 0;
    zend_result r = SUCCESS;
    zval *v;
    ZEND_HASH_FOREACH_VAL(ht, v) {
        bool is_null;
        if (tq_value_text(v, ZSTR_VAL(col), pattern, &texts[nv], &is_null) == FAILURE) {
            r = FAILURE;
            break;
        }
        if (is_null) {
            /* x IN (a, NULL) is true only through a; any other NULL comparison never is */
            if (op != TQ_OP_IN) {
                q->nothing = true;
            }
            continue;
        }
        values[nv] = ZSTR_VAL(texts[nv]);
        nv++;
    } ZEND_HASH_FOREACH_END();
    if (r == SUCCESS && !list && nv == 0) {
        q->nothing = true;
    } else if (r == SUCCESS) {
        tq_error err;
        tq_error_clear(&err);
        if (tq_log_filter_add(&q->f, ZSTR_VAL(col), op, values, nv, &err) != 0) {
            php_tq_throw_error(spl_ce_InvalidArgumentException, &err, "Task log filter");
            r = FAILURE;
        }
    }
    php_tq_strings_free(texts, n);
    efree(values);
    zval_ptr_dtor(&single);
    return r;
}

static zend_result tq_query_filters(zval *filter, php_tq_log_query *q)
{
    zval filters;
    if (php_tq_call(filter, "getFilters", &filters, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    if (Z_TYPE(filters) != IS_ARRAY) {
        zval_ptr_dtor(&filters);
        php_tq_throw(spl_ce_InvalidArgumentException, "%s::getFilters() must return an array",
                     ZSTR_VAL(Z_OBJCE_P(filter)->name));
        return FAILURE;
    }
    zend_result r = SUCCESS;
    zval *entry;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL(filters), entry) {
        ZVAL_DEREF(entry);
        zval *col = Z_TYPE_P(entry) == IS_ARRAY ? zend_hash_str_find_deref(Z_ARRVAL_P(entry), "column", 6) : NULL;
        zval *op = Z_TYPE_P(entry) == IS_ARRAY ? zend_hash_str_find_deref(Z_ARRVAL_P(entry), "operator", 8) : NULL;
        zval *value = Z_TYPE_P(entry) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(entry), "value", 5) : NULL;
        tq_op top;
        if (!col || Z_TYPE_P(col) != IS_STRING || !op || Z_TYPE_P(op) != IS_STRING || !value) {
            php_tq_throw(spl_ce_InvalidArgumentException,
                         "Task log filter: each filter needs a column, an operator and a value");
            r = FAILURE;
            break;
        }
        if (!tq_log_column_valid(Z_STRVAL_P(col))) {
            php_tq_throw(spl_ce_InvalidArgumentException, "Task log filter: \"%s\" is not a column of the task log",
                         Z_STRVAL_P(col));
            r = FAILURE;
            break;
        }
        if (tq_op_parse(Z_STRVAL_P(op), &top) != 0) {
            php_tq_throw(spl_ce_InvalidArgumentException, "Task log filter: \"%s\" is not a valid operator",
                         Z_STRVAL_P(op));
            r = FAILURE;
            break;
        }
        if (tq_query_add(q, Z_STR_P(col), top, value) == FAILURE) {
            r = FAILURE;
            break;
        }
    } ZEND_HASH_FOREACH_END();
    zval_ptr_dtor(&filters);
    return r;
}

static zend_result tq_query_order(zval *filter, php_tq_log_query *q)
{
    zend_string *by = NULL, *order = NULL;
    if (php_tq_log_call_string(filter, "getSortBy", &by) == FAILURE) {
        return FAILURE;
    }
    if (!by || !ZSTR_LEN(by)) {
        /* no sortBy: created_at DESC, whatever sortOrder says */
        if (by) {
            zend_string_release(by);
        }
        q->f.sort_desc = 1;
        return SUCCESS;
    }
    zend_result r = SUCCESS;
    if (!tq_log_column_valid(ZSTR_VAL(by))) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Task log filter: cannot sort by \"%s\", not a column of the task log",
                     ZSTR_VAL(by));
        r = FAILURE;
    } else if (php_tq_log_call_string(filter, "getSortOrder", &order) == FAILURE) {
        r = FAILURE;
    } else if (order && ZSTR_LEN(order) && !zend_string_equals_literal_ci(order, "ASC")
               && !zend_string_equals_literal_ci(order, "DESC")) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Task log filter: sort order \"%s\" is neither ASC nor DESC",
                     ZSTR_VAL(order));
        r = FAILURE;
    } else {
        q->f.sort_by = strdup(ZSTR_VAL(by));
        q->f.sort_desc = order && zend_string_equals_literal_ci(order, "DESC");
        if (!q->f.sort_by) {
            php_tq_log_out_of_memory();
            r = FAILURE;
        }
    }
    zend_string_release(by);
    if (order) {
        zend_string_release(order);
    }
    return r;
}

static zend_result tq_query_paging(zval *filter, php_tq_log_query *q)
{
    zval v;
    if (php_tq_call(filter, "getLimit", &v, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    q->f.limit = Z_TYPE(v) == IS_NULL ? -1 : (int64_t)zval_get_long(&v);
    zval_ptr_dtor(&v);
    if (q->f.limit < -1) {
        q->f.limit = 0;
    }
    if (php_tq_call(filter, "getOffset", &v, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    q->f.offset = Z_TYPE(v) == IS_NULL ? 0 : (int64_t)zval_get_long(&v);
    zval_ptr_dtor(&v);
    return SUCCESS;
}

static zend_result tq_query_columns(zval *filter, php_tq_log_query *q)
{
    if (php_tq_call(filter, "getColumns", &q->columns, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    if (Z_TYPE(q->columns) != IS_ARRAY) {
        php_tq_throw(spl_ce_InvalidArgumentException, "%s::getColumns() must return an array",
                     ZSTR_VAL(Z_OBJCE_P(filter)->name));
        return FAILURE;
    }
    zval *c;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL(q->columns), c) {
        if (Z_TYPE_P(c) != IS_STRING || !tq_log_column_valid(Z_STRVAL_P(c))) {
            php_tq_throw(spl_ce_InvalidArgumentException, "Task log filter: cannot select \"%s\", not a column of the task log",
                         Z_TYPE_P(c) == IS_STRING ? Z_STRVAL_P(c) : zend_zval_type_name(c));
            return FAILURE;
        }
    } ZEND_HASH_FOREACH_END();
    return SUCCESS;
}

/* Reads a TaskLogFilter (or subclass, or mock) through its public methods. */
zend_result php_tq_log_query_from(zval *filter, php_tq_log_query *q, bool full)
{
    tq_log_filter_init(&q->f);
    q->nothing = false;
    ZVAL_UNDEF(&q->columns);
    if (tq_query_filters(filter, q) == FAILURE
        || (full && (tq_query_order(filter, q) == FAILURE || tq_query_paging(filter, q) == FAILURE
                     || tq_query_columns(filter, q) == FAILURE))) {
        php_tq_log_query_clear(q);
        return FAILURE;
    }
    return SUCCESS;
}

/* --- rows -> entities ---------------------------------------------------------------- */

static void tq_add_text(zval *arr, const char *col, const char *text)
{
    if (text) {
        add_assoc_string(arr, col, text);
    } else {
        add_assoc_null(arr, col);
    }
}

static void tq_add_time(zval *arr, const char *col, int64_t t)
{
    if (t == TQ_LOG_NO_TIME) {
        add_assoc_null(arr, col);
        return;
    }
    char buf[32];
    tq_time_format_utc(t, buf, sizeof(buf));
    add_assoc_string(arr, col, buf);
}

/* A row as the database would return it, with the selected columns only. */
void php_tq_log_row_to_array(const tq_log_row *r, zval *columns, zval *out)
{
    array_init(out);
    zval *c;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(columns), c) {
        const char *col = Z_STRVAL_P(c);
        if (strcmp(col, "id") == 0) tq_add_text(out, col, r->id);
        else if (strcmp(col, "parent_id") == 0) tq_add_text(out, col, r->parent_id);
        else if (strcmp(col, "task_name") == 0) tq_add_text(out, col, r->task_name);
        else if (strcmp(col, "parameters") == 0) tq_add_text(out, col, r->parameters);
        else if (strcmp(col, "label") == 0) tq_add_text(out, col, r->label);
        else if (strcmp(col, "status") == 0) tq_add_text(out, col, r->status);
        else if (strcmp(col, "master_status") == 0) add_assoc_long(out, col, r->master_status ? 1 : 0);
        else if (strcmp(col, "owner") == 0) tq_add_text(out, col, r->owner);
        else if (strcmp(col, "report") == 0) tq_add_text(out, col, r->report);
        else if (strcmp(col, "created_at") == 0) tq_add_time(out, col, r->created_at);
        else if (strcmp(col, "updated_at") == 0) tq_add_time(out, col, r->updated_at);
    } ZEND_HASH_FOREACH_END();
}

/* --- construction, PHP code ---------------------------------------------------------- */


/* --- add ------------------------------------------------------------------------------ */

/* TAO's task_name: the callable's class for a CallbackTask with an object callable,
 * the callable itself when it is a string, else the task's class. */
static zend_string *tq_task_name(zval *task)
{
    if (php_tq_ce_CallbackTaskInterface && instanceof_function(Z_OBJCE_P(task), php_tq_ce_CallbackTaskInterface)) {
        zval c;
        if (php_tq_call(task, "getCallable", &c, 0, NULL) == FAILURE) {
            return NULL;
        }
        zend_string *name = NULL;
        if (Z_TYPE(c) == IS_OBJECT) {
            name = zend_string_copy(Z_OBJCE(c)->name);
        } else if (Z_TYPE(c) == IS_STRING && Z_STRLEN(c)) {
            name = zend_string_copy(Z_STR(c));
        }
        zval_ptr_dtor(&c);
        if (name) {
            return name;
        }
    }
    return zend_string_copy(Z_OBJCE_P(task)->name);
}

void php_tq_log_row_parts_free(php_tq_log_row_parts *p)
{
    zend_string **all[] = {&p->id, &p->parent, &p->name, &p->params, &p->label, &p->owner};
    for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++) {
        if (*all[i]) {
            zend_string_release(*all[i]);
            *all[i] = NULL;
        }
    }
}

zend_result php_tq_log_row_collect(zval *task, zend_string *label, tq_log_row *row, php_tq_log_row_parts *p)
{
    zval rv;
    if (php_tq_log_call_string(task, "getId", &p->id) == FAILURE) {
        return FAILURE;
    }
    if (!p->id || !ZSTR_LEN(p->id)) {
        php_tq_throw(spl_ce_InvalidArgumentException, "%s::getId() returned no id; a task log row needs one",
                     ZSTR_VAL(Z_OBJCE_P(task)->name));
        return FAILURE;
    }
    if (php_tq_call(task, "getParentId", &rv, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    if (zend_is_true(&rv)) {
        p->parent = zval_try_get_string(&rv);
    }
    zval_ptr_dtor(&rv);
    if (EG(exception) || !(p->name = tq_task_name(task))) {
        return FAILURE;
    }
    if (php_tq_call(task, "getParameters", &rv, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    p->params = php_tq_json_encode(&rv);
    zval_ptr_dtor(&rv);
    if (!p->params) {
        return FAILURE;
    }
    if (label) {
        p->label = zend_string_copy(label);
    } else if (php_tq_log_call_string(task, "getLabel", &p->label) == FAILURE) {
        return FAILURE;
    }
    if (php_tq_log_call_string(task, "getOwner", &p->owner) == FAILURE) {
        return FAILURE;
    }
    if (php_tq_call(task, "getCreatedAt", &rv, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    zend_result r = php_tq_log_timestamp(&rv, "TaskInterface::getCreatedAt()", &row->created_at);
    zval_ptr_dtor(&rv);
    if (r == FAILURE || php_tq_call(task, "isMasterStatus", &rv, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    row->master_status = zend_is_true(&rv);
    zval_ptr_dtor(&rv);
    row->id = ZSTR_VAL(p->id);
    row->parent_id = p->parent ? ZSTR_VAL(p->parent) : NULL;
    row->task_name = ZSTR_VAL(p->name);
    row->parameters = ZSTR_VAL(p->params);
    row->label = p->label ? ZSTR_VAL(p->label) : "";
    row->owner = p->owner ? ZSTR_VAL(p->owner) : "";
    return SUCCESS;
}


void php_tq_log_rows_to_entities(tq_log_row *rows, int64_t n, zval *columns, zval *entities)
{
    for (int64_t i = 0; i < n; i++) {
        if (!EG(exception)) {
            zval row, entity;
            php_tq_log_row_to_array(&rows[i], columns, &row);
            if (php_tq_entity_from_row(&row, PHP_TQ_LOG_DATE_FORMAT, &entity) == SUCCESS) {
                add_next_index_zval(entities, &entity);
            }
            zval_ptr_dtor(&row);
        }
        tq_log_row_clear(&rows[i]);
    }
    free(rows);
}

zend_result php_tq_log_ids_from(zval *collection, php_tq_log_ids *out)
{
    memset(out, 0, sizeof(*out));
    zval ids;
    if (php_tq_call(collection, "getIds", &ids, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    if (Z_TYPE(ids) != IS_ARRAY) {
        zval_ptr_dtor(&ids);
        php_tq_throw(spl_ce_InvalidArgumentException, "%s::getIds() must return an array",
                     ZSTR_VAL(Z_OBJCE_P(collection)->name));
        return FAILURE;
    }
    uint32_t n = zend_hash_num_elements(Z_ARRVAL(ids));
    out->strs = ecalloc(n ? n : 1, sizeof(*out->strs));
    out->ids = ecalloc(n ? n : 1, sizeof(*out->ids));
    zval *v;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL(ids), v) {
        zend_string *str = zval_try_get_string(v);
        if (!str) {
            break;
        }
        out->strs[out->n] = str;
        out->ids[out->n] = ZSTR_VAL(str);
        out->n++;
    } ZEND_HASH_FOREACH_END();
    zval_ptr_dtor(&ids);
    if (EG(exception)) {
        php_tq_log_ids_free(out);
        return FAILURE;
    }
    return SUCCESS;
}

void php_tq_log_ids_free(php_tq_log_ids *ids)
{
    for (size_t i = 0; i < ids->n; i++) {
        zend_string_release(ids->strs[i]);
    }
    if (ids->strs) {
        efree(ids->strs);
    }
    if (ids->ids) {
        efree(ids->ids);
    }
    memset(ids, 0, sizeof(*ids));
}

