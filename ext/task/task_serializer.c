/*
 * task_serializer.c: InvalidTaskException, TaskFactory and TaskSerializerService, plus
 * php_tq_task_serialize() / php_tq_task_deserialize() for brokers and workers. The JSON
 * envelope is checked by src/task/tq_envelope before any object is built; a task is
 * then built as TAO's TaskFactory does and its `__callable__` resolved back into a
 * callable: a service of the locator, what generis' ActionService resolves it to, or an
 * invokable class that is generis' Action or that taskqueue.allowed_callables lists;
 * never a function or a static method.
 * May touch: the Zend API, common/common, task_shared, src/task/tq_envelope.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "php_globals.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "task.h"
#include "task_serializer_arginfo.h"
#include "task_shared.h"
#include "task/tq_envelope.h"

zend_class_entry *php_tq_ce_InvalidTaskException;
zend_class_entry *php_tq_ce_TaskSerializerService;
zend_class_entry *php_tq_ce_TaskFactory;

/* --- (de)serialisation ------------------------------------------------------------ */

zend_string *php_tq_task_serialize(zval *task)
{
    zval rv;
    if (php_tq_call(task, "jsonSerialize", &rv, 0, NULL) == FAILURE) {
        return NULL;
    }
    zend_string *json = php_tq_json_encode(&rv);
    zval_ptr_dtor(&rv);
    return json;
}

/* Replaces the pending exception by an InvalidTaskException "<what>: <its message>"
 * that keeps it as previous. exit() unwinding is left alone. */
static void tq_wrap_pending(const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 1, 2);

static void tq_wrap_pending(const char *fmt, ...)
{
    zend_object *prev = EG(exception);
    if (!prev || zend_is_unwind_exit(prev) || zend_is_graceful_exit(prev)) {
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    zend_string *what = zend_vstrpprintf(0, fmt, ap);
    va_end(ap);
    zval rv;
    zval *msg = zend_read_property_ex(zend_get_exception_base(prev), prev, ZSTR_KNOWN(ZEND_STR_MESSAGE), 1, &rv);
    zend_string *pm = msg && Z_TYPE_P(msg) == IS_STRING ? zend_string_copy(Z_STR_P(msg)) : ZSTR_EMPTY_ALLOC();
    /* zend_throw_exception() chains the pending exception as previous */
    php_tq_throw(php_tq_ce_InvalidTaskException, "%s: %s", ZSTR_VAL(what), ZSTR_VAL(pm));
    zend_string_release(pm);
    zend_string_release(what);
}

static bool tq_instantiable(zend_class_entry *ce)
{
    if (ce->ce_flags & (ZEND_ACC_INTERFACE | ZEND_ACC_TRAIT | ZEND_ACC_ENUM | ZEND_ACC_EXPLICIT_ABSTRACT_CLASS
                        | ZEND_ACC_IMPLICIT_ABSTRACT_CLASS)) {
        return false;
    }
    return !ce->constructor || (ce->constructor->common.fn_flags & ZEND_ACC_PUBLIC);
}

static zend_class_entry *tq_task_class(const tq_envelope *env)
{
    zend_string *name = zend_string_init(env->fqcn, env->fqcn_len, 0);
    zend_class_entry *ce = zend_lookup_class(name);
    zend_string_release(name);
    if (!ce) {
        /* an autoloader's exception, if any, becomes the previous one */
        php_tq_throw(php_tq_ce_InvalidTaskException, "Task class %s does not exist (task %s)", env->fqcn, env->id);
        return NULL;
    }
    if (!instanceof_function(ce, php_tq_ce_TaskInterface)) {
        php_tq_throw(php_tq_ce_InvalidTaskException, "Task class %s does not implement %s (task %s)", env->fqcn,
                     ZSTR_VAL(php_tq_ce_TaskInterface->name), env->id);
        return NULL;
    }
    if (!tq_instantiable(ce) || !ce->constructor) {
        php_tq_throw(php_tq_ce_InvalidTaskException, "Task class %s cannot be instantiated (task %s)", env->fqcn,
                     env->id);
        return NULL;
    }
    return ce;
}

/* TaskFactory::build(): new $fqcn($id, $owner), setMetadata(metadata),
 * setParameter(parameters), setCreatedAt(created-at in UTC). */
static zend_result tq_build_task(const tq_envelope *env, zval *out)
{
    zend_class_entry *ce = tq_task_class(env);
    if (!ce || object_init_ex(out, ce) == FAILURE) {
        return FAILURE;
    }
    zval args[2];
    ZVAL_STRINGL(&args[0], env->id, env->id_len);
    if (env->owner) {
        php_tq_json_to_zval(env->owner, &args[1]);
    } else {
        ZVAL_NULL(&args[1]);
    }
    zend_call_known_instance_method(ce->constructor, Z_OBJ_P(out), NULL, 2, args);
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&args[1]);
    if (EG(exception)) {
        tq_wrap_pending("Task class %s could not be constructed (task %s)", env->fqcn, env->id);
        return FAILURE;
    }
    zval md, params;
    php_tq_json_to_zval(env->metadata, &md);
    php_tq_json_to_zval(env->parameters, &params);
    if (!env->has_created_at) {
        /* a null __created_at__ would replace the constructor's DateTime by null */
        zend_hash_str_del(Z_ARRVAL(md), TQ_MD_CREATED_AT, sizeof(TQ_MD_CREATED_AT) - 1);
    }
    zend_result r = php_tq_call(out, "setMetadata", NULL, 1, &md);
    if (r == SUCCESS) {
        r = php_tq_call(out, "setParameter", NULL, 1, &params);
    }
    zval_ptr_dtor(&md);
    zval_ptr_dtor(&params);
    if (r == SUCCESS && env->has_created_at) {
        zval at;
        r = php_tq_task_datetime_from_instant(&at, &env->created_at);
        if (r == SUCCESS) {
            r = php_tq_call(out, "setCreatedAt", NULL, 1, &at);
            zval_ptr_dtor(&at);
        }
    }
    if (r == FAILURE) {
        tq_wrap_pending("Task %s of class %s could not be filled", env->id, env->fqcn);
    }
    return r;
}

