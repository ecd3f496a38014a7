--TEST--
QueueDispatcher::enqueue() on a sync queue: a task cancelled before the worker takes it is not run
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';

$log = new MemTaskLog();
$q = new FakeQueue('sync', null, 1, true);
// someone cancels the task between enqueue and dequeue
$q->afterEnqueue = function ($task) use ($log) { $log->rows[$task->getId()]['status'] = 'cancelled'; };
$d = new \oat\tao\model\taskQueue\QueueDispatcher(['queues' => [$q], 'task_log' => $log]);

$t = TestTask::make('t1', fn() => throw new LogicException('must not run'));
var_dump($d->enqueue($t));
var_dump($t->calls, $log->rows['t1']['status']);
echo json_encode($log->rows['t1']['report']), "\n";
echo implode(', ', $q->calls), "\n";
?>
--EXPECT--
bool(true)
array(0) {
}
string(9) "cancelled"
{"type":"info","message":"Task t1 has been cancelled, message was not processed.","data":null,"children":[]}
setTaskLog MemTaskLog, enqueue t1, dequeue, acknowledge t1
