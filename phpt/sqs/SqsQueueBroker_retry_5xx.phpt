--TEST--
SqsQueueBroker through the fault proxy: 500s and throttling are retried with backoff; when the retries run out, push returns false, pop null and count 0, logged with action, queue and last error (TAO's policy); createQueue throws under CLI
--CONFLICTS--
sqs-fault-proxy
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/sqs.inc';

putenv('AWS_ENDPOINT_URL_SQS=' . sqs_proxy());
sqs_faults('500', 0);
$name = sqs_queue('retry');
[$queue, $broker, $log, $logger] = sqs_setup($name, 1, 1);
$dir = sqs_tmpdir('retry');
$clean = fn(array $lines) => implode("\n", preg_replace(['/ in [0-9.]+ s;/', "/$name/"], [' in N s;', 'NAME'], $lines));

echo "two 500s, then the push goes through:\n";
sqs_faults('500', 2);
$before = $broker->getRequestCount();
var_dump($queue->enqueue(sqs_task('retry-1', ['dir' => $dir, 'n' => 1])));
echo $broker->getRequestCount() - $before, " requests, ", sqs_proxy_stats()['faulted'], " faulted\n";

echo "throttling (HTTP 400 ThrottlingException) is retried too:\n";
sqs_faults('throttle', 1);
$before = $broker->getRequestCount();
var_dump($queue->count());
echo $broker->getRequestCount() - $before, " requests\n";

echo "500 until the retries run out (5 tries):\n";
sqs_faults('500', -1);
$before = $broker->getRequestCount();
var_dump($queue->enqueue(sqs_task('retry-2', ['dir' => $dir, 'n' => 2])));
echo "enqueue: ", $broker->getRequestCount() - $before, " requests; its Task Log entry is gone: ", $log->getStatus('retry-2'), "\n";
var_dump($queue->count(), $queue->dequeue());
try {
    $queue->initialize();
} catch (RuntimeException $e) {
    echo "initialize() under CLI: ", preg_replace(['/ in [0-9.]+ s;/', "/$name/"], [' in N s;', 'NAME'], $e->getMessage()), "\n";
}
echo $clean($logger->grep('/error|warning/')), "\n";

echo "the server is back:\n";
sqs_faults('500', 0);
var_dump($queue->count());
$task = $queue->dequeue();
var_dump($task->getId());
$queue->acknowledge($task);
var_dump($queue->count());
sqs_rmdir($dir);
?>
--EXPECT--
two 500s, then the push goes through:
bool(true)
3 requests, 2 faulted
throttling (HTTP 400 ThrottlingException) is retried too:
int(1)
2 requests
500 until the retries run out (5 tries):
bool(false)
enqueue: 5 requests; its Task Log entry is gone: unknown
int(0)
NULL
initialize() under CLI: SQS CreateQueue on queue TQ_NAME failed after 5 tries in N s; last error: InternalError: Internal error (injected by the fault proxy)
[error] Pushing a task to SQS failed: SQS SendMessage on queue TQ_NAME failed after 5 tries in N s; last error: InternalError: Internal error (injected by the fault proxy)
[error] Counting the messages of an SQS queue failed: SQS GetQueueAttributes on queue TQ_NAME failed after 5 tries in N s; last error: InternalError: Internal error (injected by the fault proxy)
[error] Receiving tasks from SQS failed: SQS ReceiveMessage on queue TQ_NAME failed after 5 tries in N s; last error: InternalError: Internal error (injected by the fault proxy)
[error] Creating SQS queue TQ_NAME failed: SQS CreateQueue on queue TQ_NAME failed after 5 tries in N s; last error: InternalError: Internal error (injected by the fault proxy)
the server is back:
int(1)
string(7) "retry-1"
int(0)