/* TAO hands its service locator to what it resolves when it is ServiceLocatorAware. */
static zend_result tq_inject_locator(zval *resolved, zval *locator)
{
    static const char *const names[] = {
        "Zend\\ServiceManager\\ServiceLocatorAwareInterface",
        "Laminas\\ServiceManager\\ServiceLocatorAwareInterface",
    };
    if (!locator || Z_TYPE_P(resolved) != IS_OBJECT) {
        return SUCCESS;
    }
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        zend_string *name = zend_string_init(names[i], strlen(names[i]), 0);
        zend_class_entry *iface = zend_lookup_class_ex(name, NULL, ZEND_FETCH_CLASS_NO_AUTOLOAD);
        zend_string_release(name);
        if (iface && instanceof_function(Z_OBJCE_P(resolved), iface)) {
            return php_tq_call(resolved, "setServiceLocator", NULL, 1, locator);
        }
    }
    return SUCCESS;
}

/* (a) the service locator: has($id) then get($id); a locator without has() is just
 * asked get($id), and its failure means "not a service". 1 found, 0 not, -1 error. */
static int tq_resolve_service(zval *locator, zval *name, zval *out)
{
    if (!locator) {
        return 0;
    }
    if (zend_hash_str_exists(&Z_OBJCE_P(locator)->function_table, "has", 3)) {
        zval has;
        if (php_tq_call(locator, "has", &has, 1, name) == FAILURE) {
            return -1;
        }
        bool found = zend_is_true(&has);
        zval_ptr_dtor(&has);
        if (!found) {
            return 0;
        }
        return php_tq_call(locator, "get", out, 1, name) == SUCCESS ? 1 : -1;
    }
    if (php_tq_call(locator, "get", out, 1, name) == FAILURE) {
        if (EG(exception) && (zend_is_unwind_exit(EG(exception)) || zend_is_graceful_exit(EG(exception)))) {
            return -1;
        }
        zend_clear_exception();
        return 0;
    }
    return 1;
}

