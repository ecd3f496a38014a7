--TEST--
StuckTask, StuckTaskCollection, StuckTaskRepository, RestartStuckTaskService: getters and isOrphan(), the collection's add() and type checks, TAO's constant, and TAO's refusal of a queue whose broker is not RdsQueueBroker (repository and restart alike)
--FILE--
<?php
use oat\taoTaskQueue\model\StuckTask;
use oat\taoTaskQueue\model\Repository\{StuckTaskCollection, StuckTaskQuery, StuckTaskRepository};
use oat\taoTaskQueue\model\Service\RestartStuckTaskService;
use oat\tao\model\taskQueue\{Queue, QueueDispatcher, TaskLog};
use oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;
use oat\tao\model\taskQueue\TaskLog\CategorizedStatus;
use oat\tao\model\taskQueue\TaskLog\Entity\TaskLogEntity;
use oat\tao\model\taskQueue\Task\CallbackTask;

$entity = new TaskLogEntity('log-1', null, 'Job', CategorizedStatus::createFromString('enqueued'), [], 'A job', 'me');
$task = new CallbackTask('log-1', 'me');
$orphan = new StuckTask($entity, 'q');
$found = new StuckTask($entity, 'q', $task, '42');
var_dump($orphan->isOrphan(), $orphan->getTask(), $orphan->getTaskId(), $orphan->getQueueName(), $orphan->getTaskLog() === $entity);
var_dump($found->isOrphan(), $found->getTask() === $task, $found->getTaskId());

$c = new StuckTaskCollection($orphan);
$c->add($found);
var_dump(count($c), $c[1] === $found, $c instanceof ArrayIterator);
try {
    new StuckTaskCollection($orphan, new stdClass());
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(StuckTaskRepository::MIN_AGE);

// a queue in memory: TAO supports only RdsQueueBroker queues
class Locator
{
    public function __construct(private array $services) {}
    public function get($id) { return $this->services[$id]; }
    public function has($id) { return isset($this->services[$id]); }
}
$log = new TaskLog(['task_log_broker' => new InMemoryTaskLogBroker()]);
$dispatcher = new QueueDispatcher(['queues' => [new Queue('q', new InMemoryQueueBroker())], 'task_log' => $log]);
$locator = new Locator(['tao/taskQueue' => $dispatcher, 'tao/taskLog' => $log]);
$repo = new StuckTaskRepository();
$repo->setServiceLocator($locator);
$restart = new RestartStuckTaskService(['unused' => 1]);
$restart->setServiceLocator($locator);
foreach ([fn() => $repo->findAll(new StuckTaskQuery('q', ['Job'], ['enqueued'], 0)),
          fn() => $restart->restart($found),
          fn() => $repo->findAll(new StuckTaskQuery('nope', ['Job'], ['enqueued'], 0))] as $call) {
    try {
        $call();
    } catch (Exception $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
bool(true)
NULL
NULL
string(1) "q"
bool(true)
bool(false)
bool(true)
string(2) "42"
int(2)
bool(true)
bool(true)
TypeError: %s must be of type oat\taoTaskQueue\model\StuckTask, stdClass given
int(180)
InvalidArgumentException: Broker memory for queue q is not supported. Supported only oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker
InvalidArgumentException: Broker memory for queue q is not supported. Supported only oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker
%s: Queue "nope" does not exist.
