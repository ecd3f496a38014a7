/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: aab4656a4bab222c0518ced652ecc77336413a01 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_TaskQueue_PersistenceRegistry___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TaskQueue_PersistenceRegistry_register, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, conninfo, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TaskQueue_PersistenceRegistry_unregister, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TaskQueue_PersistenceRegistry_has, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TaskQueue_PersistenceRegistry_describe, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TaskQueue_PersistenceRegistry_stats, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(TaskQueue_PersistenceRegistry, __construct);
ZEND_METHOD(TaskQueue_PersistenceRegistry, register);
ZEND_METHOD(TaskQueue_PersistenceRegistry, unregister);
ZEND_METHOD(TaskQueue_PersistenceRegistry, has);
ZEND_METHOD(TaskQueue_PersistenceRegistry, describe);
ZEND_METHOD(TaskQueue_PersistenceRegistry, stats);


static const zend_function_entry class_TaskQueue_PersistenceRegistry_methods[] = {
	ZEND_ME(TaskQueue_PersistenceRegistry, __construct, arginfo_class_TaskQueue_PersistenceRegistry___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(TaskQueue_PersistenceRegistry, register, arginfo_class_TaskQueue_PersistenceRegistry_register, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(TaskQueue_PersistenceRegistry, unregister, arginfo_class_TaskQueue_PersistenceRegistry_unregister, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(TaskQueue_PersistenceRegistry, has, arginfo_class_TaskQueue_PersistenceRegistry_has, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(TaskQueue_PersistenceRegistry, describe, arginfo_class_TaskQueue_PersistenceRegistry_describe, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(TaskQueue_PersistenceRegistry, stats, arginfo_class_TaskQueue_PersistenceRegistry_stats, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_TaskQueue_PersistenceRegistry(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "TaskQueue", "PersistenceRegistry", class_TaskQueue_PersistenceRegistry_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
