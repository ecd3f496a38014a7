/*
 * task_log/collection_decorators.c: the collection side of TAO's Task Log decorators
 * (tao-core's TaskLog\Decorator\*): TaskLogEntityDecorateProcessor (the extra decorators
 * extensions register), TaskLogCollectionDecorator (forwards to the collection it wraps) and
 * SimpleManagementCollectionDecorator (every entity as Redirect(HasFile(Category(entity))),
 * then the processor). Registered with the entity side in decorators.c; the legacy 4-argument
 * decorator (ext/legacy) reuses php_tq_decorated_rows(). May touch: the Zend API, ext/spl,
 * common/common, task_log (task_log.h, task_log_shared.h), decorators.h.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "../common/common.h"
#include "task_log.h"
#include "task_log_shared.h"
#include "decorators.h"

#define THIS_OBJ Z_OBJ_P(ZEND_THIS)

/* --- TaskLogEntityDecorateProcessor ------------------------------------------------------ */

#define PROC php_tq_ce_TaskLogEntityDecorateProcessor

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Decorator_TaskLogEntityDecorateProcessor, addDecorator)
{
    zend_string *name;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(name)
    ZEND_PARSE_PARAMETERS_END();
    zval *list = PHP_TQ_PROP(THIS_OBJ, PROC, "decorators");
    zval copy;
    if (list) {
        ZVAL_DEREF(list);
    }
    if (list && Z_TYPE_P(list) == IS_ARRAY) {
        ZVAL_ARR(&copy, zend_array_dup(Z_ARRVAL_P(list)));
    } else {
        array_init(&copy);
    }
    add_next_index_str(&copy, zend_string_copy(name));
    PHP_TQ_PROP_SET(THIS_OBJ, PROC, "decorators", &copy);
    zval_ptr_dtor(&copy);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Decorator_TaskLogEntityDecorateProcessor, setEntity)
{
    zval *entity;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(entity, php_tq_ce_EntityInterface)
    ZEND_PARSE_PARAMETERS_END();
    PHP_TQ_PROP_SET(THIS_OBJ, PROC, "entity", entity);
    RETURN_OBJ_COPY(THIS_OBJ);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Decorator_TaskLogEntityDecorateProcessor, jsonSerialize)
{
    php_tq_deco_json_is_to_array(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

/* is_a($name, EntityInterface::class, true): the class (autoloaded) when it is one. */
static zend_class_entry *entity_class(zval *name)
{
    if (Z_TYPE_P(name) != IS_STRING) {
        return NULL;
    }
    zend_class_entry *ce = zend_lookup_class(Z_STR_P(name));
    if (EG(exception)) {
        return NULL;
    }
    return ce && instanceof_function(ce, php_tq_ce_EntityInterface) ? ce : NULL;
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Decorator_TaskLogEntityDecorateProcessor, toArray)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *entity = PHP_TQ_PROP(THIS_OBJ, PROC, "entity");
    zval *list = PHP_TQ_PROP(THIS_OBJ, PROC, "decorators");
    zval cur, next, *name;
    if (entity) {
        ZVAL_DEREF(entity);
    }
    if (list) {
        ZVAL_DEREF(list);
    }
    if (!entity || Z_TYPE_P(entity) != IS_OBJECT) {
        zend_throw_error(NULL, "%s::toArray(): no entity was set (setEntity())", ZSTR_VAL(THIS_OBJ->ce->name));
        RETURN_THROWS();
    }
    ZVAL_COPY(&cur, entity);
    if (list && Z_TYPE_P(list) == IS_ARRAY) {
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(list), name) {
            ZVAL_DEREF(name);
            zend_class_entry *ce = entity_class(name);
            if (EG(exception)) {
                break;
            }
            if (!ce) {
                continue;       /* TAO skips what is not an entity class */
            }
            if (php_tq_new_object(ce, 1, &cur, &next) == FAILURE) {
                break;
            }
            zval_ptr_dtor(&cur);
            ZVAL_COPY_VALUE(&cur, &next);
        } ZEND_HASH_FOREACH_END();
    }
    if (!EG(exception)) {
        php_tq_call(&cur, "toArray", return_value, 0, NULL);
    }
    zval_ptr_dtor(&cur);
    if (EG(exception)) {
        RETURN_THROWS();
    }
    if (Z_TYPE_P(return_value) != IS_ARRAY) {
        zval_ptr_dtor(return_value);
        ZVAL_NULL(return_value);
        zend_type_error("%s::toArray(): the decorated entity's toArray() did not return an array",
                        ZSTR_VAL(THIS_OBJ->ce->name));
        RETURN_THROWS();
    }
}

/* --- TaskLogCollectionDecorator ---------------------------------------------------------- */

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Decorator_TaskLogCollectionDecorator, __construct)
{
    zval *coll;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(coll, php_tq_ce_CollectionInterface)
    ZEND_PARSE_PARAMETERS_END();
    PHP_TQ_PROP_SET(THIS_OBJ, php_tq_ce_TaskLogCollectionDecorator, "collection", coll);
}

