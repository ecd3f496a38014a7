/*
 * task_log.c: TaskLogInterface, TaskLog (the tao/taskLog service: statuses, reports,
 * parent/child completion, user listings, archive/cancel, categories) and
 * TaskLogAwareInterface. Every broker call goes through the broker's PHP methods, so
 * any TaskLogBrokerInterface (a PHPUnit mock included) works. Its lookups, archive and cancel
 * are in task_log_lookups.c.
 * May touch: the Zend API, src/task_log/tq_status.
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
#include "task_log_private.h"
#include "events.h"
#include "task_log_arginfo.h"
#include "task_log/tq_status.h"

zend_class_entry *php_tq_ce_TaskLogInterface;
zend_class_entry *php_tq_ce_TaskLog;
zend_class_entry *php_tq_ce_TaskLogAwareInterface;

#define RETURN_THIS() RETURN_OBJ_COPY(THIS_OBJ)

#define OPT_BROKER "task_log_broker"
#define OPT_CATEGORIES "task_to_category_associations"

/* --- helpers ------------------------------------------------------------------------- */

/* TAO's validateStatus(), but throwing: one of the eight statuses a row may hold. */
static zend_result tq_validate_status(zval *status)
{
    ZVAL_DEREF(status);
    if (Z_TYPE_P(status) == IS_STRING && tq_status_is_storable(tq_status_parse(Z_STRVAL_P(status)))) {
        return SUCCESS;
    }
    if (Z_TYPE_P(status) == IS_STRING) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Status \"%s\" is not a valid task queue status.",
                     Z_STRVAL_P(status));
    } else {
        php_tq_throw(spl_ce_InvalidArgumentException, "Status must be a task queue status string, %s given.",
                     zend_zval_type_name(status));
    }
    return FAILURE;
}

/* $this->validateStatus($status): a PHP override (TAO subclass, PHPUnit double) is called,
 * else the check above runs without a method call. */
static zend_result tq_validate(zend_object *self, zval *status)
{
    zend_function *fn = php_tq_user_method(self, "validatestatus");
    if (!fn) {
        return tq_validate_status(status);
    }
    zval rv;
    zend_call_known_instance_method_with_1_params(fn, self, &rv, status);
    zval_ptr_dtor(&rv);
    return EG(exception) ? FAILURE : SUCCESS;
}

/* TAO catches \Exception around each broker call and logs it. tq_take() sets aside a
 * pending \Exception (not an \Error) and returns it; tq_log_taken() logs
 * "<what> failed with MSG: <message>" at error level and drops it. */
static zend_object *tq_take(void)
{
    zend_object *ex = EG(exception);
    if (!ex || !instanceof_function(ex->ce, zend_ce_exception)) {
        return NULL;
    }
    GC_ADDREF(ex);
    zend_clear_exception();
    return ex;
}

static void tq_vlog_taken(zend_object *self, zend_object *ex, const char *fmt, va_list ap)
{
    zval rv;
    zval *msg = zend_read_property(zend_ce_exception, ex, "message", sizeof("message") - 1, 1, &rv);
    zend_string *m = msg ? zval_get_string(msg) : ZSTR_EMPTY_ALLOC();
    zend_string *what = zend_vstrpprintf(0, fmt, ap);
    php_tq_log(self, php_tq_ce_TaskLog, "error", NULL, "%s failed with MSG: %s", ZSTR_VAL(what), ZSTR_VAL(m));
    zend_string_release(what);
    zend_string_release(m);
    OBJ_RELEASE(ex);
}

static void tq_log_taken(zend_object *self, zend_object *ex, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 3, 4);

static void tq_log_taken(zend_object *self, zend_object *ex, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    tq_vlog_taken(self, ex, fmt, ap);
    va_end(ap);
}

/* tq_take() + tq_log_taken(); true when an \Exception was logged and cleared. */
static bool tq_swallow(zend_object *self, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 2, 3);

static bool tq_swallow(zend_object *self, const char *fmt, ...)
{
    zend_object *ex = tq_take();
    if (ex) {
        va_list ap;
        va_start(ap, fmt);
        tq_vlog_taken(self, ex, fmt, ap);
        va_end(ap);
    }
    return ex != NULL;
}

