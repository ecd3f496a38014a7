/*
 * pg/pg.h: the PostgreSQL groups' class entries (persistence.c, rds_queue_broker.c,
 * rds_task_log_broker.c), their start-up and shutdown functions, one connection per
 * persistence id, and the RdsQueueBroker hooks Queue calls. The C helpers the RDS
 * classes share are in rds.h, the claims in claims.h. May touch: the Zend API.
 */
#ifndef PHP_TQ_PG_H
#define PHP_TQ_PG_H

#include "php.h"

extern zend_class_entry *php_tq_ce_PersistenceRegistry;
extern zend_class_entry *php_tq_ce_RdsQueueBroker;
extern zend_class_entry *php_tq_ce_CallbackTaskDecorator;
extern zend_class_entry *php_tq_ce_RdsTaskLogBroker;

void php_tq_persistence_minit(void);
void php_tq_rds_queue_broker_minit(void);
void php_tq_rds_task_log_broker_minit(void);

struct tq_error;
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

#endif
