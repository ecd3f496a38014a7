<?php
/* Shared by the benchmark scripts: the no-op action and a dispatcher/Task Log over RDS. */
namespace oat\taskQueueBench;

// the benchmark's task classes may be decoded from a message (README: taskqueue.allowed_callables)
ini_set('taskqueue.allowed_callables', __NAMESPACE__ . '\\');

use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\QueueDispatcher;
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;

/** The same no-op task the baseline runs (tao_rds.php's NoOpAction). */
final class NoOpAction
{
    public function __invoke(array $params)
    {
        if (isset($params['t0'])) {
            // pickup latency probe: enqueue time -> start of the task body
            file_put_contents(getenv('BENCH_LATENCY_FILE'), sprintf("%.6f\n", microtime(true) - $params['t0']), FILE_APPEND);
        }
        return ['type' => 'success', 'message' => 'no-op', 'data' => null, 'children' => []];
    }
}

function opt(array $argv, string $name, $default)
{
    foreach ($argv as $a) {
        if (str_starts_with($a, "--$name=")) {
            return substr($a, strlen($name) + 3);
        }
        if ($a === "--$name") {
            return true;
        }
    }
    return $default;
}

function taskLog(): TaskLog
{
    return new TaskLog([TaskLog::OPTION_TASK_LOG_BROKER => new RdsTaskLogBroker('default')]);
}

function queue(string $name, int $receive, TaskLog $log): Queue
{
    $q = new Queue($name, new RdsQueueBroker('default', $receive));
    $q->setTaskLog($log);
    return $q;
}

function dispatcher(Queue $q, TaskLog $log): QueueDispatcher
{
    return new QueueDispatcher([
        QueueDispatcher::OPTION_QUEUES => [$q],
        QueueDispatcher::OPTION_TASK_LOG => $log,
    ]);
}

/** Queues of --queues=name:weight,... (e.g. "wake_a:90,wake_b:30,wake_c:10") on RDS. */
function weightedQueues(string $spec, int $receive, TaskLog $log): array
{
    $queues = [];
    foreach (explode(',', $spec) as $item) {
        [$name, $weight] = explode(':', $item) + [1 => 1];
        $queues[] = queue($name, $receive, $log)->setWeight((int) $weight);
    }
    return $queues;
}

/** A dispatcher over several queues with TAO's default WeightStrategy; new tasks go to $into. */
function dispatcherOver(array $queues, TaskLog $log, ?string $into = null): QueueDispatcher
{
    return new QueueDispatcher([
        QueueDispatcher::OPTION_QUEUES => $queues,
        QueueDispatcher::OPTION_DEFAULT_QUEUE => $into ?? $queues[0]->getName(),
        QueueDispatcher::OPTION_TASK_LOG => $log,
        QueueDispatcher::OPTION_TASK_SELECTOR_STRATEGY => new \oat\tao\model\taskQueue\Queue\TaskSelector\WeightStrategy(),
    ]);
}