/* A mixed id as text for log lines. */
zend_string *php_tq_tl_text(zval *v)
{
    ZVAL_DEREF(v);
    if (Z_TYPE_P(v) == IS_ARRAY || (Z_TYPE_P(v) == IS_OBJECT && !Z_OBJCE_P(v)->__tostring)) {
        return zend_string_init(zend_zval_type_name(v), strlen(zend_zval_type_name(v)), 0);
    }
    return zval_get_string(v);
}

/* The broker: the cached one, else the option (a service id resolved first); TAO
 * hands it our service locator. */
static zend_result tq_broker(zend_object *self, zval *out)
{
    zval *cached = PHP_TQ_PROP(self, php_tq_ce_TaskLog, "broker");
    if (cached && Z_TYPE_P(cached) == IS_OBJECT) {
        ZVAL_COPY(out, cached);
        return SUCCESS;
    }
    /* TAO reads $this->getOption() and $this->getServiceLocator(): a PHP override of
     * either is honoured (called once, on first use, as TAO's) */
    zval spec, broker, loc_zv;
    ZVAL_UNDEF(&loc_zv);
    zend_function *get_option = php_tq_user_method(self, "getoption");
    if (get_option) {
        zval name;
        ZVAL_STRING(&name, OPT_BROKER);
        zend_call_known_instance_method_with_1_params(get_option, self, &spec, &name);
        zval_ptr_dtor(&name);
        if (EG(exception)) {
            zval_ptr_dtor(&spec);
            return FAILURE;
        }
    } else {
        zval *opt = php_tq_option(self, php_tq_ce_TaskLog, OPT_BROKER);
        if (opt) {
            ZVAL_COPY_DEREF(&spec, opt);
        } else {
            ZVAL_NULL(&spec);
        }
    }
    if (!zend_is_true(&spec)) {
        zval_ptr_dtor(&spec);
        php_tq_throw(spl_ce_InvalidArgumentException, "Task Log Broker service needs to be set.");
        return FAILURE;
    }
    zend_result r = php_tq_resolve_service(self, php_tq_ce_TaskLog, &spec, &broker);
    zval_ptr_dtor(&spec);
    if (r == FAILURE) {
        return FAILURE;
    }
    if (Z_TYPE(broker) != IS_OBJECT || !instanceof_function(Z_OBJCE(broker), php_tq_ce_TaskLogBrokerInterface)) {
        php_tq_throw(spl_ce_InvalidArgumentException,
                     "The task log broker must implement TaskLogBrokerInterface, %s given",
                     Z_TYPE(broker) == IS_OBJECT ? ZSTR_VAL(Z_OBJCE(broker)->name) : zend_zval_type_name(&broker));
        zval_ptr_dtor(&broker);
        return FAILURE;
    }
    zend_function *get_locator = php_tq_user_method(self, "getservicelocator");
    zval *locator = NULL;
    if (get_locator) {
        zend_call_known_instance_method_with_0_params(get_locator, self, &loc_zv);
        if (EG(exception)) {
            zval_ptr_dtor(&loc_zv);
            zval_ptr_dtor(&broker);
            return FAILURE;
        }
        locator = &loc_zv;
    } else {
        locator = PHP_TQ_PROP(self, php_tq_ce_TaskLog, "serviceLocator");
    }
    if (locator && Z_TYPE_P(locator) == IS_OBJECT
        && zend_hash_str_exists(&Z_OBJCE(broker)->function_table, "setservicelocator", sizeof("setservicelocator") - 1)) {
        zval loc;
        ZVAL_COPY(&loc, locator);
        r = php_tq_call(&broker, "setServiceLocator", NULL, 1, &loc);
        zval_ptr_dtor(&loc);
        if (r == FAILURE) {
            zval_ptr_dtor(&loc_zv);
            zval_ptr_dtor(&broker);
            return FAILURE;
        }
    }
    zval_ptr_dtor(&loc_zv);
    PHP_TQ_PROP_SET(self, php_tq_ce_TaskLog, "broker", &broker);
    if (EG(exception)) {
        zval_ptr_dtor(&broker);
        return FAILURE;
    }
    ZVAL_COPY_VALUE(out, &broker);
    return SUCCESS;
}

