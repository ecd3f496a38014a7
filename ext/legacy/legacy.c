/*
 * legacy.c: the deprecated oat\taoTaskQueue\model\... names that old TAO config
 * files still use, as native subclasses of the core classes with the legacy constants
 * (doc/compatibility.md, "Legacy names"). May touch: the Zend API.
 */
#include "php.h"
#include "../queue/queue.h"
#include "../task_log/task_log.h"
#include "legacy.h"
#include "legacy_arginfo.h"

/* Shadows an inherited constant: zend_declare_class_constant_ex refuses a name the class
 * already inherited, so the inherited entry goes first (the parent keeps its own). For an
 * internal class, inheritance gave the child its own malloc'd copy of the parent's entry and
 * the table has no destructor (the class's destruction frees what is left in it), so the
 * copy is freed here. */
static void legacy_const(zend_class_entry *ce, const char *name, const char *value)
{
    zend_string *key = zend_string_init_interned(name, strlen(name), 1);
    zend_class_constant *inherited = zend_hash_find_ptr(&ce->constants_table, key);
    zval v;
    if (inherited) {
        zend_hash_del(&ce->constants_table, key);
        if (inherited->ce != ce) {
            pefree(inherited, 1);
        }
    }
    ZVAL_STR(&v, zend_string_init_interned(value, strlen(value), 1));
    zend_declare_class_constant_ex(ce, key, &v, ZEND_ACC_PUBLIC, NULL);
    zend_string_release(key);
}

/* The legacy interface shadows the same constants; the class implements it only once its own
 * constants are declared (an inherited one would clash with the interface's). */
static void legacy_pair(zend_class_entry *iface, zend_class_entry *ce, const char *service_id)
{
    legacy_const(iface, "SERVICE_ID", service_id);
    legacy_const(ce, "SERVICE_ID", service_id);
}

void php_tq_legacy_minit(void)
{
    zend_class_entry *iface = register_class_oat_taoTaskQueue_model_QueueDispatcherInterface(php_tq_ce_QueueDispatcherInterface);
    zend_class_entry *ce = register_class_oat_taoTaskQueue_model_QueueDispatcher(php_tq_ce_QueueDispatcher);
    legacy_pair(iface, ce, "taoTaskQueue/taskQueue");
    zend_class_implements(ce, 1, iface);

    iface = register_class_oat_taoTaskQueue_model_QueueInterface(php_tq_ce_QueueInterface);
    ce = register_class_oat_taoTaskQueue_model_Queue(php_tq_ce_Queue);
    legacy_pair(iface, ce, "taoTaskQueue/taskQueue");
    legacy_const(iface, "OPTION_QUEUE_BROKER", "queue_broker");
    legacy_const(ce, "OPTION_QUEUE_BROKER", "queue_broker");
    zend_class_implements(ce, 1, iface);

    iface = register_class_oat_taoTaskQueue_model_TaskLogInterface(php_tq_ce_TaskLogInterface);
    ce = register_class_oat_taoTaskQueue_model_TaskLog(php_tq_ce_TaskLog);
    legacy_pair(iface, ce, "taoTaskQueue/taskLog");
    legacy_const(iface, "SUPER_USER", "SuperUser");
    legacy_const(ce, "SUPER_USER", "SuperUser");
    zend_class_implements(ce, 1, iface);

    php_tq_legacy_task_minit();
    php_tq_legacy_task_log_minit();
}
