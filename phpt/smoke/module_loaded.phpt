--TEST--
taskqueue: the module loads and defines every class under TAO's names
--FILE--
<?php
$ext = new ReflectionExtension('taskqueue');
$names = array_keys($ext->getClasses());
sort($names);
echo count($names), "\n";
foreach (['oat\tao\model\taskQueue\QueueDispatcher', 'oat\tao\model\taskQueue\Queue',
          'oat\tao\model\taskQueue\TaskLog', 'oat\tao\model\taskQueue\Task\CallbackTask',
          'oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker',
          'oat\taoTaskQueue\model\TaskSelector\StrictPriorityStrategy',
          'oat\tao\model\taskQueue\Worker\OneTimeWorker'] as $c) {
    var_dump(in_array($c, $names, true));
}
var_dump((new ReflectionClass('oat\tao\model\taskQueue\Task\AbstractTask'))->isFinal());
var_dump((new ReflectionClass('oat\tao\model\taskQueue\Queue'))->isFinal());
echo phpversion('taskqueue'), "\n";
?>
--EXPECTF--
%d
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
%d.%d.%d
