/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: e908fcef95f00de27a0ebf78b6aa2dcef446fdf8 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Event_TaskLogArchivedEvent___construct, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, taskLogEntity, oat\\tao\\model\\taskQueue\\TaskLog\\Entity\\EntityInterface, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, isForced, IS_MIXED, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_Event_TaskLogArchivedEvent_getTaskLogEntity, 0, 0, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_Event_TaskLogArchivedEvent_isForced arginfo_class_oat_tao_model_taskQueue_Event_TaskLogArchivedEvent_getTaskLogEntity

#define arginfo_class_oat_tao_model_taskQueue_Event_TaskLogArchivedEvent_getName arginfo_class_oat_tao_model_taskQueue_Event_TaskLogArchivedEvent_getTaskLogEntity

#define arginfo_class_oat_tao_model_taskQueue_Event_TaskLogCancelledEvent___construct arginfo_class_oat_tao_model_taskQueue_Event_TaskLogArchivedEvent___construct

#define arginfo_class_oat_tao_model_taskQueue_Event_TaskLogCancelledEvent_getTaskLogEntity arginfo_class_oat_tao_model_taskQueue_Event_TaskLogArchivedEvent_getTaskLogEntity

#define arginfo_class_oat_tao_model_taskQueue_Event_TaskLogCancelledEvent_isForced arginfo_class_oat_tao_model_taskQueue_Event_TaskLogArchivedEvent_getTaskLogEntity

#define arginfo_class_oat_tao_model_taskQueue_Event_TaskLogCancelledEvent_getName arginfo_class_oat_tao_model_taskQueue_Event_TaskLogArchivedEvent_getTaskLogEntity


ZEND_METHOD(oat_tao_model_taskQueue_Event_TaskLogArchivedEvent, __construct);
ZEND_METHOD(oat_tao_model_taskQueue_Event_TaskLogArchivedEvent, getTaskLogEntity);
ZEND_METHOD(oat_tao_model_taskQueue_Event_TaskLogArchivedEvent, isForced);
ZEND_METHOD(oat_tao_model_taskQueue_Event_TaskLogArchivedEvent, getName);
ZEND_METHOD(oat_tao_model_taskQueue_Event_TaskLogCancelledEvent, __construct);
ZEND_METHOD(oat_tao_model_taskQueue_Event_TaskLogCancelledEvent, getTaskLogEntity);
ZEND_METHOD(oat_tao_model_taskQueue_Event_TaskLogCancelledEvent, isForced);
ZEND_METHOD(oat_tao_model_taskQueue_Event_TaskLogCancelledEvent, getName);


static const zend_function_entry class_oat_tao_model_taskQueue_Event_TaskLogArchivedEvent_methods[] = {
	ZEND_ME(oat_tao_model_taskQueue_Event_TaskLogArchivedEvent, __construct, arginfo_class_oat_tao_model_taskQueue_Event_TaskLogArchivedEvent___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Event_TaskLogArchivedEvent, getTaskLogEntity, arginfo_class_oat_tao_model_taskQueue_Event_TaskLogArchivedEvent_getTaskLogEntity, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Event_TaskLogArchivedEvent, isForced, arginfo_class_oat_tao_model_taskQueue_Event_TaskLogArchivedEvent_isForced, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Event_TaskLogArchivedEvent, getName, arginfo_class_oat_tao_model_taskQueue_Event_TaskLogArchivedEvent_getName, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_oat_tao_model_taskQueue_Event_TaskLogCancelledEvent_methods[] = {
	ZEND_ME(oat_tao_model_taskQueue_Event_TaskLogCancelledEvent, __construct, arginfo_class_oat_tao_model_taskQueue_Event_TaskLogCancelledEvent___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Event_TaskLogCancelledEvent, getTaskLogEntity, arginfo_class_oat_tao_model_taskQueue_Event_TaskLogCancelledEvent_getTaskLogEntity, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Event_TaskLogCancelledEvent, isForced, arginfo_class_oat_tao_model_taskQueue_Event_TaskLogCancelledEvent_isForced, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_Event_TaskLogCancelledEvent, getName, arginfo_class_oat_tao_model_taskQueue_Event_TaskLogCancelledEvent_getName, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_oat_tao_model_taskQueue_Event_TaskLogArchivedEvent(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\tao\\model\\taskQueue\\Event", "TaskLogArchivedEvent", class_oat_tao_model_taskQueue_Event_TaskLogArchivedEvent_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zend_string *property_taskLogEntity_class_oat_tao_model_taskQueue_TaskLog_Entity_EntityInterface = zend_string_init("oat\\tao\\model\\taskQueue\\TaskLog\\Entity\\EntityInterface", sizeof("oat\\tao\\model\\taskQueue\\TaskLog\\Entity\\EntityInterface")-1, 1);
	zval property_taskLogEntity_default_value;
	ZVAL_UNDEF(&property_taskLogEntity_default_value);
	zend_string *property_taskLogEntity_name = zend_string_init("taskLogEntity", sizeof("taskLogEntity") - 1, 1);
	zend_declare_typed_property(class_entry, property_taskLogEntity_name, &property_taskLogEntity_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_taskLogEntity_class_oat_tao_model_taskQueue_TaskLog_Entity_EntityInterface, 0, 0));
	zend_string_release(property_taskLogEntity_name);

	zval property_isForced_default_value;
	ZVAL_FALSE(&property_isForced_default_value);
	zend_string *property_isForced_name = zend_string_init("isForced", sizeof("isForced") - 1, 1);
	zend_declare_typed_property(class_entry, property_isForced_name, &property_isForced_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_isForced_name);

	return class_entry;
}

static zend_class_entry *register_class_oat_tao_model_taskQueue_Event_TaskLogCancelledEvent(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\tao\\model\\taskQueue\\Event", "TaskLogCancelledEvent", class_oat_tao_model_taskQueue_Event_TaskLogCancelledEvent_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zend_string *property_taskLogEntity_class_oat_tao_model_taskQueue_TaskLog_Entity_EntityInterface = zend_string_init("oat\\tao\\model\\taskQueue\\TaskLog\\Entity\\EntityInterface", sizeof("oat\\tao\\model\\taskQueue\\TaskLog\\Entity\\EntityInterface")-1, 1);
	zval property_taskLogEntity_default_value;
	ZVAL_UNDEF(&property_taskLogEntity_default_value);
	zend_string *property_taskLogEntity_name = zend_string_init("taskLogEntity", sizeof("taskLogEntity") - 1, 1);
	zend_declare_typed_property(class_entry, property_taskLogEntity_name, &property_taskLogEntity_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_taskLogEntity_class_oat_tao_model_taskQueue_TaskLog_Entity_EntityInterface, 0, 0));
	zend_string_release(property_taskLogEntity_name);

	zval property_isForced_default_value;
	ZVAL_FALSE(&property_isForced_default_value);
	zend_string *property_isForced_name = zend_string_init("isForced", sizeof("isForced") - 1, 1);
	zend_declare_typed_property(class_entry, property_isForced_name, &property_isForced_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_isForced_name);

	return class_entry;
}
