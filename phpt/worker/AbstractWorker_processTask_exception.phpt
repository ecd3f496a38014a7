--TEST--
AbstractWorker::processTask(): an exception or error from the task fails it; the report names the class and message
--FILE--
<?php
require __DIR__ . '/inc.inc';

[$w, $log, $q, $logger] = setup();
var_dump($w->processTask(TestTask::make('t1', fn() => throw new DomainException('bad input'))));
show($log, $q, $logger);

[$w, $log, $q, $logger] = setup();
var_dump($w->processTask(TestTask::make('t1', fn() => throw new TypeError('wrong type'))));
show($log, $q, $logger);

// applyWorkerContext() is part of the run
class BrokenContextTask extends TestTask
{
    public function applyWorkerContext() { throw new RuntimeException('no context'); }
}
[$w, $log, $q, $logger] = setup();
var_dump($w->processTask(BrokenContextTask::make('t1', fn() => 'never')));
echo json_encode($log->rows['t1']['report']), "\n";
?>
--EXPECT--
string(6) "failed"
status: failed
report: {"type":"error","message":"Executing task t1 failed: DomainException: bad input","data":null,"children":[]}
log: getStatus t1 | setStatus t1 running from dequeued | setReport t1 failed
queue: acknowledge t1
info: Processing task  [t1]
error: Executing task t1 failed with MSG: bad input [DomainException]
string(6) "failed"
status: failed
report: {"type":"error","message":"Executing task t1 failed: TypeError: wrong type","data":null,"children":[]}
log: getStatus t1 | setStatus t1 running from dequeued | setReport t1 failed
queue: acknowledge t1
info: Processing task  [t1]
critical: Executing task t1 failed with MSG: wrong type [TypeError]
string(6) "failed"
{"type":"error","message":"Executing task t1 failed: RuntimeException: no context","data":null,"children":[]}
