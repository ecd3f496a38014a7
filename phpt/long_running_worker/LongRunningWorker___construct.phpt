--TEST--
LongRunningWorker: TAO's class (final, AbstractWorker, constants, constructor), public signal callbacks that act like the signals, fluent setters
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../dispatcher/inc/doubles.inc';
use oat\taoTaskQueue\model\LongRunningWorker;
use oat\tao\model\taskQueue\Worker\AbstractWorker;

$rc = new ReflectionClass(LongRunningWorker::class);
var_dump($rc->isFinal(), $rc->isSubclassOf(AbstractWorker::class), $rc->getConstants());
echo implode(', ', array_map(fn($p) => ($p->isOptional() ? '[' : '') . '$' . $p->getName(), $rc->getConstructor()->getParameters())), "\n";
foreach (['shutdown', 'pauseProcessing', 'unPauseProcessing', 'run', 'setMaxIterations'] as $m) {
    echo $m, ': ', $rc->getMethod($m)->isPublic() ? 'public' : 'not public', "\n";
}
var_dump($rc->getMethod('getLogContext')->isProtected());
tq_try(fn() => new LongRunningWorker(new stdClass(), new MemTaskLog()));

$log = new MemTaskLog();
$queue = new FakeQueue('q');
$queue->taskLog = $log;
$queue->enqueue(TestTask::make('t1'));
$w = new LongRunningWorker($queue, $log, false);
var_dump($w->stopWhenEmpty() === $w, $w->setTimeLimit(0) === $w, $w->setMemoryLimit(0) === $w);

// shutdown() before run(): run() returns at once, nothing dequeued (as TAO)
$w->setLogger($logger = new ArrayLogger());
$w->shutdown();
$w->run();
echo implode(' | ', $queue->calls), "; handled ", $w->getProcessedCount(), "\n";
// the request is used up: the next run() works
$w->run();
echo implode(' | ', $queue->calls), "; handled ", $w->getProcessedCount(), "\n";

// pauseProcessing() from a task: no more claims until unPauseProcessing()
$queue->enqueue(TestTask::make('t2', function () use (&$w) { $w->pauseProcessing(); return null; }));
$queue->enqueue(TestTask::make('t3'));
$w->setLogger($logger = new ArrayLogger());
$w->setTimeLimit(1)->run();
echo "paused: handled ", $w->getProcessedCount(), ", left ", count($queue), "\n";
$w->unPauseProcessing();
$w->setTimeLimit(0)->run();
echo "resumed: handled ", $w->getProcessedCount(), ", left ", count($queue), "\n";
?>
--EXPECT--
bool(true)
bool(true)
array(2) {
  ["WAIT_INTERVAL"]=>
  int(1)
  ["MAX_SLEEPING_TIME_FOR_DEDICATED_QUEUE"]=>
  int(30)
}
$queuer, $taskLog, [$handleSignals
shutdown: public
pauseProcessing: public
unPauseProcessing: public
run: public
setMaxIterations: public
bool(true)
TypeError: oat\taoTaskQueue\model\LongRunningWorker::__construct(): Argument #1 ($queuer) must be of type oat\tao\model\taskQueue\QueuerInterface, stdClass given
bool(true)
bool(true)
bool(true)
enqueue t1; handled 0
enqueue t1 | dequeue | acknowledge t1 | dequeue; handled 1
paused: handled 1, left 1
resumed: handled 1, left 0
