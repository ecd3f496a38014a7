--TEST--
LongRunningWorker::setMaxIterations(): only with a dedicated queue (LogicException, TAO's message); a negative limit is refused
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../dispatcher/inc/doubles.inc';
use oat\taoTaskQueue\model\LongRunningWorker;

$log = new MemTaskLog();
$dispatcher = dispatcherWith([new FakeQueue('a'), new FakeQueue('b')]);
$w = new LongRunningWorker($dispatcher, $log);
tq_try(fn() => $w->setMaxIterations(5));
tq_try(fn() => $w->setMaxIterations(0));

$w = new LongRunningWorker(new FakeQueue('a'), $log);
tq_try(fn() => $w->setMaxIterations(-1));
tq_try(fn() => $w->setMaxIterations('3'));
tq_try(fn() => $w->setTimeLimit(-5));
tq_try(fn() => $w->setMemoryLimit(-1));
tq_try(fn() => $w->setTimeLimit('soon'));
?>
--EXPECT--
LogicException: Limit can be set only if a dedicated queue is set.
LogicException: Limit can be set only if a dedicated queue is set.
InvalidArgumentException: LongRunningWorker::setMaxIterations(): the limit must be 0 (none) or a number of tasks, -1 given
no exception
InvalidArgumentException: LongRunningWorker::setTimeLimit(): must be 0 (no limit) to 31622400, -5 given
InvalidArgumentException: LongRunningWorker::setMemoryLimit(): must be 0 (no limit) to 16777216, -1 given
TypeError: oat\taoTaskQueue\model\LongRunningWorker::setTimeLimit(): Argument #1 ($seconds) must be of type int, string given
