<?php
namespace oat\taskQueueExample;

use oat\tao\model\taskQueue\TaskLogInterface;
use oat\tao\model\taskQueue\TaskLog\TaskLogFilter;

/**
 * php index.php 'oat\taskQueueExample\ShowStats'
 *
 * What is left in each queue and what the Task Log says. An error report (exit status 1)
 * when tasks are still waiting or in progress, so a script can check the queues drained.
 */
final class ShowStats
{
    public function __invoke(array $params)
    {
        Services::options($params, []);
        $dispatcher = Services::get('tao/taskQueue');
        $taskLog = $dispatcher->getTaskLog();
        $waiting = 0;
        $queues = [];
        foreach ($dispatcher->getQueues() as $queue) {
            $waiting += $n = $queue->count();
            $queues[] = Services::report('info', sprintf('%-10s weight %2d, %d waiting', $queue->getName(), $queue->getWeight(), $n));
        }
        $stats = $taskLog->getStats(TaskLogInterface::SUPER_USER);
        $byStatus = [];
        foreach (['enqueued', 'dequeued', 'running', 'completed', 'failed'] as $status) {
            $n = count($taskLog->search((new TaskLogFilter())->eq('status', $status)));
            $byStatus[] = Services::report($status === 'failed' && $n ? 'warning' : 'info', sprintf('%-9s %d', $status, $n));
        }
        $busy = $waiting + $stats->getNumberOfTasksInProgress();
        return Services::report($busy ? 'error' : 'success', $busy ? "$busy tasks are not finished" : 'The queues are drained', [
            Services::report('info', 'Queues', $queues),
            Services::report('info', 'Task Log: ' . json_encode($stats), $byStatus),
        ]);
    }
}
