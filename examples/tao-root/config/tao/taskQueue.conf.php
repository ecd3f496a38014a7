<?php
/*
 * The queue service (tao/taskQueue): the three queues of taoTaskQueue's README on
 * PostgreSQL (persistence "default"): "priority" (weight 90), "standard" (weight 30,
 * receives 5 tasks a poll) and "background" (weight 10, the default queue); imports go to
 * "priority", exports to "standard". InitializeQueue rewrites this file, as TAO does,
 * when it is given options.
 */
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\QueueDispatcher;
use oat\tao\model\taskQueue\Queue\TaskSelector\WeightStrategy;
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;

return new QueueDispatcher([
    QueueDispatcher::OPTION_QUEUES => [
        new Queue('priority', new RdsQueueBroker('default', 1), 90),
        new Queue('standard', new RdsQueueBroker('default', 5), 30),
        new Queue('background', new RdsQueueBroker('default', 1), 10),
    ],
    QueueDispatcher::OPTION_DEFAULT_QUEUE => 'background',
    QueueDispatcher::OPTION_TASK_TO_QUEUE_ASSOCIATIONS => [
        'oat\taskQueueExample\ImportItems' => 'priority',
        'oat\taskQueueExample\ExportResults' => 'standard',
    ],
    QueueDispatcher::OPTION_TASK_LOG => 'tao/taskLog',
    QueueDispatcher::OPTION_TASK_SELECTOR_STRATEGY => new WeightStrategy(),
]);
