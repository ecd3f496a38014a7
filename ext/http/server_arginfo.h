/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 05797079e3a59d4faa6a3dc5f2cf58f7e1dd593e */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TaskQueue_Http_Server_handle, 0, 0, IS_LONG, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, taskLog, oat\\tao\\model\\taskQueue\\TaskLogInterface, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, userId, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, roles, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()


ZEND_METHOD(TaskQueue_Http_Server, handle);


static const zend_function_entry class_TaskQueue_Http_Server_methods[] = {
	ZEND_ME(TaskQueue_Http_Server, handle, arginfo_class_TaskQueue_Http_Server_handle, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_TaskQueue_Http_Server(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "TaskQueue\\Http", "Server", class_TaskQueue_Http_Server_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
