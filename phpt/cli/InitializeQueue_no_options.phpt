--TEST--
InitializeQueue without options: creates the queues (async only) and the Task Log container, leaves the config file alone
--FILE--
<?php
require __DIR__ . '/inc/root.inc';
$async = "<?php\nreturn new oat\\tao\\model\\taskQueue\\QueueDispatcher(['queues' => [new oat\\tao\\model\\taskQueue\\Queue('q1', new ArrayBroker()), new oat\\tao\\model\\taskQueue\\Queue('q2', new ArrayBroker())], 'task_log' => 'tao/taskLog']);\n";
class LogDouble extends oat\tao\model\taskQueue\TaskLog
{
    public function createContainer() { echo "createContainer()\n"; }
}
$logConf = <<<'PHP'
<?php
return $GLOBALS['logDouble'] ??= new LogDouble(['task_log_broker' => new oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker()]);
PHP;
$root = tq_root(['config/tao/taskQueue.conf.php' => $async, 'config/tao/taskLog.conf.php' => $logConf]);
define('ROOT_PATH', $root);
$before = filemtime($root . 'config/tao/taskQueue.conf.php');
touch($root . 'config/tao/taskQueue.conf.php', $before - 100);
clearstatcache();
tq_cli(TQ_INIT_QUEUE);
echo implode(' ', ArrayBroker::$calls), "\n";
clearstatcache();
var_dump(filemtime($root . 'config/tao/taskQueue.conf.php') === $before - 100);
var_dump(file_get_contents($root . 'config/tao/taskQueue.conf.php') === $async);

// sync queues: nothing to initialize, the container still
file_put_contents($root . 'config/tao/taskQueue.conf.php', str_replace('new ArrayBroker()', 'new oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker()', $async));
ArrayBroker::$calls = [];
tq_cli(TQ_INIT_QUEUE);
var_dump(ArrayBroker::$calls);

// the container cannot be created: the whole report is the failure, as in TAO
$GLOBALS['logDouble'] = new class(['task_log_broker' => new oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker()]) extends oat\tao\model\taskQueue\TaskLog {
    public function createContainer() { throw new RuntimeException('Creating task log container failed'); }
};
tq_cli(TQ_INIT_QUEUE);
?>
--EXPECT--
createContainer()
Running command...
  Queue(s) initialized.
  Task Log container created.
exit 0
createQueue(q1) createQueue(q2)
bool(true)
bool(true)
createContainer()
Running command...
  Task Log container created.
exit 0
array(0) {
}
Creating task log container failed
exit 1
