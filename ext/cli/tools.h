/*
 * tools.h: what the command-line class groups share (tools.c): report arrays as TAO's
 * tools return them, exceptions turned into reports, service lookups, argument parsing
 * and usage text; BrokerFactory's checks (broker_factory.c), which InitializeQueue uses.
 * May touch: the Zend API, src/cli/tq_cli_args.
 */
#ifndef PHP_TQ_CLI_TOOLS_H
#define PHP_TQ_CLI_TOOLS_H

#include "php.h"
#include "../common/common.h"
#include "../task/task.h"
#include "../task_log/task_log.h"
#include "../queue/queue.h"
#include "../worker/worker.h"
#include "cli.h"
#include "cli/tq_cli_args.h"

#define TQ_CLASS_LONG_RUNNING_WORKER "oat\\taoTaskQueue\\model\\LongRunningWorker"
#define TQ_CLASS_RDS_BROKER "oat\\taoTaskQueue\\model\\QueueBroker\\RdsQueueBroker"
#define TQ_CLASS_NEWSQL_BROKER "oat\\taoTaskQueue\\model\\QueueBroker\\NewSqlQueueBroker"
#define TQ_CLASS_SQS_BROKER "oat\\taoTaskQueue\\model\\QueueBroker\\SqsQueueBroker"
#define TQ_SERVICE_QUEUE "tao/taskQueue"
#define TQ_SERVICE_TASK_LOG "tao/taskLog"
#define TQ_SERVICE_LOG "generis/log"
/* common_cache_Cache::SERVICE_ID, what TAO's factory hands an SQS broker */
#define TQ_SERVICE_CACHE "generis/cache"
#define TQ_VALID_BROKERS "memory, rds, newsql, sqs"
#define TQ_DATE_ATOM "Y-m-d\\TH:i:sP"

typedef struct php_tq_cli_args {
    size_t n;
    zend_string **strs;
    const char **tokens;
    size_t *lens;
} php_tq_cli_args;

void php_tq_cli_rep_new(zval *out, const char *type, zend_string *message);
void php_tq_cli_rep_newf(zval *out, const char *type, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 3, 4);
/* Appends child (taken) to report's children. */
void php_tq_cli_rep_add(zval *report, zval *child);
void php_tq_cli_rep_addf(zval *report, const char *type, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 3, 4);
/* What a tool returns: generis' common_report_Report when it can be loaded (TAO's
 * CliController renders only Report objects), else the array. Takes arr. */
void php_tq_cli_rep_return(zval *arr, zval *return_value);
/* true when the pending exception must go on unwinding (exit() or a graceful exit). */
bool php_tq_cli_must_unwind(void);
/* Takes the pending exception and makes it an error report carrying its message (what
 * TAO's tools return from their catch). false, and the exception left pending, when
 * it must unwind. */
bool php_tq_cli_catch_as_report(zval *report);
/* A class the extension may or may not define in this build. No autoloading: TAO's own
 * PHP copies of these classes must not be picked up in place of a missing native one. */
zend_class_entry *php_tq_cli_native_class(const char *name);
/* new ce(...argv) into out. FAILURE with an exception pending. */
zend_result php_tq_cli_new_object(zend_class_entry *ce, zval *out, uint32_t argc, zval *argv);
/* $obj->name($arg) with one zval argument (NULL: none), result dropped. */
zend_result php_tq_cli_call1(zval *obj, const char *name, zval *arg);
bool php_tq_cli_call_bool(zval *obj, const char *name, zend_result *r);
/* A service of the tool: through the locator set with setServiceLocator() (TAO's
 * ServiceManager), else from the TAO root's config file. */
zend_result php_tq_cli_tool_service(zval *self, zend_class_entry *scope, const char *id, zval *out);
zval *php_tq_cli_tool_locator(zval *self, zend_class_entry *scope);
/* The Task Log the tools use. TAO asks its ServiceManager for tao/taskLog, which is the
 * instance the dispatcher got too; without a locator the dispatcher's own getTaskLog()
 * gives that same shared instance (it resolves tao/taskLog from the config file). */
zend_result php_tq_cli_tool_task_log(zval *self, zend_class_entry *scope, zval *dispatcher, zval *out);
void php_tq_cli_tool_args_init(php_tq_cli_args *a, HashTable *params);
void php_tq_cli_tool_args_free(php_tq_cli_args *a);
zend_string *php_tq_cli_opt_str(const tq_cli_value *v);
/* An info report listing a tool's options, for --help. */
void php_tq_cli_usage_report(zval *report, const char *tool, const char *about, const tq_cli_spec *specs, size_t n);
/* An info report for a ScriptAction tool's -h/--help: about, then generis' "Required
 * Arguments:" / "Optional Arguments:" lists. */
void php_tq_cli_script_usage_report(zval *report, const char *about, const tq_cli_spec *specs, size_t n);
/* A generis ScriptAction tool's __invoke(array $params = []): its options parsed
 * (tq_cli_parse_script), -h/--help answered with the usage report, the required ones
 * checked, then run; an exception from run becomes an error report unless it must unwind. */
typedef struct php_tq_cli_script {
    const tq_cli_spec *specs;
    size_t n;
    size_t help;                 /* index of the help flag in specs */
    const char *about;           /* what --help says first */
    zend_result (*run)(zval *self, const tq_cli_value *v, const void *data, zval *report);
    const void *data;            /* passed on to run */
} php_tq_cli_script;
void php_tq_cli_script_invoke(INTERNAL_FUNCTION_PARAMETERS, const php_tq_cli_script *tool);
/* A classic generis Action tool's __invoke(array $params = []): run with the parameters as
 * tokens; an exception from run becomes an error report (TAO's catch) unless it must unwind. */
typedef zend_result (*php_tq_cli_action_run)(zval *self, const php_tq_cli_args *a, zval *report);
void php_tq_cli_action_invoke(INTERNAL_FUNCTION_PARAMETERS, php_tq_cli_action_run run);
/* The dispatcher written back to <root>/config/tao/taskQueue.conf.php (TAO's register()
 * of a file-based config), compiled first, replaced atomically. FAILURE with an exception. */
zend_result php_tq_cli_save_dispatcher(zval *dispatcher);
/* The argument checks of the factory, also run by InitializeQueue before it touches
 * any service (TAO checks its options first). FAILURE with an exception thrown. */
zend_result php_tq_cli_broker_check(const char *id, const char *persistence);
/* BrokerFactory::create() in C. FAILURE with an exception pending. */
zend_result php_tq_cli_broker_create(const char *id, const char *persistence, zend_long capacity, zval *out);

void php_tq_cli_broker_factory_minit(void);
void php_tq_cli_run_worker_minit(void);
void php_tq_cli_initialize_queue_minit(void);
void php_tq_cli_stuck_task_tools_minit(void);
void php_tq_cli_task_log_utility_minit(void);
void php_tq_cli_manage_association_map_minit(void);
void php_tq_cli_task_tools_minit(void);
void php_tq_cli_worker_manager_minit(void);
void php_tq_cli_migrate_queue_messages_minit(void);

#endif
