--TEST--
OneTimeWorker::run(): takes one task from its queue and processes it; queue failures are logged
--FILE--
<?php
require __DIR__ . '/inc.inc';
use oat\tao\model\taskQueue\Worker\OneTimeWorker;

$log = new MemTaskLog();
$q = new FakeQueue('q');
$q->taskLog = $log;
$q->enqueue(TestTask::make('t1', fn() => ['type' => 'success', 'message' => 'one']));
$q->enqueue(TestTask::make('t2', fn() => ['type' => 'success', 'message' => 'two']));
$w = new OneTimeWorker($q, $log);
$w->setLogger($logger = new ArrayLogger());
var_dump($w->run());
var_dump($log->rows['t1']['status'], $log->rows['t2']['status']);
$w->run();
$w->run();   // nothing left
echo implode(' | ', $q->calls), "\n";
var_dump($w->getLogger() === $logger, $w->getServiceLocator());

// an \Exception while dequeuing is logged
class FailingQueue extends FakeQueue
{
    public function dequeue() { throw new RuntimeException('connection lost'); }
}
$w = new OneTimeWorker(new FailingQueue('f'), $log);
$w->setLogger($logger = new ArrayLogger());
$w->run();
$logger->dump();

// something that is not a task
class JunkQueue extends FakeQueue
{
    public function dequeue() { return new stdClass(); }
}
$w = new OneTimeWorker(new JunkQueue('j'), $log);
$w->setLogger($logger = new ArrayLogger());
$w->run();
$logger->dump();

// an \Error while dequeuing is not swallowed (as in TAO)
class ErrorQueue extends FakeQueue
{
    public function dequeue() { throw new Error('engine trouble'); }
}
tq_try(fn() => (new OneTimeWorker(new ErrorQueue('e'), $log))->run());
tq_try(fn() => new OneTimeWorker(new stdClass(), $log));
var_dump((new ReflectionClass(OneTimeWorker::class))->isFinal());
?>
--EXPECT--
NULL
string(9) "completed"
string(8) "enqueued"
enqueue t1 | enqueue t2 | dequeue | acknowledge t1 | dequeue | acknowledge t2 | dequeue
bool(true)
NULL
error: Fetching data from queue failed with MSG: connection lost
warning: The received queue item (stdClass) not processable.
Error: engine trouble
TypeError: oat\tao\model\taskQueue\Worker\AbstractWorker::__construct(): Argument #1 ($queuer) must be of type oat\tao\model\taskQueue\QueuerInterface, stdClass given
bool(true)
