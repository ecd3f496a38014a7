/*
 * task_log_broker.c: TaskLogBrokerInterface, RdsTaskLogBrokerInterface and
 * InMemoryTaskLogBroker, a task log held in this process by src/task_log/tq_log_mem with the
 * semantics of RdsTaskLogBroker's SQL (src/pg/tq_pg_log.h). The store lives in a C struct
 * behind the zend_object; cloning is refused (one store, one owner). Only construction and
 * its error messages are here: the interface's methods are the one broker glue shared with
 * RdsTaskLogBroker (log_broker.c, over src/task_log/tq_log_store.h).
 * May touch: the Zend API, log_broker.h, src/task_log/tq_log_store, src/task_log/tq_log.
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
#include "log_broker.h"
#include "task_log_broker_arginfo.h"
#include "task_log/tq_log.h"
#include "task_log/tq_log_store.h"

zend_class_entry *php_tq_ce_TaskLogBrokerInterface;
zend_class_entry *php_tq_ce_RdsTaskLogBrokerInterface;
zend_class_entry *php_tq_ce_InMemoryTaskLogBroker;


typedef struct php_tq_log_broker {
    tq_log_store store;              /* a tq_log_mem behind the store interface */
    zend_object std;
} php_tq_log_broker;

static zend_object_handlers tq_broker_handlers;

static inline php_tq_log_broker *tq_broker_from(zend_object *obj)
{
    return (php_tq_log_broker *)((char *)obj - XtOffsetOf(php_tq_log_broker, std));
}

static zend_object *tq_broker_create(zend_class_entry *ce)
{
    php_tq_log_broker *b = zend_object_alloc(sizeof(php_tq_log_broker), ce);
    zend_object_std_init(&b->std, ce);
    object_properties_init(&b->std, ce);
    b->std.handlers = &tq_broker_handlers;
    tq_log_mem *m = tq_log_mem_new();
    if (!m) {
        zend_error_noreturn(E_ERROR, "taskqueue: out of memory while creating an in-memory task log");
    }
    b->store = tq_log_mem_store(m);
    return &b->std;
}

static void tq_broker_free(zend_object *obj)
{
    php_tq_log_broker *b = tq_broker_from(obj);
    tq_log_store_destroy(&b->store);
    zend_object_std_dtor(obj);
}

/* --- the store and its errors ----------------------------------------------------------- */

static const tq_log_store *mem_store(zend_object *obj)
{
    return &tq_broker_from(obj)->store;
}

/* The messages the in-memory broker always gave: "Cannot add the task log: …" and
 * "Task log search: …"; running out of memory elsewhere is a RuntimeException. */
static void mem_throw(zend_object *obj, const tq_error *err, const char *method)
{
    zend_class_entry *ce = err->code == TQ_ERR_NOMEM ? spl_ce_RuntimeException : spl_ce_InvalidArgumentException;
    if (strcmp(method, "add") == 0) {
        php_tq_throw_error(ce, err, "Cannot add the task log");
    } else if (strcmp(method, "search") == 0 || strcmp(method, "getTaskExecutionTimesByDateRange") == 0) {
        php_tq_throw_error(ce, err, "Task log search");
    } else if (err->code == TQ_ERR_NOMEM) {
        php_tq_log_out_of_memory();
    } else {
        php_tq_throw(ce, "Task log %s: %s", method, err->message);
    }
}

static const php_tq_log_broker_class mem_class = {
    .scope = &php_tq_ce_InMemoryTaskLogBroker,
    .store = mem_store,
    .throw_error = mem_throw,
    .hooks = NULL,
};

static zend_string *tq_container(zend_object *obj)
{
    zval *v = PHP_TQ_PROP(obj, php_tq_ce_InMemoryTaskLogBroker, "containerName");
    return v && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) ? Z_STR_P(v) : NULL;
}

/* --- what only this class has: construction ------------------------------------------------ */

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, __construct)
{
    zend_string *name = NULL;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR_OR_NULL(name)
    ZEND_PARSE_PARAMETERS_END();
    zval v;
    if (name && ZSTR_LEN(name)) {
        ZVAL_STR(&v, name);
    } else {
        ZVAL_STRING(&v, "task_log");
    }
    PHP_TQ_PROP_SET(Z_OBJ_P(ZEND_THIS), php_tq_ce_InMemoryTaskLogBroker, "containerName", &v);
    if (!name || !ZSTR_LEN(name)) {
        zval_ptr_dtor(&v);
    }
}

ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, __toPhpCode)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_string *c = tq_container(Z_OBJ_P(ZEND_THIS));
    smart_str out = {0};
    smart_str_appends(&out, "new \\");
    smart_str_append(&out, Z_OBJCE_P(ZEND_THIS)->name);
    smart_str_appendc(&out, '(');
    php_tq_php_string(&out, c ? ZSTR_VAL(c) : "task_log", c ? ZSTR_LEN(c) : strlen("task_log"));
    smart_str_appendc(&out, ')');
    RETURN_STR(smart_str_extract(&out));
}

PHP_TQ_LOG_BROKER_METHODS(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, mem_class)
PHP_TQ_LOGGER_METHODS(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, php_tq_ce_InMemoryTaskLogBroker)
PHP_TQ_LOCATOR_METHODS(oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker, php_tq_ce_InMemoryTaskLogBroker)

void php_tq_task_log_broker_minit(void)
{
    php_tq_ce_TaskLogBrokerInterface = register_class_oat_tao_model_taskQueue_TaskLog_Broker_TaskLogBrokerInterface();
    php_tq_ce_RdsTaskLogBrokerInterface = register_class_oat_tao_model_taskQueue_TaskLog_Broker_RdsTaskLogBrokerInterface();
    php_tq_ce_InMemoryTaskLogBroker = register_class_oat_tao_model_taskQueue_TaskLog_Broker_InMemoryTaskLogBroker(php_tq_ce_TaskLogBrokerInterface);
    php_tq_ce_InMemoryTaskLogBroker->create_object = tq_broker_create;

    memcpy(&tq_broker_handlers, &std_object_handlers, sizeof(zend_object_handlers));
    tq_broker_handlers.offset = XtOffsetOf(php_tq_log_broker, std);
    tq_broker_handlers.free_obj = tq_broker_free;
    /* one store per broker: a clone would have to copy it or share it; neither is
     * what a caller expects, so cloning is an Error */
    tq_broker_handlers.clone_obj = NULL;
}
