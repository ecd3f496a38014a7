--TEST--
Legacy names, the rest: TAO's deprecated Task\*, queue brokers, selectors, Worker, Task Log broker, filter, collection, entity, stats, status and event classes are the core types under the old names; the legacy traits are the native ones; code written against the old names runs
--FILE--
<?php
$pairs = [
    'oat\taoTaskQueue\model\Task\TaskInterface' => 'oat\tao\model\taskQueue\Task\TaskInterface',
    'oat\taoTaskQueue\model\Task\CallbackTaskInterface' => 'oat\tao\model\taskQueue\Task\CallbackTaskInterface',
    'oat\taoTaskQueue\model\Task\ChildTaskAwareInterface' => 'oat\tao\model\taskQueue\Task\ChildTaskAwareInterface',
    'oat\taoTaskQueue\model\Task\WorkerContextAwareInterface' => 'oat\tao\model\taskQueue\Task\WorkerContextAwareInterface',
    'oat\taoTaskQueue\model\Task\TaskAwareInterface' => 'oat\tao\model\taskQueue\Task\TaskAwareInterface',
    'oat\taoTaskQueue\model\Task\RemoteTaskSynchroniserInterface' => 'oat\tao\model\taskQueue\Task\RemoteTaskSynchroniserInterface',
    'oat\taoTaskQueue\model\Task\AbstractTask' => 'oat\tao\model\taskQueue\Task\AbstractTask',
    'oat\taoTaskQueue\model\Task\CallbackTask' => 'oat\tao\model\taskQueue\Task\CallbackTask',
    'oat\taoTaskQueue\model\Task\InvalidTaskException' => 'oat\tao\model\taskQueue\Task\InvalidTaskException',
    'oat\taoTaskQueue\model\Task\TaskFactory' => 'oat\tao\model\taskQueue\Task\TaskFactory',
    'oat\taoTaskQueue\model\QueueBroker\QueueBrokerInterface' => 'oat\tao\model\taskQueue\Queue\Broker\QueueBrokerInterface',
    'oat\taoTaskQueue\model\QueueBroker\SyncQueueBrokerInterface' => 'oat\tao\model\taskQueue\Queue\Broker\SyncQueueBrokerInterface',
    'oat\taoTaskQueue\model\QueueBroker\AbstractQueueBroker' => 'oat\tao\model\taskQueue\Queue\Broker\AbstractQueueBroker',
    'oat\taoTaskQueue\model\QueueBroker\InMemoryQueueBroker' => 'oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker',
    'oat\taoTaskQueue\model\TaskSelector\SelectorStrategyInterface' => 'oat\tao\model\taskQueue\Queue\TaskSelector\SelectorStrategyInterface',
    'oat\taoTaskQueue\model\TaskSelector\WeightStrategy' => 'oat\tao\model\taskQueue\Queue\TaskSelector\WeightStrategy',
    'oat\taoTaskQueue\model\WorkerInterface' => 'oat\tao\model\taskQueue\Worker\WorkerInterface',
    'oat\taoTaskQueue\model\Worker' => 'oat\taoTaskQueue\model\LongRunningWorker',
    'oat\taoTaskQueue\model\QueueAssociableInterface' => 'oat\tao\model\taskQueue\Task\QueueAssociableInterface',
    'oat\taoTaskQueue\model\TaskLogBroker\TaskLogBrokerInterface' => 'oat\tao\model\taskQueue\TaskLog\Broker\TaskLogBrokerInterface',
    'oat\taoTaskQueue\model\TaskLogBroker\RdsTaskLogBroker' => 'oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker',
    'oat\taoTaskQueue\model\TaskLog\TaskLogFilter' => 'oat\tao\model\taskQueue\TaskLog\TaskLogFilter',
    'oat\taoTaskQueue\model\TaskLog\TaskLogCollectionInterface' => 'oat\tao\model\taskQueue\TaskLog\CollectionInterface',
    'oat\taoTaskQueue\model\TaskLog\TaskLogCollection' => 'oat\tao\model\taskQueue\TaskLog\TaskLogCollection',
    'oat\taoTaskQueue\model\Entity\TaskLogEntityInterface' => 'oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface',
    'oat\taoTaskQueue\model\Entity\TaskLogEntity' => 'oat\tao\model\taskQueue\TaskLog\Entity\TaskLogEntity',
    'oat\taoTaskQueue\model\Entity\TasksLogsStats' => 'oat\tao\model\taskQueue\TaskLog\TasksLogsStats',
    'oat\taoTaskQueue\model\ValueObjects\TaskLogCategorizedStatus' => 'oat\tao\model\taskQueue\TaskLog\CategorizedStatus',
    'oat\taoTaskQueue\model\Event\TaskLogArchivedEvent' => 'oat\tao\model\taskQueue\Event\TaskLogArchivedEvent',
    'oat\taoTaskQueue\model\TaskLogAwareInterface' => 'oat\tao\model\taskQueue\TaskLog\TaskLogAwareInterface',
];
$bad = 0;
foreach ($pairs as $legacy => $core) {
    $r = new ReflectionClass($legacy);
    if (!$r->isInternal() || $r->getName() !== $legacy || !is_a($legacy, $core, true) || is_a($core, $legacy, true)) {
        echo "not a native subtype: $legacy of $core\n";
        $bad++;
    }
}
echo count($pairs), " legacy types, $bad wrong\n";

// TAO's copies of these two are final; the core classes stay final too
var_dump((new ReflectionClass('oat\taoTaskQueue\model\Task\CallbackTask'))->isFinal(),
         (new ReflectionClass('oat\tao\model\taskQueue\Task\CallbackTask'))->isFinal(),
         (new ReflectionClass('oat\taoTaskQueue\model\Worker'))->isFinal(),
         (new ReflectionClass('oat\taoTaskQueue\model\LongRunningWorker'))->isFinal());

