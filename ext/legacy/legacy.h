/*
 * legacy.h: the deprecated oat\taoTaskQueue\model\... names (doc/compatibility.md, "Legacy
 * names"): legacy.c the dispatcher, queue and Task Log, legacy_task.c the task side,
 * legacy_task_log.c the Task Log classes. May touch: the Zend API.
 */
#ifndef PHP_TQ_LEGACY_H
#define PHP_TQ_LEGACY_H

void php_tq_legacy_minit(void);
void php_tq_legacy_task_minit(void);        /* legacy_task.c */
void php_tq_legacy_task_log_minit(void);    /* legacy_task_log.c */

#endif
