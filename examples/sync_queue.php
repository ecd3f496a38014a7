<?php
/*
 * The synchronous task queue end to end, as TAO core runs it without taoTaskQueue:
 * three in-memory queues, tasks run at once inside createTask(), reports in the Task Log.
 * Run: php -d extension=modules/taskqueue.so examples/sync_queue.php [number-of-tasks]
 */
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\QueueDispatcher;
use oat\tao\model\taskQueue\QueueDispatcherInterface as QD;
use oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker;
use oat\tao\model\taskQueue\Task\QueueAssociableInterface;
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLogInterface;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;
use oat\tao\model\taskQueue\TaskLog\TaskLogFilter;

final class ImportItems
{
    public function __invoke(array $params)
    {
        if (($params['file'] ?? '') === 'broken.zip') {
            throw new RuntimeException('archive broken.zip has no manifest');
        }
        return ['type' => 'success', 'message' => sprintf('Imported %d items from %s', $params['items'], $params['file']),
                'data' => null, 'children' => []];
    }
}

final class ExportResults
{
    public function __invoke(array $params)
    {
        return ['type' => 'success', 'message' => "Exported delivery {$params['delivery']}", 'data' => 'export.csv', 'children' => []];
    }
}

/** Chooses its queue per call, as TAO actions implementing QueueAssociableInterface do. */
final class IndexResource implements QueueAssociableInterface
{
    public function getQueueName(array $params = [])
    {
        return !empty($params['urgent']) ? 'priority' : 'background';
    }

    public function __invoke(array $params)
    {
        return null; // TAO tolerates tasks that return no report
    }
}

$n = (int) ($argv[1] ?? 30);
$taskLog = new TaskLog([TaskLogInterface::OPTION_TASK_LOG_BROKER => new InMemoryTaskLogBroker()]);
$dispatcher = new QueueDispatcher([
    QD::OPTION_QUEUES => [
        new Queue('priority', new InMemoryQueueBroker(), 90),
        new Queue('standard', new InMemoryQueueBroker(), 30),
        new Queue('background', new InMemoryQueueBroker(), 10),
    ],
    QD::OPTION_DEFAULT_QUEUE => 'background',
    QD::OPTION_TASK_TO_QUEUE_ASSOCIATIONS => [
        ImportItems::class => 'priority',
        ExportResults::class => 'standard',
    ],
    QD::OPTION_TASK_LOG => $taskLog,
]);

printf("dispatcher is %s; queues: %s\n", $dispatcher->isSync() ? 'sync' : 'async', implode(', ', $dispatcher->getQueueNames()));
$started = microtime(true);
$tasks = [];
for ($i = 1; $i <= $n; $i++) {
    switch ($i % 3) {
        case 0: $tasks[] = $dispatcher->createTask(new ImportItems(), ['file' => $i === 3 ? 'broken.zip' : "items-$i.zip", 'items' => $i], "Import #$i"); break;
        case 1: $tasks[] = $dispatcher->createTask(new ExportResults(), ['delivery' => "d$i"], "Export #$i"); break;
        default: $tasks[] = $dispatcher->createTask(new IndexResource(), ['urgent' => $i % 4 === 2], "Index #$i");
    }
}
$elapsed = microtime(true) - $started;

foreach (array_slice($tasks, 0, 6) as $task) {
    $report = $taskLog->getReport($task->getId());
    $report = is_object($report) ? $report->toArray() : $report;
    $child = $report['children'][0]['message'] ?? $report['message'];
    printf("%-10s %-9s %s\n", $task->getLabel(), $taskLog->getStatus($task->getId()), $child);
}
echo "...\n";
$stats = $taskLog->getStats(TaskLogInterface::SUPER_USER);
printf("Task Log stats: %s\n", json_encode($stats));
foreach (['completed', 'failed'] as $status) {
    printf("%-9s %d\n", $status, count($taskLog->search((new TaskLogFilter())->eq('status', $status))));
}
foreach ($dispatcher->getQueues() as $queue) {
    printf("queue %-10s weight %2d, waiting %d\n", $queue->getName(), $queue->getWeight(), $queue->count());
}
printf("%d tasks created and run in %.1f ms (%.0f tasks/s)\n", $n, $elapsed * 1000, $n / max($elapsed, 1e-9));
$failed = count($taskLog->search((new TaskLogFilter())->eq('status', 'failed')));
exit($failed === 1 && $stats->getNumberOfTasksCompleted() == $n - 1 ? 0 : 1);
