/*
 * taskqueue.c: the module: ini settings, globals, start-up of every class group in
 * dependency order, phpinfo(). May touch: the Zend API, the class groups' minit.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "php_ini.h"
#include "ext/standard/info.h"
#include <jansson.h>
#include <libpq-fe.h>
#include "php_taskqueue.h"
#include "common/common.h"
#include "task/task.h"
#include "task_log/task_log.h"
#include "task_log/decorators.h"
#include "queue/queue.h"
#include "queue/telemetry.h"
#include "legacy/legacy.h"
#include "pg/pg.h"
#include "stuck/stuck.h"
#include "worker/worker.h"
#include "worker/signals.h"
#include "worker/heartbeat.h"
#include "sqs/sqs.h"
#include "cli/cli.h"
#include "http/http.h"
#include "pg/claims.h"
#include "sqs/tq_curl.h"

ZEND_DECLARE_MODULE_GLOBALS(taskqueue)

/* Whether an ini value is a whole number in [min, max]; warns (naming the setting, unit and
 * bounds) when it is not. */
static bool ini_long_within(zend_string *value, const char *name, const char *unit, zend_long min, zend_long max)
{
    zend_long v;
    double d;
    if (is_numeric_string(ZSTR_VAL(value), ZSTR_LEN(value), &v, &d, false) == IS_LONG && v >= min && v <= max) {
        return true;
    }
    php_error_docref(NULL, E_WARNING, "%s must be a whole number%s from " ZEND_LONG_FMT " to " ZEND_LONG_FMT
                     ", \"%s\" given", name, unit, min, max, ZSTR_VAL(value));
    return false;
}

/* taskqueue.lease_time: seconds, at most SQS's 12 h visibility limit; an overflow
 * (9223372036854775807) made `now() + lease` lease rows into the past. A refused
 * value keeps the previous one (at start-up the default, 60). */
