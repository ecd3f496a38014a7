--TEST--
SqsQueueBroker: retries and dead letters under a LongRunningWorker. A task that fails once runs again as a new message delayed by its backoff (DelaySeconds), with the same id, and completes; a task that fails every attempt ends 'failed' with both attempts' errors in its report and its message in TQ_<name>_poison (the stuck-task tools' list), its retry metadata cleared so a redrive starts afresh; the queue is left empty. getPoisonMessages() lists it without taking it; StuckTaskRepository lists it (status failed) and RestartStuckTaskService sends it back (redrivePoison(), Task Log enqueued) and, the cause fixed, it completes
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/sqs.inc';
ini_set('taskqueue.allowed_callables', ltrim(ini_get('taskqueue.allowed_callables') . ',FailJob', ','));
use oat\taoTaskQueue\model\LongRunningWorker;
use oat\tao\model\taskQueue\QueueDispatcher;
use TaskQueue\RetryPolicy;
use oat\taoTaskQueue\model\Repository\{StuckTaskQuery, StuckTaskRepository};
use oat\taoTaskQueue\model\Service\RestartStuckTaskService;

class FailJob
{
    public static array $at = [];
    public static bool $fixed = false;
    public function __invoke(array $p)
    {
        self::$at[$p['name']][] = microtime(true);
        if (($p['always'] && !self::$fixed) || count(self::$at[$p['name']]) < 2) {
            throw new RuntimeException('attempt ' . count(self::$at[$p['name']]) . ' of ' . $p['name']);
        }
        return ['type' => 'success', 'message' => 'ran', 'data' => null, 'children' => []];
    }
}

$name = sqs_queue('retry');
[$queue, $broker, $log, $logger] = sqs_setup($name, 10, 1);
$d = new QueueDispatcher(['queues' => [$queue], 'task_log' => $log]);
$policy = ['retry' => new RetryPolicy(2, 1.0, 5.0, 2.0, 0.0)];
$a = $d->createTask(new FailJob(), ['name' => 'a', 'always' => false], null, null, false, $policy);
$b = $d->createTask(new FailJob(), ['name' => 'b', 'always' => true], null, null, false, $policy);

$w = new LongRunningWorker($queue, $log, false);
$w->setLogger($logger);
$w->setTimeLimit((int) ceil(4 * sqs_slack()));
$w->run();
foreach (['a' => $a, 'b' => $b] as $n => $t) {
    $runs = FailJob::$at[$n] ?? [];
    $gap = count($runs) === 2 ? $runs[1] - $runs[0] : 0;
    echo "$n: ", $log->getStatus($t->getId()), ', runs ', count($runs), ', ', $gap >= 0.95 ? 'not early' : sprintf('gap %.3f s', $gap), "\n";
}
$report = $log->getReport($b->getId());
echo 'b: ', implode(' / ', array_map(fn($c) => $c['message'], $report['children'])), "\n";

$purl = sqs_url("TQ_{$name}_poison");
$kept = [];
sqs_wait_until(function () use ($purl, &$kept) {
    foreach (sqs_raw('ReceiveMessage', ['QueueUrl' => $purl, 'MaxNumberOfMessages' => 10, 'WaitTimeSeconds' => 1,
                                        'VisibilityTimeout' => 0, 'MessageAttributeNames' => ['All']])['Messages'] ?? [] as $m) {
        $kept[] = $m;
    }
    return $kept !== [];
}, 5);
foreach ($kept as $m) {
    $md = json_decode($m['Body'], true)['metadata'];
    echo 'poison: ', $md['__id__'] === $b->getId() ? 'b' : $md['__id__'], ', attempt ', json_encode($md['__attempt__'] ?? null),
         ', errors ', json_encode($md['__errors__'] ?? null), ', policy kept ', json_encode(isset($md['__retry__'])),
         ', reason: ', $m['MessageAttributes']['TaskQueueReason']['StringValue'] ?? '-', "\n";
}
echo 'queue left: ', $broker->count(), "\n";
echo implode("\n", $logger->grep('/runs again|dead letter/')), "\n";

echo "-- listed and sent back once the cause is fixed\n";
$listed = $broker->getPoisonMessages();
echo 'listed: ', count($listed), ', ', ($listed[0]['taskId'] ?? '') === $b->getId() ? 'b' : json_encode($listed), "\n";
echo 'unknown id: ', $broker->redrivePoison('no-such-task'), "\n";
class Locator
{
    public function __construct(private array $services) {}
    public function get($id) { return $this->services[$id]; }
    public function has($id) { return isset($this->services[$id]); }
}
$locator = new Locator(['tao/taskQueue' => $d, 'tao/taskLog' => $log]);
$repo = new StuckTaskRepository();
$repo->setServiceLocator($locator);
echo 'stuck while enqueued only: ', count($repo->findAll(new StuckTaskQuery($name, ['FailJob'], ['enqueued'], 0))), "\n";
$found = $repo->findAll(new StuckTaskQuery($name, ['FailJob'], ['failed'], 0));
foreach ($found as $s) {
    echo 'stuck: ', $s->getTaskLog()->getId() === $b->getId() ? 'b' : $s->getTaskLog()->getId(), ', orphan ',
         var_export($s->isOrphan(), true), ', task ', $s->getTask()?->getId() === $b->getId() ? 'b' : '-', "\n";
}
FailJob::$fixed = true;
$restart = new RestartStuckTaskService();
$restart->setServiceLocator($locator);
$restart->restart($found[0]);
echo 'sent back: log ', $log->getStatus($b->getId()), "\n";
try {
    $restart->restart($found[0]);
} catch (RuntimeException $e) {
    echo get_class($e), ': ', str_replace($b->getId(), 'b', str_replace($name, 'NAME', $e->getMessage())), "\n";
}
$w = new LongRunningWorker($queue, $log, false);
$w->setLogger($logger);
$w->setTimeLimit((int) ceil(2 * sqs_slack()));
$w->run();
echo 'b: ', $log->getStatus($b->getId()), ', runs ', count(FailJob::$at['b']), ', poison left: ', count($broker->getPoisonMessages()), "\n";
try {
    $broker->getPoisonMessages(0);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
a: completed, runs 2, not early
b: failed, runs 2, not early
b: Attempt 1: RuntimeException: attempt 1 of b / Attempt 2: RuntimeException: attempt 2 of b
poison: b, attempt null, errors null, policy kept true, reason: the task failed its last attempt (dead letter)
queue left: 0
[warning] Task %s failed on attempt 1 of 2; it runs again in 1000 ms.
[warning] Task %s failed on attempt 1 of 2; it runs again in 1000 ms.
[error] Task %s failed on attempt 2 of 2 and is kept as a dead letter.
-- listed and sent back once the cause is fixed
listed: 1, b
unknown id: 0
stuck while enqueued only: 0
stuck: b, orphan false, task b
sent back: log enqueued
RuntimeException: Task b has no message kept in TQ_NAME_poison: nothing to restart
b: completed, runs 3, poison left: 0
%SSqsQueueBroker::getPoisonMessages(): Argument #1 ($max) must be from 1 to 1000
