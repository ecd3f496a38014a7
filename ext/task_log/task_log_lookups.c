/*
 * task_log_lookups.c: TaskLog's reads and bulk changes: search, findAvailableByUser, getStats,
 * getById(AndUser), archive/cancel of one task or a collection (with TAO's refusals, unless
 * forced). Everything goes through the broker's PHP methods.
 * May touch: the Zend API, common/common, task_log_private.h.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_exceptions.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "../task/task.h"
#include "task_log.h"
#include "task_log_shared.h"
#include "task_log_private.h"
#include "events.h"
#include "task_log/tq_status.h"

/* --- lookups ---------------------------------------------------------------------------- */

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, search)
{
    zval *filter;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(filter, php_tq_ce_TaskLogFilter)
    ZEND_PARSE_PARAMETERS_END();
    if (php_tq_tl_broker_call(THIS_OBJ, "search", return_value, 1, filter) == FAILURE) {
        RETURN_THROWS();
    }
}

/* $filter->addAvailableFilters((string) $user, $archivedAllowed) */
static zend_result tq_available_filters(zval *filter, zval *user, bool archived_allowed)
{
    zval args[2];
    ZVAL_STR(&args[0], php_tq_tl_text(user));
    ZVAL_BOOL(&args[1], archived_allowed);
    zend_result r = php_tq_call(filter, "addAvailableFilters", NULL, 2, args);
    zval_ptr_dtor(&args[0]);
    return r;
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, findAvailableByUser)
{
    zval *user, *limit = NULL, *offset = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_ZVAL(user)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(limit)
        Z_PARAM_ZVAL(offset)
    ZEND_PARSE_PARAMETERS_END();
    if (php_tq_tl_refuse_nul(user, "findAvailableByUser", "user id") == FAILURE) {
        RETURN_THROWS();
    }
    zval filter, v;
    php_tq_filter_new(&filter);
    zval *ignored = php_tq_option(THIS_OBJ, php_tq_ce_TaskLog, OPT_IGNORE);
    zend_result r = SUCCESS;
    if (ignored) {
        ZVAL_DEREF(ignored);
    }
    if (ignored && Z_TYPE_P(ignored) == IS_ARRAY) {
        ZVAL_COPY(&v, ignored);
        r = php_tq_call(&filter, "withIgnoredTasks", NULL, 1, &v);
        zval_ptr_dtor(&v);
    }
    if (r == SUCCESS) {
        r = tq_available_filters(&filter, user, false);
    }
    if (r == SUCCESS) {
        if (limit && Z_TYPE_P(limit) != IS_NULL) {
            ZVAL_COPY(&v, limit);
        } else {
            ZVAL_LONG(&v, DEFAULT_LIMIT);
        }
        r = php_tq_call(&filter, "setLimit", NULL, 1, &v);
        zval_ptr_dtor(&v);
    }
    if (r == SUCCESS) {
        if (offset && Z_TYPE_P(offset) != IS_NULL) {
            ZVAL_COPY(&v, offset);
        } else {
            ZVAL_LONG(&v, 0);
        }
        r = php_tq_call(&filter, "setOffset", NULL, 1, &v);
        zval_ptr_dtor(&v);
    }
    if (r == SUCCESS) {
        ZVAL_STRING(&v, "created_at");
        r = php_tq_call(&filter, "setSortBy", NULL, 1, &v);
        zval_ptr_dtor(&v);
    }
    if (r == SUCCESS) {
        ZVAL_STRING(&v, "DESC");
        r = php_tq_call(&filter, "setSortOrder", NULL, 1, &v);
        zval_ptr_dtor(&v);
    }
    if (r == SUCCESS) {
        r = php_tq_tl_broker_call(THIS_OBJ, "search", return_value, 1, &filter);
    }
    zval_ptr_dtor(&filter);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, getStats)
{
    zval *user;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(user)
    ZEND_PARSE_PARAMETERS_END();
    if (php_tq_tl_refuse_nul(user, "getStats", "user id") == FAILURE) {
        RETURN_THROWS();
    }
    zval filter;
    php_tq_filter_new(&filter);
    zend_result r = tq_available_filters(&filter, user, false);
    if (r == SUCCESS) {
        r = php_tq_tl_broker_call(THIS_OBJ, "getStats", return_value, 1, &filter);
    }
    zval_ptr_dtor(&filter);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
}

