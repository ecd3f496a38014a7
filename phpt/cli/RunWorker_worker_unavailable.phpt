--TEST--
RunWorker: a build without LongRunningWorker says so in an error report
--SKIPIF--
<?php if (class_exists('oat\taoTaskQueue\model\LongRunningWorker', false)) die('skip LongRunningWorker is built'); ?>
--FILE--
<?php
require __DIR__ . '/inc/root.inc';
putenv('TASKQUEUE_ROOT=' . tq_root(['config/tao/taskQueue.conf.php' => <<<'PHP'
<?php
return new oat\tao\model\taskQueue\QueueDispatcher([
    'queues' => [new oat\tao\model\taskQueue\Queue('a', new ArrayBroker())],
    'task_log' => new oat\tao\model\taskQueue\TaskLog(['task_log_broker' => new oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker()]),
]);
PHP]));
tq_cli(TQ_RUN_WORKER, '--queue=a');
?>
--EXPECT--
oat\taoTaskQueue\model\LongRunningWorker is not available in this build of taskqueue.
exit 1
