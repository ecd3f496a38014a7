/*
 * task_log/data_table_payload.c: TAO's TaskLog\DataTablePayload (the page of Task Log rows a
 * JS datatable asks for) and TaskLog::getDataTablePayload(), native. The filter, broker,
 * request, collection and entities are reached through their PHP methods, so TAO's objects
 * and test doubles work; tao-core's DatatableRequest is built from the globals only when no
 * request is given (the legacy constructor). State lives in the stub's declared properties.
 * May touch: the Zend API, ext/standard (array_merge), ext/spl, common/common, task_log
 * (task_log.h, task_log_shared.h), decorators.h.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <math.h>
#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "zend_closures.h"
#include "ext/standard/php_array.h"
#include "ext/json/php_json.h"
#include "ext/spl/spl_exceptions.h"
#include "../common/common.h"
#include "task_log.h"
#include "task_log_shared.h"
#include "decorators.h"
#include "data_table_payload_arginfo.h"

zend_class_entry *php_tq_ce_DataTablePayload;

#define THIS_OBJ Z_OBJ_P(ZEND_THIS)
#define PAYLOAD php_tq_ce_DataTablePayload
#define REQUEST_CLASS "oat\\tao\\model\\datatable\\implementation\\DatatableRequest"

/* A held collaborator (decorators.c's one check: set by the constructor, an object). */
static zval *payload_prop(zend_object *obj, const char *name)
{
    return php_tq_deco_held(obj, PAYLOAD, name);
}

/* $filter->in($field, $values) or ->eq($field, (string) $value), as TAO copies the
 * request's filters: empty values are skipped. */
static zend_result apply_filter(zval *filter, zend_string *field, zval *value)
{
    zval args[2], rv;
    if (!zend_is_true(value)) {
        return SUCCESS;
    }
    ZVAL_STR_COPY(&args[0], field);
    bool list = Z_TYPE_P(value) == IS_ARRAY;
    if (list) {
        ZVAL_COPY(&args[1], value);
    } else {
        ZVAL_STR(&args[1], zval_get_string(value));
    }
    zend_result r = EG(exception) ? FAILURE : php_tq_call(filter, list ? "in" : "eq", &rv, 2, args);
    if (r == SUCCESS) {
        zval_ptr_dtor(&rv);
    }
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&args[1]);
    return r;
}

