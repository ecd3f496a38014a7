--TEST--
RdsQueueBroker: getTaskByTaskLogId/changeTaskVisibility (TAO's stuck-task tools), pushMany, releasePreFetchedMessages
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;
use oat\taoTaskQueue\model\Task\CallbackTaskDecorator;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\TaskLog;

$lb = new RdsTaskLogBroker('default', 'rds_find_log');
$lb->createContainer();
$log = new TaskLog(['task_log_broker' => $lb]);
$b = new RdsQueueBroker('default', 5);
$q = new Queue('rds_find', $b);
$q->setTaskLog($log);
$q->initialize();

// pushMany without a Task Log broker: queue rows only
var_dump($b->pushMany([rds_task('http://x/a.rdf#i1'), rds_task('http://x/a.rdf#i2')]), $b->pushMany([]));
echo sql_value("SELECT count(*) FROM tq_rds_find_log"), " log rows\n";
// with one (Queue binds its Task Log's broker; here by hand): log rows in the same statement
$b->setTaskLogBroker($lb);
var_dump($b->pushMany([rds_task('http://x/a.rdf#i3', ['n' => 3]), rds_task('http://x/a.rdf#i4', ['n' => 4])]));
echo sql_value("SELECT string_agg(id || ':' || status, ',' ORDER BY id) FROM tq_rds_find_log"), "\n";
try { $b->pushMany([rds_task('http://x/a.rdf#i5'), rds_task('http://x/a.rdf#i3')]); } catch (InvalidArgumentException $e) { echo $e->getMessage(), "\n"; }
try { $b->pushMany([rds_task('http://x/a.rdf#i6'), 'nope']); } catch (InvalidArgumentException $e) { echo $e->getMessage(), "\n"; }
echo sql_value("SELECT count(*) FROM tq_rds_find"), " messages\n";

$found = $b->getTaskByTaskLogId('http://x/a.rdf#i3');
var_dump($found instanceof CallbackTaskDecorator, $found->getTask()->getId(), $found->getTaskId() === sql_value("SELECT id::text FROM tq_rds_find WHERE task_id = 'http://x/a.rdf#i3'"));
var_dump($b->getTaskByTaskLogId('http://x/a.rdf#nope'));
$b->changeTaskVisibility($found->getTaskId(), false);
var_dump(count($b));
try { $b->changeTaskVisibility('i3', true); } catch (InvalidArgumentException $e) { echo $e->getMessage(), "\n"; }

// a worker stopping early gives its buffered claims back: visible again, log back to enqueued
$first = $q->dequeue();
echo $first->getId(), '; buffered: ', $b->hasPreFetchedMessages() ? 'yes' : 'no', '; ',
     sql_value("SELECT string_agg(id || ':' || status, ',' ORDER BY id) FROM tq_rds_find_log"), "\n";
var_dump($b->releasePreFetchedMessages(), $b->hasPreFetchedMessages(), count($b));
echo sql_value("SELECT string_agg(id || ':' || status, ',' ORDER BY id) FROM tq_rds_find_log"), "\n";
$q->acknowledge($first);
$b->changeTaskVisibility($found->getTaskId(), true);
var_dump(count($b));
$d = new CallbackTaskDecorator(rds_task('z'), '42');
echo $d->getTaskId(), ' ', $d->getTask()->getId(), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
drop_tables('tq_rds_find', 'tq_rds_find_log');
?>
--EXPECTF--
int(2)
int(0)
0 log rows
int(2)
http://x/a.rdf#i3:enqueued,http://x/a.rdf#i4:enqueued
RdsQueueBroker::pushMany() on persistence "default": enqueueing: a task log entry exists already (or a task id is given twice); nothing was queued
RdsQueueBroker::pushMany(): element 1 is string, not a TaskInterface; nothing was queued
4 messages
bool(true)
string(17) "http://x/a.rdf#i3"
bool(true)
NULL
int(3)
RdsQueueBroker::changeTaskVisibility(): "i3" is not a message id (the row id getTaskByTaskLogId() returns)
http://x/a.rdf#i1; buffered: yes; http://x/a.rdf#i3:enqueued,http://x/a.rdf#i4:running
int(2)
bool(false)
int(2)
http://x/a.rdf#i3:enqueued,http://x/a.rdf#i4:enqueued
int(3)
42 z
