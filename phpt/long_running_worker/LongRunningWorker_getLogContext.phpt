--TEST--
LongRunningWorker::getLogContext(): PID, Iteration and QueueName (the queue's name; a dispatcher's queue names), on every line the worker and processTask() log
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../dispatcher/inc/doubles.inc';
use oat\taoTaskQueue\model\LongRunningWorker;

$ctx = new ReflectionMethod(LongRunningWorker::class, 'getLogContext');
$ctx->setAccessible(true);

$log = new MemTaskLog();
$queue = new FakeQueue('images');
$queue->taskLog = $log;
$w = new LongRunningWorker($queue, $log);
$c = $ctx->invoke($w);
var_dump(array_keys($c), $c['PID'] === getmypid(), $c['Iteration'], $c['QueueName']);

$dispatcher = dispatcherWith([new FakeQueue('priority'), new FakeQueue('background')]);
var_dump($ctx->invoke(new LongRunningWorker($dispatcher, $log))['QueueName']);

// a run: each line carries the context of its iteration
$queue->enqueue(TestTask::make('t1', fn() => ['type' => 'success', 'message' => 'ok']));
$queue->enqueue(TestTask::make('t2', fn() => ['type' => 'success', 'message' => 'ok']));
$logger = new ArrayLogger();
$w->setLogger($logger);
$w->stopWhenEmpty()->run();
foreach ($logger->lines as $l) {
    echo str_replace('"PID":' . getmypid(), '"PID":<pid>', $l), "\n";
}
var_dump($ctx->invoke($w)['Iteration']);
?>
--EXPECT--
array(3) {
  [0]=>
  string(3) "PID"
  [1]=>
  string(9) "Iteration"
  [2]=>
  string(9) "QueueName"
}
bool(true)
int(0)
string(6) "images"
string(19) "priority,background"
info: Starting LongRunningWorker. {"PID":<pid>,"Iteration":0,"QueueName":"images"}
info: Processing task  [t1] {"PID":<pid>,"Iteration":1,"QueueName":"images"}
info: Task t1 has been processed. {"PID":<pid>,"Iteration":1,"QueueName":"images"}
info: Processing task  [t2] {"PID":<pid>,"Iteration":2,"QueueName":"images"}
info: Task t2 has been processed. {"PID":<pid>,"Iteration":2,"QueueName":"images"}
info: No task left in the queue; stopping. {"PID":<pid>,"Iteration":3,"QueueName":"images"}
info: LongRunningWorker finished. {"PID":<pid>,"Iteration":3,"QueueName":"images"}
int(3)