static ZEND_INI_MH(OnUpdateLeaseTime)
{
    if (!ini_long_within(new_value, "taskqueue.lease_time", " of seconds", 1, PHP_TQ_LEASE_TIME_MAX)) {
        return FAILURE;
    }
    return OnUpdateLong(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

/* taskqueue.max_deliveries: a message claimed this often without being finished is set
 * aside (README, "Claims, leases, and what happens when a worker dies"); 0: no bound. A task
 * that kills its worker every time (memory_limit, a crash) came back forever before. */
#define TQ_MAX_DELIVERIES_MAX 1000000

static ZEND_INI_MH(OnUpdateMaxDeliveries)
{
    if (!ini_long_within(new_value, "taskqueue.max_deliveries", " (0: no bound)", 0, TQ_MAX_DELIVERIES_MAX)) {
        return FAILURE;
    }
    return OnUpdateLong(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

/* taskqueue.log_prune_days: an idle LongRunningWorker deletes archived Task Log entries older
 * than this, in batches, at most once an hour (worker/log_prune.c); 0: never. */
#define TQ_LOG_PRUNE_DAYS_MAX 36600

static ZEND_INI_MH(OnUpdateLogPruneDays)
{
    if (!ini_long_within(new_value, "taskqueue.log_prune_days", " (0: never)", 0, TQ_LOG_PRUNE_DAYS_MAX)) {
        return FAILURE;
    }
    return OnUpdateLong(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

PHP_INI_BEGIN()
    STD_PHP_INI_ENTRY("taskqueue.root", "", PHP_INI_ALL, OnUpdateString, root,
                      zend_taskqueue_globals, taskqueue_globals)
    STD_PHP_INI_ENTRY("taskqueue.namespace", "http://www.tao.lu/Ontologies/taskqueue.rdf#", PHP_INI_ALL,
                      OnUpdateString, id_namespace, zend_taskqueue_globals, taskqueue_globals)
    /* what a task read from a message may name besides Actions (doc/compatibility.md) */
    STD_PHP_INI_ENTRY("taskqueue.allowed_callables", "", PHP_INI_ALL, OnUpdateString, allowed_callables,
                      zend_taskqueue_globals, taskqueue_globals)
    STD_PHP_INI_BOOLEAN("taskqueue.rds_async_ack", "1", PHP_INI_ALL, OnUpdateBool, rds_async_ack,
                        zend_taskqueue_globals, taskqueue_globals)
    STD_PHP_INI_ENTRY("taskqueue.lease_time", "60", PHP_INI_ALL, OnUpdateLeaseTime, lease_time,
                      zend_taskqueue_globals, taskqueue_globals)
    STD_PHP_INI_ENTRY("taskqueue.max_deliveries", "10", PHP_INI_ALL, OnUpdateMaxDeliveries, max_deliveries,
                      zend_taskqueue_globals, taskqueue_globals)
    STD_PHP_INI_ENTRY("taskqueue.log_prune_days", "0", PHP_INI_ALL, OnUpdateLogPruneDays, log_prune_days,
                      zend_taskqueue_globals, taskqueue_globals)
    /* the task HTTP API (ext/http): token file, download directory, error details */
    PHP_INI_ENTRY("taskqueue.api_tokens", "", PHP_INI_SYSTEM | PHP_INI_PERDIR, NULL)
    PHP_INI_ENTRY("taskqueue.api_storage", "", PHP_INI_SYSTEM | PHP_INI_PERDIR, NULL)
    PHP_INI_ENTRY("taskqueue.api_debug", "0", PHP_INI_SYSTEM | PHP_INI_PERDIR, NULL)
PHP_INI_END()

static PHP_GINIT_FUNCTION(taskqueue)
{
#if defined(COMPILE_DL_TASKQUEUE) && defined(ZTS)
    ZEND_TSRMLS_CACHE_UPDATE();
#endif
    memset(taskqueue_globals, 0, sizeof(*taskqueue_globals));
}

static PHP_MINIT_FUNCTION(taskqueue)
{
    REGISTER_INI_ENTRIES();
    php_tq_retry_policy_minit();         /* AbstractTask's signatures name it */
    php_tq_task_minit();
    php_tq_callback_task_minit();
    php_tq_task_serializer_minit();
    php_tq_task_language_loader_minit();
    php_tq_task_log_entity_minit();
    php_tq_task_log_broker_minit();
    php_tq_task_log_minit();
    php_tq_decorators_minit();
    php_tq_data_table_payload_minit();
    php_tq_task_traits_minit();
    php_tq_task_log_action_trait_minit();
    php_tq_broker_minit();
    php_tq_selector_minit();
    php_tq_queue_minit();
    php_tq_queue_dispatcher_minit();
    php_tq_dispatched_queue_minit();
    php_tq_worker_minit();
    php_tq_telemetry_minit();
    php_tq_cli_minit();
    php_tq_persistence_minit();
    php_tq_rds_queue_broker_minit();
    php_tq_rds_task_log_broker_minit();
    php_tq_stuck_minit();
    php_tq_long_running_worker_minit();
    php_tq_sqs_minit();
    php_tq_http_minit();
    php_tq_legacy_minit();             /* extends classes from all of the above */
    return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(taskqueue)
{
    php_tq_persistence_mshutdown();    /* connections and lease keeper threads */
    UNREGISTER_INI_ENTRIES();
    php_tq_sqs_mshutdown();
    php_tq_task_log_entity_mshutdown();
    return SUCCESS;
}

static PHP_RSHUTDOWN_FUNCTION(taskqueue)
{
    php_tq_heartbeat_end();            /* a run that exit() cut short */
    php_tq_claims_rshutdown();         /* before the registry: claims may store reports */
    php_tq_persistence_rshutdown();
    php_tq_signals_rshutdown();
    return SUCCESS;
}

static PHP_MINFO_FUNCTION(taskqueue)
{
    char pq[32];
    int v = PQlibVersion();
    snprintf(pq, sizeof(pq), "%d.%d", v / 10000, v % 100);
    php_info_print_table_start();
    php_info_print_table_header(2, "taskqueue support", "enabled");
    php_info_print_table_row(2, "Version", PHP_TASKQUEUE_VERSION);
    php_info_print_table_row(2, "libpq", pq);
    const char *curl = tq_curl_version();
    php_info_print_table_row(2, "libcurl", curl ? curl : LIBCURL_VERSION " headers; opened on first SQS use");
    php_info_print_table_row(2, "jansson", JANSSON_VERSION);
    php_info_print_table_end();
    DISPLAY_INI_ENTRIES();
}

static const zend_module_dep taskqueue_deps[] = {
    ZEND_MOD_REQUIRED("json")
    ZEND_MOD_REQUIRED("spl")
    ZEND_MOD_REQUIRED("date")
    ZEND_MOD_END
};

zend_module_entry taskqueue_module_entry = {
    STANDARD_MODULE_HEADER_EX,
    NULL,
    taskqueue_deps,
    "taskqueue",
    NULL,
    PHP_MINIT(taskqueue),
    PHP_MSHUTDOWN(taskqueue),
    NULL,
    PHP_RSHUTDOWN(taskqueue),
    PHP_MINFO(taskqueue),
    PHP_TASKQUEUE_VERSION,
    PHP_MODULE_GLOBALS(taskqueue),
    PHP_GINIT(taskqueue),
    NULL,
    NULL,
    STANDARD_MODULE_PROPERTIES_EX
};

#ifdef COMPILE_DL_TASKQUEUE
#ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
#endif
ZEND_GET_MODULE(taskqueue)
#endif
