/*
 * task_log/decorators.c: TAO's Task Log presentation decorators, native (tao-core's
 * TaskLog\Decorator\*), the entity side: TaskLogEntityDecorator (forwards to the entity it
 * wraps), CategoryEntityDecorator, HasFileEntityDecorator, RedirectUrlEntityDecorator,
 * and the registration of the whole group (the processor and the collection decorators'
 * methods are in collection_decorators.c). Wrapped objects and collaborators are reached through
 * their PHP methods, so TAO's objects, PHP implementations and PHPUnit doubles all work;
 * generis and tao-core classes are called only when loaded (doc/compatibility.md,
 * "Decorators"). State lives in the stub's declared properties.
 * May touch: the Zend API, ext/spl, common/common, task_log (task_log.h, task_log_shared.h,
 * entity_rows.h), decorators.h.
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
#include "entity_rows.h"
#include "decorators.h"
#include "decorators_arginfo.h"

zend_class_entry *php_tq_ce_TaskLogEntityDecorator;
zend_class_entry *php_tq_ce_CategoryEntityDecorator;
zend_class_entry *php_tq_ce_HasFileEntityDecorator;
zend_class_entry *php_tq_ce_RedirectUrlEntityDecorator;
zend_class_entry *php_tq_ce_TaskLogEntityDecorateProcessor;
zend_class_entry *php_tq_ce_TaskLogCollectionDecorator;
zend_class_entry *php_tq_ce_SimpleManagementCollectionDecorator;

#define THIS_OBJ Z_OBJ_P(ZEND_THIS)
#define FILE_SYSTEM_ID "taskQueueStorage"   /* QueueDispatcherInterface::FILE_SYSTEM_ID */
#define REDIRECTOR "oat\\taoBackOffice\\controller\\Redirector"

zval *php_tq_deco_held(zend_object *obj, zend_class_entry *scope, const char *name)
{
    zval *v = php_tq_prop(obj, scope, name, strlen(name));
    if (v) {
        ZVAL_DEREF(v);
    }
    if (!v || Z_TYPE_P(v) != IS_OBJECT) {
        zend_throw_error(NULL, "%s has no %s: it was built without its constructor", ZSTR_VAL(obj->ce->name), name);
        return NULL;
    }
    return v;
}

zval *php_tq_deco_held_or_null(zend_object *obj, zend_class_entry *scope, const char *name)
{
    zval *v = php_tq_prop(obj, scope, name, strlen(name));
    if (v) {
        ZVAL_DEREF(v);
    }
    return v && Z_TYPE_P(v) == IS_OBJECT ? v : NULL;
}

zend_result php_tq_static_call(const char *cls, const char *method, zval *rv, uint32_t argc, zval *argv, bool *missing)
{
    zend_string *name = zend_string_init(cls, strlen(cls), 0);
    zend_class_entry *ce = zend_lookup_class(name);
    zend_string_release(name);
    *missing = ce == NULL;
    if (!ce) {
        if (EG(exception)) {
            zend_clear_exception();     /* an autoloader's failure: the caller names the class */
        }
        return FAILURE;
    }
    zval callable;
    ZVAL_STR(&callable, zend_strpprintf(0, "%s::%s", ZSTR_VAL(ce->name), method));
    ZVAL_UNDEF(rv);
    zend_result r = call_user_function(NULL, NULL, &callable, rv, argc, argv);
    zval_ptr_dtor(&callable);
    if (r == FAILURE && !EG(exception)) {
        zend_throw_error(NULL, "%s::%s() could not be called", ZSTR_VAL(ce->name), method);
    }
    if (EG(exception)) {
        zval_ptr_dtor(rv);
        ZVAL_UNDEF(rv);
        return FAILURE;
    }
    return SUCCESS;
}

/* --- TaskLogEntityDecorator -------------------------------------------------------------- */

static zval *deco_entity(zend_object *obj)
{
    return php_tq_deco_held(obj, php_tq_ce_TaskLogEntityDecorator, "entity");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Decorator_TaskLogEntityDecorator, __construct)
{
    zval *entity;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(entity, php_tq_ce_EntityInterface)
    ZEND_PARSE_PARAMETERS_END();
    PHP_TQ_PROP_SET(THIS_OBJ, php_tq_ce_TaskLogEntityDecorator, "entity", entity);
}

