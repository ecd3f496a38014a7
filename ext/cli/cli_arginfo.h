/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: d8ad2476ab78e2daa2b580e1f2a96f85d1d2bbe9 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_TaskQueue_Cli___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TaskQueue_Cli_run, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, argv, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, serviceLocator, IS_OBJECT, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TaskQueue_Cli_renderReport, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, report, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, colors, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()


ZEND_METHOD(TaskQueue_Cli, __construct);
ZEND_METHOD(TaskQueue_Cli, run);
ZEND_METHOD(TaskQueue_Cli, renderReport);


static const zend_function_entry class_TaskQueue_Cli_methods[] = {
	ZEND_ME(TaskQueue_Cli, __construct, arginfo_class_TaskQueue_Cli___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(TaskQueue_Cli, run, arginfo_class_TaskQueue_Cli_run, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(TaskQueue_Cli, renderReport, arginfo_class_TaskQueue_Cli_renderReport, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_TaskQueue_Cli(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "TaskQueue", "Cli", class_TaskQueue_Cli_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}