/* search for one id (with the user's filters when user is given); first() or NotFound. */
static void tq_get_one(INTERNAL_FUNCTION_PARAMETERS, zval *id, zval *user, bool archived_allowed)
{
    zval filter, coll;
    php_tq_filter_new(&filter);
    if (user && tq_available_filters(&filter, user, archived_allowed) == FAILURE) {
        zval_ptr_dtor(&filter);
        RETURN_THROWS();
    }
    php_tq_filter_add(&filter, "id", "=", id);
    zend_result r = php_tq_tl_self_call(THIS_OBJ, "search", &coll, 1, &filter);
    zval_ptr_dtor(&filter);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
    zend_long n = 0;
    if (php_tq_tl_collection_count(&coll, &n) == FAILURE) {
        zval_ptr_dtor(&coll);
        RETURN_THROWS();
    }
    if (n == 0) {
        zval_ptr_dtor(&coll);
        zend_string *ids = php_tq_tl_text(id);
        php_tq_throw_named("common_exception_NotFound", spl_ce_OutOfBoundsException,
                           "Task log for task \"%s\" not found", ZSTR_VAL(ids));
        zend_string_release(ids);
        RETURN_THROWS();
    }
    if (Z_TYPE(coll) == IS_ARRAY) {
        zval *first;
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL(coll), first) {
            ZVAL_COPY_DEREF(return_value, first);
            break;
        } ZEND_HASH_FOREACH_END();
    } else {
        php_tq_call(&coll, "first", return_value, 0, NULL);
    }
    zval_ptr_dtor(&coll);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, getById)
{
    zval *id;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(id)
    ZEND_PARSE_PARAMETERS_END();
    if (php_tq_tl_refuse_nul(id, "getById", "task id") == FAILURE) {
        RETURN_THROWS();
    }
    tq_get_one(INTERNAL_FUNCTION_PARAM_PASSTHRU, id, NULL, false);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, getByIdAndUser)
{
    zval *id, *user, *archived = NULL;
    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_ZVAL(id)
        Z_PARAM_ZVAL(user)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(archived)
    ZEND_PARSE_PARAMETERS_END();
    if (php_tq_tl_refuse_nul(id, "getByIdAndUser", "task id") == FAILURE
        || php_tq_tl_refuse_nul(user, "getByIdAndUser", "user id") == FAILURE) {
        RETURN_THROWS();
    }
    tq_get_one(INTERNAL_FUNCTION_PARAM_PASSTHRU, id, user, archived && zend_is_true(archived));
}

/* --- archive and cancel ---------------------------------------------------------------- */

typedef enum { TQ_ARCHIVE, TQ_CANCEL } tq_action;

/* Whether the entity may be archived / cancelled: NULL when it may; else the refusal. */
static const char *tq_refusal(zval *entity, tq_action action, bool forced, zend_result *r)
{
    *r = SUCCESS;
    if (forced) {
        return NULL;
    }
    zend_string *cat = php_tq_entity_category(entity);
    if (!cat) {
        *r = FAILURE;
        return NULL;
    }
    const char *why = NULL;
    if (action == TQ_ARCHIVE && zend_string_equals_literal(cat, "in_progress")) {
        why = "Task cannot be archived because it is in progress.";
    } else if (action == TQ_CANCEL && !zend_string_equals_literal(cat, "created")) {
        why = "Task cannot be cancelled because it is already dequeued.";
    }
    zend_string_release(cat);
    return why;
}

