--TEST--
Queue::enqueue(): the task log row is written before the push, and the label reaches both
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\Queue;

$broker = new BrokerDouble();
$log = new TaskLogDouble();
$q = new Queue('main', $broker);
$q->setTaskLog($log);
Journal::$calls = [];

echo "without label:\n";
$t1 = new TaskDouble('id-1', 'owner');
var_dump($q->enqueue($t1));
Journal::dump();
var_dump($t1->getLabel(), $log->statuses);

echo "with label:\n";
$t2 = new TaskDouble('id-2', 'owner');
var_dump($q->enqueue($t2, 'Export things'));
Journal::dump();
var_dump($t2->getLabel(), count($broker->messages));

// a truthy non-bool from push() counts as pushed; the result is a bool
$broker->pushReturns = 1;
var_dump($q->enqueue(new TaskDouble('id-3', '')));
Journal::$calls = [];
?>
--EXPECT--
without label:
bool(true)
  log->add(task:id-1, 'enqueued', NULL)
  broker->push(task:id-1)
NULL
array(1) {
  ["id-1"]=>
  string(8) "enqueued"
}
with label:
bool(true)
  log->add(task:id-2, 'enqueued', 'Export things')
  broker->push(task:id-2)
string(13) "Export things"
int(2)
bool(true)
