--TEST--
Queue::dequeue(): enqueued -> dequeued only (guarded); cancelled and re-delivered tasks keep their status and are returned
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\Queue;

$broker = new BrokerDouble();
$log = new TaskLogDouble();
$logger = new LoggerDouble();
$q = new Queue('main', $broker);
$q->setTaskLog($log)->setLogger($logger);

echo "empty queue: null, the task log is not touched\n";
Journal::$calls = [];
var_dump($q->dequeue());
Journal::dump();

echo "enqueued task:\n";
$q->enqueue(new TaskDouble('id-1', ''));
Journal::$calls = [];
$t = $q->dequeue();
var_dump($t->getId(), $log->statuses['id-1']);
Journal::dump();
$logger->dump();

echo "cancelled task: still returned, status unchanged\n";
$q->enqueue(new TaskDouble('id-2', ''));
$log->statuses['id-2'] = 'cancelled';
Journal::$calls = [];
var_dump($q->dequeue()->getId(), $log->statuses['id-2']);
Journal::dump();
$logger->dump();

echo "re-delivered task that already runs: not reset to dequeued (quirk 2)\n";
$q->enqueue(new TaskDouble('id-3', ''));
$log->statuses['id-3'] = 'running';
Journal::$calls = [];
var_dump($q->dequeue()->getId(), $log->statuses['id-3']);
Journal::dump();

echo "falsy pop result: null\n";
$broker->messages = [0];
var_dump($q->dequeue());
Journal::$calls = [];

// the context carries this process' id
$q->enqueue(new TaskDouble('id-4', ''));
$logger->lines = [];
$q->dequeue();
var_dump(str_contains($logger->lines[0], '"PID":' . getmypid() . ','));
?>
--EXPECTF--
empty queue: null, the task log is not touched
NULL
  broker->pop()
enqueued task:
string(4) "id-1"
string(8) "dequeued"
  broker->pop()
  log->setStatus('id-1', 'dequeued', 'enqueued')
  [info] Task id-1 has been dequeued {"PID":%d,"QueueName":"main"}
cancelled task: still returned, status unchanged
string(4) "id-2"
string(9) "cancelled"
  broker->pop()
  log->setStatus('id-2', 'dequeued', 'enqueued')
  [info] Task id-2 has not been marked as dequeued: its status is not enqueued (cancelled or already taken) {"PID":%d,"QueueName":"main"}
re-delivered task that already runs: not reset to dequeued (quirk 2)
string(4) "id-3"
string(7) "running"
  broker->pop()
  log->setStatus('id-3', 'dequeued', 'enqueued')
falsy pop result: null
NULL
bool(true)
