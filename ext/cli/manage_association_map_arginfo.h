/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 067b6dd7b3814a989465d32004c6d9272a549103 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Service_QueueAssociationService___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Service_QueueAssociationService_associate, 0, 2, oat\\taoTaskQueue\\scripts\\tools\\InitializeQueue, 0)
	ZEND_ARG_TYPE_INFO(0, taskClass, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, queue, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Service_QueueAssociationService_associateBulk, 0, 2, oat\\tao\\model\\taskQueue\\Queue, 1)
	ZEND_ARG_TYPE_INFO(0, newQueueName, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, newAssociations, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Service_QueueAssociationService_guessDefaultBrokerType, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Service_QueueAssociationService_deleteAndRemoveAssociations, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, queueNameForRemoval, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Service_QueueAssociationService_setServiceLocator, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, serviceLocator, IS_OBJECT, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_model_Service_QueueAssociationService_getServiceLocator, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_taoTaskQueue_scripts_tools_ManageAssociationMap___invoke, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, params, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_oat_taoTaskQueue_scripts_tools_ManageAssociationMap_setServiceLocator arginfo_class_oat_taoTaskQueue_model_Service_QueueAssociationService_setServiceLocator

#define arginfo_class_oat_taoTaskQueue_scripts_tools_ManageAssociationMap_getServiceLocator arginfo_class_oat_taoTaskQueue_model_Service_QueueAssociationService_getServiceLocator


ZEND_METHOD(oat_taoTaskQueue_model_Service_QueueAssociationService, __construct);
ZEND_METHOD(oat_taoTaskQueue_model_Service_QueueAssociationService, associate);
ZEND_METHOD(oat_taoTaskQueue_model_Service_QueueAssociationService, associateBulk);
ZEND_METHOD(oat_taoTaskQueue_model_Service_QueueAssociationService, guessDefaultBrokerType);
ZEND_METHOD(oat_taoTaskQueue_model_Service_QueueAssociationService, deleteAndRemoveAssociations);
ZEND_METHOD(oat_taoTaskQueue_model_Service_QueueAssociationService, setServiceLocator);
ZEND_METHOD(oat_taoTaskQueue_model_Service_QueueAssociationService, getServiceLocator);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_ManageAssociationMap, __invoke);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_ManageAssociationMap, setServiceLocator);
ZEND_METHOD(oat_taoTaskQueue_scripts_tools_ManageAssociationMap, getServiceLocator);


static const zend_function_entry class_oat_taoTaskQueue_model_Service_QueueAssociationService_methods[] = {
	ZEND_ME(oat_taoTaskQueue_model_Service_QueueAssociationService, __construct, arginfo_class_oat_taoTaskQueue_model_Service_QueueAssociationService___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Service_QueueAssociationService, associate, arginfo_class_oat_taoTaskQueue_model_Service_QueueAssociationService_associate, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Service_QueueAssociationService, associateBulk, arginfo_class_oat_taoTaskQueue_model_Service_QueueAssociationService_associateBulk, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Service_QueueAssociationService, guessDefaultBrokerType, arginfo_class_oat_taoTaskQueue_model_Service_QueueAssociationService_guessDefaultBrokerType, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Service_QueueAssociationService, deleteAndRemoveAssociations, arginfo_class_oat_taoTaskQueue_model_Service_QueueAssociationService_deleteAndRemoveAssociations, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Service_QueueAssociationService, setServiceLocator, arginfo_class_oat_taoTaskQueue_model_Service_QueueAssociationService_setServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_model_Service_QueueAssociationService, getServiceLocator, arginfo_class_oat_taoTaskQueue_model_Service_QueueAssociationService_getServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_oat_taoTaskQueue_scripts_tools_ManageAssociationMap_methods[] = {
	ZEND_ME(oat_taoTaskQueue_scripts_tools_ManageAssociationMap, __invoke, arginfo_class_oat_taoTaskQueue_scripts_tools_ManageAssociationMap___invoke, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_scripts_tools_ManageAssociationMap, setServiceLocator, arginfo_class_oat_taoTaskQueue_scripts_tools_ManageAssociationMap_setServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_taoTaskQueue_scripts_tools_ManageAssociationMap, getServiceLocator, arginfo_class_oat_taoTaskQueue_scripts_tools_ManageAssociationMap_getServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_oat_taoTaskQueue_model_Service_QueueAssociationService(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\model\\Service", "QueueAssociationService", class_oat_taoTaskQueue_model_Service_QueueAssociationService_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval property_options_default_value;
	ZVAL_EMPTY_ARRAY(&property_options_default_value);
	zend_string *property_options_name = zend_string_init("options", sizeof("options") - 1, 1);
	zend_declare_typed_property(class_entry, property_options_name, &property_options_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_options_name);

	zval property_serviceLocator_default_value;
	ZVAL_NULL(&property_serviceLocator_default_value);
	zend_string *property_serviceLocator_name = zend_string_init("serviceLocator", sizeof("serviceLocator") - 1, 1);
	zend_declare_typed_property(class_entry, property_serviceLocator_name, &property_serviceLocator_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_serviceLocator_name);

	return class_entry;
}

static zend_class_entry *register_class_oat_taoTaskQueue_scripts_tools_ManageAssociationMap(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\taoTaskQueue\\scripts\\tools", "ManageAssociationMap", class_oat_taoTaskQueue_scripts_tools_ManageAssociationMap_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval property_serviceLocator_default_value;
	ZVAL_NULL(&property_serviceLocator_default_value);
	zend_string *property_serviceLocator_name = zend_string_init("serviceLocator", sizeof("serviceLocator") - 1, 1);
	zend_declare_typed_property(class_entry, property_serviceLocator_name, &property_serviceLocator_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_serviceLocator_name);

	return class_entry;
}
