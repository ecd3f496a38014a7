/*
 * task_log_private.h: what TaskLog's two files share (task_log.c: construction, statuses,
 * reports, categories; task_log_lookups.c: lookups, archive and cancel). Private to ext/task_log.
 * May touch: the Zend API.
 */
#ifndef PHP_TQ_TASK_LOG_PRIVATE_H
#define PHP_TQ_TASK_LOG_PRIVATE_H

#include "php.h"

#define THIS_OBJ Z_OBJ_P(ZEND_THIS)
#define OPT_IGNORE "task_ui_ignore_list"
#define DEFAULT_LIMIT 20

/* A mixed id as text for log lines. */
zend_string *php_tq_tl_text(zval *v);
/* $this->getBroker()->method(...$argv) into rv (may be NULL). */
zend_result php_tq_tl_broker_call(zend_object *self, const char *method, zval *rv, uint32_t argc, zval *argv);
/* $this->method(...) through PHP, so subclasses can override it. */
zend_result php_tq_tl_self_call(zend_object *self, const char *method, zval *rv, uint32_t argc, zval *argv);
/* A task or user id argument of TaskLog::method() holding a NUL byte: refused with an
 * exception (never swallowed like a broker's failure: the store would act on the id up to
 * the NUL, another task). FAILURE with the exception pending. */
zend_result php_tq_tl_refuse_nul(zval *v, const char *method, const char *what);
/* Result of $collection->isEmpty() / count($collection) for a collection or array. */
zend_result php_tq_tl_collection_count(zval *coll, zend_long *n);

#endif
