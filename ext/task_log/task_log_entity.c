/*
 * task_log_entity.c: EntityInterface / TaskLogEntity, one row of the Task Log as the UI
 * reads it (built from a store row by createFromArray()), and php_tq_each(). The other
 * value classes live beside it: status.c, filter.c, collection.c; reports in report.c.
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
#include "../common/common.h"
#include "task_log.h"
#include "task_log_shared.h"
#include "task_log_entity_arginfo.h"
#include "task_log/tq_status.h"

zend_class_entry *php_tq_ce_EntityInterface;
zend_class_entry *php_tq_ce_TaskLogEntity;

#define THIS_OBJ Z_OBJ_P(ZEND_THIS)

/* Returns $this from a fluent method. */
#define RETURN_THIS() RETURN_OBJ_COPY(THIS_OBJ)

/* Drops a half-built return value and leaves with the pending exception. */
#define TQ_FAIL_RETURN() do { zval_ptr_dtor(return_value); ZVAL_NULL(return_value); RETURN_THROWS(); } while (0)

/* --- small helpers ------------------------------------------------------------------- */

/* new $ce(...$argv), calling the constructor when there is one. */
zend_result php_tq_new_object(zend_class_entry *ce, uint32_t argc, zval *argv, zval *out)
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
    zend_result r = php_tq_new_object(php_date_get_timezone_ce(), 1, &tzname, &args[2]);
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
    return php_tq_entity_from_row_as(php_tq_ce_TaskLogEntity, php_tq_ce_CategorizedStatus, rowz, date_format, out);
}

zend_result php_tq_entity_from_row_as(zend_class_entry *entity_ce, zend_class_entry *status_ce, zval *rowz,
                                      const char *date_format, zval *out)
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
    if (php_tq_categorized_status_as(status_ce, tq_row_get(row, "status"), &status) == FAILURE) {
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
    object_init_ex(out, entity_ce);
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
        php_tq_prop_return(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_tq_ce_TaskLogEntity, prop); \
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
    if (st && Z_TYPE_P(st) == IS_OBJECT && strcmp(php_tq_status_category(Z_OBJ_P(st)), "failed") == 0) {
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
    php_tq_task_log_status_minit();
    php_tq_task_log_filter_minit();
    php_tq_task_log_collection_minit();
    php_tq_ce_EntityInterface = register_class_oat_tao_model_taskQueue_TaskLog_Entity_EntityInterface(php_json_serializable_ce);
    php_tq_ce_TaskLogEntity = register_class_oat_tao_model_taskQueue_TaskLog_Entity_TaskLogEntity(php_tq_ce_EntityInterface);
}

void php_tq_task_log_entity_mshutdown(void)
{
    php_tq_task_log_status_mshutdown();
}