/* $this->getBroker(): a PHP override is called, else the broker is read natively. */
static zend_result tq_get_broker(zend_object *self, zval *out)
{
    zend_function *fn = php_tq_user_method(self, "getbroker");
    if (!fn) {
        return tq_broker(self, out);
    }
    zend_call_known_instance_method_with_0_params(fn, self, out);
    if (EG(exception)) {
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        return FAILURE;
    }
    if (Z_TYPE_P(out) != IS_OBJECT) {
        php_tq_throw(zend_ce_type_error, "%s::getBroker() must return a task log broker, %s given",
                     ZSTR_VAL(self->ce->name), zend_zval_type_name(out));
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        return FAILURE;
    }
    return SUCCESS;
}

/* $this->getBroker()->method(...$argv) into rv (may be NULL). */
zend_result php_tq_tl_broker_call(zend_object *self, const char *method, zval *rv, uint32_t argc, zval *argv)
{
    zval broker;
    if (tq_get_broker(self, &broker) == FAILURE) {
        return FAILURE;
    }
    zend_result r = php_tq_call(&broker, method, rv, argc, argv);
    zval_ptr_dtor(&broker);
    return r;
}

/* $this->method(...) through PHP, so subclasses can override it. */
zend_result php_tq_tl_self_call(zend_object *self, const char *method, zval *rv, uint32_t argc, zval *argv)
{
    zval me;
    ZVAL_OBJ_COPY(&me, self);
    zend_result r = php_tq_call(&me, method, rv, argc, argv);
    zval_ptr_dtor(&me);
    return r;
}

/* Result of $collection->isEmpty() / count($collection) for a collection or array. */
zend_result php_tq_tl_collection_count(zval *coll, zend_long *n)
{
    if (Z_TYPE_P(coll) == IS_ARRAY) {
        *n = zend_hash_num_elements(Z_ARRVAL_P(coll));
        return SUCCESS;
    }
    zval rv;
    if (Z_TYPE_P(coll) != IS_OBJECT || php_tq_call(coll, "count", &rv, 0, NULL) == FAILURE) {
        if (!EG(exception)) {
            php_tq_throw(zend_ce_type_error, "A task log search must return a collection, %s given",
                         zend_zval_type_name(coll));
        }
        return FAILURE;
    }
    *n = zval_get_long(&rv);
    zval_ptr_dtor(&rv);
    return SUCCESS;
}

/* --- construction, options, PHP code ------------------------------------------------- */

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, __construct)
{
    zval *options = NULL;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY(options)
    ZEND_PARSE_PARAMETERS_END();
    if (options) {
        PHP_TQ_PROP_SET(THIS_OBJ, php_tq_ce_TaskLog, "options", options);
    }
    zval *broker = php_tq_option(THIS_OBJ, php_tq_ce_TaskLog, OPT_BROKER);
    if (broker) {
        ZVAL_DEREF(broker);
    }
    if (!broker || !zend_is_true(broker)) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Task Log Broker service needs to be set.");
        RETURN_THROWS();
    }
}

PHP_TQ_OPTION_METHODS(oat_tao_model_taskQueue_TaskLog, php_tq_ce_TaskLog)
PHP_TQ_LOGGER_METHODS(oat_tao_model_taskQueue_TaskLog, php_tq_ce_TaskLog)
PHP_TQ_LOCATOR_METHODS(oat_tao_model_taskQueue_TaskLog, php_tq_ce_TaskLog)

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, __toPhpCode)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *opts = PHP_TQ_PROP(THIS_OBJ, php_tq_ce_TaskLog, "options");
    smart_str out = {0};
    smart_str_appends(&out, "new \\");
    smart_str_append(&out, Z_OBJCE_P(ZEND_THIS)->name);
    smart_str_appendc(&out, '(');
    if (opts && Z_TYPE_P(opts) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(opts))) {
        if (php_tq_php_code(&out, opts, 0, PHP_TQ_CODE_EMPTY_ARRAY_OPEN) == FAILURE) {
            smart_str_free(&out);
            if (!EG(exception)) {
                php_tq_throw(spl_ce_RuntimeException, "TaskLog::__toPhpCode(): an option cannot be written as PHP");
            }
            RETURN_THROWS();
        }
    }
    smart_str_appendc(&out, ')');
    RETURN_STR(smart_str_extract(&out));
}

