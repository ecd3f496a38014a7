--TEST--
InitializeQueue --broker=memory: every queue (or --queue) gets a new broker and the dispatcher is written back to config/tao/taskQueue.conf.php as PHP code that evaluates to it
--FILE--
<?php
require __DIR__ . '/inc/root.inc';
use oat\tao\model\taskQueue\QueueDispatcher;

$root = tq_root([
    'config/tao/taskQueue.conf.php' => <<<'PHP'
<?php
use oat\tao\model\taskQueue\{Queue, QueueDispatcher};
return new QueueDispatcher([
    'queues' => [new Queue('priority', new ArrayBroker(2), 90), new Queue('standard', new ArrayBroker(5), 30),
                 new Queue('background', new ArrayBroker(), 10)],
    'default_queue' => 'background',
    'task_to_queue_associations' => ['oat\taskQueueExample\ImportItems' => 'priority', 'oat\taskQueueExample\ExportResults' => 'standard'],
    'task_log' => 'tao/taskLog',
]);
PHP,
    'config/tao/taskLog.conf.php' => TQ_TASK_LOG_CONF,
]);
define('ROOT_PATH', $root);
$file = $root . 'config/tao/taskQueue.conf.php';

// one queue only: its broker changes, the others keep theirs (still async: queues initialized)
ArrayBroker::$calls = [];
tq_cli(TQ_INIT_QUEUE, '--queue=standard', '--broker=memory', '--receive=3');
echo file_get_contents($file);
echo implode(' ', ArrayBroker::$calls), "\n";

// every queue, and a strategy: now all sync, so no queue to initialize
tq_cli(TQ_INIT_QUEUE, '--broker=memory', '--strategy=\oat\taoTaskQueue\model\TaskSelector\StrictPriorityStrategy');
$text = file_get_contents($file);
echo $text;

// the file evaluates to the dispatcher the tool saved
$back = require $file;
var_dump($back instanceof QueueDispatcher, $back->isSync(), $back->getQueueNames(), $back->getDefaultQueue()->getName());
var_dump($back->getLinkedTasks(), get_class($back->getOption('task_selector_strategy')));
var_dump("<?php\nreturn " . $back->__toPhpCode() . ";\n" === $text);
foreach ($back->getQueues() as $q) {
    echo $q->getName(), ' ', $q->getWeight(), ' ', get_class($q->getBroker()), ' ', $q->getNumberOfTasksToReceive(), "\n";
}
// nothing else was left in the directory (the temporary file was renamed)
var_dump(tq_files($root));
?>
--EXPECT--
Running command...
  Queue(s) initialized.
  Queue service re-registered.
  Task Log container created.
exit 0
<?php
return new \oat\tao\model\taskQueue\QueueDispatcher(array(
    'queues' => array(
        new \oat\tao\model\taskQueue\Queue('priority', new \ArrayBroker(2), 90),
        new \oat\tao\model\taskQueue\Queue('standard', new \oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker(3), 30),
        new \oat\tao\model\taskQueue\Queue('background', new \ArrayBroker(1), 10)
    ),
    'default_queue' => 'background',
    'task_to_queue_associations' => array(
        'oat\\taskQueueExample\\ImportItems' => 'priority',
        'oat\\taskQueueExample\\ExportResults' => 'standard'
    ),
    'task_log' => 'tao/taskLog'
));
createQueue(priority) createQueue(background)
Running command...
  Queue service re-registered.
  Task Log container created.
exit 0
<?php
return new \oat\tao\model\taskQueue\QueueDispatcher(array(
    'queues' => array(
        new \oat\tao\model\taskQueue\Queue('priority', new \oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker(1), 90),
        new \oat\tao\model\taskQueue\Queue('standard', new \oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker(1), 30),
        new \oat\tao\model\taskQueue\Queue('background', new \oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker(1), 10)
    ),
    'default_queue' => 'background',
    'task_to_queue_associations' => array(
        'oat\\taskQueueExample\\ImportItems' => 'priority',
        'oat\\taskQueueExample\\ExportResults' => 'standard'
    ),
    'task_log' => 'tao/taskLog',
    'task_selector_strategy' => new \oat\taoTaskQueue\model\TaskSelector\StrictPriorityStrategy()
));
bool(true)
bool(true)
array(3) {
  [0]=>
  string(8) "priority"
  [1]=>
  string(8) "standard"
  [2]=>
  string(10) "background"
}
string(10) "background"
array(2) {
  ["oat\taskQueueExample\ImportItems"]=>
  string(8) "priority"
  ["oat\taskQueueExample\ExportResults"]=>
  string(8) "standard"
}
string(58) "oat\taoTaskQueue\model\TaskSelector\StrictPriorityStrategy"
bool(true)
priority 90 oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker 1
standard 30 oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker 1
background 10 oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker 1
array(2) {
  [0]=>
  string(27) "config/tao/taskLog.conf.php"
  [1]=>
  string(29) "config/tao/taskQueue.conf.php"
}
