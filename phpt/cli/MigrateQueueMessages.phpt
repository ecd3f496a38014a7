--TEST--
MigrateQueueMessages: without the pre-2017 queue (service generis/taskqueue) an error report says there is nothing to migrate from (exit 1); with it (a PHP double of lib-oatbox-taskqueue's RdsQueue in its config file), each old item is created in the new queue under its owner, with its parameters and label, and archived in the old queue: "Imported with success: <n>"; an item naming a class that is no allowed action stops the move with TAO's failure report
--INI--
taskqueue.allowed_callables=OldJob
--FILE--
<?php
require __DIR__ . '/inc/root.inc';
$conf = <<<'PHP'
<?php
use oat\tao\model\taskQueue\{Queue, QueueDispatcher};
return new QueueDispatcher(['queues' => [new Queue('a', new ArrayBroker())], 'task_log' => 'tao/taskLog']);
PHP;
$root = tq_root(['config/tao/taskQueue.conf.php' => $conf, 'config/tao/taskLog.conf.php' => TQ_TASK_LOG_CONF]);
putenv("TASKQUEUE_ROOT=$root");
$log = require $root . 'config/tao/taskLog.conf.php';

class OldJob { public function __invoke($params) {} }
class NotAllowed { public function __invoke($params) {} }
/** lib-oatbox-taskqueue's JsonTask, as the migration reads it. */
class OldItem
{
    public function __construct(private string $id, private string $invocable, private array $params,
                                private string $label, private string $owner) {}
    public function getId() { return $this->id; }
    public function getInvocable() { return $this->invocable; }
    public function getParameters() { return $this->params; }
    public function getLabel() { return $this->label; }
    public function getOwner() { return $this->owner; }
}
/** The old RdsQueue: iterable over its waiting items, updateTaskStatus() to archive them. */
class OldQueue implements IteratorAggregate
{
    public static array $items = [];
    public static array $statuses = [];
    public function getIterator(): Iterator
    {
        return new ArrayIterator(array_values(array_filter(self::$items, fn($i) => !isset(self::$statuses[$i->getId()]))));
    }
    public function updateTaskStatus($id, $status) { self::$statuses[$id] = $status; }
}
const MIGRATE = 'oat\taoTaskQueue\scripts\tools\MigrateQueueMessages';

echo "-- no old queue\n";
tq_cli(MIGRATE);

echo "-- two items\n";
@mkdir($root . 'config/generis');
file_put_contents($root . 'config/generis/taskqueue.conf.php', "<?php\nreturn new OldQueue();\n");
OldQueue::$items = [new OldItem('old1', 'OldJob', ['x' => 1], 'first', 'http://u#alice'),
                    new OldItem('old2', 'OldJob', ['y' => 2], 'second', 'http://u#bob')];
tq_cli(MIGRATE);
foreach (ArrayBroker::$queues['a'] as $json) {
    $m = json_decode($json, true);
    $e = $log->getById($m['metadata']['__id__']);
    echo $m['metadata']['__callable__'], " ", json_encode($m['parameters']), " label ", $e->getLabel(), ", owner ", $e->getOwner(),
        ", ", $log->getStatus($m['metadata']['__id__']), "\n";
}
echo "old: ", json_encode(OldQueue::$statuses), "\n";

echo "-- again: nothing left\n";
tq_cli(MIGRATE);

echo "-- an item that is no allowed action\n";
OldQueue::$items[] = new OldItem('old3', 'NotAllowed', [], 'third', 'http://u#carol');
OldQueue::$items[] = new OldItem('old4', 'No\Such\Job', [], 'fourth', 'http://u#carol');
tq_cli(MIGRATE);
OldQueue::$statuses['old3'] = 'archived';
tq_cli(MIGRATE);
echo "new queue: ", count(ArrayBroker::$queues['a']), "; old: ", json_encode(OldQueue::$statuses), "\n";

echo "-- a service that is no queue\n";
file_put_contents($root . 'config/generis/taskqueue.conf.php', "<?php\nreturn new stdClass();\n");
tq_cli(MIGRATE);
?>
--EXPECTF--
-- no old queue
There is no pre-2017 task queue to migrate from: the service generis/taskqueue (lib-oatbox-taskqueue's oat\Taskqueue\Persistence\RdsQueue) is not configured (%s).
exit 1
-- two items
Imported with success: 2
exit 0
OldJob {"x":1} label first, owner http://u#alice, enqueued
OldJob {"y":2} label second, owner http://u#bob, enqueued
old: {"old1":"archived","old2":"archived"}
-- again: nothing left
Imported with success: 0
exit 0
-- an item that is no allowed action
Action in not instance of oat\oatbox\action\Action (NotAllowed; taskqueue.allowed_callables may list it)
exit 1
Task old4 of the old queue names no class that exists (No\Such\Job)
exit 1
new queue: 2; old: {"old1":"archived","old2":"archived","old3":"archived"}
-- a service that is no queue
The service generis/taskqueue is not the pre-2017 queue (stdClass, not iterable): nothing was migrated.
exit 1
