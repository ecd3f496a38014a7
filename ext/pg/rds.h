/*
 * rds.h: what RdsQueueBroker (rds_queue_broker.c) and RdsTaskLogBroker
 * (rds_task_log_broker.c) share. May touch: the Zend API, pg/tq_pg_log.
 */
#ifndef PHP_TQ_RDS_H
#define PHP_TQ_RDS_H

#include "php.h"
#include "zend_smart_str.h"
#include "pg/tq_pg_log.h"
#include "pg.h"

struct tq_error;

/* A string property of obj in scope, or NULL. */
zend_string *php_tq_rds_prop_string(zend_object *obj, zend_class_entry *scope, const char *name);
/* Its persistenceId property, "" when unset. */
const char *php_tq_rds_persistence_of(zend_object *obj, zend_class_entry *scope);
/* php_tq_pg_throw() with the object's persistence id. */
void php_tq_rds_throw(zend_object *obj, zend_class_entry *scope, const struct tq_error *err, const char *what);
/* The connection of the object's persistence, resolved into *slot on first use. NULL with an
 * exception. */
php_tq_pg_conn *php_tq_rds_conn(zend_object *obj, zend_class_entry *scope, php_tq_pg_conn **slot);
/* Appends s as a single-quoted PHP string literal (common's one emitter). */
static inline void php_tq_rds_php_literal(smart_str *out, const char *s)
{
    php_tq_php_string(out, s, strlen(s));
}

/* The connection and table of an RdsQueueBroker's queue (what a stuck-task restart
 * writes, pg/tq_pg_stuck.h). FAILURE with an exception. */
zend_result php_tq_rds_queue_target(zend_object *obj, tq_pg **pg, const char **table);

/* The core store of an RdsTaskLogBroker (built on first use). NULL with an exception. */
tq_pg_log *php_tq_rds_log_store(zend_object *obj);


#endif
