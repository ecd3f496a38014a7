--TEST--
QueueDispatcher::enqueue() on a sync queue: a throwing task ends failed, its exception class and message in the report
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';

$log = new MemTaskLog();
$logger = new ArrayLogger();
$q = new FakeQueue('sync', null, 1, true);
$d = new \oat\tao\model\taskQueue\QueueDispatcher(['queues' => [$q], 'task_log' => $log]);
$d->setLogger($logger);

class ImportFailed extends RuntimeException {}

$t = TestTask::make('t1', fn() => throw new ImportFailed('file.csv is empty'));
var_dump($d->enqueue($t));
var_dump($log->rows['t1']['status']);
echo json_encode($log->rows['t1']['report']), "\n";
$logger->dump();
echo implode(', ', $q->calls), "\n";

// an \Error is a failure too (logged as critical)
$t = TestTask::make('t2', fn() => strlen());
$d->enqueue($t);
var_dump($log->rows['t2']['status'], $log->rows['t2']['report']['message']);
echo end($logger->lines), "\n";

// a report with an error anywhere in its tree fails the task
$t = TestTask::make('t3', fn() => ['type' => 'info', 'message' => 'partly', 'children' => [
    ['type' => 'success', 'message' => 'a'], ['type' => 'error', 'message' => 'b failed']]]);
$d->enqueue($t);
var_dump($log->rows['t3']['status']);
// warnings do not
$t = TestTask::make('t4', fn() => ['type' => 'warning', 'message' => 'careful']);
$d->enqueue($t);
var_dump($log->rows['t4']['status']);
?>
--EXPECT--
bool(true)
string(6) "failed"
{"type":"error","message":"Executing task t1 failed: ImportFailed: file.csv is empty","data":null,"children":[]}
info: Processing task  [t1]
error: Executing task t1 failed with MSG: file.csv is empty [ImportFailed]
setTaskLog MemTaskLog, setLogger ArrayLogger, enqueue t1, dequeue, acknowledge t1
string(6) "failed"
string(90) "Executing task t2 failed: ArgumentCountError: strlen() expects exactly 1 argument, 0 given"
critical: Executing task t2 failed with MSG: strlen() expects exactly 1 argument, 0 given [ArgumentCountError]
string(6) "failed"
string(9) "completed"