/* (b) generis' ActionService, when the locator has one: TAO's own resolver (service ids
 * and oat\oatbox\action\Action classes only), so a TAO install resolves as TAO does.
 * Its refusal (an exception) means "not resolved here": the class rule (c) decides.
 * 1 found, 0 not, -1 error (exit). */
static int tq_resolve_action(zval *locator, zval *name, zval *out)
{
    if (!locator || !php_tq_has_method(locator, "has")) {
        return 0;
    }
    zval id, has, service;
    ZVAL_STRING(&id, "generis/actionService");
    zend_result r = php_tq_call(locator, "has", &has, 1, &id);
    bool found = r == SUCCESS && zend_is_true(&has);
    zval_ptr_dtor(&has);
    if (r == SUCCESS && found) {
        r = php_tq_call(locator, "get", &service, 1, &id);
    }
    zval_ptr_dtor(&id);
    if (r == FAILURE) {
        return -1;
    }
    if (!found) {
        return 0;
    }
    if (Z_TYPE(service) != IS_OBJECT || !php_tq_has_method(&service, "resolve")) {
        zval_ptr_dtor(&service);
        return 0;
    }
    r = php_tq_call(&service, "resolve", out, 1, name);
    zval_ptr_dtor(&service);
    if (r == FAILURE) {
        if (EG(exception) && (zend_is_unwind_exit(EG(exception)) || zend_is_graceful_exit(EG(exception)))) {
            return -1;
        }
        zend_clear_exception();
        return 0;
    }
    if (Z_TYPE_P(out) == IS_NULL) {
        return 0;
    }
    return 1;
}

/* taskqueue.allowed_callables: class names and namespaces (ending in a backslash),
 * separated by commas; a leading backslash and blanks are ignored, case is not
 * significant (PHP class names are not). */
static bool tq_listed(const char *list, zend_string *cls)
{
    const char *p = list;
    while (p && *p) {
        const char *end = strchr(p, ',');
        const char *s = p, *e = end ? end : p + strlen(p);
        while (s < e && (*s == ' ' || *s == '\t' || *s == '\\')) {
            s++;
        }
        while (e > s && (e[-1] == ' ' || e[-1] == '\t')) {
            e--;
        }
        size_t len = (size_t)(e - s);
        if (len > 0 && s[len - 1] == '\\') {
            if (ZSTR_LEN(cls) > len && zend_binary_strcasecmp(ZSTR_VAL(cls), len, s, len) == 0) {
                return true;
            }
        } else if (len > 0 && zend_binary_strcasecmp(ZSTR_VAL(cls), ZSTR_LEN(cls), s, len) == 0) {
            return true;
        }
        p = end ? end + 1 : NULL;
    }
    return false;
}

/* What a message may have built: TAO's ActionService builds only generis Actions (the
 * interface is loaded whenever such a class is); an installation may allow more. */
bool php_tq_task_class_allowed(zend_class_entry *ce)
{
    static const char action[] = "oat\\oatbox\\action\\Action";
    zend_string *name = zend_string_init(action, sizeof(action) - 1, 0);
    zend_class_entry *iface = zend_lookup_class_ex(name, NULL, ZEND_FETCH_CLASS_NO_AUTOLOAD);
    zend_string_release(name);
    if (iface && instanceof_function(ce, iface)) {
        return true;
    }
    return tq_listed(TQ_G(allowed_callables), ce->name);
}

/* (c) an allowed invokable class whose constructor needs no argument → a new
 * instance. 1 built, 0 not such a class, -1 error, -2 a class not allowed. */