// the legacy trait names are the native traits
foreach (['Task\ChildTaskAwareTrait', 'Task\WorkerContextAwareTrait', 'Task\TaskAwareTrait', 'TaskLogAwareTrait'] as $t) {
    echo "oat\\taoTaskQueue\\model\\$t: ", trait_exists("oat\\taoTaskQueue\\model\\$t") ? (new ReflectionClass("oat\\taoTaskQueue\\model\\$t"))->getName() : 'missing', "\n";
}

// a task written against the old names, with an old trait, through a legacy queue and log
class OldTask extends oat\taoTaskQueue\model\Task\AbstractTask
{
    use oat\taoTaskQueue\model\Task\ChildTaskAwareTrait;
    public function __invoke()
    {
        return ['type' => 'success', 'message' => 'old task ran with ' . $this->getParameter('n')];
    }
}
$log = new oat\taoTaskQueue\model\TaskLog(['task_log_broker' => new oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker()]);
$queue = new oat\taoTaskQueue\model\Queue('old', new oat\taoTaskQueue\model\QueueBroker\InMemoryQueueBroker(), 1);
$d = new oat\taoTaskQueue\model\QueueDispatcher(['queues' => [$queue], 'task_log' => $log]);
$task = new OldTask('old-1', 'owner');
$task->setParameter(['n' => 7]);
$parent = new OldTask('old-0', 'owner');
$parent->addChildId('child-1');          // the old trait's methods
var_dump($task instanceof oat\taoTaskQueue\model\Task\TaskInterface, $parent->getChildren(), $task->hasChildren());
var_dump($d->enqueue($task, 'old label'));   // in-memory: synchronous, it runs here
echo $log->getStatus('old-1'), ": ", json_encode($log->getReport('old-1')), "\n";

// the wire format names the legacy class, and the serializer builds it back
$json = json_encode($task);
echo json_decode($json, true)['taskFqcn'], "\n";
$back = (new oat\tao\model\taskQueue\Task\TaskSerializerService())->deserialize($json);
echo get_class($back), " ", $back->getId(), " ", $back->getParameter('n'), "\n";

// a legacy CallbackTask carries a callable as the core one does
$cb = new oat\taoTaskQueue\model\Task\CallbackTask('cb-1', 'owner');
$cb->setCallable(fn() => 'from the legacy callback');
var_dump($cb instanceof oat\tao\model\taskQueue\Task\CallbackTaskInterface, $cb());

// the legacy filter has TAO's public operator constants and works where the core one does
$f = (new oat\taoTaskQueue\model\TaskLog\TaskLogFilter())
    ->addFilter('status', oat\taoTaskQueue\model\TaskLog\TaskLogFilter::OP_IN, ['completed', 'failed']);
var_dump(oat\taoTaskQueue\model\TaskLog\TaskLogFilter::OP_NOT_LIKE, count($f->getFilters()));
echo count($log->search($f)), " task found by the legacy filter\n";

try {
    (new oat\taoTaskQueue\model\TaskLog\TaskLogFilter())->addFilter('status', 'BETWEEN', 1);
} catch (InvalidArgumentException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

// a legacy broker and strategy where the core ones are expected
$w = new oat\taoTaskQueue\model\TaskSelector\WeightStrategy();
var_dump($w instanceof oat\tao\model\taskQueue\Queue\TaskSelector\SelectorStrategyInterface);
$worker = new oat\taoTaskQueue\model\Worker($queue, $log, false);
var_dump($worker instanceof oat\tao\model\taskQueue\Worker\WorkerInterface, $worker instanceof oat\taoTaskQueue\model\WorkerInterface);
try {
    new oat\taoTaskQueue\model\TaskLogBroker\RdsTaskLogBroker('');
} catch (Throwable $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
// the core's static factories, called on a legacy class, build the legacy class
echo get_class(oat\taoTaskQueue\model\ValueObjects\TaskLogCategorizedStatus::createFromString('running')), "\n";
echo get_class(oat\taoTaskQueue\model\TaskLog\TaskLogCollection::createFromArray([], 'Y-m-d')), "\n";
?>
--EXPECTF--
30 legacy types, 0 wrong
bool(true)
bool(true)
bool(true)
bool(true)
oat\taoTaskQueue\model\Task\ChildTaskAwareTrait: oat\tao\model\taskQueue\Task\ChildTaskAwareTrait
oat\taoTaskQueue\model\Task\WorkerContextAwareTrait: oat\tao\model\taskQueue\Task\WorkerContextAwareTrait
oat\taoTaskQueue\model\Task\TaskAwareTrait: oat\tao\model\taskQueue\Task\TaskAwareTrait
oat\taoTaskQueue\model\TaskLogAwareTrait: oat\tao\model\taskQueue\TaskLog\TaskLogAwareTrait
bool(true)
array(1) {
  [0]=>
  string(7) "child-1"
}
bool(false)
bool(true)
completed: %s"old task ran with 7"%s
OldTask
OldTask old-1 7
bool(true)
string(24) "from the legacy callback"
string(8) "NOT LIKE"
int(1)
1 task found by the legacy filter
InvalidArgumentException: %s
bool(true)
bool(true)
bool(true)
InvalidArgumentException: Persistence id needs to be set for RdsTaskLogBroker
oat\taoTaskQueue\model\ValueObjects\TaskLogCategorizedStatus
oat\taoTaskQueue\model\TaskLog\TaskLogCollection
