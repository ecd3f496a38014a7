<?php
/*
 * The Task Log service (tao/taskLog): one row per task in the table task_log of the
 * persistence "default", as TAO's installer sets it up.
 */
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;

return new TaskLog([
    TaskLog::OPTION_TASK_LOG_BROKER => new RdsTaskLogBroker('default'),
    TaskLog::OPTION_TASK_TO_CATEGORY_ASSOCIATIONS => [
        'oat\taskQueueExample\ImportItems' => 'import',
        'oat\taskQueueExample\ExportResults' => 'export',
    ],
    TaskLog::OPTION_DEFAULT_BATCH_SIZE => 1000,
]);
