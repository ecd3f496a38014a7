--TEST--
SqsQueueBroker: pushMany() of 25 tasks is 3 SendMessageBatch requests; receive 10 is one ReceiveMessage; acknowledgements wait while tasks of the same receive are buffered and go out as one DeleteMessageBatch
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/sqs.inc';

$name = sqs_queue('batch');
[$queue, $broker, $log, $logger] = sqs_setup($name, 10, 1);
$dir = sqs_tmpdir('batch');
$tasks = [];
for ($i = 0; $i < 25; $i++) {
    $tasks["k$i"] = $t = sqs_task("batch-$i", ['dir' => $dir, 'n' => $i]);
    $log->add($t, 'enqueued');
}
$before = $broker->getRequestCount();
var_dump($broker->pushMany($tasks));
echo "pushMany(25): ", $broker->getRequestCount() - $before, " requests\n";
var_dump($queue->count());

$seen = [];
for ($round = 1; $round <= 3; $round++) {
    $before = $broker->getRequestCount();
    $n = 0;
    $deltas = [];
    while (true) {
        $task = $queue->dequeue();
        if (!$task) {
            break;
        }
        $n++;
        $seen[$task->getId()] = ($seen[$task->getId()] ?? 0) + 1;
        $last = !$queue->hasPreFetchedMessages();
        $b = $broker->getRequestCount();
        $queue->acknowledge($task);
        $deltas[] = $broker->getRequestCount() - $b;
        if ($last) {
            break;
        }
    }
    echo "round $round: $n tasks, ", $broker->getRequestCount() - $before, " requests (acks: ", implode(' ', $deltas), ")\n";
}
echo count($seen), " tasks, each once: ", var_export(array_unique(array_values($seen)) === [1], true), "\n";
var_dump($queue->count());

echo "edge cases:\n";
$before = $broker->getRequestCount();
var_dump($broker->pushMany([]));
echo $broker->getRequestCount() - $before, " requests\n";
try {
    $broker->pushMany([sqs_task('ok-1'), 'not a task']);
} catch (InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
echo $broker->getRequestCount() - $before, " requests, ", $queue->count(), " queued\n";
echo implode("\n", $logger->grep('/error|warning/')), "\n";
sqs_rmdir($dir);
?>
--EXPECT--
int(25)
pushMany(25): 3 requests
int(25)
round 1: 10 tasks, 2 requests (acks: 0 0 0 0 0 0 0 0 0 1)
round 2: 10 tasks, 2 requests (acks: 0 0 0 0 0 0 0 0 0 1)
round 3: 5 tasks, 2 requests (acks: 0 0 0 0 1)
25 tasks, each once: true
int(0)
edge cases:
int(0)
0 requests
oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker::pushMany(): every element must be a TaskInterface, string given
0 requests, 0 queued
