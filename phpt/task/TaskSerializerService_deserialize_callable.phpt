--TEST--
TaskSerializerService::deserialize(): a string __callable__ is resolved through the service locator, then as an allowed invokable class (taskqueue.allowed_callables); a function or a static method is refused; else InvalidTaskException and an error log
--INI--
taskqueue.allowed_callables=Action,NeedsArgs,NotInvokable
--FILE--
<?php
namespace Zend\ServiceManager {
    interface ServiceLocatorAwareInterface
    {
        public function setServiceLocator($serviceLocator);
    }
}

namespace {
use oat\tao\model\taskQueue\Task\CallbackTask;
use oat\tao\model\taskQueue\Task\InvalidTaskException;
use oat\tao\model\taskQueue\Task\TaskAwareInterface;
use oat\tao\model\taskQueue\Task\TaskInterface;
use oat\tao\model\taskQueue\Task\TaskSerializerService;

class Locator
{
    public $services = [];
    public function has($id) { return isset($this->services[$id]); }
    public function get($id) { return $this->services[$id]; }
}
class NoHasLocator
{
    public function get($id)
    {
        if ($id === 'svc/only') { return fn ($p) => 'from get-only locator'; }
        throw new RuntimeException("no $id");
    }
}
class Logger
{
    public function __call($level, $args) { echo "log.$level: {$args[0]} ", json_encode($args[1]), "\n"; }
}
class Action implements TaskAwareInterface, Zend\ServiceManager\ServiceLocatorAwareInterface
{
    public $locator;
    private $task;
    public function setServiceLocator($serviceLocator) { $this->locator = $serviceLocator; }
    public function setTask(TaskInterface $task) { $this->task = $task; }
    public function getTask() { return $this->task; }
    public function __invoke($params) { return 'Action for ' . $this->task->getId(); }
}
class NeedsArgs { public function __construct($x) {} public function __invoke($p) {} }
class NotInvokable {}
class Statics { public static function go($p) { return 'static go'; } }
function do_work($p) { return 'function do_work'; }

function envelope($callable) {
    return json_encode(['taskFqcn' => CallbackTask::class,
        'metadata' => ['__id__' => 'tid', '__owner__' => '', '__callable__' => $callable], 'parameters' => []]);
}

$s = new TaskSerializerService();
$s->setLogger(new Logger());
$locator = new Locator();
$locator->services['my/service'] = fn ($p) => 'from locator';
$locator->services['Action'] = fn ($p) => 'locator wins over the class';
$locator->services['bad/service'] = 'not callable at all';

// without a locator: invokable class, with the task and no locator injected
$t = $s->deserialize(envelope('Action'));
var_dump(get_class($t->getCallable()), $t(), $t->getCallable()->locator);

$s->setServiceLocator($locator);
foreach (['my/service', 'Action', 'Statics::go', 'do_work', ['Statics', 'go']] as $c) {
    try {
        $t = $s->deserialize(envelope($c));
        echo json_encode($c), ' -> ', $t(), "\n";
    } catch (InvalidTaskException $e) {
        echo json_encode($c), ': ', $e->getMessage(), "\n";
    }
}
$locator->services = [];
$t = $s->deserialize(envelope('Action'));
var_dump($t->getCallable()->locator === $locator);     // ServiceLocatorAware gets the locator

$s2 = new TaskSerializerService();
$s2->setServiceLocator(new NoHasLocator());
echo $s2->deserialize(envelope('svc/only'))(), "\n";
try {
    $s2->deserialize(envelope('Statics::go'));
} catch (InvalidTaskException $e) {
    echo $e->getMessage(), "\n";
}

$locator->services['bad/service'] = 'not callable at all';
foreach (['No\Such\Action', 'NeedsArgs', 'NotInvokable', 'Statics::nope', 'bad/service'] as $c) {
    try {
        $s->deserialize(envelope($c), ['queue' => 'q1']);
        echo "accepted $c!\n";
    } catch (InvalidTaskException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

// an array that is not callable stays metadata, as in TAO
$t = $s->deserialize(envelope(['class' => 'X', 'opt' => 1]));
var_dump($t->getCallable());
// Action and its task point at each other: collect those cycles before the sanitized run's
// leak check, which counts objects left to shutdown as lost (USE_ZEND_ALLOC=0)
gc_collect_cycles();
}
?>
--EXPECT--
string(6) "Action"
string(14) "Action for tid"
NULL
"my\/service" -> from locator
"Action" -> locator wins over the class
log.error: Callable/Action Statics::go names a function or a static method, which a task read from a message may not run []
"Statics::go": Callable/Action Statics::go names a function or a static method, which a task read from a message may not run (task tid)
log.error: Callable/Action do_work names a function or a static method, which a task read from a message may not run []
"do_work": Callable/Action do_work names a function or a static method, which a task read from a message may not run (task tid)
log.error: Callable/Action Statics::go names a function or a static method, which a task read from a message may not run []
["Statics","go"]: Callable/Action Statics::go names a function or a static method, which a task read from a message may not run (task tid)
bool(true)
from get-only locator
Callable/Action Statics::go names a function or a static method, which a task read from a message may not run (task tid)
log.error: Callable/Action class No\Such\Action does not exist {"queue":"q1"}
oat\tao\model\taskQueue\Task\InvalidTaskException: Callable/Action class No\Such\Action does not exist (task tid)
log.error: Callable/Action class NeedsArgs does not exist {"queue":"q1"}
oat\tao\model\taskQueue\Task\InvalidTaskException: Callable/Action class NeedsArgs does not exist (task tid)
log.error: Callable/Action class NotInvokable does not exist {"queue":"q1"}
oat\tao\model\taskQueue\Task\InvalidTaskException: Callable/Action class NotInvokable does not exist (task tid)
log.error: Callable/Action class Statics::nope does not exist {"queue":"q1"}
oat\tao\model\taskQueue\Task\InvalidTaskException: Callable/Action class Statics::nope does not exist (task tid)
oat\tao\model\taskQueue\Task\InvalidTaskException: Callable/Action bad/service resolved to string, which is not callable (task tid)
array(2) {
  ["class"]=>
  string(1) "X"
  ["opt"]=>
  int(1)
}
