<?php
namespace oat\taskQueueExample;

/** An item import, associated with the "priority" queue in config/tao/taskQueue.conf.php. */
final class ImportItems
{
    public function __invoke(array $params)
    {
        usleep(random_int(1000, 5000));    // the work
        if (($params['file'] ?? '') === 'broken.zip') {
            throw new \RuntimeException('archive broken.zip has no manifest');
        }
        return Services::report('success', sprintf('Imported %d items from %s', $params['items'], $params['file']));
    }
}
