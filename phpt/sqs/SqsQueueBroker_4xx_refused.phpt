--TEST--
SqsQueueBroker: a refused request (bad credentials, no permission, a message too large) fails at once, one request, with AWS's error code and message: thrown from push, pushMany and createQueue; logged by pop and count
--CONFLICTS--
sqs-fault-proxy
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/sqs.inc';

putenv('AWS_ENDPOINT_URL_SQS=' . sqs_proxy());
sqs_faults('500', 0);
$name = sqs_queue('refused');
[$queue, $broker, $log, $logger] = sqs_setup($name, 1, 1);
$show = function (Throwable $e) use ($name) {
    echo get_class($e), ': ', str_replace($name, 'NAME', $e->getMessage()), "\n";
};

echo "credentials refused on push:\n";
sqs_faults('badtoken', 1);
$before = $broker->getRequestCount();
try {
    $broker->push(sqs_task('r-1'));
} catch (RuntimeException $e) {
    $show($e);
}
echo $broker->getRequestCount() - $before, " request\n";

echo "Queue::enqueue() turns it into false and a log line, as TAO does with exceptions:\n";
sqs_faults('badtoken', 1);
$queueLogger = new SqsLogger();
$queue->setLogger($queueLogger);
var_dump($queue->enqueue(sqs_task('r-2')), $log->getStatus('r-2'));
echo str_replace($name, 'NAME', implode("\n", $queueLogger->lines)), "\n";

echo "permission refused on createQueue (thrown whatever the SAPI):\n";
sqs_faults('denied', 1);
try {
    $queue->initialize();
} catch (RuntimeException $e) {
    $show($e);
}

echo "pop and count log it (a worker goes on):\n";
sqs_faults('badtoken', 2);
var_dump($queue->dequeue(), $queue->count());
echo str_replace($name, 'NAME', implode("\n", $logger->grep('/error/'))), "\n";

echo "a message larger than the queue takes (1 MiB on fauxqs and on SQS since 2025):\n";
sqs_faults('500', 0);
$big = sqs_task('r-big', ['x' => str_repeat('a', 1100000)]);
$before = $broker->getRequestCount();
try {
    $broker->push($big);
} catch (RuntimeException $e) {
    $show($e);
}
echo $broker->getRequestCount() - $before, " request\n";
try {
    $broker->pushMany([sqs_task('r-small'), $big, sqs_task('r-small-2')]);
} catch (RuntimeException $e) {
    $show($e);
}
var_dump($queue->count());
?>
--EXPECT--
credentials refused on push:
RuntimeException: SQS SendMessage on queue TQ_NAME failed: UnrecognizedClientException: The security token included in the request is invalid.
1 request
Queue::enqueue() turns it into false and a log line, as TAO does with exceptions:
bool(false)
string(7) "unknown"
[error] Enqueueing TASK oat\tao\model\taskQueue\Task\CallbackTask [r-2] failed with MSG: SQS SendMessage on queue TQ_NAME failed: UnrecognizedClientException: The security token included in the request is invalid.
permission refused on createQueue (thrown whatever the SAPI):
RuntimeException: SQS CreateQueue on queue TQ_NAME failed: AccessDeniedException: User: arn:aws:iam::000000000000:user/test is not authorized to perform this action (injected by the fault proxy)
pop and count log it (a worker goes on):
NULL
int(0)
[error] Creating SQS queue TQ_NAME failed: SQS CreateQueue on queue TQ_NAME failed: AccessDeniedException: User: arn:aws:iam::000000000000:user/test is not authorized to perform this action (injected by the fault proxy)
[error] Receiving tasks from SQS failed: SQS ReceiveMessage on queue TQ_NAME failed: UnrecognizedClientException: The security token included in the request is invalid.
[error] Counting the messages of an SQS queue failed: SQS GetQueueAttributes on queue TQ_NAME failed: UnrecognizedClientException: The security token included in the request is invalid.
a message larger than the queue takes (1 MiB on fauxqs and on SQS since 2025):
RuntimeException: SQS SendMessage on queue TQ_NAME failed: InvalidParameterValue: One or more parameters are invalid. Reason: Message must be shorter than 1048576 bytes.
1 request
RuntimeException: SQS SendMessageBatch on queue TQ_NAME failed: BatchRequestTooLong: Batch requests cannot be longer than 1048576 bytes. (entries 0..0 of 3 were sent before)
int(1)
