--TEST--
SqsQueueBroker through Queue and TaskLog: enqueue, count, dequeue with SqsMessageId/ReceiptHandle, acknowledge, statuses; HTTP requests counted
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/sqs.inc';

$name = sqs_queue('basic');
[$queue, $broker, $log, $logger] = sqs_setup($name, 1, 1, null, 'generis/cache');
echo "initialize(): GetQueueUrl is not needed, CreateQueue made it: ", $broker->getRequestCount(), " request\n";
var_dump(sqs_url("TQ_$name") !== null);

$dir = sqs_tmpdir('basic');
$before = $broker->getRequestCount();
foreach (['a', 'b', 'c'] as $n) {
    var_dump($queue->enqueue(sqs_task("task-$n", ['dir' => $dir, 'n' => $n]), "label $n"));
}
echo "3 pushes: ", $broker->getRequestCount() - $before, " requests\n";
var_dump($queue->count(), $log->getStatus('task-a'));

$seen = [];
while ($task = $queue->dequeue()) {
    $seen[] = $task->getId();
    echo $task->getId(), ': ', $log->getStatus($task->getId()), ', SqsMessageId ',
        preg_match('/^[0-9a-f-]{36}$/', $task->getMetadata('SqsMessageId')) ? 'set' : 'missing',
        ', ReceiptHandle ', strlen((string) $task->getMetadata('ReceiptHandle')) > 10 ? 'set' : 'missing',
        ', label ', $task->getLabel(), "\n";
    var_dump($task());
    $queue->acknowledge($task);
}
sort($seen);
echo implode(',', $seen), "\n";
var_dump($queue->count());

echo "a receive for each task (receive 1), a delete for each, one empty receive, two counts:\n";
echo $broker->getRequestCount() - $before, " requests\n";

echo "what the Queue and the broker logged (no service locator, no TAO root: no cache service, warned once):\n";
echo implode("\n", $logger->grep('/error|warning/')), "\n";
var_dump($queue->dequeue());
sqs_rmdir($dir);
?>
--EXPECT--
initialize(): GetQueueUrl is not needed, CreateQueue made it: 1 request
bool(true)
bool(true)
bool(true)
bool(true)
3 pushes: 3 requests
int(3)
string(8) "enqueued"
task-a: dequeued, SqsMessageId set, ReceiptHandle set, label label a
array(4) {
  ["type"]=>
  string(7) "success"
  ["message"]=>
  string(6) "done a"
  ["data"]=>
  NULL
  ["children"]=>
  array(0) {
  }
}
task-b: dequeued, SqsMessageId set, ReceiptHandle set, label label b
array(4) {
  ["type"]=>
  string(7) "success"
  ["message"]=>
  string(6) "done b"
  ["data"]=>
  NULL
  ["children"]=>
  array(0) {
  }
}
task-c: dequeued, SqsMessageId set, ReceiptHandle set, label label c
array(4) {
  ["type"]=>
  string(7) "success"
  ["message"]=>
  string(6) "done c"
  ["data"]=>
  NULL
  ["children"]=>
  array(0) {
  }
}
task-a,task-b,task-c
int(0)
a receive for each task (receive 1), a delete for each, one empty receive, two counts:
12 requests
what the Queue and the broker logged (no service locator, no TAO root: no cache service, warned once):
[warning] The cache service of the SQS broker cannot be found (RuntimeException: Service "generis/cache" cannot be found: no service locator was set and no TAO root is known (define ROOT_PATH, set taskqueue.root or TASKQUEUE_ROOT)); queue URLs are cached in this process only.
NULL
