<?php
/* php bench/sqs.php --count=N --receive=10
 * SQS against the emulator (AWS_* from tools/sqs-emulator.sh): pushMany N no-op tasks, then
 * one LongRunningWorker drains them. Counts every HTTP request both sides made.
 * Prints "sqs: tasks=<n> tasks_per_s=<n> requests=<n> requests_per_task=<x>". */
namespace oat\taskQueueBench;

use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\Task\CallbackTask;
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;
use oat\taoTaskQueue\model\LongRunningWorker;
use oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker;

require __DIR__ . '/common.php';
$n = (int) opt($argv, 'count', 1000);
$receive = (int) opt($argv, 'receive', 10);
$name = 'bench' . getmypid();
$log = new TaskLog([TaskLog::OPTION_TASK_LOG_BROKER => new InMemoryTaskLogBroker()]);
$broker = new SqsQueueBroker('generis/cache', $receive);
$broker->setWaitTime((int) opt($argv, 'wait', 20));
$queue = new Queue($name, $broker);
$queue->setTaskLog($log);
$queue->initialize();
$before = $broker->getRequestCount();

$template = (new CallbackTask('http://bench.tao.local/tao.rdf#i0', ''))->setCallable(new NoOpAction());
$t0 = hrtime(true);
for ($done = 0; $done < $n; $done += 500) {
    $tasks = [];
    for ($i = $done; $i < min($n, $done + 500); $i++) {
        $task = clone $template;
        $log->add($task, 'enqueued');
        $tasks[] = $task;
    }
    $broker->pushMany($tasks);
}
$worker = new LongRunningWorker($queue, $log, true);
$worker->stopWhenEmpty(true);
$worker->run();
$s = (hrtime(true) - $t0) / 1e9;
$requests = $broker->getRequestCount() - $before;
$done = $worker->getProcessedCount();
printf("sqs: tasks=%d tasks_per_s=%.0f requests=%d requests_per_task=%.3f\n", $done, $done / $s, $requests, $requests / max($done, 1));
exit($done === $n ? 0 : 1);
