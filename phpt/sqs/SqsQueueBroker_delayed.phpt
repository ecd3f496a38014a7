--TEST--
SqsQueueBroker: a delayed task (DelaySeconds) and a scheduled one are not run by a LongRunningWorker before their due time and run within the long poll (1 s) after it; a uniqueness key is refused (standard queues cannot hold one) and nothing is queued
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/sqs.inc';
ini_set('taskqueue.allowed_callables', ltrim(ini_get('taskqueue.allowed_callables') . ',StampJob', ','));
use oat\taoTaskQueue\model\LongRunningWorker;
use oat\tao\model\taskQueue\QueueDispatcher;

class StampJob
{
    public static array $at = [];
    public function __invoke(array $p)
    {
        self::$at[$p['name']] = microtime(true);
        return ['type' => 'success', 'message' => 'ran', 'data' => null, 'children' => []];
    }
}

[$queue, $broker, $log, $logger] = sqs_setup(sqs_queue('delay'), 10, 1);
$d = new QueueDispatcher(['queues' => [$queue], 'task_log' => $log]);
$a = $d->createTask(new StampJob(), ['name' => 'a'], null, null, false, ['delay' => 2]);
$b = $d->createTask(new StampJob(), ['name' => 'b'], null, null, false, ['runAt' => (new DateTime())->modify('+3500 milliseconds')]);
echo 'statuses: ', $log->getStatus($a->getId()), ' ', $log->getStatus($b->getId()), "\n";
try {
    $d->createTask(new StampJob(), ['name' => 'c'], null, null, false, ['uniqueKey' => 'k']);
} catch (LogicException $e) {
    echo get_class($e), ': ', preg_replace('/Queue "[^"]+"/', 'Queue "Q"', $e->getMessage()), "\n";
}

$w = new LongRunningWorker($queue, $log, false);
$w->setLogger($logger);
$w->setTimeLimit((int) ceil(5 * sqs_slack()));
$w->run();
echo 'processed: ', $w->getProcessedCount(), "\n";
foreach (['a' => $a, 'b' => $b] as $name => $t) {
    $due = (float) $t->getRunAt()->format('U.u');
    $late = (StampJob::$at[$name] ?? 0) - $due;
    echo "$name: ", $late >= -0.05 ? 'not early' : sprintf('EARLY by %.3f s', -$late), ', ',
         $late < 1.5 * sqs_slack() ? 'within the long poll' : sprintf('LATE by %.3f s', $late), ', ', $log->getStatus($t->getId()), "\n";
}
echo implode("\n", $logger->grep('/error|warning/')), "\n";
?>
--EXPECT--
statuses: enqueued enqueued
LogicException: Queue "Q": oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker cannot take unique tasks; use RdsQueueBroker (nothing was queued)
processed: 2
a: not early, within the long poll, completed
b: not early, within the long poll, completed
