--TEST--
SqsQueueBroker under LongRunningWorker end to end: 30 tasks (receive 10) run once each and end completed; a task limit of 15 claims only 10 + 5 (nothing claimed beyond the limit), the rest waits for the next run
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/sqs.inc';
use oat\taoTaskQueue\model\LongRunningWorker;

$name = sqs_queue('lrw');
[$queue, $broker, $log, $logger] = sqs_setup($name, 10, 1);
$dir = sqs_tmpdir('lrw');
$tasks = [];
for ($i = 0; $i < 30; $i++) {
    $tasks[] = $t = sqs_task("lrw-$i", ['dir' => $dir, 'n' => $i]);
    $log->add($t, 'enqueued');
}
var_dump($broker->pushMany($tasks));

echo "a run limited to 15 tasks:\n";
$before = $broker->getRequestCount();
$worker = new LongRunningWorker($queue, $log, false);
$worker->setLogger($logger);
$worker->setMaxIterations(15);
$worker->run();
$requests = $broker->getRequestCount() - $before;
var_dump($worker->getProcessedCount(), $broker->hasPreFetchedMessages(), $queue->count());
echo "requests: $requests (2 receives, 2 batched deletes)\n";

echo "a run until the queue is empty:\n";
$worker = new LongRunningWorker($queue, $log, false);
$worker->setLogger($logger);
$worker->stopWhenEmpty(true);
$worker->run();
var_dump($worker->getProcessedCount(), $queue->count());
$runs = $statuses = [];
for ($i = 0; $i < 30; $i++) {
    $runs[] = sqs_runs($dir, (string) $i);
    $statuses[] = $log->getStatus("lrw-$i");
}
echo "runs: ", implode(',', array_unique($runs)), "; statuses: ", implode(',', array_unique($statuses)), "\n";
echo implode("\n", $logger->grep('/error|warning/')), "\n";
sqs_rmdir($dir);
?>
--EXPECT--
int(30)
a run limited to 15 tasks:
int(15)
bool(false)
int(15)
requests: 4 (2 receives, 2 batched deletes)
a run until the queue is empty:
int(15)
int(0)
runs: 1; statuses: completed