static void forward_collection(INTERNAL_FUNCTION_PARAMETERS, const char *name)
{
    php_tq_deco_forward(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_tq_ce_TaskLogCollectionDecorator, "collection", name);
}

#define FORWARD_COLLECTION(method) \
    ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Decorator_TaskLogCollectionDecorator, method) \
    { forward_collection(INTERNAL_FUNCTION_PARAM_PASSTHRU, #method); }

FORWARD_COLLECTION(toArray)
FORWARD_COLLECTION(isEmpty)
FORWARD_COLLECTION(first)
FORWARD_COLLECTION(last)
FORWARD_COLLECTION(getIds)

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Decorator_TaskLogCollectionDecorator, getIterator)
{
    forward_collection(INTERNAL_FUNCTION_PARAM_PASSTHRU, "getIterator");
    if (Z_TYPE_P(return_value) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(return_value), zend_ce_traversable)) {
        zval_ptr_dtor(return_value);
        ZVAL_NULL(return_value);
        if (!EG(exception)) {
            zend_type_error("%s::getIterator(): the wrapped collection did not return a Traversable",
                            ZSTR_VAL(THIS_OBJ->ce->name));
        }
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Decorator_TaskLogCollectionDecorator, count)
{
    forward_collection(INTERNAL_FUNCTION_PARAM_PASSTHRU, "count");
    if (EG(exception)) {
        RETURN_THROWS();
    }
    zend_long n = zval_get_long(return_value);
    zval_ptr_dtor(return_value);
    ZVAL_NULL(return_value);
    RETURN_LONG(n);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Decorator_TaskLogCollectionDecorator, jsonSerialize)
{
    forward_collection(INTERNAL_FUNCTION_PARAM_PASSTHRU, "jsonSerialize");
    if (!EG(exception) && Z_TYPE_P(return_value) != IS_ARRAY) {
        zval_ptr_dtor(return_value);
        ZVAL_NULL(return_value);
        zend_type_error("%s::jsonSerialize(): the wrapped collection did not return an array",
                        ZSTR_VAL(THIS_OBJ->ce->name));
        RETURN_THROWS();
    }
}

/* --- SimpleManagementCollectionDecorator ------------------------------------------------- */

#define SIMPLE php_tq_ce_SimpleManagementCollectionDecorator

zend_result php_tq_decorated_row(zval *entity, zend_class_entry *category_ce, zend_class_entry *has_file_ce,
                                 zval *task_log, zval *fs, zval *serializer, zval *user, zval *processor,
                                 bool with_report, zval *row)
{
    zval args[3], cat, file, top;
    ZVAL_COPY_VALUE(&args[0], entity);
    ZVAL_COPY_VALUE(&args[1], task_log);
    if (php_tq_new_object(category_ce, 2, args, &cat) == FAILURE) {
        return FAILURE;
    }
    ZVAL_COPY_VALUE(&args[0], &cat);
    if (fs) {
        ZVAL_COPY_VALUE(&args[1], fs);
    } else {
        ZVAL_NULL(&args[1]);
    }
    if (serializer) {
        ZVAL_COPY_VALUE(&args[2], serializer);
    } else {
        ZVAL_NULL(&args[2]);
    }
    zend_result r = php_tq_new_object(has_file_ce, serializer ? 3 : 2, args, &file);
    zval_ptr_dtor(&cat);
    if (r == FAILURE) {
        return FAILURE;
    }
    if (user) {
        ZVAL_COPY_VALUE(&args[0], &file);
        ZVAL_COPY_VALUE(&args[1], task_log);
        ZVAL_COPY_VALUE(&args[2], user);
        r = php_tq_new_object(php_tq_ce_RedirectUrlEntityDecorator, 3, args, &top);
        zval_ptr_dtor(&file);
    } else {
        ZVAL_COPY_VALUE(&top, &file);
    }
    if (r == FAILURE) {
        return FAILURE;
    }
    if (processor) {
        zval rv;
        r = php_tq_call(processor, "setEntity", &rv, 1, &top);
        if (r == SUCCESS) {
            zval_ptr_dtor(&rv);
            r = php_tq_call(processor, "toArray", row, 0, NULL);
        }
    } else {
        r = php_tq_call(&top, "toArray", row, 0, NULL);
    }
    zval_ptr_dtor(&top);
    if (r == FAILURE) {
        return FAILURE;
    }
    if (Z_TYPE_P(row) != IS_ARRAY) {
        zval_ptr_dtor(row);
        ZVAL_UNDEF(row);
        zend_type_error("A decorated task log entity's toArray() did not return an array");
        return FAILURE;
    }
    if (!with_report) {
        SEPARATE_ARRAY(row);
        zend_hash_str_del(Z_ARRVAL_P(row), "report", sizeof("report") - 1);
    }
    return SUCCESS;
}

typedef struct {
    zend_class_entry *category_ce, *has_file_ce;
    zval *task_log, *fs, *serializer, *user, *processor;
    bool with_report;
    zval *out;
} rows_ctx;

static zend_result one_row(zval *entity, void *p)
{
    rows_ctx *c = p;
    zval row;
    if (php_tq_decorated_row(entity, c->category_ce, c->has_file_ce, c->task_log, c->fs, c->serializer, c->user,
                             c->processor, c->with_report, &row) == FAILURE) {
        return FAILURE;
    }
    add_next_index_zval(c->out, &row);
    return SUCCESS;
}

zend_result php_tq_decorated_rows(zval *self, zend_class_entry *category_ce, zend_class_entry *has_file_ce,
                                  zval *task_log, zval *fs, zval *serializer, zval *user, zval *processor,
                                  bool with_report, zval *out)
{
    zval it;
    if (php_tq_call(self, "getIterator", &it, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    array_init(out);
    rows_ctx c = { category_ce, has_file_ce, task_log, fs, serializer, user, processor, with_report, out };
    zend_result r = php_tq_each(&it, one_row, &c);
    zval_ptr_dtor(&it);
    if (r == FAILURE || EG(exception)) {
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        return FAILURE;
    }
    return SUCCESS;
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Decorator_SimpleManagementCollectionDecorator, __construct)
{
    zval *coll, *task_log, *fs, *serializer, *processor, *report, *user = NULL;
    ZEND_PARSE_PARAMETERS_START(6, 7)
        Z_PARAM_OBJECT_OF_CLASS(coll, php_tq_ce_CollectionInterface)
        Z_PARAM_OBJECT_OF_CLASS(task_log, php_tq_ce_TaskLogInterface)
        Z_PARAM_OBJECT_OR_NULL(fs)
        Z_PARAM_OBJECT_OR_NULL(serializer)
        Z_PARAM_OBJECT_OF_CLASS(processor, PROC)
        Z_PARAM_ZVAL(report)
        Z_PARAM_OPTIONAL
        Z_PARAM_OBJECT_OR_NULL(user)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *self = THIS_OBJ;
    zval b;
    PHP_TQ_PROP_SET(self, php_tq_ce_TaskLogCollectionDecorator, "collection", coll);
    PHP_TQ_PROP_SET(self, SIMPLE, "taskLogService", task_log);
    if (fs) {
        PHP_TQ_PROP_SET(self, SIMPLE, "fileSystemService", fs);
    }
    if (serializer) {
        PHP_TQ_PROP_SET(self, SIMPLE, "fileReferenceSerializer", serializer);
    }
    PHP_TQ_PROP_SET(self, SIMPLE, "taskLogEntityDecorateProcessor", processor);
    ZVAL_BOOL(&b, zend_is_true(report));
    PHP_TQ_PROP_SET(self, SIMPLE, "reportIncluded", &b);
    if (user) {
        PHP_TQ_PROP_SET(self, SIMPLE, "user", user);
    }
}

/* The user the redirect URLs are for: the one given, else generis' session user. */
static zend_result session_user(zend_object *self, zval *out)
{
    zval *given = php_tq_deco_held_or_null(self, SIMPLE, "user");
    if (given) {
        ZVAL_COPY(out, given);
        return SUCCESS;
    }
    zval session;
    bool missing;
    if (php_tq_static_call("common_session_SessionManager", "getSession", &session, 0, NULL, &missing) == FAILURE) {
        if (missing) {
            php_tq_throw(spl_ce_LogicException, "%s::toArray(): no user to check redirect URLs for: generis' "
                         "common_session_SessionManager is not loaded; pass the user as the seventh constructor "
                         "argument", ZSTR_VAL(self->ce->name));
        }
        return FAILURE;
    }
    zend_result r = Z_TYPE(session) == IS_OBJECT ? php_tq_call(&session, "getUser", out, 0, NULL) : FAILURE;
    zval_ptr_dtor(&session);
    if (r == SUCCESS && Z_TYPE_P(out) != IS_OBJECT) {
        zval_ptr_dtor(out);
        r = FAILURE;
    }
    if (r == FAILURE && !EG(exception)) {
        php_tq_throw(spl_ce_LogicException, "%s::toArray(): the session has no user", ZSTR_VAL(self->ce->name));
    }
    return r;
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Decorator_SimpleManagementCollectionDecorator, toArray)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *self = THIS_OBJ;
    zval *task_log = php_tq_deco_held(self, SIMPLE, "taskLogService");
    zval *processor = task_log ? php_tq_deco_held(self, SIMPLE, "taskLogEntityDecorateProcessor") : NULL;
    zval user;
    if (!processor || session_user(self, &user) == FAILURE) {
        RETURN_THROWS();
    }
    zval *report = PHP_TQ_PROP(self, SIMPLE, "reportIncluded");
    php_tq_decorated_rows(ZEND_THIS, php_tq_ce_CategoryEntityDecorator, php_tq_ce_HasFileEntityDecorator, task_log,
                          php_tq_deco_held_or_null(self, SIMPLE, "fileSystemService"),
                          php_tq_deco_held_or_null(self, SIMPLE, "fileReferenceSerializer"), &user, processor,
                          report && zend_is_true(report), return_value);
    zval_ptr_dtor(&user);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Decorator_SimpleManagementCollectionDecorator, jsonSerialize)
{
    php_tq_deco_json_is_to_array(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}
