/*
 * legacy.c: the deprecated oat\taoTaskQueue\model\... names of spec §2.3 that old TAO config
 * files still use, as native subclasses of the core classes with the legacy constants
 * (doc/compatibility.md, "Legacy names"). May touch: the Zend API.
 */
#include "php.h"
#include "../queue/queue.h"
#include "../task_log/task_log.h"
#include "legacy.h"
#include "legacy_arginfo.h"

/* Shadows an inherited constant: zend_declare_class_constant_ex refuses a name the class
 * already inherited, so the inherited entry goes first (the parent keeps its own). */
static void legacy_const(zend_class_entry *ce, const char *name, const char *value)
{
    zend_string *key = zend_string_init_interned(name, strlen(name), 1);
    zval v;
    zend_hash_del(&ce->constants_table, key);
    ZVAL_STR(&v, zend_string_init_interned(value, strlen(value), 1));
    zend_declare_class_constant_ex(ce, key, &v, ZEND_ACC_PUBLIC, NULL);
    zend_string_release(key);
}

/* After php_tq_queue_minit, php_tq_queue_dispatcher_minit and php_tq_task_log_minit:
 * the parents must exist. */
void php_tq_legacy_minit(void)
{
    zend_class_entry *ce = register_class_oat_taoTaskQueue_model_QueueDispatcher(php_tq_ce_QueueDispatcher);
    legacy_const(ce, "SERVICE_ID", "taoTaskQueue/taskQueue");
    ce = register_class_oat_taoTaskQueue_model_Queue(php_tq_ce_Queue);
    legacy_const(ce, "SERVICE_ID", "taoTaskQueue/taskQueue");
    legacy_const(ce, "OPTION_QUEUE_BROKER", "queue_broker");
    ce = register_class_oat_taoTaskQueue_model_TaskLog(php_tq_ce_TaskLog);
    legacy_const(ce, "SERVICE_ID", "taoTaskQueue/taskLog");
    legacy_const(ce, "SUPER_USER", "SuperUser");
}
