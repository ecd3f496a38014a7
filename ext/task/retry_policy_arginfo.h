/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 90956f0cc52b974c16e352d96039284f34c24983 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_TaskQueue_RetryPolicy___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, attempts, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, backoff, IS_DOUBLE, 0, "1.0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, maxBackoff, IS_DOUBLE, 0, "300.0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, multiplier, IS_DOUBLE, 0, "2.0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, jitter, IS_DOUBLE, 0, "0.5")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, retryOn, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_TaskQueue_RetryPolicy_fromArray, 0, 1, TaskQueue\\RetryPolicy, 0)
	ZEND_ARG_TYPE_INFO(0, settings, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TaskQueue_RetryPolicy_toArray, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TaskQueue_RetryPolicy_getAttempts, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_TaskQueue_RetryPolicy_getDelay, 0, 1, IS_DOUBLE, 0)
	ZEND_ARG_TYPE_INFO(0, attempt, IS_LONG, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(TaskQueue_RetryPolicy, __construct);
ZEND_METHOD(TaskQueue_RetryPolicy, fromArray);
ZEND_METHOD(TaskQueue_RetryPolicy, toArray);
ZEND_METHOD(TaskQueue_RetryPolicy, getAttempts);
ZEND_METHOD(TaskQueue_RetryPolicy, getDelay);


static const zend_function_entry class_TaskQueue_RetryPolicy_methods[] = {
	ZEND_ME(TaskQueue_RetryPolicy, __construct, arginfo_class_TaskQueue_RetryPolicy___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(TaskQueue_RetryPolicy, fromArray, arginfo_class_TaskQueue_RetryPolicy_fromArray, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(TaskQueue_RetryPolicy, toArray, arginfo_class_TaskQueue_RetryPolicy_toArray, ZEND_ACC_PUBLIC)
	ZEND_ME(TaskQueue_RetryPolicy, getAttempts, arginfo_class_TaskQueue_RetryPolicy_getAttempts, ZEND_ACC_PUBLIC)
	ZEND_ME(TaskQueue_RetryPolicy, getDelay, arginfo_class_TaskQueue_RetryPolicy_getDelay, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_TaskQueue_RetryPolicy(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "TaskQueue", "RetryPolicy", class_TaskQueue_RetryPolicy_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	zval property_settings_default_value;
	ZVAL_UNDEF(&property_settings_default_value);
	zend_string *property_settings_name = zend_string_init("settings", sizeof("settings") - 1, 1);
	zend_declare_typed_property(class_entry, property_settings_name, &property_settings_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_settings_name);

	return class_entry;
}
