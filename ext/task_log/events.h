/*
 * events.h: the Task Log's events (events.c) and their trigger. May touch: the Zend API.
 */
#ifndef PHP_TQ_TASK_LOG_EVENTS_H
#define PHP_TQ_TASK_LOG_EVENTS_H

#include "php.h"

extern zend_class_entry *php_tq_ce_TaskLogArchivedEvent;
extern zend_class_entry *php_tq_ce_TaskLogCancelledEvent;

/* new event_ce($entity, $forced), handed to $holder->serviceLocator->get('generis/event')
 * ->trigger() when the locator has that service (scope: the class declaring the holder's
 * serviceLocator property). FAILURE with an exception pending (the locator's or the
 * manager's). */
zend_result php_tq_event_trigger(zend_object *holder, zend_class_entry *scope, zend_class_entry *event_ce,
                                 zval *entity, bool forced);

void php_tq_task_log_events_minit(void);

#endif
