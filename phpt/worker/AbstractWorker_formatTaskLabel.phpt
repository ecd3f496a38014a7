--TEST--
AbstractWorker::formatTaskLabel() and getLogContext(): long labels are cut from the left; the context goes with every log line
--FILE--
<?php
require __DIR__ . '/inc.inc';

[$w, $log, $q, $logger] = setup();
var_dump($w->label(TestTask::make('a', null, 'short')));
$long = str_repeat('x', 200) . str_repeat('y', 100);
$cut = $w->label(TestTask::make('b', null, $long));
var_dump(strlen($cut), substr($cut, 0, 5), substr($cut, -3));
var_dump($w->label(TestTask::make('c', null, str_repeat('z', 255))) === str_repeat('z', 255));
$t = TestTask::make('d');
$t->setLabel(['not', 'a', 'string']);
var_dump($w->label($t));

// the worker's (overridable) log context is passed along
$w->context = ['PID' => 42];
$w->processTask(TestTask::make('t1', fn() => null, 'Ctx'));
$logger->dump();
var_dump((new ReflectionMethod(TestWorker::class, 'formatTaskLabel'))->isProtected());
?>
--EXPECT--
string(5) "short"
int(255)
string(5) "...xx"
string(3) "yyy"
bool(true)
string(0) ""
info: Processing task Ctx [t1] {"PID":42}
info: Task t1 has been processed. {"PID":42}
warning: Task t1 should return a report object. {"PID":42}
bool(true)
