/*
 * legacy_decorators.c: the methods of the deprecated Task Log presentation classes under
 * oat\taoTaskQueue\model\... (doc/compatibility.md, "Legacy names"): the 2-argument
 * DataTablePayload, the 4-argument SimpleManagementCollectionDecorator, the legacy
 * TaskLog::getDataTablePayload($filter) and the legacy TaskLogActionTrait's
 * getTaskLogEntity() (its other methods are the core trait's). They reuse the core glue (task_log/decorators.h);
 * the classes are registered by legacy_task_log.c and legacy.c. May touch: the Zend API,
 * common/common, task_log (task_log.h, decorators.h), legacy.h.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "../common/common.h"
#include "../task_log/task_log.h"
#include "../task_log/decorators.h"
#include "legacy.h"

zend_class_entry *php_tq_ce_legacy_CategoryEntityDecorator;
zend_class_entry *php_tq_ce_legacy_HasFileEntityDecorator;
zend_class_entry *php_tq_ce_legacy_DataTablePayload;
zend_class_entry *php_tq_ce_legacy_SimpleManagementCollectionDecorator;

#define THIS_OBJ Z_OBJ_P(ZEND_THIS)
#define SIMPLE php_tq_ce_legacy_SimpleManagementCollectionDecorator

/* TAO's legacy payload read the request from the globals (tao-core's
 * DatatableRequest::fromGlobals()). */
ZEND_METHOD(oat_taoTaskQueue_model_TaskLog_DataTablePayload, __construct)
{
    zval *filter, *broker;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_OBJECT_OF_CLASS(filter, php_tq_ce_TaskLogFilter)
        Z_PARAM_OBJECT_OF_CLASS(broker, php_tq_ce_TaskLogBrokerInterface)
    ZEND_PARSE_PARAMETERS_END();
    if (php_tq_data_table_payload_init(THIS_OBJ, filter, broker, NULL) == FAILURE) {
        RETURN_THROWS();
    }
}

/* The legacy TaskLog answers the legacy payload; a request, when given, is used. */
ZEND_METHOD(oat_taoTaskQueue_model_TaskLog, getDataTablePayload)
{
    zval *filter, *request = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_OBJECT_OF_CLASS(filter, php_tq_ce_TaskLogFilter)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(request)
    ZEND_PARSE_PARAMETERS_END();
    if (request && Z_TYPE_P(request) != IS_NULL && Z_TYPE_P(request) != IS_OBJECT) {
        zend_argument_type_error(2, "must be a datatable request object or null, %s given", zend_zval_type_name(request));
        RETURN_THROWS();
    }
    zval broker;
    if (php_tq_call(ZEND_THIS, "getBroker", &broker, 0, NULL) == FAILURE) {
        RETURN_THROWS();
    }
    if (Z_TYPE(broker) != IS_OBJECT || !instanceof_function(Z_OBJCE(broker), php_tq_ce_TaskLogBrokerInterface)) {
        zval_ptr_dtor(&broker);
        zend_type_error("%s::getDataTablePayload(): getBroker() did not return a task log broker", ZSTR_VAL(THIS_OBJ->ce->name));
        RETURN_THROWS();
    }
    object_init_ex(return_value, php_tq_ce_legacy_DataTablePayload);
    zend_result r = php_tq_data_table_payload_init(Z_OBJ_P(return_value), filter, &broker,
                                                   request && Z_TYPE_P(request) == IS_OBJECT ? request : NULL);
    zval_ptr_dtor(&broker);
    if (r == FAILURE) {
        zval_ptr_dtor(return_value);
        ZVAL_NULL(return_value);
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_taoTaskQueue_model_TaskLog_Decorator_SimpleManagementCollectionDecorator, __construct)
{
    zval *coll, *task_log, *fs, *report;
    ZEND_PARSE_PARAMETERS_START(4, 4)
        Z_PARAM_OBJECT_OF_CLASS(coll, php_tq_ce_CollectionInterface)
        Z_PARAM_OBJECT_OF_CLASS(task_log, php_tq_ce_TaskLogInterface)
        Z_PARAM_OBJECT_OR_NULL(fs)
        Z_PARAM_ZVAL(report)
    ZEND_PARSE_PARAMETERS_END();
    zval b;
    PHP_TQ_PROP_SET(THIS_OBJ, php_tq_ce_TaskLogCollectionDecorator, "collection", coll);
    PHP_TQ_PROP_SET(THIS_OBJ, SIMPLE, "taskLogService", task_log);
    if (fs) {
        PHP_TQ_PROP_SET(THIS_OBJ, SIMPLE, "fileSystemService", fs);
    }
    ZVAL_BOOL(&b, zend_is_true(report));
    PHP_TQ_PROP_SET(THIS_OBJ, SIMPLE, "reportIncluded", &b);
}

/* Every entity as the legacy HasFile(Category(entity)): no redirect URL, no processor. */
ZEND_METHOD(oat_taoTaskQueue_model_TaskLog_Decorator_SimpleManagementCollectionDecorator, toArray)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *self = THIS_OBJ;
    zval *task_log = php_tq_deco_held(self, SIMPLE, "taskLogService");
    if (!task_log) {
        RETURN_THROWS();
    }
    zval *report = PHP_TQ_PROP(self, SIMPLE, "reportIncluded");
    php_tq_decorated_rows(ZEND_THIS, php_tq_ce_legacy_CategoryEntityDecorator, php_tq_ce_legacy_HasFileEntityDecorator,
                          task_log, php_tq_deco_held_or_null(self, SIMPLE, "fileSystemService"), NULL, NULL, NULL,
                          report && zend_is_true(report), return_value);
}

ZEND_METHOD(oat_taoTaskQueue_model_TaskLog_Decorator_SimpleManagementCollectionDecorator, jsonSerialize)
{
    php_tq_deco_json_is_to_array(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

/* TAO's legacy trait reads the Task Log under the legacy service id. */
ZEND_METHOD(oat_taoTaskQueue_model_TaskLogActionTrait, getTaskLogEntity)
{
    php_tq_task_log_action_entity(INTERNAL_FUNCTION_PARAM_PASSTHRU, "taoTaskQueue/taskLog");
}