zend_result php_tq_data_table_payload_init(zend_object *self, zval *filter, zval *broker, zval *request)
{
    zval req, filters;
    if (request) {
        ZVAL_COPY(&req, request);
    } else {
        bool missing;
        if (php_tq_static_call(REQUEST_CLASS, "fromGlobals", &req, 0, NULL, &missing) == FAILURE) {
            if (missing) {
                php_tq_throw(spl_ce_LogicException, "%s: no datatable request was given and tao-core's "
                             REQUEST_CLASS " is not loaded to read one from the HTTP request",
                             ZSTR_VAL(self->ce->name));
            }
            return FAILURE;
        }
        if (Z_TYPE(req) != IS_OBJECT) {
            zval_ptr_dtor(&req);
            zend_type_error(REQUEST_CLASS "::fromGlobals() did not return an object");
            return FAILURE;
        }
    }
    PHP_TQ_PROP_SET(self, PAYLOAD, "taskLogFilter", filter);
    PHP_TQ_PROP_SET(self, PAYLOAD, "broker", broker);
    PHP_TQ_PROP_SET(self, PAYLOAD, "request", &req);
    zend_result r = php_tq_call(&req, "getFilters", &filters, 0, NULL);
    zval_ptr_dtor(&req);
    if (r == FAILURE) {
        return FAILURE;
    }
    if (Z_TYPE(filters) == IS_ARRAY) {
        zend_string *key;
        zend_ulong idx;
        zval *v;
        ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL(filters), idx, key, v) {
            ZVAL_DEREF(v);
            zend_string *field = key ? zend_string_copy(key) : zend_long_to_str((zend_long)idx);
            r = apply_filter(filter, field, v);
            zend_string_release(field);
            if (r == FAILURE) {
                break;
            }
        } ZEND_HASH_FOREACH_END();
    } else if (Z_TYPE(filters) != IS_NULL) {
        zend_type_error("%s: the request's getFilters() returned %s, not an array", ZSTR_VAL(self->ce->name),
                        zend_zval_type_name(&filters));
        r = FAILURE;
    }
    zval_ptr_dtor(&filters);
    return r;
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_DataTablePayload, __construct)
{
    zval *filter, *broker, *request = NULL;
    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_OBJECT_OF_CLASS(filter, php_tq_ce_TaskLogFilter)
        Z_PARAM_OBJECT_OF_CLASS(broker, php_tq_ce_TaskLogBrokerInterface)
        Z_PARAM_OPTIONAL
        Z_PARAM_OBJECT_OR_NULL(request)
    ZEND_PARSE_PARAMETERS_END();
    if (php_tq_data_table_payload_init(THIS_OBJ, filter, broker, request) == FAILURE) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_DataTablePayload, customiseRowBy)
{
    zval *func, *override = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_OBJECT_OF_CLASS(func, zend_ce_closure)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(override)
    ZEND_PARSE_PARAMETERS_END();
    zval b;
    ZVAL_BOOL(&b, override && zend_is_true(override));
    PHP_TQ_PROP_SET(THIS_OBJ, PAYLOAD, "rowCustomiser", func);
    PHP_TQ_PROP_SET(THIS_OBJ, PAYLOAD, "overrideDefaultPayload", &b);
    RETURN_OBJ_COPY(THIS_OBJ);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_DataTablePayload, count)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *broker = payload_prop(THIS_OBJ, "broker");
    zval *filter = broker ? payload_prop(THIS_OBJ, "taskLogFilter") : NULL;
    zval rv;
    if (!filter || php_tq_call(broker, "count", &rv, 1, filter) == FAILURE) {
        RETURN_THROWS();
    }
    zend_long n = zval_get_long(&rv);
    zval_ptr_dtor(&rv);
    RETURN_LONG(n);
}

/* $obj->method($arg) for the filter's fluent setters. */
static zend_result set_on(zval *obj, const char *method, zval *arg)
{
    zval rv;
    if (php_tq_call(obj, method, &rv, 1, arg) == FAILURE) {
        return FAILURE;
    }
    zval_ptr_dtor(&rv);
    return SUCCESS;
}

/* $request->method() into out. */
static zend_result ask(zval *request, const char *method, zval *out)
{
    return php_tq_call(request, method, out, 0, NULL);
}

/* A clone of the filter given the page: limit, offset limit * (page - 1), the request's
 * sort ("we don't want to pollute the original filter", as TAO says). */
static zend_result page_filter(zval *filter, zval *request, zval *limit, zval *page, zval *out)
{
    zend_object *obj = Z_OBJ_P(filter);
    if (!obj->handlers->clone_obj) {
        zend_throw_error(NULL, "Trying to clone an uncloneable object of class %s", ZSTR_VAL(obj->ce->name));
        return FAILURE;
    }
    ZVAL_OBJ(out, obj->handlers->clone_obj(obj));
    if (EG(exception)) {
        zval_ptr_dtor(out);
        return FAILURE;
    }
    zval one, prev, offset, sort_by, sort_order;
    ZVAL_LONG(&one, 1);
    ZVAL_UNDEF(&offset);
    zend_result r = set_on(out, "setLimit", limit);
    if (r == SUCCESS && (r = sub_function(&prev, page, &one)) == SUCCESS) {
        r = mul_function(&offset, limit, &prev);
        zval_ptr_dtor(&prev);
    }
    if (r == SUCCESS && !EG(exception)) {
        r = set_on(out, "setOffset", &offset);
    }
    zval_ptr_dtor(&offset);
    if (r == SUCCESS && !EG(exception) && (r = ask(request, "getSortBy", &sort_by)) == SUCCESS) {
        r = set_on(out, "setSortBy", &sort_by);
        zval_ptr_dtor(&sort_by);
    }
    if (r == SUCCESS && !EG(exception) && (r = ask(request, "getSortOrder", &sort_order)) == SUCCESS) {
        r = set_on(out, "setSortOrder", &sort_order);
        zval_ptr_dtor(&sort_order);
    }
    if (r == FAILURE || EG(exception)) {
        zval_ptr_dtor(out);
        return FAILURE;
    }
    return SUCCESS;
}

