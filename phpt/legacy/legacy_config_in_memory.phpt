--TEST--
Legacy names: an old config file builds the legacy dispatcher, queue and task log; they are the core types too, carry the legacy constants, and a task runs and is logged
--FILE--
<?php
use oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;

// what an old config/taoTaskQueue/taskQueue.conf.php holds
$log = new oat\taoTaskQueue\model\TaskLog(['task_log_broker' => new InMemoryTaskLogBroker()]);
$queue = new oat\taoTaskQueue\model\Queue('legacy', new InMemoryQueueBroker(), 1);
$d = new oat\taoTaskQueue\model\QueueDispatcher(['queues' => [$queue], 'task_log' => $log]);

var_dump($d instanceof oat\tao\model\taskQueue\QueueDispatcher, $d instanceof oat\tao\model\taskQueue\QueueDispatcherInterface);
var_dump($queue instanceof oat\tao\model\taskQueue\QueueInterface, $log instanceof oat\tao\model\taskQueue\TaskLogInterface);
var_dump($d instanceof oat\taoTaskQueue\model\QueueDispatcherInterface, $queue instanceof oat\taoTaskQueue\model\QueueInterface, $log instanceof oat\taoTaskQueue\model\TaskLogInterface);
var_dump(oat\taoTaskQueue\model\TaskLogInterface::SUPER_USER, oat\taoTaskQueue\model\QueueInterface::OPTION_QUEUE_BROKER);
var_dump(oat\taoTaskQueue\model\QueueDispatcher::SERVICE_ID, oat\tao\model\taskQueue\QueueDispatcher::SERVICE_ID);
var_dump(oat\taoTaskQueue\model\Queue::SERVICE_ID, oat\taoTaskQueue\model\Queue::OPTION_QUEUE_BROKER);
var_dump(oat\taoTaskQueue\model\TaskLog::SERVICE_ID, oat\taoTaskQueue\model\TaskLog::SUPER_USER, oat\tao\model\taskQueue\TaskLog::SUPER_USER);

$task = $d->createTask(function () { return ['type' => 'success', 'message' => 'ran under the legacy names']; }, [], 'legacy task');
var_dump($log->getStatus($task->getId()));
// the in-memory broker is synchronous: the task ran at once
echo json_encode($log->getReport($task->getId())), "\n";
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(9) "SuperUser"
string(12) "queue_broker"
string(22) "taoTaskQueue/taskQueue"
string(13) "tao/taskQueue"
string(22) "taoTaskQueue/taskQueue"
string(12) "queue_broker"
string(20) "taoTaskQueue/taskLog"
string(9) "SuperUser"
string(8) "cli-user"
string(9) "completed"
%s"ran under the legacy names"%s
