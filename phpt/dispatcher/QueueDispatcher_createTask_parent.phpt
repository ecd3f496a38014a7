--TEST--
QueueDispatcher::createTask(): owner from the parent or the dispatcher, parent id, master status, refused enqueue
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';

$log = new MemTaskLog();
$q = new FakeQueue('async');
$d = new \oat\tao\model\taskQueue\QueueDispatcher(['queues' => [$q], 'task_log' => $log]);
$d->setOwner('http://sample/user#me');

$t = $d->createTask(new ImportAction());
var_dump($t->getOwner(), $t->isEnqueued(), $t->hasParent(), $log->rows[$t->getId()]['status']);

$parent = new TestTask('parent-1', 'http://sample/user#boss');
$child = $d->createTask(new ImportAction(), ['file' => 'b'], 'child', $parent, true);
var_dump($child->getOwner(), $child->getParentId(), $child->isMasterStatus(), $child->getLabel());

$q->accept = false;
$t = $d->createTask(new ExportAction());
var_dump($t->isEnqueued(), isset($log->rows[$t->getId()]));

tq_try(fn() => $d->createTask('no_such_function'));
?>
--EXPECT--
string(21) "http://sample/user#me"
bool(true)
bool(false)
string(8) "enqueued"
string(23) "http://sample/user#boss"
string(8) "parent-1"
bool(true)
string(5) "child"
bool(false)
bool(false)
TypeError: oat\tao\model\taskQueue\QueueDispatcher::createTask(): Argument #1 ($callable) must be a valid callback, string given
