/*
 * broker_factory.c: BrokerFactory, a queue broker from the CLI's words
 * (InitializeQueue --broker=...); broker classes are looked up by name, so this builds
 * without them.
 * May touch: the Zend API, common/common.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_exceptions.h"
#include "../php_taskqueue.h"
#include "tools.h"
#include "broker_factory_arginfo.h"

zend_class_entry *php_tq_ce_BrokerFactory;

/* === BrokerFactory ====================================================================== */

/* The argument checks of the factory, also run by InitializeQueue before it touches
 * any service (TAO checks its options first). FAILURE with an exception thrown. */
zend_result php_tq_cli_broker_check(const char *id, const char *persistence)
{
    bool sql = strcmp(id, "rds") == 0 || strcmp(id, "newsql") == 0;
    /* PHP's empty(): null, '' and '0' */
    if (sql && (!persistence || !*persistence || strcmp(persistence, "0") == 0)) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Persistence id (--persistence=...) needs to be set for SQL.");
        return FAILURE;
    }
    if (strcmp(id, "memory") != 0 && !sql && strcmp(id, "sqs") != 0) {
        php_tq_throw(spl_ce_InvalidArgumentException, "Broker \"%s\" is not a valid broker option. Valid options: "
                     TQ_VALID_BROKERS, id);
        return FAILURE;
    }
    return SUCCESS;
}

static zend_result broker_native(const char *cls, const char *id, zval *out, uint32_t argc, zval *argv)
{
    zend_class_entry *ce = php_tq_cli_native_class(cls);
    if (!ce) {
        php_tq_throw(spl_ce_RuntimeException, "Broker \"%s\" needs %s, which this build of taskqueue does not "
                     "provide.", id, cls);
        return FAILURE;
    }
    return php_tq_cli_new_object(ce, out, argc, argv);
}

/* BrokerFactory::create() in C. FAILURE with an exception pending. */
zend_result php_tq_cli_broker_create(const char *id, const char *persistence, zend_long capacity, zval *out)
{
    if (php_tq_cli_broker_check(id, persistence) == FAILURE) {
        return FAILURE;
    }
    zval args[2];
    zend_result r;
    if (strcmp(id, "memory") == 0) {
        ZVAL_LONG(&args[0], capacity);
        r = php_tq_cli_new_object(php_tq_ce_InMemoryQueueBroker, out, 1, args);
    } else if (strcmp(id, "rds") == 0 || strcmp(id, "newsql") == 0) {
        ZVAL_STRING(&args[0], persistence);
        ZVAL_LONG(&args[1], capacity);
        r = broker_native(strcmp(id, "rds") == 0 ? TQ_CLASS_RDS_BROKER : TQ_CLASS_NEWSQL_BROKER, id, out, 2, args);
        zval_ptr_dtor(&args[0]);
    } else {
        ZVAL_STRING(&args[0], TQ_SERVICE_CACHE);
        ZVAL_LONG(&args[1], capacity);
        r = broker_native(TQ_CLASS_SQS_BROKER, id, out, 2, args);
        zval_ptr_dtor(&args[0]);
    }
    return r;
}


ZEND_METHOD(oat_taoTaskQueue_scripts_tools_BrokerFactory, create)
{
    zend_string *id, *persistence = NULL;
    zend_long capacity = 1;
    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_STR(id)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR_OR_NULL(persistence)
        Z_PARAM_LONG(capacity)
    ZEND_PARSE_PARAMETERS_END();
    if (php_tq_cli_broker_create(ZSTR_VAL(id), persistence ? ZSTR_VAL(persistence) : NULL, capacity, return_value) == FAILURE) {
        RETURN_THROWS();
    }
}

PHP_TQ_LOCATOR_METHODS(oat_taoTaskQueue_scripts_tools_BrokerFactory, php_tq_ce_BrokerFactory)

void php_tq_cli_broker_factory_minit(void)
{
    php_tq_ce_BrokerFactory = register_class_oat_taoTaskQueue_scripts_tools_BrokerFactory();
}
