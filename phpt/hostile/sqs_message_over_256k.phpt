--TEST--
SQS: a task whose message is 256 KiB + 1 byte is not refused or cut by the broker (SQS's limit was 262,144 bytes until 2025 and is now a queue setting up to 1 MiB: the server decides, and its refusal is an exception, phpt/sqs/SqsQueueBroker_4xx_refused.phpt); it travels whole, nothing is lost, beside one of exactly 256 KiB
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../sqs/inc/sqs.inc';
use oat\tao\model\taskQueue\Task\CallbackTask;
use oat\tao\model\taskQueue\Task\TaskSerializerService;

/* A task whose JSON is exactly $bytes long. */
function sized_task(string $id, int $bytes): CallbackTask
{
    $t = new CallbackTask($id, 'me');
    $t->setCallable(new MarkJob());
    $t->setParameter(['pad' => '']);
    $base = strlen((new TaskSerializerService())->serialize($t));
    $t->setParameter(['pad' => str_repeat('a', $bytes - $base)]);
    return $t;
}

$name = sqs_queue('toolarge');
[$queue, $broker, $log, $logger] = sqs_setup($name, 10, 1);
$s = new TaskSerializerService();
$big = sized_task('big-1', 262145);
echo 'message bytes: ', strlen($s->serialize($big)), "\n";
try {
    var_dump($broker->push($big));
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    var_dump($queue->enqueue(sized_task('big-2', 262145)));
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo 'Task Log of big-2: ', $log->getStatus('big-2'), "\n";
$fits = sized_task('fits-1', 262144);
var_dump($queue->enqueue($fits));
$got = [];
sqs_wait_until(function () use ($broker, &$got) {
    while ($t = $broker->pop()) {
        $got[] = $t->getId() . ' (' . strlen($t->getParameters()['pad']) . ' pad bytes)';
        $broker->delete($t);
    }
    return count($got) >= 1;
}, 5);
echo 'received: ', implode(', ', $got), "\n";
var_dump($broker->count());
?>
--EXPECT--
message bytes: 262145
bool(true)
bool(true)
Task Log of big-2: enqueued
bool(true)
received: big-1 (261943 pad bytes), big-2 (261943 pad bytes), fits-1 (261941 pad bytes)
int(0)
