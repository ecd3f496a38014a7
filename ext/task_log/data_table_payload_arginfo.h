/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: d61a13579a51af562ccd5fdc61f63a24a352303e */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLog_DataTablePayload___construct, 0, 0, 2)
	ZEND_ARG_OBJ_INFO(0, filter, oat\\tao\\model\\taskQueue\\TaskLog\\TaskLogFilter, 0)
	ZEND_ARG_OBJ_INFO(0, broker, oat\\tao\\model\\taskQueue\\TaskLog\\Broker\\TaskLogBrokerInterface, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, request, IS_OBJECT, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLog_DataTablePayload_customiseRowBy, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, func, Closure, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, overrideDefault, IS_MIXED, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLog_DataTablePayload_getPayload, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLog_DataTablePayload_count, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_DataTablePayload_jsonSerialize arginfo_class_oat_tao_model_taskQueue_TaskLog_DataTablePayload_getPayload


ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_DataTablePayload, __construct);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_DataTablePayload, customiseRowBy);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_DataTablePayload, getPayload);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_DataTablePayload, count);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog_DataTablePayload, jsonSerialize);


static const zend_function_entry class_oat_tao_model_taskQueue_TaskLog_DataTablePayload_methods[] = {
	ZEND_ME(oat_tao_model_taskQueue_TaskLog_DataTablePayload, __construct, arginfo_class_oat_tao_model_taskQueue_TaskLog_DataTablePayload___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog_DataTablePayload, customiseRowBy, arginfo_class_oat_tao_model_taskQueue_TaskLog_DataTablePayload_customiseRowBy, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog_DataTablePayload, getPayload, arginfo_class_oat_tao_model_taskQueue_TaskLog_DataTablePayload_getPayload, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog_DataTablePayload, count, arginfo_class_oat_tao_model_taskQueue_TaskLog_DataTablePayload_count, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog_DataTablePayload, jsonSerialize, arginfo_class_oat_tao_model_taskQueue_TaskLog_DataTablePayload_jsonSerialize, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_oat_tao_model_taskQueue_TaskLog_DataTablePayload(zend_class_entry *class_entry_JsonSerializable, zend_class_entry *class_entry_Countable)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\tao\\model\\taskQueue\\TaskLog", "DataTablePayload", class_oat_tao_model_taskQueue_TaskLog_DataTablePayload_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	zend_class_implements(class_entry, 2, class_entry_JsonSerializable, class_entry_Countable);

	zend_string *property_taskLogFilter_class_oat_tao_model_taskQueue_TaskLog_TaskLogFilter = zend_string_init("oat\\tao\\model\\taskQueue\\TaskLog\\TaskLogFilter", sizeof("oat\\tao\\model\\taskQueue\\TaskLog\\TaskLogFilter")-1, 1);
	zval property_taskLogFilter_default_value;
	ZVAL_NULL(&property_taskLogFilter_default_value);
	zend_string *property_taskLogFilter_name = zend_string_init("taskLogFilter", sizeof("taskLogFilter") - 1, 1);
	zend_declare_typed_property(class_entry, property_taskLogFilter_name, &property_taskLogFilter_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_taskLogFilter_class_oat_tao_model_taskQueue_TaskLog_TaskLogFilter, 0, MAY_BE_NULL));
	zend_string_release(property_taskLogFilter_name);

	zend_string *property_broker_class_oat_tao_model_taskQueue_TaskLog_Broker_TaskLogBrokerInterface = zend_string_init("oat\\tao\\model\\taskQueue\\TaskLog\\Broker\\TaskLogBrokerInterface", sizeof("oat\\tao\\model\\taskQueue\\TaskLog\\Broker\\TaskLogBrokerInterface")-1, 1);
	zval property_broker_default_value;
	ZVAL_NULL(&property_broker_default_value);
	zend_string *property_broker_name = zend_string_init("broker", sizeof("broker") - 1, 1);
	zend_declare_typed_property(class_entry, property_broker_name, &property_broker_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_broker_class_oat_tao_model_taskQueue_TaskLog_Broker_TaskLogBrokerInterface, 0, MAY_BE_NULL));
	zend_string_release(property_broker_name);

	zval property_request_default_value;
	ZVAL_NULL(&property_request_default_value);
	zend_string *property_request_name = zend_string_init("request", sizeof("request") - 1, 1);
	zend_declare_typed_property(class_entry, property_request_name, &property_request_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_OBJECT|MAY_BE_NULL));
	zend_string_release(property_request_name);

	zend_string *property_rowCustomiser_class_Closure = zend_string_init("Closure", sizeof("Closure")-1, 1);
	zval property_rowCustomiser_default_value;
	ZVAL_NULL(&property_rowCustomiser_default_value);
	zend_string *property_rowCustomiser_name = zend_string_init("rowCustomiser", sizeof("rowCustomiser") - 1, 1);
	zend_declare_typed_property(class_entry, property_rowCustomiser_name, &property_rowCustomiser_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_rowCustomiser_class_Closure, 0, MAY_BE_NULL));
	zend_string_release(property_rowCustomiser_name);

	zval property_overrideDefaultPayload_default_value;
	ZVAL_FALSE(&property_overrideDefaultPayload_default_value);
	zend_string *property_overrideDefaultPayload_name = zend_string_init("overrideDefaultPayload", sizeof("overrideDefaultPayload") - 1, 1);
	zend_declare_typed_property(class_entry, property_overrideDefaultPayload_name, &property_overrideDefaultPayload_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_overrideDefaultPayload_name);

	return class_entry;
}
