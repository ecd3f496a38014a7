--TEST--
QueueDispatcher: getQueue(), hasQueue(), getQueueNames(), getDefaultQueue(), addQueue()
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';

$q1 = new FakeQueue('q1');
$q2 = new FakeQueue('q2');
$d = dispatcherWith([$q1, $q2]);
var_dump($d->getQueue('q2') === $q2);
tq_try(fn() => $d->getQueue('q9'));
tq_try(fn() => $d->getQueue(['x']));
var_dump($d->hasQueue('q1'), $d->hasQueue('Q1'), $d->hasQueue('q9'));
// names are compared strictly, as TAO's in_array(..., true)
$n = new FakeQueue(7);
$d2 = dispatcherWith([$n]);
var_dump($d2->hasQueue(7), $d2->hasQueue('7'));
tq_try(fn() => $d2->getQueue('7'));

// the default queue: the first one, or the one named by default_queue
var_dump($d->getDefaultQueue() === $q1);
$d3 = dispatcherWith([$q1, $q2], ['default_queue' => 'q2']);
var_dump($d3->getDefaultQueue() === $q2);
$d4 = dispatcherWith([$q1, $q2], ['default_queue' => 'q7']);
tq_try(fn() => $d4->getDefaultQueue());

// addQueue
$q3 = new FakeQueue('q3');
var_dump($d->addQueue($q3) === $d);
var_dump($d->getQueueNames());
tq_try(fn() => $d->addQueue(new FakeQueue('q2')));
var_dump(count($d->getQueues()));
?>
--EXPECT--
bool(true)
InvalidArgumentException: Queue "q9" does not exist.
InvalidArgumentException: Queue "(array)" does not exist.
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
InvalidArgumentException: Queue "7" does not exist.
bool(true)
bool(true)
InvalidArgumentException: Queue "q7" does not exist.
bool(true)
array(3) {
  [0]=>
  string(2) "q1"
  [1]=>
  string(2) "q2"
  [2]=>
  string(2) "q3"
}
LogicException: Queue "q2" is already registered.
int(3)
