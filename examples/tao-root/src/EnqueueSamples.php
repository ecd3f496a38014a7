<?php
namespace oat\taskQueueExample;

/**
 * php index.php 'oat\taskQueueExample\EnqueueSamples' [--count=300]
 *
 * Creates sample tasks in turn: an import (queue "priority"; the third task imports
 * broken.zip and fails on purpose), an export ("standard"), a re-indexation ("priority"
 * when urgent, else "background").
 */
final class EnqueueSamples
{
    public function __invoke(array $params)
    {
        $options = Services::options($params, ['count']);
        $count = (int) ($options['count'] ?? 300);
        if ($count < 1 || (string) $count !== (string) ($options['count'] ?? 300)) {
            return Services::report('error', 'EnqueueSamples: --count must be a positive whole number');
        }
        $dispatcher = Services::get('tao/taskQueue');
        $started = microtime(true);
        for ($i = 1; $i <= $count; $i++) {
            switch ($i % 3) {
                case 0:
                    $file = $i === 3 ? 'broken.zip' : "items-$i.zip";
                    $dispatcher->createTask(new ImportItems(), ['file' => $file, 'items' => $i], "Import #$i");
                    break;
                case 1:
                    $dispatcher->createTask(new ExportResults(), ['delivery' => "d$i"], "Export #$i");
                    break;
                default:
                    $dispatcher->createTask(new ReindexResource(), ['urgent' => $i % 4 === 2], "Reindex #$i");
            }
        }
        $children = [];
        foreach ($dispatcher->getQueues() as $queue) {
            $children[] = Services::report('info', sprintf('%-10s %4d waiting', $queue->getName(), $queue->count()));
        }
        $how = $dispatcher->isSync() ? 'Created and ran (synchronous queues)' : 'Enqueued';
        return Services::report('success', sprintf('%s %d tasks in %.2f s', $how, $count, microtime(true) - $started), $children);
    }
}
