/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: c14ad4d2da3f10e8bcec3dd6aa5b47de7f846da7 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_createContainer, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_add, 0, 0, 2)
	ZEND_ARG_OBJ_INFO(0, task, oat\\tao\\model\\taskQueue\\Task\\TaskInterface, 0)
	ZEND_ARG_TYPE_INFO(0, status, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, label, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_setStatus, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, taskId, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, newStatus, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, prevStatus, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getStatus, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, taskId, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_setReport, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, taskId, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, report, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, newStatus, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getReport arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getStatus

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_updateParent, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, parentTaskId, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_search, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, filter, oat\\tao\\model\\taskQueue\\TaskLog\\TaskLogFilter, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getDataTablePayload, 0, 0, 2)
	ZEND_ARG_OBJ_INFO(0, filter, oat\\tao\\model\\taskQueue\\TaskLog\\TaskLogFilter, 0)
	ZEND_ARG_TYPE_INFO(0, request, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_findAvailableByUser, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, userId, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, limit, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, offset, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getStats, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, userId, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getById arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getStatus

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getByIdAndUser, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, taskId, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, userId, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, archivedAllowed, IS_MIXED, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_archive, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, entity, oat\\tao\\model\\taskQueue\\TaskLog\\Entity\\EntityInterface, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, forceArchive, IS_MIXED, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_archiveCollection, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, collection, oat\\tao\\model\\taskQueue\\TaskLog\\CollectionInterface, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, forceArchive, IS_MIXED, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_cancel, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, entity, oat\\tao\\model\\taskQueue\\TaskLog\\Entity\\EntityInterface, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, forceCancel, IS_MIXED, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_cancelCollection, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, collection, oat\\tao\\model\\taskQueue\\TaskLog\\CollectionInterface, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, forceCancel, IS_MIXED, 0, "false")
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getBroker arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_createContainer

#define arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_isRds arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_createContainer

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_linkTaskToCategory, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, taskName, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, category, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getCategoryForTask, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, taskName, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getTaskCategories arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_createContainer

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getTaskExecutionTimesByDateRange, 0, 2, IS_ARRAY, 0)
	ZEND_ARG_OBJ_INFO(0, from, DateTime, 0)
	ZEND_ARG_OBJ_INFO(0, to, DateTime, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLog___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_TaskLog___toPhpCode arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_createContainer

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_createContainer arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_createContainer

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_add arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_add

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_setStatus arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_setStatus

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_getStatus arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getStatus

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_setReport arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_setReport

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_getReport arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getStatus

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_updateParent arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_updateParent

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_search arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_search

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLog_getDataTablePayload, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, filter, oat\\tao\\model\\taskQueue\\TaskLog\\TaskLogFilter, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, request, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_findAvailableByUser arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_findAvailableByUser

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_getStats arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getStats

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_getById arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getStatus

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_getByIdAndUser arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getByIdAndUser

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_archive arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_archive

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_archiveCollection arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_archiveCollection

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_cancel arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_cancel

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_cancelCollection arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_cancelCollection

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_getBroker arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_createContainer

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_isRds arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_createContainer

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_linkTaskToCategory arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_linkTaskToCategory

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_getCategoryForTask arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getCategoryForTask

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_getTaskCategories arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_createContainer

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_getTaskExecutionTimesByDateRange arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getTaskExecutionTimesByDateRange

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLog_validateStatus, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, status, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLog_setOption, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLog_getOption, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, default, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLog_hasOption, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, name, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLog_setOptions, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, options, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_getOptions arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_createContainer

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLog_setServiceLocator, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, serviceLocator, IS_OBJECT, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_getServiceLocator arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_createContainer

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLog_setLogger, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, logger, IS_OBJECT, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_getLogger arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_createContainer

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLog_logEmergency, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, message, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, context, IS_MIXED, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_logAlert arginfo_class_oat_tao_model_taskQueue_TaskLog_logEmergency

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_logCritical arginfo_class_oat_tao_model_taskQueue_TaskLog_logEmergency

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_logError arginfo_class_oat_tao_model_taskQueue_TaskLog_logEmergency

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_logWarning arginfo_class_oat_tao_model_taskQueue_TaskLog_logEmergency

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_logNotice arginfo_class_oat_tao_model_taskQueue_TaskLog_logEmergency

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_logInfo arginfo_class_oat_tao_model_taskQueue_TaskLog_logEmergency

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_logDebug arginfo_class_oat_tao_model_taskQueue_TaskLog_logEmergency

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_oat_tao_model_taskQueue_TaskLog_TaskLogAwareInterface_setTaskLog, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, taskLog, oat\\tao\\model\\taskQueue\\TaskLogInterface, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_oat_tao_model_taskQueue_TaskLog_TaskLogAwareInterface_getTaskLog arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_createContainer


ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, __construct);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, __toPhpCode);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, createContainer);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, add);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, setStatus);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, getStatus);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, setReport);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, getReport);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, updateParent);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, search);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, getDataTablePayload);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, findAvailableByUser);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, getStats);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, getById);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, getByIdAndUser);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, archive);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, archiveCollection);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, cancel);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, cancelCollection);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, getBroker);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, isRds);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, linkTaskToCategory);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, getCategoryForTask);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, getTaskCategories);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, getTaskExecutionTimesByDateRange);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, validateStatus);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, setOption);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, getOption);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, hasOption);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, setOptions);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, getOptions);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, setServiceLocator);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, getServiceLocator);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, setLogger);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, getLogger);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, logEmergency);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, logAlert);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, logCritical);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, logError);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, logWarning);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, logNotice);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, logInfo);
ZEND_METHOD(oat_tao_model_taskQueue_TaskLog, logDebug);


