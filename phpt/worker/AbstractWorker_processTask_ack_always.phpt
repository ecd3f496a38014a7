--TEST--
AbstractWorker::processTask(): failures after the run are logged, never thrown, and the task is still acknowledged (quirk 4)
--FILE--
<?php
require __DIR__ . '/inc.inc';

[$w, $log, $q, $logger] = setup();
$log->entities['p1'] = new FakeEntity(false);
$log->throwOn = ['setReport', 'updateParent'];
$t = TestTask::make('t1', fn() => ['type' => 'success', 'message' => 'ok'])->setParentId('p1');
var_dump($w->processTask($t));
echo 'queue: ', implode(' | ', $q->calls), "\n";
$logger->dump();

// the acknowledgement itself failing is logged too
class BrokenAckQueue extends FakeQueue
{
    public function acknowledge($task) { throw new RuntimeException('broker gone'); }
}
$log = new MemTaskLog();
$log->rows['t2'] = ['status' => 'dequeued', 'report' => null];
$w = new TestWorker(new BrokenAckQueue('q'), $log);
$w->setLogger($logger = new ArrayLogger());
var_dump($w->processTask(TestTask::make('t2', fn() => null)));
echo end($logger->lines), "\n";

// and the cancelled path
$log = new MemTaskLog();
$log->rows['t3'] = ['status' => 'cancelled', 'report' => null];
$log->throwOn = ['setReport'];
$q = new FakeQueue('q');
$w = new TestWorker($q, $log);
var_dump($w->processTask(TestTask::make('t3')), $q->calls);

// without a logger nothing is written and nothing breaks
$log = new MemTaskLog();
$log->throwOn = ['getStatus', 'setStatus'];
$w = new TestWorker(new FakeQueue('q'), $log);
var_dump($w->processTask(TestTask::make('t4')));
?>
--EXPECT--
string(9) "completed"
queue: acknowledge t1
info: Processing task  [t1]
info: Task t1 has been processed.
error: Task log setReport() failed for task t1: RuntimeException: setReport is broken
error: Task log updateParent() failed for task t1: RuntimeException: updateParent is broken
string(9) "completed"
error: Queue acknowledge() failed for task t2: RuntimeException: broker gone
string(9) "cancelled"
array(1) {
  [0]=>
  string(14) "acknowledge t3"
}
string(7) "unknown"
