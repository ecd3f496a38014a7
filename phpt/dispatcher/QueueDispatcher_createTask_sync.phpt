--TEST--
QueueDispatcher::createTask() on a sync queue: invokable object, static-method string and closure run at once
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\Task\CallbackTask;

$log = new MemTaskLog();
$q = new FakeQueue('sync', null, 1, true);
$d = new \oat\tao\model\taskQueue\QueueDispatcher(['queues' => [$q], 'task_log' => $log]);

$task = $d->createTask(new ImportAction(), ['file' => 'a.csv'], 'Import a.csv');
var_dump($task instanceof CallbackTask, $task->isEnqueued(), $task->getLabel(), $task->getOwner());
var_dump($task->getParameters(), $task->getCallable() instanceof ImportAction, $task->hasParent(), $task->isMasterStatus());
echo $task->getId(), "\n";
var_dump($log->rows[$task->getId()]['status']);
echo json_encode($log->rows[$task->getId()]['report']), "\n";

$task = $d->createTask('ExportAction::run');
var_dump($task->getParameters(), $log->rows[$task->getId()]['status']);
echo json_encode($log->rows[$task->getId()]['report']['children'][0]['message']), "\n";

$task = $d->createTask(function (array $params) { return ['type' => 'success', 'message' => 'closure got ' . count($params)]; }, [1, 2]);
var_dump($log->rows[$task->getId()]['status']);
echo json_encode($log->rows[$task->getId()]['report']['children'][0]['message']), "\n";

// two tasks never share an id
var_dump(count(array_unique(array_keys($log->rows))));
echo implode(', ', array_slice($q->calls, -3)), "\n";
?>
--EXPECTF--
bool(true)
bool(true)
string(12) "Import a.csv"
string(0) ""
array(1) {
  ["file"]=>
  string(5) "a.csv"
}
bool(true)
bool(false)
bool(false)
%s#i%d
string(9) "completed"
{"type":"info","message":"Running task %s#i%d","data":null,"children":[{"type":"success","message":"imported a.csv","data":null,"children":[]}]}
array(0) {
}
string(9) "completed"
"exported statically"
string(9) "completed"
"closure got 2"
int(3)
enqueue %s#i%d, dequeue, acknowledge %s#i%d
