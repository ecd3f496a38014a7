/*
 * php_taskqueue.h: what every ext/ file shares: the module entry, the class entries
 * of every class the extension defines, each class group's start-up function, and
 * the glue helpers of common/common.c. May touch: the Zend API and src/ headers.
 */
#ifndef PHP_TASKQUEUE_H
#define PHP_TASKQUEUE_H

#include "php.h"
#include "task/tq_id.h"
#include "worker/tq_signal.h"

#define PHP_TASKQUEUE_VERSION "0.1.0"

extern zend_module_entry taskqueue_module_entry;
#define phpext_taskqueue_ptr &taskqueue_module_entry

ZEND_BEGIN_MODULE_GLOBALS(taskqueue)
    char *root;        /* taskqueue.root: a TAO root (config/ lives there) */
    char *id_namespace;/* taskqueue.namespace: prefix of task ids when LOCAL_NAMESPACE is not defined */
    tq_id_state id_state;/* per-process task id generator */
    /* Worker (long_running_worker.c, worker/signals.c) */
    zend_long claim_cap;         /* most tasks a native broker may claim now; 0: no cap */
    tq_signal_state signals;     /* flags set by our signal handlers + wake-up pipe */
    bool signals_ready;          /* signals initialised (pipe open, handlers installed) */
    /* PostgreSQL (persistence.c, rds.c, pg/claims.c) */
    HashTable *persistences;     /* PersistenceRegistry: id => conninfo */
    HashTable *pg_connections;   /* persistence id => connection, one per process */
    HashTable *claims;           /* task id => what the claim that handed it out knows */
    zend_long lease_time;        /* taskqueue.lease_time: seconds an RDS claim is leased */
    bool rds_async_ack;          /* taskqueue.rds_async_ack: RDS claims/completions commit asynchronously */
ZEND_END_MODULE_GLOBALS(taskqueue)

ZEND_EXTERN_MODULE_GLOBALS(taskqueue)
#define TQ_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(taskqueue, v)

/* Class entries, named after the PHP short name (unique across our namespaces). */
extern zend_class_entry *php_tq_ce_WorkerContextAwareInterface;
extern zend_class_entry *php_tq_ce_ChildTaskAwareInterface;
extern zend_class_entry *php_tq_ce_TaskInterface;
extern zend_class_entry *php_tq_ce_CallbackTaskInterface;
extern zend_class_entry *php_tq_ce_TaskAwareInterface;
extern zend_class_entry *php_tq_ce_QueueAssociableInterface;
extern zend_class_entry *php_tq_ce_RemoteTaskSynchroniserInterface;
extern zend_class_entry *php_tq_ce_AbstractTask;
extern zend_class_entry *php_tq_ce_CallbackTask;
extern zend_class_entry *php_tq_ce_InvalidTaskException;
extern zend_class_entry *php_tq_ce_TaskSerializerService;

extern zend_class_entry *php_tq_ce_CategorizedStatus;
extern zend_class_entry *php_tq_ce_TaskLogFilter;
extern zend_class_entry *php_tq_ce_TasksLogsStats;
extern zend_class_entry *php_tq_ce_CollectionInterface;
extern zend_class_entry *php_tq_ce_TaskLogCollection;
extern zend_class_entry *php_tq_ce_EntityInterface;
extern zend_class_entry *php_tq_ce_TaskLogEntity;

extern zend_class_entry *php_tq_ce_TaskLogBrokerInterface;
extern zend_class_entry *php_tq_ce_RdsTaskLogBrokerInterface;
extern zend_class_entry *php_tq_ce_InMemoryTaskLogBroker;

extern zend_class_entry *php_tq_ce_TaskLogInterface;
extern zend_class_entry *php_tq_ce_TaskLog;
extern zend_class_entry *php_tq_ce_TaskLogAwareInterface;

extern zend_class_entry *php_tq_ce_QueueBrokerInterface;
extern zend_class_entry *php_tq_ce_SyncQueueBrokerInterface;
extern zend_class_entry *php_tq_ce_AbstractQueueBroker;
extern zend_class_entry *php_tq_ce_InMemoryQueueBroker;

extern zend_class_entry *php_tq_ce_SelectorStrategyInterface;
extern zend_class_entry *php_tq_ce_WeightStrategy;
extern zend_class_entry *php_tq_ce_StrictPriorityStrategy;

extern zend_class_entry *php_tq_ce_QueuerInterface;
extern zend_class_entry *php_tq_ce_QueueInterface;
extern zend_class_entry *php_tq_ce_Queue;

extern zend_class_entry *php_tq_ce_QueueDispatcherInterface;
extern zend_class_entry *php_tq_ce_QueueDispatcher;

extern zend_class_entry *php_tq_ce_PersistenceRegistry;
extern zend_class_entry *php_tq_ce_RdsQueueBroker;
extern zend_class_entry *php_tq_ce_CallbackTaskDecorator;
extern zend_class_entry *php_tq_ce_RdsTaskLogBroker;

