--TEST--
Queue::enqueue()/dequeue() without a task log: warned, the broker is still used (TAO fails on null)
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\Queue;

$broker = new BrokerDouble();
$logger = new LoggerDouble();
$q = new Queue('main', $broker);
$q->setLogger($logger);
Journal::$calls = [];
var_dump($q->getTaskLog());
var_dump($q->enqueue(new TaskDouble('id-1', '')));
var_dump($q->dequeue()->getId());
Journal::dump();
$logger->dump();
?>
--EXPECT--
NULL
bool(true)
string(4) "id-1"
  broker->push(task:id-1)
  broker->pop()
  [warning] Queue "main" has no task log: TASK TaskDouble [id-1] is pushed without a task log entry
  [warning] Queue "main" has no task log: the status of task id-1 is not updated
