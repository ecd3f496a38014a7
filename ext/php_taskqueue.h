/*
 * php_taskqueue.h: the module: its entry, its globals (TQ_G) and its version. What a
 * class group declares is in its folder's header (task/task.h, task_log/task_log.h,
 * queue/queue.h, pg/pg.h, worker/worker.h, sqs/sqs.h, cli/cli.h), the glue helpers in
 * common/common.h: each glue file includes the ones it uses.
 * May touch: the Zend API and src/ headers.
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
    char *allowed_callables;/* taskqueue.allowed_callables: classes/namespaces a message may name (task_serializer.c) */
    tq_id_state id_state;/* per-process task id generator */
    /* Worker (long_running_worker.c, worker/signals.c) */
    tq_signal_state signals;     /* flags set by our signal handlers + wake-up pipe */
    bool signals_ready;          /* signals initialised (pipe open, handlers installed) */
    /* PostgreSQL (persistence.c, rds.c, pg/claims.c) */
    HashTable *persistences;     /* PersistenceRegistry: id => conninfo */
    HashTable *pg_connections;   /* persistence id => connection, one per process */
    struct tq_claim_ledger *claims;/* RDS claims of this request, by task id (pg/claims.h) */
    zend_long lease_time;        /* taskqueue.lease_time: seconds an RDS claim is leased */
    zend_long max_deliveries;    /* taskqueue.max_deliveries: RDS claims of one message before it is set aside */
    bool rds_async_ack;          /* taskqueue.rds_async_ack: RDS claims/completions commit asynchronously */
    zend_long log_prune_days;    /* taskqueue.log_prune_days: idle workers prune archived entries this old; 0 off */
    struct tq_heartbeat *heartbeat;/* the running LongRunningWorker's row in tq_workers (worker/heartbeat.h) */
ZEND_END_MODULE_GLOBALS(taskqueue)

ZEND_EXTERN_MODULE_GLOBALS(taskqueue)
#define TQ_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(taskqueue, v)

#endif