extern zend_class_entry *php_tq_ce_WorkerInterface;
extern zend_class_entry *php_tq_ce_AbstractWorker;
extern zend_class_entry *php_tq_ce_OneTimeWorker;
extern zend_class_entry *php_tq_ce_LongRunningWorker;
extern zend_class_entry *php_tq_ce_StderrLogger;

extern zend_class_entry *php_tq_ce_SqsQueueBroker;
extern zend_class_entry *php_tq_ce_BrokerFactory;
extern zend_class_entry *php_tq_ce_RunWorker;
extern zend_class_entry *php_tq_ce_InitializeQueue;
extern zend_class_entry *php_tq_ce_Cli;

/* Start-up of each class group, called by MINIT in this order (later groups implement
 * interfaces of earlier ones). */
void php_tq_task_minit(void);
void php_tq_task_log_entity_minit(void);
void php_tq_task_log_broker_minit(void);
void php_tq_task_log_minit(void);
void php_tq_broker_minit(void);
void php_tq_selector_minit(void);
void php_tq_queue_minit(void);
void php_tq_queue_dispatcher_minit(void);
void php_tq_worker_minit(void);
void php_tq_cli_minit(void);
void php_tq_persistence_minit(void);
void php_tq_rds_queue_broker_minit(void);
void php_tq_rds_task_log_broker_minit(void);
void php_tq_long_running_worker_minit(void);

/* The task HTTP API (http/server.c): TaskQueue\Http\Server. */
void php_tq_http_minit(void);

/* Request shutdown of the worker's signal handling (worker/signals.c): previous handlers back. */
void php_tq_signals_rshutdown(void);
/* SQS (sqs.c): also libcurl's global init and the process's queue URL cache. */
void php_tq_sqs_minit(void);
void php_tq_sqs_mshutdown(void);

/* Task (de)serialisation, implemented in task.c and used by brokers and workers. */
/* TaskSerializerService::serialize(): the task's jsonSerialize() as TAO's JSON bytes.
 * NULL with an exception pending on failure. */
zend_string *php_tq_task_serialize(zval *task);
/* TaskSerializerService::deserialize(): builds the task (resolving __callable__);
 * FAILURE with an InvalidTaskException (or the resolver's exception) pending. */
zend_result php_tq_task_deserialize(const char *json, size_t len, zval *out);

/* Native brokers (memory, rds, sqs): the core broker behind one of our PHP broker objects,
 * so workers can claim from it and wait on it directly. Each native broker class registers
 * its accessor at start-up; php_tq_native_broker() returns NULL for brokers written in PHP. */
typedef struct tq_broker *(*php_tq_native_broker_fn)(zend_object *obj);
void php_tq_native_broker_register(zend_class_entry *ce, php_tq_native_broker_fn fn);
struct tq_broker *php_tq_native_broker(zend_object *obj);

/* PostgreSQL persistences (persistence.c): a persistence id resolves to a libpq conninfo
 * (env TASKQUEUE_PERSISTENCE_<ID>, then TaskQueue\PersistenceRegistry, then TAO's
 * persistences.conf.php); one connection per conninfo and process, closed at module
 * shutdown, with its lease keeper thread. */
struct tq_pg;
struct tq_lease_keeper;
typedef struct php_tq_pg_conn {
    struct tq_pg *pg;
    struct tq_lease_keeper *keeper;   /* NULL until the first claim */
    char *conninfo;
} php_tq_pg_conn;
/* The connection of a persistence id (not connected yet if new). NULL with an exception
 * naming the id and every place looked. */
php_tq_pg_conn *php_tq_pg_for(zend_string *persistence_id);
/* Its lease keeper, created on first use. NULL with an exception. */
struct tq_lease_keeper *php_tq_pg_keeper(php_tq_pg_conn *c);
/* Throws for a failed core call: "<what> on persistence "<id>": <reason>". */
void php_tq_pg_throw(zend_string *persistence_id, const struct tq_error *err, const char *what);
void php_tq_persistence_rshutdown(void);
void php_tq_persistence_mshutdown(void);

/* RdsQueueBroker glue for Queue (rds.c). */
/* When broker is an RdsQueueBroker and task_log a TaskLogInterface whose getBroker() is an
 * RdsTaskLogBroker: hands that log broker to the queue broker (its claims then start tasks
 * in the same statement); forgets it when the TaskLog's broker is another kind. */
void php_tq_rds_bind_task_log(zval *broker, zval *task_log);
/* Queue::enqueue() in one statement (queue row + 'enqueued' log row) when broker is an
 * RdsQueueBroker and task_log our TaskLog over an RdsTaskLogBroker on the same database.
 * 1 done, 0 not applicable (take the usual path), -1 exception pending. */
int php_tq_rds_enqueue(zval *broker, zval *task_log, zval *task, zval *label);

#include "common/common.h"

#endif
