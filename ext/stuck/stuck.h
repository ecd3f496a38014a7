/*
 * stuck.h: TAO's stuck-task classes (README "Operator tools"): StuckTask, Repository\StuckTaskQuery,
 * Repository\StuckTaskCollection (stuck_task.c), Repository\StuckTaskRepository and
 * Service\RestartStuckTaskService (stuck_task_repository.c). What counts as stuck and how a
 * restart is written is src/pg/tq_pg_stuck (one home, shared with the dashboard).
 * May touch: the Zend API, common/common, pg/, src/pg/tq_pg_stuck.
 */
#ifndef PHP_TQ_STUCK_H
#define PHP_TQ_STUCK_H

#include "php.h"

#define TQ_CLASS_STUCK_TASK "oat\\taoTaskQueue\\model\\StuckTask"
#define TQ_STUCK_LIST_MAX 10000   /* stuck tasks one findAll() lists at most */

extern zend_class_entry *php_tq_ce_StuckTask;
extern zend_class_entry *php_tq_ce_StuckTaskQuery;
extern zend_class_entry *php_tq_ce_StuckTaskCollection;
extern zend_class_entry *php_tq_ce_StuckTaskRepository;
extern zend_class_entry *php_tq_ce_RestartStuckTaskService;

/* The statuses a StuckTaskQuery accepts, one per line (tq_stuck_query.statuses). */
zend_string *php_tq_stuck_query_statuses(zval *query);

void php_tq_stuck_minit(void);

/* stuck_task_repository.c: new StuckTask(entity, queue, task?, rowId?) added to collection,
 * the task and row id from the broker's getTaskByTaskLogId(id) (null: an orphan). */
zend_result php_tq_stuck_add_entity(zval *broker, zend_string *queue, zval *entity, zval *id, zval *collection);
/* The Task Log row of id moved from `from` to `to` through task_log->setStatus() with its
 * previous status (one statement: of two callers only one moves it). *moved false when the
 * row was not `from` any more (0 rows, or false); a double that answers anything else
 * counts as moved. */
zend_result php_tq_stuck_move_status(zval *task_log, zend_string *id, const char *to, const char *from, bool *moved);

/* stuck_generic.c: an RDS queue whose Task Log is not on PostgreSQL, through the Task Log's
 * and the broker's public methods (TAO's way; only `enqueued` rows, statuses one per line). */
zend_result php_tq_stuck_generic_find(zval *broker, zval *task_log, zval *query, zend_string *queue,
                                      const char *statuses, zval *collection);
/* The message of stuck task id visible again (refused while a worker holds its lease), the
 * row enqueued through the Task Log's setStatus(). */
zend_result php_tq_stuck_generic_restart(zval *broker, zval *task_log, zval *stuck, zend_string *id,
                                         zend_string *queue);

/* stuck_sqs.c: an SQS queue's stuck tasks, its messages kept in TQ_<name>_poison. */
bool php_tq_stuck_is_sqs(zval *broker);
/* Adds the StuckTask of each kept message whose task has a Task Log entry (names: one per
 * line, "" any) to collection, when statuses (one per line) include failed. */
zend_result php_tq_stuck_sqs_find(zval *broker, zval *task_log, zend_string *queue, const char *names,
                                  const char *statuses, zval *collection);
/* Sends task id's kept message back (its entry enqueued); throws when there is none. */
zend_result php_tq_stuck_sqs_restart(zval *broker, zend_string *id, zend_string *queue);

#endif
