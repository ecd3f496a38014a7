/*
 * manage_association_map.c: Service\QueueAssociationService (a task class to a queue, a
 * queue with its associations, and away again; the queue service saved to
 * config/tao/taskQueue.conf.php) and ManageAssociationMap, the tool over associate()
 * (README "Operator tools"). A task class must exist and be a generis
 * `Action` when that interface is loaded, else a class with __invoke (doc/compatibility.md).
 * May touch: the Zend API, common/common, queue/queue, pg/pg, src/cli/tq_cli_args.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "../php_taskqueue.h"
#include "../pg/pg.h"
#include "tools.h"
#include "manage_association_map_arginfo.h"

zend_class_entry *php_tq_ce_QueueAssociationService;
zend_class_entry *php_tq_ce_ManageAssociationMap;

#define QA_SCOPE php_tq_ce_QueueAssociationService
#define TQ_ACTION "oat\\oatbox\\action\\Action"
#define NEW_QUEUE_WEIGHT 30          /* TAO's weight for a queue made here */

/* === QueueAssociationService ============================================================ */

/* One of this extension's operator tools (oat\taoTaskQueue\scripts\tools\*, concrete and
 * invokable), which are generis Actions in TAO. A native class cannot implement generis'
 * interface (it is declared by PHP code loaded after the extension), so they count as
 * Actions here; the extension's task classes, interfaces and internals do not. */
#define QA_TOOLS_NS "oat\\taoTaskQueue\\scripts\\tools\\"
static bool qa_native_action(zend_class_entry *ce)
{
    size_t ns = sizeof(QA_TOOLS_NS) - 1;
    return ce->type == ZEND_INTERNAL_CLASS && ce->info.internal.module == &taskqueue_module_entry
        && !(ce->ce_flags & (ZEND_ACC_INTERFACE | ZEND_ACC_TRAIT | ZEND_ACC_EXPLICIT_ABSTRACT_CLASS))
        && ZSTR_LEN(ce->name) > ns && zend_binary_strncasecmp(ZSTR_VAL(ce->name), ns, QA_TOOLS_NS, ns, ns) == 0
        && zend_hash_str_exists(&ce->function_table, "__invoke", sizeof("__invoke") - 1);
}

/* TAO: class_exists() and is_a(Action). Without generis, a class that can be run as a task. */
static zend_result qa_task_class(zend_string *name)
{
    zend_class_entry *ce = zend_lookup_class(name);
    if (EG(exception)) {
        return FAILURE;
    }
    zend_class_entry *action = zend_lookup_class_ex(zend_string_init_interned(TQ_ACTION, sizeof(TQ_ACTION) - 1, 0),
                                                    NULL, ZEND_FETCH_CLASS_NO_AUTOLOAD);
    bool ok = ce && (action ? instanceof_function(ce, action) || qa_native_action(ce)
                            : zend_hash_str_exists(&ce->function_table, "__invoke", sizeof("__invoke") - 1));
    if (!ok) {
        php_tq_throw(spl_ce_InvalidArgumentException, "%s - Task must extend %s", ZSTR_VAL(name), TQ_ACTION);
        return FAILURE;
    }
    return SUCCESS;
}

/* new Queue(name, broker, 30) added to the dispatcher. */
static zend_result qa_add_queue(zval *dispatcher, zend_string *name, zval *broker, zval *queue)
{
    zval args[3];
    ZVAL_STR(&args[0], name);
    ZVAL_COPY_VALUE(&args[1], broker);
    ZVAL_LONG(&args[2], NEW_QUEUE_WEIGHT);
    if (php_tq_cli_new_object(php_tq_ce_Queue, queue, 3, args) == FAILURE) {
        return FAILURE;
    }
    return php_tq_cli_call1(dispatcher, "addQueue", queue);
}

static bool qa_has_queue(zval *dispatcher, zend_string *name, zend_result *r)
{
    zval zn, rv;
    ZVAL_STR(&zn, name);
    *r = php_tq_call(dispatcher, "hasQueue", &rv, 1, &zn);
    bool has = *r == SUCCESS && zend_is_true(&rv);
    if (*r == SUCCESS) {
        zval_ptr_dtor(&rv);
    }
    return has;
}

static zend_result qa_link(zval *dispatcher, zend_string *task, zend_string *queue)
{
    zval args[2];
    ZVAL_STR(&args[0], task);
    ZVAL_STR(&args[1], queue);
    return php_tq_call(dispatcher, "linkTaskToQueue", NULL, 2, args);
}