static int tq_resolve_class(zend_string *name, zval *out)
{
    zend_class_entry *ce = zend_lookup_class(name);
    if (EG(exception)) {
        return -1;
    }
    if (ce && !php_tq_task_class_allowed(ce)) {
        return -2;
    }
    if (!ce || !tq_instantiable(ce)) {
        return 0;
    }
    zend_function *invoke = zend_hash_str_find_ptr(&ce->function_table, "__invoke", sizeof("__invoke") - 1);
    if (!invoke || (invoke->common.fn_flags & ZEND_ACC_STATIC)) {
        return 0;
    }
    if (ce->constructor && ce->constructor->common.required_num_args > 0) {
        return 0;
    }
    if (object_init_ex(out, ce) == FAILURE) {
        return -1;
    }
    if (ce->constructor) {
        zend_call_known_instance_method_with_0_params(ce->constructor, Z_OBJ_P(out), NULL);
        if (EG(exception)) {
            zval_ptr_dtor(out);
            ZVAL_UNDEF(out);
            return -1;
        }
    }
    return 1;
}

/* A message that names a function or a static method is refused, never called: with
 * attacker parameters a plain function (stream_context_set_default(), ini_set(), …)
 * changes the worker for every later task (doc/compatibility.md). */
static void tq_refuse_callable(zend_object *service, zval *log_ctx, const tq_envelope *env, const char *name,
                               const char *why)
{
    if (service) {
        php_tq_log(service, php_tq_ce_TaskSerializerService, "error", log_ctx, "Callable/Action %s %s", name, why);
    }
    php_tq_throw(php_tq_ce_InvalidTaskException, "Callable/Action %s %s (task %s)", name, why, env->id);
}

#define TQ_WHY_FUNCTION "names a function or a static method, which a task read from a message may not run"
#define TQ_WHY_CLASS "is not allowed: it is not an oat\\oatbox\\action\\Action and taskqueue.allowed_callables does not list it"

/* The `__callable__` string of a task read from JSON → a callable: (a) a service of
 * the locator, (b) what generis' ActionService resolves it to, (c) an allowed invokable
 * class. */
static zend_result tq_resolve_string(zend_object *service, zval *log_ctx, const tq_envelope *env, zval *name,
                                     zval *out)
{
    zval *locator = service ? PHP_TQ_PROP(service, php_tq_ce_TaskSerializerService, "serviceLocator") : NULL;
    if (locator && Z_TYPE_P(locator) != IS_OBJECT) {
        locator = NULL;
    }
    int found = tq_resolve_service(locator, name, out);
    if (found == 0) {
        found = tq_resolve_action(locator, name, out);
    }
    if (found == 0) {
        found = tq_resolve_class(Z_STR_P(name), out);
    }
    if (found == -2) {
        zend_string *cls = zend_string_concat2("class ", 6, Z_STRVAL_P(name), Z_STRLEN_P(name));
        tq_refuse_callable(service, log_ctx, env, ZSTR_VAL(cls), TQ_WHY_CLASS);
        zend_string_release(cls);
        return FAILURE;
    }
    if (found < 0) {
        tq_wrap_pending("Callable/Action %s could not be resolved (task %s)", Z_STRVAL_P(name), env->id);
        return FAILURE;
    }
    if (found == 0 && zend_is_callable(name, 0, NULL)) {
        tq_refuse_callable(service, log_ctx, env, Z_STRVAL_P(name), TQ_WHY_FUNCTION);
        return FAILURE;
    }
    if (found == 0) {
        if (service) {
            php_tq_log(service, php_tq_ce_TaskSerializerService, "error", log_ctx,
                       "Callable/Action class %s does not exist", Z_STRVAL_P(name));
        }
        php_tq_throw(php_tq_ce_InvalidTaskException, "Callable/Action class %s does not exist (task %s)",
                     Z_STRVAL_P(name), env->id);
        return FAILURE;
    }
    if (!zend_is_callable(out, 0, NULL)) {
        php_tq_throw(php_tq_ce_InvalidTaskException, "Callable/Action %s resolved to %s, which is not callable (task %s)",
                     Z_STRVAL_P(name), zend_zval_type_name(out), env->id);
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        return FAILURE;
    }
    if (tq_inject_locator(out, locator) == FAILURE) {
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        tq_wrap_pending("Callable/Action %s could not be given the service locator (task %s)", Z_STRVAL_P(name),
                        env->id);
        return FAILURE;
    }
    return SUCCESS;
}

