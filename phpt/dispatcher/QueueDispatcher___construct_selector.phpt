--TEST--
QueueDispatcher::__construct(): no selector means a WeightStrategy; a selector must implement SelectorStrategyInterface
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\QueueDispatcher;
use oat\tao\model\taskQueue\Queue\TaskSelector\WeightStrategy;

$strategy = new ReflectionProperty(QueueDispatcher::class, 'selectorStrategy');
$q = [new FakeQueue('q1')];
$d = new QueueDispatcher(['queues' => $q, 'task_log' => 'tao/taskLog']);
var_dump(get_class($strategy->getValue($d)));
$d = new QueueDispatcher(['queues' => $q, 'task_log' => 'tao/taskLog', 'task_selector_strategy' => '']);
var_dump(get_class($strategy->getValue($d)));
var_dump($d->hasOption('task_selector_strategy'), $d->getOption('task_selector_strategy'));
$d = new QueueDispatcher(['queues' => $q, 'task_log' => 'tao/taskLog', 'task_selector_strategy' => new FirstSelector()]);
var_dump(get_class($strategy->getValue($d)), $d->getWaitTime());
// without generis the fallback class is \LogicException
tq_try(fn() => new QueueDispatcher(['queues' => $q, 'task_log' => 'tao/taskLog', 'task_selector_strategy' => new stdClass()]));
tq_try(fn() => new QueueDispatcher(['queues' => $q, 'task_log' => 'tao/taskLog', 'task_selector_strategy' => 'FirstSelector']));
?>
--EXPECT--
string(57) "oat\tao\model\taskQueue\Queue\TaskSelector\WeightStrategy"
string(57) "oat\tao\model\taskQueue\Queue\TaskSelector\WeightStrategy"
bool(true)
string(0) ""
string(13) "FirstSelector"
int(7)
LogicException: Task selector must implement oat\tao\model\taskQueue\Queue\TaskSelector\SelectorStrategyInterface
LogicException: Task selector must implement oat\tao\model\taskQueue\Queue\TaskSelector\SelectorStrategyInterface