void php_tq_deco_forward(INTERNAL_FUNCTION_PARAMETERS, zend_class_entry *scope, const char *prop, const char *method)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *held = php_tq_deco_held(THIS_OBJ, scope, prop);
    if (!held || php_tq_call(held, method, return_value, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
}

#define FORWARD(method, target) \
    ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Decorator_TaskLogEntityDecorator, method) \
    { php_tq_deco_forward(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_tq_ce_TaskLogEntityDecorator, "entity", target); }

FORWARD(getId, "getId")
/* Quirk 9: TAO's decorator answers the wrapped entity's id, not its parent's. */
FORWARD(getParentId, "getId")
FORWARD(getTaskName, "getTaskName")
FORWARD(getParameters, "getParameters")
FORWARD(getLabel, "getLabel")
FORWARD(getOwner, "getOwner")
FORWARD(getReport, "getReport")
FORWARD(getCreatedAt, "getCreatedAt")
FORWARD(getUpdatedAt, "getUpdatedAt")
FORWARD(getStatus, "getStatus")
FORWARD(isMasterStatus, "isMasterStatus")
FORWARD(getFileNameFromReport, "getFileNameFromReport")
FORWARD(getResourceUriFromReport, "getResourceUriFromReport")
FORWARD(toArray, "toArray")

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Decorator_TaskLogEntityDecorator, jsonSerialize)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *entity = deco_entity(THIS_OBJ);
    if (!entity || php_tq_call(entity, "jsonSerialize", return_value, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
    if (Z_TYPE_P(return_value) != IS_ARRAY) {
        zval_ptr_dtor(return_value);
        ZVAL_NULL(return_value);
        zend_type_error("%s::jsonSerialize(): the wrapped entity's jsonSerialize() did not return an array",
                        ZSTR_VAL(THIS_OBJ->ce->name));
        RETURN_THROWS();
    }
}

/* The wrapped entity's toArray() as an array the decorator may add to; FAILURE with an
 * exception. */
static zend_result parent_row(zend_object *self, zval *row)
{
    zval *entity = deco_entity(self);
    if (!entity || php_tq_call(entity, "toArray", row, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    if (Z_TYPE_P(row) != IS_ARRAY) {
        zval_ptr_dtor(row);
        ZVAL_UNDEF(row);
        zend_type_error("%s::toArray(): the wrapped entity's toArray() did not return an array", ZSTR_VAL(self->ce->name));
        return FAILURE;
    }
    SEPARATE_ARRAY(row);
    return SUCCESS;
}

void php_tq_deco_json_is_to_array(INTERNAL_FUNCTION_PARAMETERS)
{
    ZEND_PARSE_PARAMETERS_NONE();
    if (php_tq_call(ZEND_THIS, "toArray", return_value, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
    if (Z_TYPE_P(return_value) != IS_ARRAY) {
        zval_ptr_dtor(return_value);
        ZVAL_NULL(return_value);
        zend_type_error("%s::toArray() did not return an array", ZSTR_VAL(THIS_OBJ->ce->name));
        RETURN_THROWS();
    }
}

/* --- CategoryEntityDecorator ------------------------------------------------------------- */

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Decorator_CategoryEntityDecorator, __construct)
{
    zval *entity, *task_log;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_OBJECT_OF_CLASS(entity, php_tq_ce_EntityInterface)
        Z_PARAM_OBJECT_OF_CLASS(task_log, php_tq_ce_TaskLogInterface)
    ZEND_PARSE_PARAMETERS_END();
    PHP_TQ_PROP_SET(THIS_OBJ, php_tq_ce_TaskLogEntityDecorator, "entity", entity);
    PHP_TQ_PROP_SET(THIS_OBJ, php_tq_ce_CategoryEntityDecorator, "taskLogService", task_log);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Decorator_CategoryEntityDecorator, jsonSerialize)
{
    php_tq_deco_json_is_to_array(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

/* $task_log->getCategoryForTask($this->getTaskName()) into out. */
static zend_result category_of(zval *self, zval *task_log, zval *out)
{
    zval name;
    if (php_tq_call(self, "getTaskName", &name, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    zend_result r = php_tq_call(task_log, "getCategoryForTask", out, 1, &name);
    zval_ptr_dtor(&name);
    return r;
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Decorator_CategoryEntityDecorator, toArray)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval *task_log = php_tq_deco_held(THIS_OBJ, php_tq_ce_CategoryEntityDecorator, "taskLogService");
    zval cat;
    if (!task_log || parent_row(THIS_OBJ, return_value) == FAILURE) {
        RETURN_THROWS();
    }
    if (category_of(ZEND_THIS, task_log, &cat) == FAILURE) {
        zval_ptr_dtor(return_value);
        ZVAL_NULL(return_value);
        RETURN_THROWS();
    }
    add_assoc_zval(return_value, "category", &cat);
}

/* --- HasFileEntityDecorator -------------------------------------------------------------- */

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Decorator_HasFileEntityDecorator, __construct)
{
    zval *entity, *fs = NULL, *serializer = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_OBJECT_OF_CLASS(entity, php_tq_ce_EntityInterface)
        Z_PARAM_OPTIONAL
        Z_PARAM_OBJECT_OR_NULL(fs)
        Z_PARAM_OBJECT_OR_NULL(serializer)
    ZEND_PARSE_PARAMETERS_END();
    PHP_TQ_PROP_SET(THIS_OBJ, php_tq_ce_TaskLogEntityDecorator, "entity", entity);
    if (fs) {
        PHP_TQ_PROP_SET(THIS_OBJ, php_tq_ce_HasFileEntityDecorator, "fileSystemService", fs);
    }
    if (serializer) {
        PHP_TQ_PROP_SET(THIS_OBJ, php_tq_ce_HasFileEntityDecorator, "fileReferenceSerializer", serializer);
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Decorator_HasFileEntityDecorator, jsonSerialize)
{
    php_tq_deco_json_is_to_array(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Decorator_HasFileEntityDecorator, getFileSystemService)
{
    php_tq_prop_return(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_tq_ce_HasFileEntityDecorator, "fileSystemService");
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Decorator_HasFileEntityDecorator, getFileReferenceSerializer)
{
    php_tq_prop_return(INTERNAL_FUNCTION_PARAM_PASSTHRU, php_tq_ce_HasFileEntityDecorator, "fileReferenceSerializer");
}

/* Is obj a generis File (when that class is loaded; else any object) that exists()? */
static zend_result existing_file(zval *obj, bool *yes)
{
    *yes = false;
    if (Z_TYPE_P(obj) != IS_OBJECT) {
        return SUCCESS;
    }
    zend_string *cn = zend_string_init("oat\\oatbox\\filesystem\\File", sizeof("oat\\oatbox\\filesystem\\File") - 1, 0);
    zend_class_entry *file_ce = zend_lookup_class_ex(cn, NULL, ZEND_FETCH_CLASS_NO_AUTOLOAD);
    zend_string_release(cn);
    if (file_ce && !instanceof_function(Z_OBJCE_P(obj), file_ce)) {
        return SUCCESS;
    }
    zval rv;
    if (php_tq_call(obj, "exists", &rv, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    *yes = zend_is_true(&rv);
    zval_ptr_dtor(&rv);
    return SUCCESS;
}

/* TAO's FileReferenceSerializerAwareTrait::isFileReferenced(): the serializer unserializes
 * name into an existing file; its \Exception means "no". */
static zend_result is_referenced(zval *serializer, zval *name, bool *yes)
{
    zval file;
    *yes = false;
    if (php_tq_call(serializer, "unserialize", &file, 1, name) == FAILURE) {
        if (EG(exception) && instanceof_function(EG(exception)->ce, zend_ce_exception)) {
            zend_clear_exception();
            return SUCCESS;
        }
        return FAILURE;
    }
    zend_result r = existing_file(&file, yes);
    zval_ptr_dtor(&file);
    if (r == FAILURE && EG(exception) && instanceof_function(EG(exception)->ce, zend_ce_exception)) {
        zend_clear_exception();
        return SUCCESS;
    }
    return r;
}

/* FilesystemAwareTrait::isFileStoredInQueueStorage(): the file system service's
 * taskQueueStorage directory, or without one the extension's storage directory (the HTTP
 * API's and TaskLogUtility's). */
static zend_result in_storage(zval *fs, zval *name, bool *yes)
{
    *yes = false;
    if (!fs) {
        char *dir = php_tq_storage_dir();
        *yes = php_tq_storage_has_file(dir, name);
        efree(dir);
        return SUCCESS;
    }
    zval id, dir, file, rv;
    ZVAL_STRING(&id, FILE_SYSTEM_ID);
    zend_result r = php_tq_call(fs, "getDirectory", &dir, 1, &id);
    zval_ptr_dtor(&id);
    if (r == FAILURE) {
        return FAILURE;
    }
    r = Z_TYPE(dir) == IS_OBJECT ? php_tq_call(&dir, "getFile", &file, 1, name) : FAILURE;
    if (r == SUCCESS) {
        r = Z_TYPE(file) == IS_OBJECT ? php_tq_call(&file, "exists", &rv, 0, NULL) : FAILURE;
        if (r == SUCCESS) {
            *yes = zend_is_true(&rv);
            zval_ptr_dtor(&rv);
        }
        zval_ptr_dtor(&file);
    }
    zval_ptr_dtor(&dir);
    if (r == FAILURE && !EG(exception)) {
        zend_type_error("The file system service's getDirectory('" FILE_SYSTEM_ID "')->getFile() did not give objects");
    }
    return r;
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Decorator_HasFileEntityDecorator, toArray)
{
    ZEND_PARSE_PARAMETERS_NONE();
    if (parent_row(THIS_OBJ, return_value) == FAILURE) {
        RETURN_THROWS();
    }
    zval name, fs, serializer;
    if (php_tq_call(ZEND_THIS, "getFileNameFromReport", &name, 0, NULL) == FAILURE) {
        zval_ptr_dtor(return_value);
        ZVAL_NULL(return_value);
        RETURN_THROWS();
    }
    ZVAL_UNDEF(&fs);
    ZVAL_UNDEF(&serializer);
    bool has = false;
    zend_result r = SUCCESS;
    if (zend_is_true(&name)) {
        /* through the protected getters, which a subclass may override as TAO's can */
        r = php_tq_call_hook(ZEND_THIS, "getFileReferenceSerializer", &serializer, 0, NULL);
        if (r == SUCCESS && Z_TYPE(serializer) == IS_OBJECT) {
            r = is_referenced(&serializer, &name, &has);
        }
        if (r == SUCCESS && !has) {
            r = php_tq_call_hook(ZEND_THIS, "getFileSystemService", &fs, 0, NULL);
            if (r == SUCCESS) {
                r = in_storage(Z_TYPE(fs) == IS_OBJECT ? &fs : NULL, &name, &has);
            }
        }
    }
    zval_ptr_dtor(&name);
    zval_ptr_dtor(&fs);
    zval_ptr_dtor(&serializer);
    if (r == FAILURE) {
        zval_ptr_dtor(return_value);
        ZVAL_NULL(return_value);
        RETURN_THROWS();
    }
    add_assoc_bool(return_value, "hasFile", has);
}

/* --- RedirectUrlEntityDecorator ---------------------------------------------------------- */

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Decorator_RedirectUrlEntityDecorator, __construct)
{
    zval *entity, *task_log, *user;
    ZEND_PARSE_PARAMETERS_START(3, 3)
        Z_PARAM_OBJECT_OF_CLASS(entity, php_tq_ce_EntityInterface)
        Z_PARAM_OBJECT_OF_CLASS(task_log, php_tq_ce_TaskLogInterface)
        Z_PARAM_OBJECT(user)
    ZEND_PARSE_PARAMETERS_END();
    PHP_TQ_PROP_SET(THIS_OBJ, php_tq_ce_TaskLogEntityDecorator, "entity", entity);
    PHP_TQ_PROP_SET(THIS_OBJ, php_tq_ce_RedirectUrlEntityDecorator, "taskLogService", task_log);
    PHP_TQ_PROP_SET(THIS_OBJ, php_tq_ce_RedirectUrlEntityDecorator, "user", user);
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Decorator_RedirectUrlEntityDecorator, jsonSerialize)
{
    php_tq_deco_json_is_to_array(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

/* tao-core's AclProxy::hasAccess(). Without tao-core there is no ACL to ask and no
 * Redirector behind the link, so the link is given, as the extension's HTTP API gives it
 * (ext/http/actions.c); a subclass overrides this to decide otherwise. */
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Decorator_RedirectUrlEntityDecorator, hasAccess)
{
    zval *user, *cls, *method, *params, args[4];
    ZEND_PARSE_PARAMETERS_START(4, 4)
        Z_PARAM_ZVAL(user)
        Z_PARAM_ZVAL(cls)
        Z_PARAM_ZVAL(method)
        Z_PARAM_ZVAL(params)
    ZEND_PARSE_PARAMETERS_END();
    ZVAL_COPY_VALUE(&args[0], user);
    ZVAL_COPY_VALUE(&args[1], cls);
    ZVAL_COPY_VALUE(&args[2], method);
    ZVAL_COPY_VALUE(&args[3], params);
    zval rv;
    bool missing;
    if (php_tq_static_call("oat\\tao\\model\\accessControl\\AclProxy", "hasAccess", &rv, 4, args, &missing) == FAILURE) {
        if (missing) {
            RETURN_TRUE;
        }
        RETURN_THROWS();
    }
    RETVAL_BOOL(zend_is_true(&rv));
    zval_ptr_dtor(&rv);
}

/* tao's _url('redirectTaskToInstance', 'Redirector', 'taoBackOffice', $params) when the
 * function exists, else the same URL under ROOT_URL. */
static zend_result redirect_url(zval *params, zval *task_id, zval *out)
{
    zend_function *fn = zend_hash_str_find_ptr(EG(function_table), "_url", sizeof("_url") - 1);
    if (!fn) {
        zend_string *id = zval_get_string(task_id);
        ZVAL_STR(out, php_tq_redirect_url(id));
        zend_string_release(id);
        return SUCCESS;
    }
    zval args[4], name;
    ZVAL_STRING(&args[0], "redirectTaskToInstance");
    ZVAL_STRING(&args[1], "Redirector");
    ZVAL_STRING(&args[2], "taoBackOffice");
    ZVAL_COPY_VALUE(&args[3], params);
    ZVAL_STRING(&name, "_url");
    zend_result r = php_tq_call_callable(&name, out, 4, args);
    for (int i = 0; i < 3; i++) {
        zval_ptr_dtor(&args[i]);
    }
    zval_ptr_dtor(&name);
    return r;
}

/* generis' common_Logger::w($msg) when generis is loaded (TAO logs there). */
static void warn_no_access(zval *user)
{
    zval ident, msg, rv;
    if (php_tq_call(user, "getIdentifier", &ident, 0, NULL) == FAILURE) {
        return;
    }
    zend_string *s = zval_get_string(&ident);
    zval_ptr_dtor(&ident);
    ZVAL_STR(&msg, zend_strpprintf(0, "User '%s' does not have access to redirectTaskToInstance", ZSTR_VAL(s)));
    zend_string_release(s);
    bool missing;
    if (php_tq_static_call("common_Logger", "w", &rv, 1, &msg, &missing) == SUCCESS) {
        zval_ptr_dtor(&rv);
    }
    zval_ptr_dtor(&msg);
}

/* $this->getStatus()->isCompleted() || ->isArchived(). */
static zend_result finished(zval *self, bool *yes)
{
    zval st, rv;
    *yes = false;
    if (php_tq_call(self, "getStatus", &st, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    zend_result r = php_tq_call(&st, "isCompleted", &rv, 0, NULL);
    if (r == SUCCESS) {
        *yes = zend_is_true(&rv);
        zval_ptr_dtor(&rv);
        if (!*yes && (r = php_tq_call(&st, "isArchived", &rv, 0, NULL)) == SUCCESS) {
            *yes = zend_is_true(&rv);
            zval_ptr_dtor(&rv);
        }
    }
    zval_ptr_dtor(&st);
    return r;
}

/* Adds redirectUrl to row when TAO would; FAILURE with an exception. */
static zend_result add_redirect_url(zval *self, zval *row)
{
    zend_object *obj = Z_OBJ_P(self);
    zval *task_log = php_tq_deco_held(obj, php_tq_ce_RedirectUrlEntityDecorator, "taskLogService");
    zval *user = php_tq_deco_held(obj, php_tq_ce_RedirectUrlEntityDecorator, "user");
    zval cat;
    if (!task_log || !user || category_of(self, task_log, &cat) == FAILURE) {
        return FAILURE;
    }
    zend_string *cs = zval_get_string(&cat);
    bool allowed = php_tq_redirect_category_allowed(cs);
    zend_string_release(cs);
    zval_ptr_dtor(&cat);
    bool done;
    if (!allowed || finished(self, &done) == FAILURE || !done) {
        return EG(exception) ? FAILURE : SUCCESS;
    }
    zval id, params, args[4], access;
    if (php_tq_call(self, "getId", &id, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    array_init(&params);
    add_assoc_zval(&params, "taskId", &id);
    ZVAL_COPY_VALUE(&args[0], user);
    ZVAL_STRING(&args[1], REDIRECTOR);
    ZVAL_STRING(&args[2], "redirectTaskToInstance");
    ZVAL_COPY_VALUE(&args[3], &params);
    zend_result r = php_tq_call_hook(self, "hasAccess", &access, 4, args);
    zval_ptr_dtor(&args[1]);
    zval_ptr_dtor(&args[2]);
    if (r == SUCCESS) {
        if (zend_is_true(&access)) {
            zval url;
            zval *idv = zend_hash_str_find(Z_ARRVAL(params), "taskId", sizeof("taskId") - 1);
            r = redirect_url(&params, idv, &url);
            if (r == SUCCESS) {
                add_assoc_zval(row, "redirectUrl", &url);
            }
        } else {
            warn_no_access(user);
        }
        zval_ptr_dtor(&access);
    }
    zval_ptr_dtor(&params);
    return r;
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Decorator_RedirectUrlEntityDecorator, toArray)
{
    ZEND_PARSE_PARAMETERS_NONE();
    if (parent_row(THIS_OBJ, return_value) == FAILURE) {
        RETURN_THROWS();
    }
    if (add_redirect_url(ZEND_THIS, return_value) == FAILURE) {
        zval_ptr_dtor(return_value);
        ZVAL_NULL(return_value);
        RETURN_THROWS();
    }
}

void php_tq_decorators_minit(void)
{
    php_tq_ce_TaskLogEntityDecorator = register_class_oat_tao_model_taskQueue_TaskLog_Decorator_TaskLogEntityDecorator(
        php_tq_ce_EntityInterface);
    php_tq_ce_CategoryEntityDecorator = register_class_oat_tao_model_taskQueue_TaskLog_Decorator_CategoryEntityDecorator(
        php_tq_ce_TaskLogEntityDecorator);
    php_tq_ce_HasFileEntityDecorator = register_class_oat_tao_model_taskQueue_TaskLog_Decorator_HasFileEntityDecorator(
        php_tq_ce_TaskLogEntityDecorator);
    php_tq_ce_RedirectUrlEntityDecorator =
        register_class_oat_tao_model_taskQueue_TaskLog_Decorator_RedirectUrlEntityDecorator(php_tq_ce_TaskLogEntityDecorator);
    php_tq_ce_TaskLogEntityDecorateProcessor = register_class_oat_tao_model_taskQueue_TaskLog_Decorator_TaskLogEntityDecorateProcessor();
    /* untyped, as TAO's (a subclass may redeclare them so) */
    zval v;
    ZVAL_EMPTY_ARRAY(&v);
    zend_declare_property(php_tq_ce_TaskLogEntityDecorateProcessor, "decorators", sizeof("decorators") - 1, &v, ZEND_ACC_PROTECTED);
    ZVAL_NULL(&v);
    zend_declare_property(php_tq_ce_TaskLogEntityDecorateProcessor, "entity", sizeof("entity") - 1, &v, ZEND_ACC_PROTECTED);
    php_tq_ce_TaskLogCollectionDecorator =
        register_class_oat_tao_model_taskQueue_TaskLog_Decorator_TaskLogCollectionDecorator(php_tq_ce_CollectionInterface);
    php_tq_ce_SimpleManagementCollectionDecorator = register_class_oat_tao_model_taskQueue_TaskLog_Decorator_SimpleManagementCollectionDecorator(
        php_tq_ce_TaskLogCollectionDecorator);
}
