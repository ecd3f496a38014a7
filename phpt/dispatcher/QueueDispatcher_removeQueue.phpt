--TEST--
QueueDispatcher::removeQueue() / setQueues()
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';

$q1 = new FakeQueue('q1');
$q2 = new FakeQueue('q2');
$q3 = new FakeQueue('q3');
$d = dispatcherWith([$q1, $q2, $q3], ['default_queue' => 'q2',
    'task_to_queue_associations' => ['ImportAction' => 'q2', 'ExportAction' => 'q3']]);
var_dump($d->removeQueue('q2') === $d);
var_dump($d->getQueueNames());
// associations to the removed queue are dropped, the default falls back to the first queue
var_dump($d->getLinkedTasks(), $d->hasOption('default_queue'), $d->getDefaultQueue() === $q1);
tq_try(fn() => $d->removeQueue('q2'));
$d->removeQueue('q1');
tq_try(fn() => $d->removeQueue('q3'));
var_dump($d->getQueueNames());

// setQueues() replaces the list with the constructor's checks
$d->setQueues([$q1, $q2]);
var_dump($d->getQueueNames(), $q1->taskLog !== null);
tq_try(fn() => $d->setQueues([]));
tq_try(fn() => $d->setQueues([$q1, new FakeQueue('q1')]));
tq_try(fn() => $d->setQueues([$q1, 'q2']));
var_dump($d->getQueueNames());
?>
--EXPECT--
bool(true)
array(2) {
  [0]=>
  string(2) "q1"
  [1]=>
  string(2) "q3"
}
array(1) {
  ["ExportAction"]=>
  string(2) "q3"
}
bool(false)
bool(true)
InvalidArgumentException: Queue "q2" does not exist.
LogicException: Queue "q3" is the only queue and cannot be removed.
array(1) {
  [0]=>
  string(2) "q3"
}
array(2) {
  [0]=>
  string(2) "q1"
  [1]=>
  string(2) "q2"
}
bool(true)
InvalidArgumentException: Queues needs to be set.
InvalidArgumentException: There are duplicated Queue names. Please check the values of "queues" in your queue dispatcher settings.
InvalidArgumentException: Option "queues": the entry 1 must implement oat\tao\model\taskQueue\QueueInterface, string given.
array(2) {
  [0]=>
  string(2) "q1"
  [1]=>
  string(2) "q2"
}
