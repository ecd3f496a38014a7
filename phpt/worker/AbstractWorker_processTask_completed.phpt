--TEST--
AbstractWorker::processTask(): a task returning a report in array form completes; report, status and ack
--FILE--
<?php
require __DIR__ . '/inc.inc';

[$w, $log, $q, $logger] = setup();
$t = TestTask::make('t1', fn($p) => ['type' => 'success', 'message' => 'Done', 'data' => ['uriResource' => 'u#1']], 'Label');
var_dump($w->processTask($t));
var_dump($t->calls, $t->isWorkerContext());
show($log, $q, $logger);
?>
--EXPECT--
string(9) "completed"
array(2) {
  [0]=>
  string(18) "applyWorkerContext"
  [1]=>
  string(8) "__invoke"
}
bool(true)
status: completed
report: {"type":"info","message":"Running task t1","data":null,"children":[{"type":"success","message":"Done","data":{"uriResource":"u#1"},"children":[]}]}
log: getStatus t1 | setStatus t1 running from dequeued | setReport t1 completed
queue: acknowledge t1
info: Processing task Label [t1]
info: Task t1 has been processed.
