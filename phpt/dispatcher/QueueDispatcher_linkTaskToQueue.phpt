--TEST--
QueueDispatcher::linkTaskToQueue() / getLinkedTasks()
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';

$d = dispatcherWith([new FakeQueue('q1'), new FakeQueue('q2')]);
var_dump($d->getLinkedTasks());
var_dump($d->linkTaskToQueue('ImportAction', 'q2') === $d);
$d->linkTaskToQueue(new ExportAction(), 'q1');   // an object stands for its class
$d->linkTaskToQueue('ImportAction', 'q1');       // re-linking replaces
var_dump($d->getLinkedTasks());
var_dump($d->getOption('task_to_queue_associations') === $d->getLinkedTasks());
tq_try(fn() => $d->linkTaskToQueue('ImportAction', 'q9'));
tq_try(fn() => $d->linkTaskToQueue(new ExportAction(), 'q9'));
var_dump(count($d->getLinkedTasks()));
?>
--EXPECT--
array(0) {
}
bool(true)
array(2) {
  ["ImportAction"]=>
  string(2) "q1"
  ["ExportAction"]=>
  string(2) "q1"
}
bool(true)
LogicException: Task "ImportAction" cannot be added to "q9". Queue is not registered.
LogicException: Task "ExportAction" cannot be added to "q9". Queue is not registered.
int(2)
