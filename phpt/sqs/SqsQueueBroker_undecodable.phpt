--TEST--
SqsQueueBroker: a message that does not decode is never dropped: moved to TQ_<name>_poison (body unchanged, the reason as a message attribute) and reported as a failed task in the Task Log (its own id, or sqs://TQ_<name>/<MessageId>); good tasks of the same receive go on
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/sqs.inc';
use oat\tao\model\taskQueue\Task\CallbackTask;

$name = sqs_queue('poison');
$log = sqs_task_log();
[$queue, $broker, , $logger] = sqs_setup($name, 10, 1, $log);
$broker->setTaskLog($log);
$url = sqs_url("TQ_$name");
$dir = sqs_tmpdir('poison');

$bodies = [
    'not json' => 'this is not JSON',
    'lost class' => '{"taskFqcn":"No\\\\Such\\\\TaskClass","metadata":{"__id__":"poison-1","__label__":"Lost class"},"parameters":[]}',
    'lost callable' => '{"taskFqcn":"oat\\\\tao\\\\model\\\\taskQueue\\\\Task\\\\CallbackTask","metadata":{"__id__":"poison-2","__callable__":"No\\\\Such\\\\Callable"},"parameters":[]}',
];
foreach ($bodies as $body) {
    sqs_raw('SendMessage', ['QueueUrl' => $url, 'MessageBody' => $body]);
}
// poison-2 was enqueued normally before its class went away: its entry exists
$log->add(new CallbackTask('poison-2', ''), 'enqueued');
$queue->enqueue(sqs_task('good-1', ['dir' => $dir, 'n' => 'good']));
var_dump($queue->count());

$got = [];
$worker = new oat\tao\model\taskQueue\Worker\OneTimeWorker($queue, $log);
while ($t = $queue->dequeue()) {
    $got[] = $t->getId();
    $worker->processTask($t);
}
echo "handed out: ", implode(',', $got), "\n";
var_dump($queue->count());

echo "what was logged:\n";
$lines = preg_replace(["/$name/", '/message [0-9a-f-]{36}/'], ['NAME', 'message ID'], $logger->grep('/error|warning/'));
sort($lines);
echo implode("\n", $lines), "\n";

echo "the poison queue holds them, with the reason:\n";
$purl = sqs_url("TQ_{$name}_poison");
$held = [];
for ($i = 0; $i < 5 && count($held) < 3; $i++) {
    foreach (sqs_raw('ReceiveMessage', ['QueueUrl' => $purl, 'MaxNumberOfMessages' => 10, 'WaitTimeSeconds' => 1,
                                       'MessageAttributeNames' => ['All']])['Messages'] ?? [] as $m) {
        $held[$m['Body']] = $m['MessageAttributes'];
    }
}
foreach ($bodies as $what => $body) {
    $a = $held[$body] ?? null;
    echo "$what: ", $a ? 'kept' : 'MISSING', ", source ", str_replace($name, 'NAME', $a['TaskQueueSource']['StringValue'] ?? '?'),
        ", reason: ", str_replace($name, 'NAME', $a['TaskQueueReason']['StringValue'] ?? '?'), "\n";
}

echo "the Task Log:\n";
$syntheticId = "sqs://TQ_$name/" . $held[$bodies['not json']]['TaskQueueMessageId']['StringValue'];
foreach (['poison-1', 'poison-2', $syntheticId, 'good-1'] as $id) {
    $report = $log->getReport($id);
    $report = is_object($report) ? $report->toArray() : $report;
    echo str_replace($name, 'NAME', preg_replace('/sqs:\/\/[^ ]+/', 'SYNTHETIC', $id)), ': ', $log->getStatus($id), ', ',
        $report['type'] ?? '-', ': ', preg_replace(["/$name/", '/message [0-9a-f-]{36}/'], ['NAME', 'message ID'], $report['message'] ?? '-'), "\n";
}
$entity = $log->getById('poison-1');
echo "label of the stand-in entry: ", $entity->getLabel(), "\n";

echo "nothing comes back to the queue after the lease:\n";
$broker->setWaitTime(2);
var_dump($queue->dequeue(), $queue->count());
echo "the Task Log found as service tao/taskLog through the service locator:\n";
[$queue2, $broker2, , $logger2] = sqs_setup($name, 10, 1, $log);
$broker2->setServiceLocator(new ArrayServiceLocator(['tao/taskLog' => $log]));
sqs_raw('SendMessage', ['QueueUrl' => $url, 'MessageBody' => '{"taskFqcn":"Gone","metadata":{"__id__":"poison-3"},"parameters":[]}']);
var_dump($queue2->dequeue(), $log->getStatus('poison-3'));
echo "no Task Log at all: still moved aside, and said so:\n";
$broker3 = new oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker(new GenerisCache(), 10);
$broker3->setQueueName($name)->setWaitTime(1)->setLogger($logger3 = new SqsLogger());
sqs_raw('SendMessage', ['QueueUrl' => $url, 'MessageBody' => '{"taskFqcn":"Gone","metadata":{"__id__":"poison-4"},"parameters":[]}']);
var_dump($broker3->pop(), $log->getStatus('poison-4'), $broker3->count());
echo preg_replace(["/$name/", '/message [0-9a-f-]{36}/'], ['NAME', 'message ID'], implode("\n", $logger3->lines)), "\n";
sqs_rmdir($dir);
?>
--EXPECT--
int(4)
handed out: good-1
int(0)
what was logged:
[error] Task message ID of SQS queue TQ_NAME cannot be decoded and was moved to TQ_NAME_poison: oat\tao\model\taskQueue\Task\InvalidTaskException: Callable/Action class No\Such\Callable does not exist (task poison-2)
[error] Task message ID of SQS queue TQ_NAME cannot be decoded and was moved to TQ_NAME_poison: oat\tao\model\taskQueue\Task\InvalidTaskException: Invalid task JSON: not JSON: invalid JSON at line 1, column 4: invalid token near 'this'
[error] Task message ID of SQS queue TQ_NAME cannot be decoded and was moved to TQ_NAME_poison: oat\tao\model\taskQueue\Task\InvalidTaskException: Task class No\Such\TaskClass does not exist (task poison-1)
the poison queue holds them, with the reason:
not json: kept, source TQ_NAME, reason: oat\tao\model\taskQueue\Task\InvalidTaskException: Invalid task JSON: not JSON: invalid JSON at line 1, column 4: invalid token near 'this'
lost class: kept, source TQ_NAME, reason: oat\tao\model\taskQueue\Task\InvalidTaskException: Task class No\Such\TaskClass does not exist (task poison-1)
lost callable: kept, source TQ_NAME, reason: oat\tao\model\taskQueue\Task\InvalidTaskException: Callable/Action class No\Such\Callable does not exist (task poison-2)
the Task Log:
poison-1: failed, error: Task message ID of SQS queue TQ_NAME cannot be decoded and was moved to TQ_NAME_poison: oat\tao\model\taskQueue\Task\InvalidTaskException: Task class No\Such\TaskClass does not exist (task poison-1)
poison-2: failed, error: Task message ID of SQS queue TQ_NAME cannot be decoded and was moved to TQ_NAME_poison: oat\tao\model\taskQueue\Task\InvalidTaskException: Callable/Action class No\Such\Callable does not exist (task poison-2)
SYNTHETIC: failed, error: Task message ID of SQS queue TQ_NAME cannot be decoded and was moved to TQ_NAME_poison: oat\tao\model\taskQueue\Task\InvalidTaskException: Invalid task JSON: not JSON: invalid JSON at line 1, column 4: invalid token near 'this'
good-1: completed, info: Running task good-1
label of the stand-in entry: Lost class
nothing comes back to the queue after the lease:
NULL
int(0)
the Task Log found as service tao/taskLog through the service locator:
NULL
string(6) "failed"
no Task Log at all: still moved aside, and said so:
NULL
string(7) "unknown"
int(0)
[error] Task message ID of SQS queue TQ_NAME cannot be decoded and was moved to TQ_NAME_poison: oat\tao\model\taskQueue\Task\InvalidTaskException: Task class Gone does not exist (task poison-4)
[error] No Task Log to report an undecodable SQS message in (RuntimeException: Service "tao/taskLog" cannot be found: no service locator was set and no TAO root is known (define ROOT_PATH, set taskqueue.root or TASKQUEUE_ROOT)): give the broker one with setTaskLog()