/* A CallbackTask read from JSON carries its callable as metadata; turn it back into
 * a callable and set it. A non-callable array stays metadata, as in TAO; a
 * [class, method] array is a static method, refused. */
static zend_result tq_restore_callable(zend_object *service, zval *log_ctx, const tq_envelope *env, zval *task)
{
    if (!instanceof_function(Z_OBJCE_P(task), php_tq_ce_CallbackTaskInterface)) {
        return SUCCESS;
    }
    zval cb, resolved;
    if (php_tq_call(task, "getCallable", &cb, 0, NULL) == FAILURE) {
        tq_wrap_pending("Task %s: getCallable() failed", env->id);
        return FAILURE;
    }
    zend_result r = SUCCESS;
    ZVAL_UNDEF(&resolved);
    if (Z_TYPE(cb) == IS_STRING) {
        r = tq_resolve_string(service, log_ctx, env, &cb, &resolved);
    } else if (Z_TYPE(cb) == IS_ARRAY && zend_is_callable(&cb, 0, NULL)) {
        zend_string *what = zend_get_callable_name(&cb);
        tq_refuse_callable(service, log_ctx, env, ZSTR_VAL(what), TQ_WHY_FUNCTION);
        zend_string_release(what);
        r = FAILURE;
    }
    zval_ptr_dtor(&cb);
    if (r == SUCCESS && Z_TYPE(resolved) != IS_UNDEF) {
        r = php_tq_call(task, "setCallable", NULL, 1, &resolved);
        if (r == FAILURE) {
            tq_wrap_pending("Task %s: setCallable() failed", env->id);
        }
    }
    zval_ptr_dtor(&resolved);
    return r;
}

/* Bytes left under memory_limit (SIZE_MAX without a limit). A message that needs more is
 * refused before it is built: running out in the middle is a fatal error that kills the worker,
 * and the row comes back after its lease to kill the next one. */
static size_t tq_memory_room(void)
{
    zend_long limit = PG(memory_limit);
    size_t used = zend_memory_usage(false);
    if (limit <= 0 || limit == ZEND_LONG_MAX) {
        return SIZE_MAX;
    }
    return (size_t)limit > used ? (size_t)limit - used : 0;
}

/* text: need is the length of the text (checked before parsing), else the estimate of the
 * decoded values (tq_envelope_php_bytes()). */
static zend_result tq_refuse_size(size_t need, bool text)
{
    size_t room = tq_memory_room();
    if (need <= room) {
        return SUCCESS;
    }
    php_tq_throw(php_tq_ce_InvalidTaskException, text
                 ? "Invalid task JSON: the message is %zu bytes long, more than the %zu bytes left under memory_limit"
                 : "Invalid task JSON: decoding the message would take about %zu bytes, more than the %zu bytes left "
                   "under memory_limit", need, room);
    return FAILURE;
}

/* TaskFactory::build() of a task's JSON text: checked, sized, built; callables stay as
 * named (env is freed). FAILURE with an exception pending and out UNDEF. */
static zend_result tq_build_from_json(const char *json, size_t len, tq_envelope *env, zval *out)
{
    tq_error err;
    tq_error_clear(&err);
    ZVAL_UNDEF(out);
    /* its text alone (a string parameter as long) would not fit: not even parsed */
    if (tq_refuse_size(len, true) == FAILURE) {
        return FAILURE;
    }
    if (tq_envelope_parse(json, len, env, &err) != 0) {
        php_tq_throw_error(php_tq_ce_InvalidTaskException, &err, NULL);
        return FAILURE;
    }
    zend_result r = tq_refuse_size(tq_envelope_php_bytes(env), false);
    if (r == SUCCESS) {
        r = tq_build_task(env, out);
    }
    if (r == FAILURE) {
        tq_envelope_free(env);
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
    }
    return r;
}

