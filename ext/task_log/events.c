/*
 * events.c: TaskLogArchivedEvent and TaskLogCancelledEvent, and how TaskLog hands them to
 * generis' event manager (the service "generis/event" of its service locator) after a
 * successful archive() or cancel(). Without a locator, or one without that service, nothing
 * is triggered: the extension runs outside TAO too.
 * State lives in the declared properties of the stubs. May touch: the Zend API, common/common.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "../php_taskqueue.h"
#include "../common/common.h"
#include "task_log.h"
#include "events.h"
#include "events_arginfo.h"

zend_class_entry *php_tq_ce_TaskLogArchivedEvent;
zend_class_entry *php_tq_ce_TaskLogCancelledEvent;

#define EVENT_MANAGER_ID "generis/event"

/* The event class that declares obj's private properties (obj may be a subclass). */
static zend_class_entry *event_scope(zend_object *obj)
{
    return instanceof_function(obj->ce, php_tq_ce_TaskLogArchivedEvent) ? php_tq_ce_TaskLogArchivedEvent
                                                                          : php_tq_ce_TaskLogCancelledEvent;
}

static void event_init(zend_object *obj, zval *entity, bool forced)
{
    zend_class_entry *scope = event_scope(obj);
    zval f;
    ZVAL_BOOL(&f, forced);
    PHP_TQ_PROP_SET(obj, scope, "taskLogEntity", entity);
    PHP_TQ_PROP_SET(obj, scope, "isForced", &f);
}

static void event_construct(INTERNAL_FUNCTION_PARAMETERS)
{
    zval *entity, *forced = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_OBJECT_OF_CLASS(entity, php_tq_ce_EntityInterface)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(forced)
    ZEND_PARSE_PARAMETERS_END();
    event_init(Z_OBJ_P(ZEND_THIS), entity, forced && zend_is_true(forced));
}

static void event_get(INTERNAL_FUNCTION_PARAMETERS, const char *name, size_t len)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    zval *v = php_tq_prop(obj, event_scope(obj), name, len);
    /* an uninitialised typed property reads as null; only the entity has no default */
    if (!v || Z_TYPE_P(v) == IS_NULL) {
        zend_throw_error(NULL, "%s has no task log entity: its constructor did not run", ZSTR_VAL(obj->ce->name));
        RETURN_THROWS();
    }
    RETURN_COPY_DEREF(v);
}

/* getName(): the event's class name, as generis' events name themselves. */
static void event_name(INTERNAL_FUNCTION_PARAMETERS)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_STR_COPY(Z_OBJCE_P(ZEND_THIS)->name);
}

#define TQ_EVENT_METHODS(cls)                                                               \
    ZEND_METHOD(cls, __construct) { event_construct(INTERNAL_FUNCTION_PARAM_PASSTHRU); }    \
    ZEND_METHOD(cls, getTaskLogEntity)                                                      \
    {                                                                                       \
        event_get(INTERNAL_FUNCTION_PARAM_PASSTHRU, "taskLogEntity", sizeof("taskLogEntity") - 1); \
    }                                                                                       \
    ZEND_METHOD(cls, isForced) { event_get(INTERNAL_FUNCTION_PARAM_PASSTHRU, "isForced", sizeof("isForced") - 1); } \
    ZEND_METHOD(cls, getName) { event_name(INTERNAL_FUNCTION_PARAM_PASSTHRU); }

TQ_EVENT_METHODS(oat_tao_model_taskQueue_Event_TaskLogArchivedEvent)
TQ_EVENT_METHODS(oat_tao_model_taskQueue_Event_TaskLogCancelledEvent)

/* The event manager of holder's service locator, when it has one: SUCCESS with *out set
 * (or left UNDEF when there is none); FAILURE with the locator's exception pending. */
static zend_result event_manager(zend_object *holder, zend_class_entry *scope, zval *out)
{
    ZVAL_UNDEF(out);
    zval *locator = php_tq_prop(holder, scope, "serviceLocator", sizeof("serviceLocator") - 1);
    if (!locator || Z_TYPE_P(locator) != IS_OBJECT) {
        return SUCCESS;
    }
    zval id, has;
    ZVAL_STRING(&id, EVENT_MANAGER_ID);
    zend_result r = php_tq_has_method(locator, "has") ? php_tq_call(locator, "has", &has, 1, &id) : FAILURE;
    if (r == SUCCESS) {
        bool found = zend_is_true(&has);
        zval_ptr_dtor(&has);
        if (found) {
            r = php_tq_call(locator, "get", out, 1, &id);
        }
    } else if (!EG(exception)) {
        r = SUCCESS;      /* a locator without has(): no event manager to ask for */
    }
    zval_ptr_dtor(&id);
    return r;
}

zend_result php_tq_event_trigger(zend_object *holder, zend_class_entry *scope, zend_class_entry *event_ce,
                                 zval *entity, bool forced)
{
    zval manager;
    if (event_manager(holder, scope, &manager) == FAILURE) {
        return FAILURE;
    }
    if (Z_TYPE(manager) != IS_OBJECT) {
        zval_ptr_dtor(&manager);
        return SUCCESS;
    }
    zval event;
    object_init_ex(&event, event_ce);
    event_init(Z_OBJ(event), entity, forced);
    zend_result r = php_tq_call(&manager, "trigger", NULL, 1, &event);
    zval_ptr_dtor(&event);
    zval_ptr_dtor(&manager);
    return r;
}

void php_tq_task_log_events_minit(void)
{
    php_tq_ce_TaskLogArchivedEvent = register_class_oat_tao_model_taskQueue_Event_TaskLogArchivedEvent();
    php_tq_ce_TaskLogCancelledEvent = register_class_oat_tao_model_taskQueue_Event_TaskLogCancelledEvent();
}
