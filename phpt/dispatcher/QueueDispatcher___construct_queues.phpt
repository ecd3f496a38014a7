--TEST--
QueueDispatcher::__construct(): the queues option is required, must hold QueueInterface objects with distinct names
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\QueueDispatcher;

tq_try(fn() => new QueueDispatcher());
tq_try(fn() => new QueueDispatcher(['task_log' => 'tao/taskLog']));
tq_try(fn() => new QueueDispatcher(['queues' => [], 'task_log' => 'tao/taskLog']));
tq_try(fn() => new QueueDispatcher(['queues' => 'q1', 'task_log' => 'tao/taskLog']));
tq_try(fn() => new QueueDispatcher(['queues' => [new FakeQueue('q1'), new stdClass()], 'task_log' => 'tao/taskLog']));
tq_try(fn() => new QueueDispatcher(['queues' => ['main' => 'q1'], 'task_log' => 'tao/taskLog']));
tq_try(fn() => new QueueDispatcher(['queues' => [new FakeQueue('q1'), new FakeQueue('q2'), new FakeQueue('q1')],
                                    'task_log' => 'tao/taskLog']));
// one queue, or several with distinct names, is fine
tq_try(fn() => new QueueDispatcher(['queues' => [new FakeQueue('q1')], 'task_log' => 'tao/taskLog']));
tq_try(fn() => new QueueDispatcher(['queues' => [new FakeQueue('q1'), new FakeQueue('q2')], 'task_log' => 'tao/taskLog']));
$d = new QueueDispatcher(['queues' => [new FakeQueue('a'), new FakeQueue('b')], 'task_log' => 'tao/taskLog']);
var_dump($d->getQueueNames());
var_dump($d instanceof \oat\tao\model\taskQueue\QueueDispatcherInterface, $d instanceof Countable);
?>
--EXPECT--
InvalidArgumentException: Queues needs to be set.
InvalidArgumentException: Queues needs to be set.
InvalidArgumentException: Queues needs to be set.
InvalidArgumentException: Option "queues" must be an array of oat\tao\model\taskQueue\QueueInterface objects, string given.
InvalidArgumentException: Option "queues": the entry 1 must implement oat\tao\model\taskQueue\QueueInterface, stdClass given.
InvalidArgumentException: Option "queues": the entry "main" must implement oat\tao\model\taskQueue\QueueInterface, string given.
InvalidArgumentException: There are duplicated Queue names. Please check the values of "queues" in your queue dispatcher settings.
no exception
no exception
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
bool(true)
bool(true)