/* A new object of ce with the service's locator handed on. */
static zend_result qa_propagate(zval *self, zend_class_entry *ce, zval *out)
{
    if (php_tq_cli_new_object(ce, out, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    zval *locator = php_tq_cli_tool_locator(self, QA_SCOPE);
    return locator ? php_tq_cli_call1(out, "setServiceLocator", locator) : SUCCESS;
}

/* associate(): an existing queue of that name wins (TAO's array_unique over queues). */
static zend_result qa_associate(zval *self, zend_string *task, zend_string *queue, zval *initializer)
{
    zval dispatcher, broker, q;
    if (qa_task_class(task) == FAILURE || php_tq_cli_tool_service(self, QA_SCOPE, TQ_SERVICE_QUEUE, &dispatcher) == FAILURE) {
        return FAILURE;
    }
    zend_result r;
    if (!qa_has_queue(&dispatcher, queue, &r) && r == SUCCESS) {
        r = php_tq_cli_broker_create("rds", "default", 1, &broker);
        if (r == SUCCESS) {
            r = qa_add_queue(&dispatcher, queue, &broker, &q);
            zval_ptr_dtor(&q);
            zval_ptr_dtor(&broker);
        }
    }
    if (r == SUCCESS && (r = qa_link(&dispatcher, task, queue)) == SUCCESS && (r = php_tq_cli_save_dispatcher(&dispatcher)) == SUCCESS) {
        r = qa_propagate(self, php_tq_ce_InitializeQueue, initializer);
    }
    zval_ptr_dtor(&dispatcher);
    return r;
}

ZEND_METHOD(oat_taoTaskQueue_model_Service_QueueAssociationService, __construct)
{
    php_tq_m_constructOptions(INTERNAL_FUNCTION_PARAM_PASSTHRU, QA_SCOPE);
}

ZEND_METHOD(oat_taoTaskQueue_model_Service_QueueAssociationService, associate)
{
    zend_string *task, *queue;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_STR(task)
        Z_PARAM_STR(queue)
    ZEND_PARSE_PARAMETERS_END();
    if (qa_associate(ZEND_THIS, task, queue, return_value) == FAILURE) {
        zval_ptr_dtor(return_value);
        ZVAL_UNDEF(return_value);
        RETURN_THROWS();
    }
}

/* The broker id of the first queue (TAO: getBrokerId() of queues[0]'s broker). */
static zend_string *qa_first_broker_id(zval *dispatcher)
{
    zval queues, broker, id;
    zend_string *out = NULL;
    if (php_tq_call(dispatcher, "getQueues", &queues, 0, NULL) == FAILURE) {
        return NULL;
    }
    zval *first = Z_TYPE(queues) == IS_ARRAY ? zend_hash_get_current_data(Z_ARRVAL(queues)) : NULL;
    if (!first) {
        php_tq_throw(spl_ce_LogicException, "The queue service has no queue to take a broker type from");
    } else if (php_tq_call(first, "getBroker", &broker, 0, NULL) == SUCCESS) {
        if (php_tq_call(&broker, "getBrokerId", &id, 0, NULL) == SUCCESS) {
            out = zval_get_string(&id);
            zval_ptr_dtor(&id);
        }
        zval_ptr_dtor(&broker);
    }
    zval_ptr_dtor(&queues);
    return out;
}

ZEND_METHOD(oat_taoTaskQueue_model_Service_QueueAssociationService, guessDefaultBrokerType)
{
    zval dispatcher;
    ZEND_PARSE_PARAMETERS_NONE();
    if (php_tq_cli_tool_service(ZEND_THIS, QA_SCOPE, TQ_SERVICE_QUEUE, &dispatcher) == FAILURE) {
        RETURN_THROWS();
    }
    zend_string *id = qa_first_broker_id(&dispatcher);
    zval_ptr_dtor(&dispatcher);
    if (!id) {
        RETURN_THROWS();
    }
    RETURN_STR(id);
}

/* associateBulk(): a new queue (first queue's broker type, persistence "default", 2 tasks a
 * poll, weight 30) when there is none of that name, then the associations; saved. */
static zend_result qa_bulk(zval *self, zend_string *name, HashTable *links, zval *ret)
{
    zval dispatcher, broker;
    ZVAL_NULL(ret);
    if (php_tq_cli_tool_service(self, QA_SCOPE, TQ_SERVICE_QUEUE, &dispatcher) == FAILURE) {
        return FAILURE;
    }
    zend_result r;
    if (!qa_has_queue(&dispatcher, name, &r) && r == SUCCESS) {
        zend_string *type = qa_first_broker_id(&dispatcher);
        r = type ? php_tq_cli_broker_create(ZSTR_VAL(type), "default", 2, &broker) : FAILURE;
        if (r == SUCCESS) {
            r = qa_add_queue(&dispatcher, name, &broker, ret);
            zval_ptr_dtor(&broker);
        }
        if (type) {
            zend_string_release(type);
        }
    }
    zend_string *task;
    ZEND_HASH_FOREACH_STR_KEY(links, task) {
        if (r == SUCCESS && task) {
            r = qa_link(&dispatcher, task, name);
        }
    } ZEND_HASH_FOREACH_END();
    if (r == SUCCESS) {
        r = php_tq_cli_save_dispatcher(&dispatcher);
    }
    zval_ptr_dtor(&dispatcher);
    return r;
}

ZEND_METHOD(oat_taoTaskQueue_model_Service_QueueAssociationService, associateBulk)
{
    zend_string *name;
    HashTable *links;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_STR(name)
        Z_PARAM_ARRAY_HT(links)
    ZEND_PARSE_PARAMETERS_END();
    if (qa_bulk(ZEND_THIS, name, links, return_value) == FAILURE) {
        zval_ptr_dtor(return_value);
        ZVAL_UNDEF(return_value);
        RETURN_THROWS();
    }
}

ZEND_METHOD(oat_taoTaskQueue_model_Service_QueueAssociationService, deleteAndRemoveAssociations)
{
    zend_string *name;
    zval dispatcher, zn;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(name)
    ZEND_PARSE_PARAMETERS_END();
    if (php_tq_cli_tool_service(ZEND_THIS, QA_SCOPE, TQ_SERVICE_QUEUE, &dispatcher) == FAILURE) {
        RETURN_THROWS();
    }
    ZVAL_STR(&zn, name);
    /* removeQueue() drops the associations to it too */
    zend_result r = php_tq_call(&dispatcher, "removeQueue", NULL, 1, &zn);
    if (r == SUCCESS) {
        r = php_tq_cli_save_dispatcher(&dispatcher);
    }
    zval_ptr_dtor(&dispatcher);
    if (r == FAILURE) {
        RETURN_THROWS();
    }
}

PHP_TQ_LOCATOR_METHODS(oat_taoTaskQueue_model_Service_QueueAssociationService, php_tq_ce_QueueAssociationService)

/* === ManageAssociationMap =============================================================== */

enum { MA_TASK, MA_QUEUE, MA_HELP, MA_N };
static const tq_cli_spec ma_specs[MA_N] = {
    [MA_TASK] = {"taskClass", TQ_CLI_STRING, "<task class>", "t", 1},
    [MA_QUEUE] = {"queue", TQ_CLI_STRING, "<queue>", "q", 1},   /* TAO: optional, yet a missing one fails */
    [MA_HELP] = {"help", TQ_CLI_FLAG, NULL, "h", 0},
};

/* associate(), then the InitializeQueue it returns, run without options: its report. */
static zend_result ma_run(zval *self, const tq_cli_value *v, zval *report)
{
    zval service, args[2], init, params;
    if (php_tq_cli_new_object(php_tq_ce_QueueAssociationService, &service, 0, NULL) == FAILURE) {
        return FAILURE;
    }
    zval *locator = php_tq_cli_tool_locator(self, php_tq_ce_ManageAssociationMap);
    zend_result r = locator ? php_tq_cli_call1(&service, "setServiceLocator", locator) : SUCCESS;
    ZVAL_STR(&args[0], php_tq_cli_opt_str(&v[MA_TASK]));
    ZVAL_STR(&args[1], php_tq_cli_opt_str(&v[MA_QUEUE]));
    if (r == SUCCESS && (r = php_tq_call(&service, "associate", &init, 2, args)) == SUCCESS) {
        array_init(&params);
        r = php_tq_call(&init, "__invoke", report, 1, &params);
        zval_ptr_dtor(&params);
        zval_ptr_dtor(&init);
    }
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&args[1]);
    zval_ptr_dtor(&service);
    return r;
}

ZEND_METHOD(oat_taoTaskQueue_scripts_tools_ManageAssociationMap, __invoke)
{
    HashTable *params = NULL;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(params)
    ZEND_PARSE_PARAMETERS_END();
    php_tq_cli_args a;
    tq_cli_value v[MA_N];
    tq_error err;
    zval report;
    ZVAL_UNDEF(&report);
    php_tq_cli_tool_args_init(&a, params);
    tq_error_clear(&err);
    if (tq_cli_parse_script(ma_specs, MA_N, a.tokens, a.lens, a.n, v, &err) != 0) {
        php_tq_cli_rep_newf(&report, "error", "%s", err.message);
    } else if (v[MA_HELP].set && v[MA_HELP].num) {
        php_tq_cli_script_usage_report(&report, "Command will define association for a task to specific queue.",
                                       ma_specs, MA_N);
    } else if (tq_cli_check_required(ma_specs, MA_N, v, &err) != 0) {
        php_tq_cli_rep_newf(&report, "error", "%s", err.message);
    } else if (ma_run(ZEND_THIS, v, &report) == SUCCESS) {
        php_tq_cli_tool_args_free(&a);
        RETURN_COPY_VALUE(&report);     /* InitializeQueue's report, already in a tool's shape */
    } else if (!php_tq_cli_catch_as_report(&report)) {
        php_tq_cli_tool_args_free(&a);
        RETURN_THROWS();
    }
    php_tq_cli_tool_args_free(&a);
    php_tq_cli_rep_return(&report, return_value);
}

PHP_TQ_LOCATOR_METHODS(oat_taoTaskQueue_scripts_tools_ManageAssociationMap, php_tq_ce_ManageAssociationMap)

void php_tq_cli_manage_association_map_minit(void)
{
    php_tq_ce_QueueAssociationService = register_class_oat_taoTaskQueue_model_Service_QueueAssociationService();
    php_tq_ce_ManageAssociationMap = register_class_oat_taoTaskQueue_scripts_tools_ManageAssociationMap();
}
