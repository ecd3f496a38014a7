--TEST--
AbstractWorker::processTask(): child_running for a task with children; the parent's status is updated unless it keeps its own
--FILE--
<?php
require __DIR__ . '/inc.inc';

// children: child_running when it succeeded, failed stays failed
[$w, $log, $q, $logger] = setup();
$t = TestTask::make('t1', fn() => ['type' => 'success', 'message' => 'spawned']);
$t->addChildId('c1');
var_dump($w->processTask($t));
[$w, $log, $q, $logger] = setup();
$t = TestTask::make('t1', fn() => throw new Exception('no'));
$t->addChildId('c1');
var_dump($w->processTask($t));

// a parent without master status follows its children
[$w, $log, $q, $logger] = setup();
$log->entities['p1'] = new FakeEntity(false);
$t = TestTask::make('t1', fn() => null)->setParentId('p1');
var_dump($w->processTask($t));
echo 'log: ', implode(' | ', $log->calls), "\n";

// a parent with master status keeps its own
[$w, $log, $q, $logger] = setup();
$log->entities['p1'] = new FakeEntity(true);
$t = TestTask::make('t1', fn() => null)->setParentId('p1');
$w->processTask($t);
echo 'log: ', implode(' | ', $log->calls), "\n";

// a parent missing from the log is logged; the task is still acknowledged
[$w, $log, $q, $logger] = setup();
$t = TestTask::make('t1', fn() => ['type' => 'success', 'message' => 'ok'])->setParentId('p404');
var_dump($w->processTask($t));
echo 'log: ', implode(' | ', $log->calls), "\n";
echo 'queue: ', implode(' | ', $q->calls), "\n";
foreach ($logger->lines as $l) {
    if (str_starts_with($l, 'error')) {
        echo $l, "\n";
    }
}
?>
--EXPECT--
string(13) "child_running"
string(6) "failed"
string(9) "completed"
log: getStatus t1 | setStatus t1 running from dequeued | setReport t1 completed | getById p1 | updateParent p1
log: getStatus t1 | setStatus t1 running from dequeued | setReport t1 completed | getById p1
string(9) "completed"
log: getStatus t1 | setStatus t1 running from dequeued | setReport t1 completed | getById p404
queue: acknowledge t1
error: Task log getById() failed for task t1: RuntimeException: Task log for task "p404" not found
error: Parent task p404 of task t1 is not in the task log; its status is not updated.
