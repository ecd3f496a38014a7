--TEST--
QueueDispatcher: count(), isSync(), hasPreFetchedMessages() (quirk 6), initialize(), getWaitTime(), setTaskSelector() (quirk 6)
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';

$q1 = new FakeQueue('q1');
$q2 = new FakeQueue('q2');
$d = dispatcherWith([$q1, $q2], ['task_selector_strategy' => new FirstSelector()]);
var_dump(count($d), $d->count());
$q1->tasks = [new TestTask('a'), new TestTask('b')];
$q2->tasks = [new TestTask('c')];
var_dump(count($d));

// sync only when every queue is
var_dump($d->isSync());
$q1->sync = true;
var_dump($d->isSync());
$q2->sync = true;
var_dump($d->isSync());

// pre-fetched messages: any queue that has some (TAO always said true)
var_dump($d->hasPreFetchedMessages());
$q2->prefetched = true;
var_dump($d->hasPreFetchedMessages());

$d->initialize();
echo implode(', ', $q1->calls), ' | ', implode(', ', $q2->calls), "\n";

// the wait time comes from the selector; a new selector applies to the live instance
var_dump($d->getWaitTime());
$other = new OtherSelector();
var_dump($d->setTaskSelector($other) === $d, $d->getWaitTime(), $d->getOption('task_selector_strategy') === $other);
var_dump(get_class($d->dequeue() ?? new stdClass()), $other->seen);
?>
--EXPECT--
int(0)
int(0)
int(3)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
setTaskLog MemTaskLog, initialize | setTaskLog MemTaskLog, initialize
int(7)
bool(true)
int(3)
bool(true)
string(8) "TestTask"
array(2) {
  [0]=>
  string(48) "oat\tao\model\taskQueue\Queue\DispatchedQueue:q1"
  [1]=>
  string(48) "oat\tao\model\taskQueue\Queue\DispatchedQueue:q2"
}
