--TEST--
QueueDispatcher::__construct(): every task-to-queue association must name a registered queue
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\QueueDispatcher;

$queues = [new FakeQueue('q1'), new FakeQueue('q2')];
tq_try(fn() => new QueueDispatcher(['queues' => $queues, 'task_log' => 'tao/taskLog',
    'task_to_queue_associations' => ['ImportAction' => 'q1', 'ExportAction' => 'nowhere', 'Other' => 'gone']]));
tq_try(fn() => new QueueDispatcher(['queues' => $queues, 'task_log' => 'tao/taskLog',
    'task_to_queue_associations' => 'q1']));
$d = new QueueDispatcher(['queues' => $queues, 'task_log' => 'tao/taskLog',
    'task_to_queue_associations' => ['ImportAction' => 'q1', 'ExportAction' => 'q2']]);
var_dump($d->getLinkedTasks());
// empty associations are fine
tq_try(fn() => new QueueDispatcher(['queues' => $queues, 'task_log' => 'tao/taskLog', 'task_to_queue_associations' => []]));
?>
--EXPECT--
LogicException: Found not registered queue(s) linked to task(s): "nowhere", "gone". Please check the values of "task_to_queue_associations" in your queue dispatcher settings.
InvalidArgumentException: Option "task_to_queue_associations" must be an array of task class => queue name, string given.
array(2) {
  ["ImportAction"]=>
  string(2) "q1"
  ["ExportAction"]=>
  string(2) "q2"
}
no exception
