--TEST--
QueueDispatcher::enqueue() on a sync queue runs the task at once through a OneTimeWorker that logs to the dispatcher's logger
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';

$log = new MemTaskLog();
$logger = new ArrayLogger();
$sync = new FakeQueue('sync', null, 1, true);
$async = new FakeQueue('async');
$d = new \oat\tao\model\taskQueue\QueueDispatcher(['queues' => [$sync, $async], 'task_log' => $log,
    'task_to_queue_associations' => ['AsyncTask' => 'async']]);
$d->setLogger($logger);

class AsyncTask extends TestTask {}

$t = TestTask::make('t1', fn(array $p) => ['type' => 'success', 'message' => 'Imported ' . $p['n'], 'data' => ['n' => $p['n']]]);
$t->setParameter(['n' => 3]);
var_dump($d->enqueue($t, 'Import three'));
var_dump($log->rows['t1']['status']);
echo json_encode($log->rows['t1']['report']), "\n";
echo implode(', ', $sync->calls), "\n";
echo implode("\n", $log->calls), "\n";
$logger->dump();
var_dump($t->calls);

// an async queue only stores it
$a = AsyncTask::make('t2', fn() => throw new LogicException('must not run'));
var_dump($d->enqueue($a));
var_dump($log->rows['t2']['status'], $a->calls);
?>
--EXPECT--
bool(true)
string(9) "completed"
{"type":"info","message":"Running task t1","data":null,"children":[{"type":"success","message":"Imported 3","data":{"n":3},"children":[]}]}
setTaskLog MemTaskLog, setLogger ArrayLogger, enqueue t1 label=Import three, dequeue, acknowledge t1
add t1 enqueued
getStatus t1
setStatus t1 dequeued
getStatus t1
setStatus t1 running from dequeued
setReport t1 completed
info: Processing task Import three [t1]
info: Task t1 has been processed.
array(2) {
  [0]=>
  string(18) "applyWorkerContext"
  [1]=>
  string(8) "__invoke"
}
bool(true)
string(8) "enqueued"
array(0) {
}
