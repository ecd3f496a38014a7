--TEST--
AbstractWorker::processTask(): a cancelled task is not run; its report says so, the message is acknowledged
--FILE--
<?php
require __DIR__ . '/inc.inc';

[$w, $log, $q, $logger] = setup('cancelled');
$t = TestTask::make('t1', fn() => throw new LogicException('must not run'));
var_dump($w->processTask($t), $t->calls);
show($log, $q, $logger);
?>
--EXPECT--
string(9) "cancelled"
array(0) {
}
status: cancelled
report: {"type":"info","message":"Task t1 has been cancelled, message was not processed.","data":null,"children":[]}
log: getStatus t1 | setReport t1 cancelled
queue: acknowledge t1