/* TAO's protected validateStatus(): throws \InvalidArgumentException for a status a row
 * may not hold. A PHP override is what add()/setStatus()/setReport() call. */
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, validateStatus)
{
    zval *status;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(status)
    ZEND_PARSE_PARAMETERS_END();
    if (tq_validate_status(status) == FAILURE) {
        RETURN_THROWS();
    }
}

/* --- broker access --------------------------------------------------------------------- */

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, getBroker)
{
    ZEND_PARSE_PARAMETERS_NONE();
    if (tq_broker(THIS_OBJ, return_value) == FAILURE) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, isRds)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval broker;
    if (tq_get_broker(THIS_OBJ, &broker) == FAILURE) {
        RETURN_THROWS();
    }
    RETVAL_BOOL(instanceof_function(Z_OBJCE(broker), php_tq_ce_RdsTaskLogBrokerInterface));
    zval_ptr_dtor(&broker);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, createContainer)
{
    ZEND_PARSE_PARAMETERS_NONE();
    php_tq_tl_broker_call(THIS_OBJ, "createContainer", NULL, 0, NULL);
}

/* --- statuses and reports ----------------------------------------------------------- */

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, add)
{
    zval *task, *status, *label = NULL;
    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
        Z_PARAM_ZVAL(status)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(label)
    ZEND_PARSE_PARAMETERS_END();
    if (tq_validate(THIS_OBJ, status) == FAILURE) {
        RETURN_THROWS();
    }
    zval args[3];
    ZVAL_COPY_VALUE(&args[0], task);
    ZVAL_COPY_VALUE(&args[1], status);
    if (label) {
        ZVAL_COPY_VALUE(&args[2], label);
    } else {
        ZVAL_NULL(&args[2]);
    }
    if (php_tq_tl_broker_call(THIS_OBJ, "add", NULL, 3, args) == FAILURE) {
        zend_object *ex = tq_take();
        if (!ex) {
            RETURN_THROWS();
        }
        /* the id is only needed for the log line */
        zval id;
        zend_string *ids = NULL;
        if (php_tq_call(task, "getId", &id, 0, NULL) == SUCCESS) {
            ids = php_tq_tl_text(&id);
            zval_ptr_dtor(&id);
        } else {
            zend_clear_exception();
        }
        tq_log_taken(THIS_OBJ, ex, "Adding result for task %s", ids ? ZSTR_VAL(ids) : "?");
        if (ids) {
            zend_string_release(ids);
        }
    }
    RETURN_THIS();
}

