--TEST--
LongRunningWorker::run() without a logger: plain lines "[taskqueue] <level> <message> {json context}" on stderr (info and above; TASKQUEUE_LOG_LEVEL=debug adds debug); the logger stays unset afterwards
--ENV--
TASKQUEUE_LOG_LEVEL=debug
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../dispatcher/inc/doubles.inc';
use oat\taoTaskQueue\model\LongRunningWorker;

$log = new MemTaskLog();
$queue = new FakeQueue('mail');
$queue->taskLog = $log;
$queue->enqueue(TestTask::make('t1', fn() => ['type' => 'success', 'message' => 'sent'], 'Send mail'));
$w = new LongRunningWorker($queue, $log);
$w->setTimeLimit(1)->run();
var_dump($w->getLogger());
?>
--EXPECTF--
[taskqueue] info Starting LongRunningWorker. {"PID":%d,"Iteration":0,"QueueName":"mail"}
[taskqueue] info Processing task Send mail [t1] {"PID":%d,"Iteration":1,"QueueName":"mail"}
[taskqueue] info Task t1 has been processed. {"PID":%d,"Iteration":1,"QueueName":"mail"}
[taskqueue] debug No tasks found. Sleeping for 1 sec {"PID":%d,"Iteration":2,"QueueName":"mail"}
[taskqueue] info Time limit of 1 s reached after 1 task(s); stopping. {"PID":%d,"Iteration":2,"QueueName":"mail"}
[taskqueue] info LongRunningWorker finished. {"PID":%d,"Iteration":2,"QueueName":"mail"}
NULL
