--TEST--
QueueDispatcher::__construct(): task_log is required (a service id or a TaskLogInterface object)
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\QueueDispatcher;

$q = [new FakeQueue('q1')];
tq_try(fn() => new QueueDispatcher(['queues' => $q]));
tq_try(fn() => new QueueDispatcher(['queues' => $q, 'task_log' => '']));
tq_try(fn() => new QueueDispatcher(['queues' => $q, 'task_log' => 42]));
tq_try(fn() => new QueueDispatcher(['queues' => $q, 'task_log' => new stdClass()]));
tq_try(fn() => new QueueDispatcher(['queues' => $q, 'task_log' => 'tao/taskLog']));
tq_try(fn() => new QueueDispatcher(['queues' => $q, 'task_log' => new MemTaskLog()]));
// the queues are checked first, as in TAO
tq_try(fn() => new QueueDispatcher([]));
?>
--EXPECT--
LogicException: Task Log service needs to be set.
LogicException: Task Log service needs to be set.
InvalidArgumentException: Option "task_log" must be a service id or an object implementing oat\tao\model\taskQueue\TaskLogInterface, int given.
InvalidArgumentException: Option "task_log" must be a service id or an object implementing oat\tao\model\taskQueue\TaskLogInterface, stdClass given.
no exception
no exception
InvalidArgumentException: Queues needs to be set.