zend_result php_tq_tl_refuse_nul(zval *v, const char *method, const char *what)
{
    return php_tq_refuse_nul_zval(v, php_tq_ce_TaskLog, method, what);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, setStatus)
{
    zval *id, *status, *prev = NULL;
    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_ZVAL(id)
        Z_PARAM_ZVAL(status)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(prev)
    ZEND_PARSE_PARAMETERS_END();
    if (php_tq_tl_refuse_nul(id, "setStatus", "task id") == FAILURE || tq_validate(THIS_OBJ, status) == FAILURE
        || (prev && Z_TYPE_P(prev) != IS_NULL && tq_validate(THIS_OBJ, prev) == FAILURE)) {
        RETURN_THROWS();
    }
    zval args[3], rv;
    ZVAL_COPY_VALUE(&args[0], id);
    ZVAL_COPY_VALUE(&args[1], status);
    if (prev) {
        ZVAL_COPY_VALUE(&args[2], prev);
    } else {
        ZVAL_NULL(&args[2]);
    }
    if (php_tq_tl_broker_call(THIS_OBJ, "updateStatus", &rv, 3, args) == FAILURE) {
        zend_string *ids = php_tq_tl_text(id);
        tq_swallow(THIS_OBJ, "Setting the status for task %s", ZSTR_VAL(ids));
        zend_string_release(ids);
        if (EG(exception)) {
            RETURN_THROWS();
        }
        RETURN_LONG(0);
    }
    RETVAL_LONG(zval_get_long(&rv));
    zval_ptr_dtor(&rv);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, getStatus)
{
    zval *id;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(id)
    ZEND_PARSE_PARAMETERS_END();
    if (php_tq_tl_refuse_nul(id, "getStatus", "task id") == FAILURE) {
        RETURN_THROWS();
    }
    zval rv;
    if (php_tq_tl_broker_call(THIS_OBJ, "getStatus", &rv, 1, id) == FAILURE) {
        zend_string *ids = php_tq_tl_text(id);
        tq_swallow(THIS_OBJ, "Getting status for task %s", ZSTR_VAL(ids));
        zend_string_release(ids);
        if (EG(exception)) {
            RETURN_THROWS();
        }
        RETURN_STRING("unknown");
    }
    /* a missing row reads as unknown, not '' (quirk 13) */
    if (Z_TYPE(rv) == IS_NULL || Z_TYPE(rv) == IS_FALSE || (Z_TYPE(rv) == IS_STRING && Z_STRLEN(rv) == 0)) {
        zval_ptr_dtor(&rv);
        RETURN_STRING("unknown");
    }
    RETVAL_STR(zval_get_string(&rv));
    zval_ptr_dtor(&rv);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, setReport)
{
    zval *id, *report, *status = NULL;
    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_ZVAL(id)
        Z_PARAM_ZVAL(report)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(status)
    ZEND_PARSE_PARAMETERS_END();
    if (php_tq_tl_refuse_nul(id, "setReport", "task id") == FAILURE) {
        RETURN_THROWS();
    }
    /* a null status keeps the stored one (quirk 1: TAO dropped the report) */
    if (status && Z_TYPE_P(status) != IS_NULL && tq_validate(THIS_OBJ, status) == FAILURE) {
        RETURN_THROWS();
    }
    if (php_tq_report_check(report) == FAILURE) {
        RETURN_THROWS();
    }
    zval args[3], rv;
    ZVAL_COPY_VALUE(&args[0], id);
    ZVAL_COPY_VALUE(&args[1], report);
    if (status) {
        ZVAL_COPY_VALUE(&args[2], status);
    } else {
        ZVAL_NULL(&args[2]);
    }
    zend_string *ids = php_tq_tl_text(id);
    if (php_tq_tl_broker_call(THIS_OBJ, "addReport", &rv, 3, args) == FAILURE) {
        tq_swallow(THIS_OBJ, "Setting report for item %s", ZSTR_VAL(ids));
    } else {
        if (!zend_is_true(&rv)) {
            php_tq_log(THIS_OBJ, php_tq_ce_TaskLog, "error", NULL,
                       "Setting report for item %s failed with MSG: Report is not saved.", ZSTR_VAL(ids));
        }
        zval_ptr_dtor(&rv);
    }
    zend_string_release(ids);
    if (EG(exception)) {
        RETURN_THROWS();
    }
    RETURN_THIS();
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, getReport)
{
    zval *id;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(id)
    ZEND_PARSE_PARAMETERS_END();
    if (php_tq_tl_refuse_nul(id, "getReport", "task id") == FAILURE) {
        RETURN_THROWS();
    }
    if (php_tq_tl_broker_call(THIS_OBJ, "getReport", return_value, 1, id) == FAILURE) {
        zend_string *ids = php_tq_tl_text(id);
        tq_swallow(THIS_OBJ, "Getting report for task %s", ZSTR_VAL(ids));
        zend_string_release(ids);
        if (EG(exception)) {
            RETURN_THROWS();
        }
        RETURN_NULL();
    }
}

/* --- parent completion ---------------------------------------------------------------- */

typedef struct tq_children {
    zend_long processed;
    zend_long failed;
} tq_children;