/* count($collection): an array or a Countable. */
static zend_result collection_count(zval *coll, zval *out)
{
    if (Z_TYPE_P(coll) == IS_ARRAY) {
        ZVAL_LONG(out, zend_hash_num_elements(Z_ARRVAL_P(coll)));
        return SUCCESS;
    }
    if (Z_TYPE_P(coll) == IS_OBJECT && instanceof_function(Z_OBJCE_P(coll), zend_ce_countable)) {
        zval rv;
        if (php_tq_call(coll, "count", &rv, 0, NULL) == FAILURE) {
            return FAILURE;
        }
        ZVAL_LONG(out, zval_get_long(&rv));
        zval_ptr_dtor(&rv);
        return SUCCESS;
    }
    zend_type_error("count(): Argument #1 ($value) must be of type Countable|array, %s given", zend_zval_type_name(coll));
    return FAILURE;
}

typedef struct {
    zval *customiser;
    bool override;
    zval *data;
} custom_ctx;

/* TAO binds the closure to the entity ($this and scope). An internal class (the native
 * TaskLogEntity) cannot be a closure's scope, so such an entity is bound as $this only, the
 * closure keeping its own scope: public methods work as in TAO, which is all an entity has. */
static zend_result custom_row(zval *entity, void *p)
{
    custom_ctx *c = p;
    zval args[2], bound, rv, row, own;
    ZVAL_COPY_VALUE(&args[0], entity);
    bool internal = Z_TYPE_P(entity) != IS_OBJECT || Z_OBJCE_P(entity)->type == ZEND_INTERNAL_CLASS;
    if (internal) {
        ZVAL_STRING(&args[1], "static");
    } else {
        ZVAL_COPY(&args[1], entity);
    }
    zend_result r = php_tq_call(c->customiser, "bindTo", &bound, 2, args);
    zval_ptr_dtor(&args[1]);
    if (r == FAILURE) {
        return FAILURE;
    }
    if (Z_TYPE(bound) != IS_OBJECT) {
        zval_ptr_dtor(&bound);
        zend_throw_error(NULL, "DataTablePayload: the row customiser could not be bound to a task log entity");
        return FAILURE;
    }
    r = php_tq_call_callable(&bound, &rv, 0, NULL);
    zval_ptr_dtor(&bound);
    if (r == FAILURE) {
        return FAILURE;
    }
    convert_to_array(&rv);                  /* (array) */
    if (c->override) {
        add_next_index_zval(c->data, &rv);
        return SUCCESS;
    }
    if (php_tq_call(entity, "toArray", &own, 0, NULL) == FAILURE) {
        zval_ptr_dtor(&rv);
        return FAILURE;
    }
    convert_to_array(&own);
    array_init(&row);                       /* array_merge($entity->toArray(), $custom) */
    php_array_merge(Z_ARRVAL(row), Z_ARRVAL(own));
    php_array_merge(Z_ARRVAL(row), Z_ARRVAL(rv));
    zval_ptr_dtor(&own);
    zval_ptr_dtor(&rv);
    add_next_index_zval(c->data, &row);
    return SUCCESS;
}

