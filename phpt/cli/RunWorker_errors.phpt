--TEST--
RunWorker: an unknown --queue, a missing config and a broken config are error reports (exit 1)
--FILE--
<?php
require __DIR__ . '/inc/root.inc';
$async = <<<'PHP'
<?php
use oat\tao\model\taskQueue\{Queue, QueueDispatcher};
return new QueueDispatcher([
    'queues' => [new Queue('a', new ArrayBroker()), new Queue('b', new ArrayBroker())],
    'task_log' => 'tao/taskLog',
]);
PHP;
$root = tq_root(['config/tao/taskQueue.conf.php' => $async, 'config/tao/taskLog.conf.php' => TQ_TASK_LOG_CONF]);
putenv("TASKQUEUE_ROOT=$root");
tq_cli(TQ_RUN_WORKER, '--queue=nope');

// no config file
putenv('TASKQUEUE_ROOT=' . tq_root([]));
tq_cli(TQ_RUN_WORKER);

// a config file that throws, one that returns no object
putenv('TASKQUEUE_ROOT=' . tq_root(['config/tao/taskQueue.conf.php' => '<?php throw new RuntimeException("config is broken");']));
tq_cli(TQ_RUN_WORKER);
putenv('TASKQUEUE_ROOT=' . tq_root(['config/tao/taskQueue.conf.php' => '<?php return 42;']));
tq_cli(TQ_RUN_WORKER);
?>
--EXPECTF--
Queue "nope" does not exist.
exit 1
Service "tao/taskQueue" cannot be found: no service locator was set and config file %sconfig/tao/taskQueue.conf.php does not exist
exit 1
config is broken
exit 1
Service "tao/taskQueue": its config file returned int, not an object
exit 1