static zend_result tq_child_visit(zval *child, void *ctx)
{
    tq_children *c = ctx;
    zend_string *cat = php_tq_entity_category(child);
    if (!cat) {
        return FAILURE;
    }
    zend_result r = SUCCESS;
    if (zend_string_equals_literal(cat, "in_progress") || zend_string_equals_literal(cat, "created")) {
        r = FAILURE;    /* a child still runs: the parent stays as it is */
    } else if (zend_string_equals_literal(cat, "completed")) {
        c->processed++;
    } else if (zend_string_equals_literal(cat, "failed")) {
        c->processed++;
        c->failed++;
    }
    zend_string_release(cat);
    return r;
}

static zend_result tq_update_parent(zend_object *self, zval *parent_id)
{
    zval filter, children, archived;
    php_tq_filter_new(&filter);
    php_tq_filter_add(&filter, "parent_id", "=", parent_id);
    ZVAL_STRING(&archived, "archived");
    php_tq_filter_add(&filter, "status", "!=", &archived);
    zval_ptr_dtor(&archived);
    zend_result r = php_tq_tl_self_call(self, "search", &children, 1, &filter);
    zval_ptr_dtor(&filter);
    if (r == FAILURE) {
        return FAILURE;
    }
    zend_long total = 0;
    tq_children c = {0, 0};
    if (php_tq_tl_collection_count(&children, &total) == SUCCESS && total > 0) {
        php_tq_each(&children, tq_child_visit, &c);
        if (!EG(exception) && c.processed == total) {
            zval args[2];
            ZVAL_COPY_VALUE(&args[0], parent_id);
            ZVAL_STRING(&args[1], c.failed > 0 ? "failed" : "completed");
            php_tq_tl_self_call(self, "setStatus", NULL, 2, args);
            zval_ptr_dtor(&args[1]);
        }
    }
    zval_ptr_dtor(&children);
    return EG(exception) ? FAILURE : SUCCESS;
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, updateParent)
{
    zval *parent_id;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(parent_id)
    ZEND_PARSE_PARAMETERS_END();
    if (php_tq_tl_refuse_nul(parent_id, "updateParent", "task id") == FAILURE) {
        RETURN_THROWS();
    }
    if (tq_update_parent(THIS_OBJ, parent_id) == FAILURE) {
        zend_string *ids = php_tq_tl_text(parent_id);
        tq_swallow(THIS_OBJ, "Updating parent task \"%s\"", ZSTR_VAL(ids));
        zend_string_release(ids);
        if (EG(exception)) {
            RETURN_THROWS();
        }
    }
    RETURN_THIS();
}

/* --- categories --------------------------------------------------------------------------- */

static const char *const tq_categories[] = {
    "create", "update", "delete", "copy", "import", "export", "delivery_comp", "unrelated_resource"
};

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, getTaskCategories)
{
    ZEND_PARSE_PARAMETERS_NONE();
    array_init(return_value);
    for (size_t i = 0; i < sizeof(tq_categories) / sizeof(tq_categories[0]); i++) {
        add_next_index_string(return_value, tq_categories[i]);
    }
}

/* A task given as an object or a class name, as a class name. */
static zend_string *tq_task_class(zval *task)
{
    ZVAL_DEREF(task);
    if (Z_TYPE_P(task) == IS_OBJECT) {
        return zend_string_copy(Z_OBJCE_P(task)->name);
    }
    return zval_try_get_string(task);
}

