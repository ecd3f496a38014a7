--TEST--
RunWorker with TAO's ServiceManager as locator: services from it, the worker gets the locator and generis' logger
--FILE--
<?php
require __DIR__ . '/inc/root.inc';
use oat\tao\model\taskQueue\{Queue, QueueDispatcher, TaskLog};
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;

class Logger
{
    public array $lines = [];
    public function __call($level, $args) { $this->lines[] = $level; }
}
class Locator
{
    public array $asked = [];
    public function __construct(public array $services) {}
    public function has($id) { return isset($this->services[$id]); }
    public function get($id) { $this->asked[] = $id; return $this->services[$id]; }
}
class Hello
{
    public function __invoke($params) { return ['type' => 'success', 'message' => 'hello', 'data' => null, 'children' => []]; }
}
ini_set('taskqueue.allowed_callables', 'Hello');

$log = new TaskLog(['task_log_broker' => new InMemoryTaskLogBroker()]);
$dispatcher = new QueueDispatcher(['queues' => [new Queue('q', new ArrayBroker())], 'task_log' => $log]);
$task = $dispatcher->createTask(new Hello(), [], 'hello');
$logger = new Logger();
$locator = new Locator(['tao/taskQueue' => $dispatcher, 'tao/taskLog' => $log, 'generis/log' => $logger]);

$rc = TaskQueue\Cli::run(['index.php', TQ_RUN_WORKER, '--queue=q', '--stop-when-empty'], $locator);
echo "exit $rc\n";
var_dump($log->getStatus($task->getId()), $locator->asked, count($logger->lines) > 0);
?>
--EXPECTF--
Worker finished at %d-%d-%dT%d:%d:%d%s
exit 0
string(9) "completed"
array(3) {
  [0]=>
  string(13) "tao/taskQueue"
  [1]=>
  string(11) "tao/taskLog"
  [2]=>
  string(11) "generis/log"
}
bool(true)
