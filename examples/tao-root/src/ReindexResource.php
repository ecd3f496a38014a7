<?php
namespace oat\taskQueueExample;

use oat\tao\model\taskQueue\Task\QueueAssociableInterface;

/**
 * A search re-indexation that chooses its queue per task, as TAO actions implementing
 * QueueAssociableInterface do: urgent ones on "priority", the rest on "background".
 */
final class ReindexResource implements QueueAssociableInterface
{
    public function getQueueName(array $params = [])
    {
        return !empty($params['urgent']) ? 'priority' : 'background';
    }

    public function __invoke(array $params)
    {
        usleep(random_int(500, 2000));
        return null;    // TAO accepts tasks that return no report
    }
}