/* ceil($count / $limit), a float as PHP's ceil() gives. */
static zend_result pages(zval *count, zval *limit, zval *out)
{
    zval q;
    if (div_function(&q, count, limit) == FAILURE || EG(exception)) {
        return FAILURE;
    }
    double d = Z_TYPE(q) == IS_LONG ? (double)Z_LVAL(q) : zval_get_double(&q);
    zval_ptr_dtor(&q);
    ZVAL_DOUBLE(out, ceil(d));
    return SUCCESS;
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_DataTablePayload, getPayload)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *self = THIS_OBJ;
    zval *filter = payload_prop(self, "taskLogFilter");
    zval *broker = filter ? payload_prop(self, "broker") : NULL;
    zval *request = broker ? payload_prop(self, "request") : NULL;
    zval count, page, limit, clone, coll, amount, total, data;
    if (!request || php_tq_call(ZEND_THIS, "count", &count, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
    ZVAL_UNDEF(&page);
    ZVAL_UNDEF(&limit);
    ZVAL_UNDEF(&clone);
    ZVAL_UNDEF(&coll);
    ZVAL_UNDEF(&amount);
    ZVAL_UNDEF(&data);
    zend_result r = ask(request, "getPage", &page);
    if (r == SUCCESS) {
        r = ask(request, "getRows", &limit);
    }
    if (r == SUCCESS) {
        r = page_filter(filter, request, &limit, &page, &clone);
    }
    if (r == SUCCESS) {
        r = php_tq_call(broker, "search", &coll, 1, &clone);
    }
    if (r == SUCCESS) {
        r = collection_count(&coll, &amount);
    }
    if (r == SUCCESS) {
        r = pages(&count, &limit, &total);
    }
    zval *customiser = r == SUCCESS ? php_tq_prop(self, PAYLOAD, "rowCustomiser", sizeof("rowCustomiser") - 1) : NULL;
    if (customiser) {
        ZVAL_DEREF(customiser);
    }
    if (r == SUCCESS) {
        array_init(&data);
        if (customiser && Z_TYPE_P(customiser) == IS_OBJECT) {
            zval *ov = PHP_TQ_PROP(self, PAYLOAD, "overrideDefaultPayload");
            custom_ctx c = { customiser, ov && zend_is_true(ov), &data };
            r = php_tq_each(&coll, custom_row, &c);
        }
    }
    /* $customisedData ?: $collection->toArray() */
    if (r == SUCCESS && zend_hash_num_elements(Z_ARRVAL(data)) == 0) {
        zval_ptr_dtor(&data);
        ZVAL_UNDEF(&data);
        r = Z_TYPE(coll) == IS_OBJECT ? php_tq_call(&coll, "toArray", &data, 0, NULL) : FAILURE;
        if (r == FAILURE && !EG(exception)) {
            zend_throw_error(NULL, "Call to a member function toArray() on %s", zend_zval_type_name(&coll));
        }
    }
    zval_ptr_dtor(&count);
    zval_ptr_dtor(&clone);
    zval_ptr_dtor(&coll);
    if (r == FAILURE || EG(exception)) {
        zval_ptr_dtor(&page);
        zval_ptr_dtor(&limit);
        zval_ptr_dtor(&data);
        RETURN_THROWS();
    }
    array_init(return_value);
    add_assoc_zval(return_value, "rows", &limit);
    add_assoc_zval(return_value, "page", &page);
    add_assoc_zval(return_value, "amount", &amount);
    add_assoc_zval(return_value, "total", &total);
    add_assoc_zval(return_value, "data", &data);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_DataTablePayload, jsonSerialize)
{
    ZEND_PARSE_PARAMETERS_NONE();
    if (php_tq_call(ZEND_THIS, "getPayload", return_value, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
}

/* TaskLog::getDataTablePayload($filter, $request): new DataTablePayload($filter,
 * $this->getBroker(), $request) (declared in task_log.stub.php). */
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, getDataTablePayload)
{
    zval *filter, *request = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_OBJECT_OF_CLASS(filter, php_tq_ce_TaskLogFilter)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(request)
    ZEND_PARSE_PARAMETERS_END();
    if (request && Z_TYPE_P(request) != IS_NULL && Z_TYPE_P(request) != IS_OBJECT) {
        zend_argument_type_error(2, "must be a datatable request object or null, %s given", zend_zval_type_name(request));
        RETURN_THROWS();
    }
    zval broker, args[3];
    if (php_tq_call(ZEND_THIS, "getBroker", &broker, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
    ZVAL_COPY_VALUE(&args[0], filter);
    ZVAL_COPY_VALUE(&args[1], &broker);
    if (request) {
        ZVAL_COPY_VALUE(&args[2], request);
    } else {
        ZVAL_NULL(&args[2]);
    }
    php_tq_new_object(PAYLOAD, 3, args, return_value);
    zval_ptr_dtor(&broker);
}

void php_tq_data_table_payload_minit(void)
{
    PAYLOAD = register_class_oat_tao_model_taskQueue_TaskLog_DataTablePayload(php_json_serializable_ce, zend_ce_countable);
}