/* (array) $this->getOption(task_to_category_associations) */
static void tq_associations(zend_object *self, zval *out)
{
    zval *a = php_tq_option(self, php_tq_ce_TaskLog, OPT_CATEGORIES);
    if (a) {
        ZVAL_COPY_DEREF(out, a);
        convert_to_array(out);
        SEPARATE_ARRAY(out);    /* the option's array may be shared or immutable */
    } else {
        array_init(out);
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, linkTaskToCategory)
{
    zval *task, *category;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_ZVAL(task)
        Z_PARAM_ZVAL(category)
    ZEND_PARSE_PARAMETERS_END();
    zval known;
    if (php_tq_tl_self_call(THIS_OBJ, "getTaskCategories", &known, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
    bool valid = false;
    if (Z_TYPE(known) == IS_ARRAY) {
        zval *c;
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL(known), c) {
            valid |= zend_compare(c, category) == 0;     /* in_array(): loose */
        } ZEND_HASH_FOREACH_END();
    }
    zval_ptr_dtor(&known);
    if (!valid) {
        zend_string *cs = php_tq_tl_text(category);
        php_tq_throw(spl_ce_InvalidArgumentException, "Category \"%s\" is not a valid category.", ZSTR_VAL(cs));
        zend_string_release(cs);
        RETURN_THROWS();
    }
    zend_string *name = tq_task_class(task);
    if (!name) {
        RETURN_THROWS();
    }
    zval assoc, cat;
    tq_associations(THIS_OBJ, &assoc);
    ZVAL_COPY(&cat, category);
    zend_symtable_update(Z_ARRVAL(assoc), name, &cat);
    zend_string *opt = zend_string_init(OPT_CATEGORIES, sizeof(OPT_CATEGORIES) - 1, 0);
    php_tq_option_set(THIS_OBJ, php_tq_ce_TaskLog, opt, &assoc);
    zend_string_release(opt);
    zval_ptr_dtor(&assoc);
    zend_string_release(name);
    RETURN_THIS();
}

/* The first association naming a parent class or interface of the task, as
 * is_subclass_of($task, $class) decides it (the task class may autoload, the
 * associated ones are only looked up). NULL if none; check EG(exception). */
static zval *tq_parent_category(zend_string *task_class, HashTable *assoc)
{
    zend_class_entry *ce = zend_lookup_class(task_class);
    if (!ce || EG(exception)) {
        return NULL;
    }
    zend_string *key;
    zend_ulong idx;
    zval *v;
    ZEND_HASH_FOREACH_KEY_VAL(assoc, idx, key, v) {
        zend_string *k = key ? zend_string_copy(key) : zend_long_to_str((zend_long)idx);
        zend_class_entry *parent = zend_lookup_class_ex(k, NULL, ZEND_FETCH_CLASS_NO_AUTOLOAD);
        zend_string_release(k);
        if (parent && parent != ce && instanceof_function(ce, parent)) {
            return v;
        }
    } ZEND_HASH_FOREACH_END();
    return NULL;
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, getCategoryForTask)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(task)
    ZEND_PARSE_PARAMETERS_END();
    zend_string *name = tq_task_class(task);
    if (!name) {
        RETURN_THROWS();
    }
    zval assoc;
    tq_associations(THIS_OBJ, &assoc);
    zval *hit = zend_symtable_find(Z_ARRVAL(assoc), name);
    if (!hit) {
        hit = tq_parent_category(name, Z_ARRVAL(assoc));
    }
    if (hit) {
        RETVAL_COPY_DEREF(hit);
    } else if (!EG(exception)) {
        RETVAL_STRING("unknown");
    }
    zval_ptr_dtor(&assoc);
    zend_string_release(name);
}

/* --- execution times --------------------------------------------------------------------- */

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, getTaskExecutionTimesByDateRange)
{
    zval *from, *to;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_OBJECT_OF_CLASS(from, php_date_get_date_ce())
        Z_PARAM_OBJECT_OF_CLASS(to, php_date_get_date_ce())
    ZEND_PARSE_PARAMETERS_END();
    zval args[2], rv;
    ZVAL_COPY_VALUE(&args[0], from);
    ZVAL_COPY_VALUE(&args[1], to);
    if (php_tq_tl_broker_call(THIS_OBJ, "getTaskExecutionTimesByDateRange", &rv, 2, args) == FAILURE) {
        RETURN_THROWS();
    }
    if (Z_TYPE(rv) == IS_ARRAY) {
        RETURN_COPY_VALUE(&rv);
    }
    zval_ptr_dtor(&rv);
    RETURN_EMPTY_ARRAY();
}

void php_tq_task_log_minit(void)
{
    php_tq_ce_TaskLogInterface = register_class_oat_tao_model_taskQueue_TaskLogInterface();
    php_tq_ce_TaskLog = register_class_oat_tao_model_taskQueue_TaskLog(php_tq_ce_TaskLogInterface);
    php_tq_ce_TaskLogAwareInterface = register_class_oat_tao_model_taskQueue_TaskLog_TaskLogAwareInterface();
    php_tq_task_log_events_minit();
}