static const zend_function_entry class_oat_tao_model_taskQueue_TaskLogInterface_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_TaskLogInterface, createContainer, arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_createContainer, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_TaskLogInterface, add, arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_add, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_TaskLogInterface, setStatus, arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_setStatus, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_TaskLogInterface, getStatus, arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getStatus, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_TaskLogInterface, setReport, arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_setReport, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_TaskLogInterface, getReport, arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getReport, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_TaskLogInterface, updateParent, arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_updateParent, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_TaskLogInterface, search, arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_search, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_TaskLogInterface, getDataTablePayload, arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getDataTablePayload, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_TaskLogInterface, findAvailableByUser, arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_findAvailableByUser, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_TaskLogInterface, getStats, arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getStats, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_TaskLogInterface, getById, arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getById, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_TaskLogInterface, getByIdAndUser, arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getByIdAndUser, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_TaskLogInterface, archive, arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_archive, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_TaskLogInterface, archiveCollection, arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_archiveCollection, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_TaskLogInterface, cancel, arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_cancel, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_TaskLogInterface, cancelCollection, arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_cancelCollection, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_TaskLogInterface, getBroker, arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getBroker, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_TaskLogInterface, isRds, arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_isRds, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_TaskLogInterface, linkTaskToCategory, arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_linkTaskToCategory, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_TaskLogInterface, getCategoryForTask, arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getCategoryForTask, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_TaskLogInterface, getTaskCategories, arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getTaskCategories, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_TaskLogInterface, getTaskExecutionTimesByDateRange, arginfo_class_oat_tao_model_taskQueue_TaskLogInterface_getTaskExecutionTimesByDateRange, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_oat_tao_model_taskQueue_TaskLog_methods[] = {
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, __construct, arginfo_class_oat_tao_model_taskQueue_TaskLog___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, __toPhpCode, arginfo_class_oat_tao_model_taskQueue_TaskLog___toPhpCode, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, createContainer, arginfo_class_oat_tao_model_taskQueue_TaskLog_createContainer, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, add, arginfo_class_oat_tao_model_taskQueue_TaskLog_add, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, setStatus, arginfo_class_oat_tao_model_taskQueue_TaskLog_setStatus, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, getStatus, arginfo_class_oat_tao_model_taskQueue_TaskLog_getStatus, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, setReport, arginfo_class_oat_tao_model_taskQueue_TaskLog_setReport, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, getReport, arginfo_class_oat_tao_model_taskQueue_TaskLog_getReport, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, updateParent, arginfo_class_oat_tao_model_taskQueue_TaskLog_updateParent, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, search, arginfo_class_oat_tao_model_taskQueue_TaskLog_search, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, getDataTablePayload, arginfo_class_oat_tao_model_taskQueue_TaskLog_getDataTablePayload, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, findAvailableByUser, arginfo_class_oat_tao_model_taskQueue_TaskLog_findAvailableByUser, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, getStats, arginfo_class_oat_tao_model_taskQueue_TaskLog_getStats, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, getById, arginfo_class_oat_tao_model_taskQueue_TaskLog_getById, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, getByIdAndUser, arginfo_class_oat_tao_model_taskQueue_TaskLog_getByIdAndUser, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, archive, arginfo_class_oat_tao_model_taskQueue_TaskLog_archive, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, archiveCollection, arginfo_class_oat_tao_model_taskQueue_TaskLog_archiveCollection, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, cancel, arginfo_class_oat_tao_model_taskQueue_TaskLog_cancel, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, cancelCollection, arginfo_class_oat_tao_model_taskQueue_TaskLog_cancelCollection, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, getBroker, arginfo_class_oat_tao_model_taskQueue_TaskLog_getBroker, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, isRds, arginfo_class_oat_tao_model_taskQueue_TaskLog_isRds, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, linkTaskToCategory, arginfo_class_oat_tao_model_taskQueue_TaskLog_linkTaskToCategory, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, getCategoryForTask, arginfo_class_oat_tao_model_taskQueue_TaskLog_getCategoryForTask, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, getTaskCategories, arginfo_class_oat_tao_model_taskQueue_TaskLog_getTaskCategories, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, getTaskExecutionTimesByDateRange, arginfo_class_oat_tao_model_taskQueue_TaskLog_getTaskExecutionTimesByDateRange, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, validateStatus, arginfo_class_oat_tao_model_taskQueue_TaskLog_validateStatus, ZEND_ACC_PROTECTED)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, setOption, arginfo_class_oat_tao_model_taskQueue_TaskLog_setOption, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, getOption, arginfo_class_oat_tao_model_taskQueue_TaskLog_getOption, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, hasOption, arginfo_class_oat_tao_model_taskQueue_TaskLog_hasOption, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, setOptions, arginfo_class_oat_tao_model_taskQueue_TaskLog_setOptions, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, getOptions, arginfo_class_oat_tao_model_taskQueue_TaskLog_getOptions, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, setServiceLocator, arginfo_class_oat_tao_model_taskQueue_TaskLog_setServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, getServiceLocator, arginfo_class_oat_tao_model_taskQueue_TaskLog_getServiceLocator, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, setLogger, arginfo_class_oat_tao_model_taskQueue_TaskLog_setLogger, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, getLogger, arginfo_class_oat_tao_model_taskQueue_TaskLog_getLogger, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, logEmergency, arginfo_class_oat_tao_model_taskQueue_TaskLog_logEmergency, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, logAlert, arginfo_class_oat_tao_model_taskQueue_TaskLog_logAlert, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, logCritical, arginfo_class_oat_tao_model_taskQueue_TaskLog_logCritical, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, logError, arginfo_class_oat_tao_model_taskQueue_TaskLog_logError, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, logWarning, arginfo_class_oat_tao_model_taskQueue_TaskLog_logWarning, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, logNotice, arginfo_class_oat_tao_model_taskQueue_TaskLog_logNotice, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, logInfo, arginfo_class_oat_tao_model_taskQueue_TaskLog_logInfo, ZEND_ACC_PUBLIC)
	ZEND_ME(oat_tao_model_taskQueue_TaskLog, logDebug, arginfo_class_oat_tao_model_taskQueue_TaskLog_logDebug, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_oat_tao_model_taskQueue_TaskLog_TaskLogAwareInterface_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_TaskLog_TaskLogAwareInterface, setTaskLog, arginfo_class_oat_tao_model_taskQueue_TaskLog_TaskLogAwareInterface_setTaskLog, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(oat_tao_model_taskQueue_TaskLog_TaskLogAwareInterface, getTaskLog, arginfo_class_oat_tao_model_taskQueue_TaskLog_TaskLogAwareInterface_getTaskLog, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};

static zend_class_entry *register_class_oat_tao_model_taskQueue_TaskLogInterface(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\tao\\model\\taskQueue", "TaskLogInterface", class_oat_tao_model_taskQueue_TaskLogInterface_methods);
	class_entry = zend_register_internal_interface(&ce);

	zval const_SERVICE_ID_value;
	zend_string *const_SERVICE_ID_value_str = zend_string_init("tao/taskLog", strlen("tao/taskLog"), 1);
	ZVAL_STR(&const_SERVICE_ID_value, const_SERVICE_ID_value_str);
	zend_string *const_SERVICE_ID_name = zend_string_init_interned("SERVICE_ID", sizeof("SERVICE_ID") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SERVICE_ID_name, &const_SERVICE_ID_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SERVICE_ID_name);

	zval const_OPTION_TASK_LOG_BROKER_value;
	zend_string *const_OPTION_TASK_LOG_BROKER_value_str = zend_string_init("task_log_broker", strlen("task_log_broker"), 1);
	ZVAL_STR(&const_OPTION_TASK_LOG_BROKER_value, const_OPTION_TASK_LOG_BROKER_value_str);
	zend_string *const_OPTION_TASK_LOG_BROKER_name = zend_string_init_interned("OPTION_TASK_LOG_BROKER", sizeof("OPTION_TASK_LOG_BROKER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPTION_TASK_LOG_BROKER_name, &const_OPTION_TASK_LOG_BROKER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPTION_TASK_LOG_BROKER_name);

	zval const_OPTION_TASK_TO_CATEGORY_ASSOCIATIONS_value;
	zend_string *const_OPTION_TASK_TO_CATEGORY_ASSOCIATIONS_value_str = zend_string_init("task_to_category_associations", strlen("task_to_category_associations"), 1);
	ZVAL_STR(&const_OPTION_TASK_TO_CATEGORY_ASSOCIATIONS_value, const_OPTION_TASK_TO_CATEGORY_ASSOCIATIONS_value_str);
	zend_string *const_OPTION_TASK_TO_CATEGORY_ASSOCIATIONS_name = zend_string_init_interned("OPTION_TASK_TO_CATEGORY_ASSOCIATIONS", sizeof("OPTION_TASK_TO_CATEGORY_ASSOCIATIONS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPTION_TASK_TO_CATEGORY_ASSOCIATIONS_name, &const_OPTION_TASK_TO_CATEGORY_ASSOCIATIONS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPTION_TASK_TO_CATEGORY_ASSOCIATIONS_name);

	zval const_OPTION_TASK_IGNORE_LIST_value;
	zend_string *const_OPTION_TASK_IGNORE_LIST_value_str = zend_string_init("task_ui_ignore_list", strlen("task_ui_ignore_list"), 1);
	ZVAL_STR(&const_OPTION_TASK_IGNORE_LIST_value, const_OPTION_TASK_IGNORE_LIST_value_str);
	zend_string *const_OPTION_TASK_IGNORE_LIST_name = zend_string_init_interned("OPTION_TASK_IGNORE_LIST", sizeof("OPTION_TASK_IGNORE_LIST") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPTION_TASK_IGNORE_LIST_name, &const_OPTION_TASK_IGNORE_LIST_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPTION_TASK_IGNORE_LIST_name);

	zval const_OPTION_DEFAULT_BATCH_SIZE_value;
	zend_string *const_OPTION_DEFAULT_BATCH_SIZE_value_str = zend_string_init("default_batch_size", strlen("default_batch_size"), 1);
	ZVAL_STR(&const_OPTION_DEFAULT_BATCH_SIZE_value, const_OPTION_DEFAULT_BATCH_SIZE_value_str);
	zend_string *const_OPTION_DEFAULT_BATCH_SIZE_name = zend_string_init_interned("OPTION_DEFAULT_BATCH_SIZE", sizeof("OPTION_DEFAULT_BATCH_SIZE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OPTION_DEFAULT_BATCH_SIZE_name, &const_OPTION_DEFAULT_BATCH_SIZE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OPTION_DEFAULT_BATCH_SIZE_name);

	zval const_DEFAULT_BATCH_SIZE_value;
	ZVAL_LONG(&const_DEFAULT_BATCH_SIZE_value, 1000);
	zend_string *const_DEFAULT_BATCH_SIZE_name = zend_string_init_interned("DEFAULT_BATCH_SIZE", sizeof("DEFAULT_BATCH_SIZE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DEFAULT_BATCH_SIZE_name, &const_DEFAULT_BATCH_SIZE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DEFAULT_BATCH_SIZE_name);

	zval const_DEFAULT_LIMIT_value;
	ZVAL_LONG(&const_DEFAULT_LIMIT_value, 20);
	zend_string *const_DEFAULT_LIMIT_name = zend_string_init_interned("DEFAULT_LIMIT", sizeof("DEFAULT_LIMIT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DEFAULT_LIMIT_name, &const_DEFAULT_LIMIT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DEFAULT_LIMIT_name);

	zval const_STATUS_ENQUEUED_value;
	zend_string *const_STATUS_ENQUEUED_value_str = zend_string_init("enqueued", strlen("enqueued"), 1);
	ZVAL_STR(&const_STATUS_ENQUEUED_value, const_STATUS_ENQUEUED_value_str);
	zend_string *const_STATUS_ENQUEUED_name = zend_string_init_interned("STATUS_ENQUEUED", sizeof("STATUS_ENQUEUED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_ENQUEUED_name, &const_STATUS_ENQUEUED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_ENQUEUED_name);

	zval const_STATUS_DEQUEUED_value;
	zend_string *const_STATUS_DEQUEUED_value_str = zend_string_init("dequeued", strlen("dequeued"), 1);
	ZVAL_STR(&const_STATUS_DEQUEUED_value, const_STATUS_DEQUEUED_value_str);
	zend_string *const_STATUS_DEQUEUED_name = zend_string_init_interned("STATUS_DEQUEUED", sizeof("STATUS_DEQUEUED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_DEQUEUED_name, &const_STATUS_DEQUEUED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_DEQUEUED_name);

	zval const_STATUS_RUNNING_value;
	zend_string *const_STATUS_RUNNING_value_str = zend_string_init("running", strlen("running"), 1);
	ZVAL_STR(&const_STATUS_RUNNING_value, const_STATUS_RUNNING_value_str);
	zend_string *const_STATUS_RUNNING_name = zend_string_init_interned("STATUS_RUNNING", sizeof("STATUS_RUNNING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_RUNNING_name, &const_STATUS_RUNNING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_RUNNING_name);

	zval const_STATUS_CHILD_RUNNING_value;
	zend_string *const_STATUS_CHILD_RUNNING_value_str = zend_string_init("child_running", strlen("child_running"), 1);
	ZVAL_STR(&const_STATUS_CHILD_RUNNING_value, const_STATUS_CHILD_RUNNING_value_str);
	zend_string *const_STATUS_CHILD_RUNNING_name = zend_string_init_interned("STATUS_CHILD_RUNNING", sizeof("STATUS_CHILD_RUNNING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_CHILD_RUNNING_name, &const_STATUS_CHILD_RUNNING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_CHILD_RUNNING_name);

	zval const_STATUS_COMPLETED_value;
	zend_string *const_STATUS_COMPLETED_value_str = zend_string_init("completed", strlen("completed"), 1);
	ZVAL_STR(&const_STATUS_COMPLETED_value, const_STATUS_COMPLETED_value_str);
	zend_string *const_STATUS_COMPLETED_name = zend_string_init_interned("STATUS_COMPLETED", sizeof("STATUS_COMPLETED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_COMPLETED_name, &const_STATUS_COMPLETED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_COMPLETED_name);

	zval const_STATUS_FAILED_value;
	zend_string *const_STATUS_FAILED_value_str = zend_string_init("failed", strlen("failed"), 1);
	ZVAL_STR(&const_STATUS_FAILED_value, const_STATUS_FAILED_value_str);
	zend_string *const_STATUS_FAILED_name = zend_string_init_interned("STATUS_FAILED", sizeof("STATUS_FAILED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_FAILED_name, &const_STATUS_FAILED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_FAILED_name);

	zval const_STATUS_ARCHIVED_value;
	zend_string *const_STATUS_ARCHIVED_value_str = zend_string_init("archived", strlen("archived"), 1);
	ZVAL_STR(&const_STATUS_ARCHIVED_value, const_STATUS_ARCHIVED_value_str);
	zend_string *const_STATUS_ARCHIVED_name = zend_string_init_interned("STATUS_ARCHIVED", sizeof("STATUS_ARCHIVED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_ARCHIVED_name, &const_STATUS_ARCHIVED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_ARCHIVED_name);

	zval const_STATUS_CANCELLED_value;
	zend_string *const_STATUS_CANCELLED_value_str = zend_string_init("cancelled", strlen("cancelled"), 1);
	ZVAL_STR(&const_STATUS_CANCELLED_value, const_STATUS_CANCELLED_value_str);
	zend_string *const_STATUS_CANCELLED_name = zend_string_init_interned("STATUS_CANCELLED", sizeof("STATUS_CANCELLED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_CANCELLED_name, &const_STATUS_CANCELLED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_CANCELLED_name);

	zval const_STATUS_UNKNOWN_value;
	zend_string *const_STATUS_UNKNOWN_value_str = zend_string_init("unknown", strlen("unknown"), 1);
	ZVAL_STR(&const_STATUS_UNKNOWN_value, const_STATUS_UNKNOWN_value_str);
	zend_string *const_STATUS_UNKNOWN_name = zend_string_init_interned("STATUS_UNKNOWN", sizeof("STATUS_UNKNOWN") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STATUS_UNKNOWN_name, &const_STATUS_UNKNOWN_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STATUS_UNKNOWN_name);

	zval const_CATEGORY_UNKNOWN_value;
	zend_string *const_CATEGORY_UNKNOWN_value_str = zend_string_init("unknown", strlen("unknown"), 1);
	ZVAL_STR(&const_CATEGORY_UNKNOWN_value, const_CATEGORY_UNKNOWN_value_str);
	zend_string *const_CATEGORY_UNKNOWN_name = zend_string_init_interned("CATEGORY_UNKNOWN", sizeof("CATEGORY_UNKNOWN") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CATEGORY_UNKNOWN_name, &const_CATEGORY_UNKNOWN_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CATEGORY_UNKNOWN_name);

	zval const_CATEGORY_IMPORT_value;
	zend_string *const_CATEGORY_IMPORT_value_str = zend_string_init("import", strlen("import"), 1);
	ZVAL_STR(&const_CATEGORY_IMPORT_value, const_CATEGORY_IMPORT_value_str);
	zend_string *const_CATEGORY_IMPORT_name = zend_string_init_interned("CATEGORY_IMPORT", sizeof("CATEGORY_IMPORT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CATEGORY_IMPORT_name, &const_CATEGORY_IMPORT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CATEGORY_IMPORT_name);

	zval const_CATEGORY_EXPORT_value;
	zend_string *const_CATEGORY_EXPORT_value_str = zend_string_init("export", strlen("export"), 1);
	ZVAL_STR(&const_CATEGORY_EXPORT_value, const_CATEGORY_EXPORT_value_str);
	zend_string *const_CATEGORY_EXPORT_name = zend_string_init_interned("CATEGORY_EXPORT", sizeof("CATEGORY_EXPORT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CATEGORY_EXPORT_name, &const_CATEGORY_EXPORT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CATEGORY_EXPORT_name);

	zval const_CATEGORY_DELIVERY_COMPILATION_value;
	zend_string *const_CATEGORY_DELIVERY_COMPILATION_value_str = zend_string_init("delivery_comp", strlen("delivery_comp"), 1);
	ZVAL_STR(&const_CATEGORY_DELIVERY_COMPILATION_value, const_CATEGORY_DELIVERY_COMPILATION_value_str);
	zend_string *const_CATEGORY_DELIVERY_COMPILATION_name = zend_string_init_interned("CATEGORY_DELIVERY_COMPILATION", sizeof("CATEGORY_DELIVERY_COMPILATION") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CATEGORY_DELIVERY_COMPILATION_name, &const_CATEGORY_DELIVERY_COMPILATION_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CATEGORY_DELIVERY_COMPILATION_name);

	zval const_CATEGORY_CREATE_value;
	zend_string *const_CATEGORY_CREATE_value_str = zend_string_init("create", strlen("create"), 1);
	ZVAL_STR(&const_CATEGORY_CREATE_value, const_CATEGORY_CREATE_value_str);
	zend_string *const_CATEGORY_CREATE_name = zend_string_init_interned("CATEGORY_CREATE", sizeof("CATEGORY_CREATE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CATEGORY_CREATE_name, &const_CATEGORY_CREATE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CATEGORY_CREATE_name);

	zval const_CATEGORY_UPDATE_value;
	zend_string *const_CATEGORY_UPDATE_value_str = zend_string_init("update", strlen("update"), 1);
	ZVAL_STR(&const_CATEGORY_UPDATE_value, const_CATEGORY_UPDATE_value_str);
	zend_string *const_CATEGORY_UPDATE_name = zend_string_init_interned("CATEGORY_UPDATE", sizeof("CATEGORY_UPDATE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CATEGORY_UPDATE_name, &const_CATEGORY_UPDATE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CATEGORY_UPDATE_name);

	zval const_CATEGORY_DELETE_value;
	zend_string *const_CATEGORY_DELETE_value_str = zend_string_init("delete", strlen("delete"), 1);
	ZVAL_STR(&const_CATEGORY_DELETE_value, const_CATEGORY_DELETE_value_str);
	zend_string *const_CATEGORY_DELETE_name = zend_string_init_interned("CATEGORY_DELETE", sizeof("CATEGORY_DELETE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CATEGORY_DELETE_name, &const_CATEGORY_DELETE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CATEGORY_DELETE_name);

	zval const_CATEGORY_COPY_value;
	zend_string *const_CATEGORY_COPY_value_str = zend_string_init("copy", strlen("copy"), 1);
	ZVAL_STR(&const_CATEGORY_COPY_value, const_CATEGORY_COPY_value_str);
	zend_string *const_CATEGORY_COPY_name = zend_string_init_interned("CATEGORY_COPY", sizeof("CATEGORY_COPY") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CATEGORY_COPY_name, &const_CATEGORY_COPY_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CATEGORY_COPY_name);

	zval const_CATEGORY_UNRELATED_RESOURCE_value;
	zend_string *const_CATEGORY_UNRELATED_RESOURCE_value_str = zend_string_init("unrelated_resource", strlen("unrelated_resource"), 1);
	ZVAL_STR(&const_CATEGORY_UNRELATED_RESOURCE_value, const_CATEGORY_UNRELATED_RESOURCE_value_str);
	zend_string *const_CATEGORY_UNRELATED_RESOURCE_name = zend_string_init_interned("CATEGORY_UNRELATED_RESOURCE", sizeof("CATEGORY_UNRELATED_RESOURCE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CATEGORY_UNRELATED_RESOURCE_name, &const_CATEGORY_UNRELATED_RESOURCE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CATEGORY_UNRELATED_RESOURCE_name);

	zval const_SUPER_USER_value;
	zend_string *const_SUPER_USER_value_str = zend_string_init("cli-user", strlen("cli-user"), 1);
	ZVAL_STR(&const_SUPER_USER_value, const_SUPER_USER_value_str);
	zend_string *const_SUPER_USER_name = zend_string_init_interned("SUPER_USER", sizeof("SUPER_USER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SUPER_USER_name, &const_SUPER_USER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SUPER_USER_name);

	return class_entry;
}

static zend_class_entry *register_class_oat_tao_model_taskQueue_TaskLog(zend_class_entry *class_entry_oat_tao_model_taskQueue_TaskLogInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\tao\\model\\taskQueue", "TaskLog", class_oat_tao_model_taskQueue_TaskLog_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	zend_class_implements(class_entry, 1, class_entry_oat_tao_model_taskQueue_TaskLogInterface);

	zval property_options_default_value;
	ZVAL_EMPTY_ARRAY(&property_options_default_value);
	zend_string *property_options_name = zend_string_init("options", sizeof("options") - 1, 1);
	zend_declare_typed_property(class_entry, property_options_name, &property_options_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_options_name);

	zend_string *property_broker_class_oat_tao_model_taskQueue_TaskLog_Broker_TaskLogBrokerInterface = zend_string_init("oat\\tao\\model\\taskQueue\\TaskLog\\Broker\\TaskLogBrokerInterface", sizeof("oat\\tao\\model\\taskQueue\\TaskLog\\Broker\\TaskLogBrokerInterface")-1, 1);
	zval property_broker_default_value;
	ZVAL_NULL(&property_broker_default_value);
	zend_string *property_broker_name = zend_string_init("broker", sizeof("broker") - 1, 1);
	zend_declare_typed_property(class_entry, property_broker_name, &property_broker_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_broker_class_oat_tao_model_taskQueue_TaskLog_Broker_TaskLogBrokerInterface, 0, MAY_BE_NULL));
	zend_string_release(property_broker_name);

	zval property_logger_default_value;
	ZVAL_NULL(&property_logger_default_value);
	zend_string *property_logger_name = zend_string_init("logger", sizeof("logger") - 1, 1);
	zend_declare_typed_property(class_entry, property_logger_name, &property_logger_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_logger_name);

	zval property_serviceLocator_default_value;
	ZVAL_NULL(&property_serviceLocator_default_value);
	zend_string *property_serviceLocator_name = zend_string_init("serviceLocator", sizeof("serviceLocator") - 1, 1);
	zend_declare_typed_property(class_entry, property_serviceLocator_name, &property_serviceLocator_default_value, ZEND_ACC_PROTECTED, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_serviceLocator_name);

	return class_entry;
}

static zend_class_entry *register_class_oat_tao_model_taskQueue_TaskLog_TaskLogAwareInterface(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "oat\\tao\\model\\taskQueue\\TaskLog", "TaskLogAwareInterface", class_oat_tao_model_taskQueue_TaskLog_TaskLogAwareInterface_methods);
	class_entry = zend_register_internal_interface(&ce);

	return class_entry;
}