static void tq_one(INTERNAL_FUNCTION_PARAMETERS, tq_action action)
{
    zval *entity, *force = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_OBJECT_OF_CLASS(entity, php_tq_ce_EntityInterface)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(force)
    ZEND_PARSE_PARAMETERS_END();
    zend_result r;
    const char *why = tq_refusal(entity, action, force && zend_is_true(force), &r);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
    if (why) {
        php_tq_throw_named("common_Exception", spl_ce_RuntimeException, "%s", why);
        RETURN_THROWS();
    }
    zval rv;
    if (php_tq_tl_broker_call(THIS_OBJ, action == TQ_ARCHIVE ? "archive" : "cancel", &rv, 1, entity) == FAILURE) {
        RETURN_THROWS();
    }
    bool done = zend_is_true(&rv);
    zval_ptr_dtor(&rv);
    /* TAO's listeners hear of what changed only */
    if (done && php_tq_event_trigger(THIS_OBJ, php_tq_ce_TaskLog, action == TQ_ARCHIVE ? php_tq_ce_TaskLogArchivedEvent
                                                                                  : php_tq_ce_TaskLogCancelledEvent,
                                     entity, force && zend_is_true(force)) == FAILURE) {
        RETURN_THROWS();
    }
    RETURN_BOOL(done);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, archive)
{
    tq_one(INTERNAL_FUNCTION_PARAM_PASSTHRU, TQ_ARCHIVE);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, cancel)
{
    tq_one(INTERNAL_FUNCTION_PARAM_PASSTHRU, TQ_CANCEL);
}

typedef struct tq_sift {
    zend_object *self;
    tq_action action;
    bool forced;
    zend_long total;
    zval eligible;
} tq_sift;

static zend_result tq_sift_visit(zval *entity, void *ctx)
{
    tq_sift *s = ctx;
    s->total++;
    if (Z_TYPE_P(entity) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(entity), php_tq_ce_EntityInterface)) {
        php_tq_throw(zend_ce_type_error, "A task log collection holds EntityInterface objects, %s found",
                     zend_zval_type_name(entity));
        return FAILURE;
    }
    zend_result r;
    const char *why = tq_refusal(entity, s->action, s->forced, &r);
    if (r == FAILURE) {
        return FAILURE;
    }
    if (why) {
        zval id;
        if (php_tq_call(entity, "getId", &id, 0, NULL) == FAILURE) {
            return FAILURE;
        }
        zend_string *ids = php_tq_tl_text(&id);
        php_tq_log(s->self, php_tq_ce_TaskLog, "debug", NULL, "Task Log: %s cannot be %s.", ZSTR_VAL(ids),
                   s->action == TQ_ARCHIVE ? "archived" : "cancelled");
        zend_string_release(ids);
        zval_ptr_dtor(&id);
        return SUCCESS;
    }
    Z_TRY_ADDREF_P(entity);
    add_next_index_zval(&s->eligible, entity);
    return SUCCESS;
}

static void tq_many(INTERNAL_FUNCTION_PARAMETERS, tq_action action)
{
    zval *coll, *force = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_OBJECT_OF_CLASS(coll, php_tq_ce_CollectionInterface)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(force)
    ZEND_PARSE_PARAMETERS_END();
    tq_sift s;
    s.self = THIS_OBJ;
    s.action = action;
    s.forced = force && zend_is_true(force);
    s.total = 0;
    array_init(&s.eligible);
    if (php_tq_each(coll, tq_sift_visit, &s) == FAILURE) {
        zval_ptr_dtor(&s.eligible);
        RETURN_THROWS();
    }
    zend_long n = zend_hash_num_elements(Z_ARRVAL(s.eligible));
    zval sub, rv;
    php_tq_collection_new(&s.eligible, &sub);
    zend_result r = php_tq_tl_broker_call(THIS_OBJ, action == TQ_ARCHIVE ? "archiveCollection" : "cancelCollection",
                                   &rv, 1, &sub);
    zval_ptr_dtor(&sub);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
    /* true only when every entity qualified and the bulk update touched a row */
    RETVAL_BOOL(n == s.total && zend_is_true(&rv));
    zval_ptr_dtor(&rv);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, archiveCollection)
{
    tq_many(INTERNAL_FUNCTION_PARAM_PASSTHRU, TQ_ARCHIVE);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, cancelCollection)
{
    tq_many(INTERNAL_FUNCTION_PARAM_PASSTHRU, TQ_CANCEL);
}

