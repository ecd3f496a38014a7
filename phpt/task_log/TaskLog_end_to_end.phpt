--TEST--
TaskLog + InMemoryTaskLogBroker end to end: a parent with two children through the worker's steps
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLogInterface as TL;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;
use oat\tao\model\taskQueue\TaskLog\TaskLogFilter;
use oat\tao\model\taskQueue\TaskLog\CategorizedStatus;

$log = new TaskLog(['task_log_broker' => new InMemoryTaskLogBroker()]);
$log->setLogger(new TaskLogTest\EchoLogger());

// enqueue: a parent and two children
$parent = TaskLogTest\task('http://tao#parent', 'http://tao#user', '2024-06-01 08:00:00');
$parent->setLabel('Import a package')->setParameter('file', 'pkg.zip');
$log->add($parent, TL::STATUS_ENQUEUED);
foreach (['c1', 'c2'] as $i => $c) {
    $child = TaskLogTest\task("http://tao#$c", 'http://tao#user', "2024-06-01 08:0$i:30");
    $child->setParentId('http://tao#parent');
    $log->add($child, TL::STATUS_ENQUEUED, "Part $c");
}
echo json_encode($log->getStats('http://tao#user')), "\n";

// a worker cannot claim a task that was not dequeued
var_dump($log->setStatus('http://tao#parent', TL::STATUS_RUNNING, TL::STATUS_DEQUEUED));
var_dump($log->getStatus('http://tao#parent'));
// dequeue, then claim; a second worker loses the race
var_dump($log->setStatus('http://tao#parent', TL::STATUS_DEQUEUED));
var_dump($log->setStatus('http://tao#parent', TL::STATUS_RUNNING, TL::STATUS_DEQUEUED));
var_dump($log->setStatus('http://tao#parent', TL::STATUS_RUNNING, TL::STATUS_DEQUEUED));

// archiving a running task needs force; cancelling needs the task to be still queued
try {
    $log->archive($log->getById('http://tao#parent'));
} catch (\Exception $e) {
    echo $e->getMessage(), "\n";
}
try {
    $log->cancel($log->getById('http://tao#parent'));
} catch (\Exception $e) {
    echo $e->getMessage(), "\n";
}

// the parent finishes its own work and waits for its children
$log->setReport('http://tao#parent', ['type' => 'info', 'message' => 'Running task http://tao#parent',
    'children' => [['type' => 'success', 'message' => 'Package read', 'data' => ['uriResource' => 'http://tao#item1']]]],
    TL::STATUS_CHILD_RUNNING);
var_dump($log->getStatus('http://tao#parent'));
echo json_encode($log->getStats('http://tao#user')), "\n";

// c1 completes; c2 is cancelled while still queued, then un-cancelled by force as failed
$log->setStatus('http://tao#c1', TL::STATUS_DEQUEUED, TL::STATUS_ENQUEUED);
$log->setStatus('http://tao#c1', TL::STATUS_RUNNING, TL::STATUS_DEQUEUED);
$log->setReport('http://tao#c1', ['type' => 'success', 'message' => 'c1 done'], TL::STATUS_COMPLETED);
$log->updateParent('http://tao#parent');
var_dump($log->getStatus('http://tao#parent'));   // c2 is still queued

var_dump($log->cancel($log->getById('http://tao#c2')));
$log->updateParent('http://tao#parent');
var_dump($log->getStatus('http://tao#parent'));   // a cancelled child never finishes
$log->setStatus('http://tao#c2', TL::STATUS_FAILED);
$log->setReport('http://tao#c2', ['type' => 'error', 'message' => 'Executing task http://tao#c2 failed']);  // status kept
var_dump($log->getStatus('http://tao#c2'));
$log->updateParent('http://tao#parent');
var_dump($log->getStatus('http://tao#parent'));   // every child done, one failed

// reading back
$p = $log->getById('http://tao#parent');
// a failed task offers no file nor resource
var_dump((string) $p->getStatus(), $p->getResourceUriFromReport(), $p->getFileNameFromReport(), $p->getParameters());
echo json_encode($log->getReport('http://tao#c2')), "\n";
$children = $log->search((new TaskLogFilter())->eq('parent_id', 'http://tao#parent')->setSortBy('created_at')->setSortOrder('ASC'));
foreach ($children as $c) {
    echo $c->getId(), ' ', $c->getLabel(), ' ', $c->getStatus(), ' ', $c->getReport()['message'], "\n";
}
echo implode(',', $log->search((new TaskLogFilter())->like('label', 'Part%')->eq('status', 'failed'))->getIds()), "\n";
echo json_encode($log->getStats('http://tao#user')), "\n";

// the user clears the finished tasks
$done = $log->search((new TaskLogFilter())->availableForArchived('http://tao#user'));
var_dump(count($done), $log->archiveCollection($done));
echo implode(',', $log->findAvailableByUser('http://tao#user')->getIds()), "|\n";
$a = $log->getByIdAndUser('http://tao#parent', 'http://tao#user', true)->toArray();
unset($a['createdAtElapsed'], $a['updatedAt'], $a['updatedAtElapsed']);
echo json_encode($a), "\n";
?>
--EXPECT--
{"numberOfTasksCompleted":0,"numberOfTasksFailed":0,"numberOfTasksInProgress":0,"numberOfTasksEnqueued":3}
int(0)
string(8) "enqueued"
int(1)
int(1)
int(0)
Task cannot be archived because it is in progress.
Task cannot be cancelled because it is already dequeued.
string(13) "child_running"
{"numberOfTasksCompleted":0,"numberOfTasksFailed":0,"numberOfTasksInProgress":1,"numberOfTasksEnqueued":2}
string(13) "child_running"
bool(true)
string(13) "child_running"
string(6) "failed"
string(6) "failed"
string(6) "failed"
string(0) ""
string(0) ""
array(1) {
  ["file"]=>
  string(7) "pkg.zip"
}
{"type":"error","message":"Executing task http:\/\/tao#c2 failed","data":null,"children":[]}
http://tao#c1 Part c1 completed c1 done
http://tao#c2 Part c2 failed Executing task http://tao#c2 failed
http://tao#c2
{"numberOfTasksCompleted":1,"numberOfTasksFailed":2,"numberOfTasksInProgress":0,"numberOfTasksEnqueued":0}
int(3)
bool(true)
|
{"id":"http:\/\/tao#parent","taskName":"TaskLogTest\\TaskDouble","status":"archived","masterStatus":false,"statusLabel":"Archived","taskLabel":"Import a package","createdAt":1717228800,"report":{"type":"info","message":"Running task http:\/\/tao#parent","data":null,"children":[{"type":"success","message":"Package read","data":{"uriResource":"http:\/\/tao#item1"},"children":[]}]}}
