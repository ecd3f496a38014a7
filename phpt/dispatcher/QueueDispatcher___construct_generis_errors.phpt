--TEST--
QueueDispatcher::__construct(): throws generis' common_exception_Error when that class exists
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\QueueDispatcher;

class common_Exception extends Exception {}
class common_exception_Error extends common_Exception {}

$q = [new FakeQueue('q1')];
tq_try(fn() => new QueueDispatcher(['queues' => $q]));
tq_try(fn() => new QueueDispatcher(['queues' => $q, 'task_log' => 'x/y', 'task_selector_strategy' => new stdClass()]));
?>
--EXPECT--
common_exception_Error: Task Log service needs to be set.
common_exception_Error: Task selector must implement oat\tao\model\taskQueue\Queue\TaskSelector\SelectorStrategyInterface
