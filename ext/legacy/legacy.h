/*
 * legacy.h: the deprecated oat\taoTaskQueue\model\... names (doc/compatibility.md, "Legacy
 * names"): legacy.c the dispatcher, queue and Task Log, legacy_task.c the task side,
 * legacy_task_log.c the Task Log classes, legacy_decorators.c the presentation classes'
 * methods. May touch: the Zend API.
 */
#ifndef PHP_TQ_LEGACY_H
#define PHP_TQ_LEGACY_H

#include "php.h"

void php_tq_legacy_minit(void);

/* Set by legacy_task_log.c, used by legacy_decorators.c. */
extern zend_class_entry *php_tq_ce_legacy_CategoryEntityDecorator;
extern zend_class_entry *php_tq_ce_legacy_HasFileEntityDecorator;
extern zend_class_entry *php_tq_ce_legacy_DataTablePayload;
extern zend_class_entry *php_tq_ce_legacy_SimpleManagementCollectionDecorator;
void php_tq_legacy_task_minit(void);        /* legacy_task.c */
void php_tq_legacy_task_log_minit(void);    /* legacy_task_log.c */

#endif