/* service (may be NULL) gives the locator and the logger; log_ctx may be NULL. */
static zend_result tq_deserialize(zend_object *service, zval *log_ctx, const char *json, size_t len, zval *out)
{
    tq_envelope env;
    if (tq_build_from_json(json, len, &env, out) == FAILURE) {
        return FAILURE;
    }
    zend_result r = tq_restore_callable(service, log_ctx, &env, out);
    tq_envelope_free(&env);
    if (r == FAILURE) {
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
    }
    return r;
}

zend_result php_tq_task_deserialize(const char *json, size_t len, zval *out)
{
    return tq_deserialize(NULL, NULL, json, len, out);
}

/* --- TaskFactory ------------------------------------------------------------------- */

/* TaskFactory::build($basicData): the array a task's JSON decodes to, checked and built as
 * deserialize() does (InvalidTaskException naming what is wrong); a `__callable__` stays a
 * name, as in TAO's factory (TaskSerializerService resolves it). */
ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskFactory, build)
{
    zval *data;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(data)
    ZEND_PARSE_PARAMETERS_END();
    if (Z_TYPE_P(data) != IS_ARRAY) {
        php_tq_throw(php_tq_ce_InvalidTaskException, "TaskFactory::build(): the task data must be an array, %s given",
                     zend_zval_type_name(data));
        RETURN_THROWS();
    }
    zend_string *json = php_tq_json_encode(data);
    if (!json) {
        RETURN_THROWS();
    }
    tq_envelope env;
    zend_result r = tq_build_from_json(ZSTR_VAL(json), ZSTR_LEN(json), &env, return_value);
    zend_string_release(json);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
    tq_envelope_free(&env);
}

/* --- TaskSerializerService -------------------------------------------------------- */

ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, __construct)
{
    zval *options = NULL;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY(options)
    ZEND_PARSE_PARAMETERS_END();
    if (options) {
        PHP_TQ_PROP_SET(Z_OBJ_P(ZEND_THIS), php_tq_ce_TaskSerializerService, "options", options);
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, deserialize)
{
    zval *json, *log_ctx = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL(json)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY(log_ctx)
    ZEND_PARSE_PARAMETERS_END();
    if (Z_TYPE_P(json) != IS_STRING) {
        php_tq_throw(php_tq_ce_InvalidTaskException, "Invalid task JSON: a string is expected, %s given",
                     zend_zval_type_name(json));
        RETURN_THROWS();
    }
    if (tq_deserialize(Z_OBJ_P(ZEND_THIS), log_ctx, Z_STRVAL_P(json), Z_STRLEN_P(json), return_value) == FAILURE) {
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_Task_TaskSerializerService, serialize)
{
    zval *task;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(task, php_tq_ce_TaskInterface)
    ZEND_PARSE_PARAMETERS_END();
    zend_string *json = php_tq_task_serialize(task);
    if (!json) {
        RETURN_THROWS();
    }
    RETURN_STR(json);
}

PHP_TQ_OPTION_METHODS(oat_tao_model_taskQueue_Task_TaskSerializerService, php_tq_ce_TaskSerializerService)
PHP_TQ_LOCATOR_METHODS(oat_tao_model_taskQueue_Task_TaskSerializerService, php_tq_ce_TaskSerializerService)
PHP_TQ_LOGGER_METHODS(oat_tao_model_taskQueue_Task_TaskSerializerService, php_tq_ce_TaskSerializerService)

void php_tq_task_serializer_minit(void)
{
    php_tq_ce_InvalidTaskException = register_class_oat_tao_model_taskQueue_Task_InvalidTaskException(zend_ce_exception);
    php_tq_ce_TaskFactory = register_class_oat_tao_model_taskQueue_Task_TaskFactory();
    php_tq_ce_TaskSerializerService = register_class_oat_tao_model_taskQueue_Task_TaskSerializerService();
}
