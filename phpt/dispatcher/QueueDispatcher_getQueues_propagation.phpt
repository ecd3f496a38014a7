--TEST--
QueueDispatcher::getQueues(): each queue gets the locator, the task log and the logger once, lazily
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\QueueDispatcher;

$log = new MemTaskLog();
$locator = new ArrayLocator(['tao/taskLog' => $log]);
$q1 = new FakeQueue('q1');
$q2 = new FakeQueue('q2');
$d = new QueueDispatcher(['queues' => [$q1, $q2], 'task_log' => 'tao/taskLog']);
$d->setServiceLocator($locator);
$d->setLogger(new ArrayLogger());
// nothing is resolved or propagated by the constructor
var_dump($locator->asked, $q1->calls);

$queues = $d->getQueues();
var_dump(count($queues), $queues[0] === $q1);
echo implode("\n", $q1->calls), "\n";
var_dump($q1->taskLog === $log, $q2->taskLog === $log, $locator->asked);

// a second call does not propagate again
$d->getQueues();
$d->getQueue('q2');
var_dump(count($q1->calls), count($q2->calls));

// an added queue is propagated once, the others are not touched again
$q3 = new FakeQueue('q3');
$d->addQueue($q3);
$d->getQueues();
$d->getQueues();
echo implode("\n", $q3->calls), "\n";
var_dump(count($q1->calls));

// getTaskLog() gives the resolved service, resolved once
var_dump($d->getTaskLog() === $log, $locator->asked);

// without a locator or logger only the task log is handed over
$q4 = new FakeQueue('q4');
$d2 = new QueueDispatcher(['queues' => [$q4], 'task_log' => $log]);
$d2->getQueues();
echo implode("\n", $q4->calls), "\n";
?>
--EXPECT--
array(0) {
}
array(0) {
}
int(2)
bool(true)
setServiceLocator ArrayLocator
setTaskLog MemTaskLog
setLogger ArrayLogger
bool(true)
bool(true)
array(1) {
  [0]=>
  string(11) "tao/taskLog"
}
int(3)
int(3)
setServiceLocator ArrayLocator
setTaskLog MemTaskLog
setLogger ArrayLogger
int(3)
bool(true)
array(1) {
  [0]=>
  string(11) "tao/taskLog"
}
setTaskLog MemTaskLog
