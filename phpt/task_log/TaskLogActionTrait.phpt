--TEST--
TaskLogActionTrait: a controller using it answers TAO's "task created" JSON (id, status label, flattened report, extra data), through its own getServiceManager() and returnJson()
--FILE--
<?php
use oat\tao\model\taskQueue\Task\CallbackTask;
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;
use oat\tao\model\taskQueue\TaskLogActionTrait;

// a report as generis' (IteratorAggregate over its children)
class Report implements IteratorAggregate {
    function __construct(private string $type, private string $message, private array $children = []) {}
    function getType() { return $this->type; }
    function getMessage() { return $this->message; }
    function hasChildren() { return $this->children !== []; }
    function getIterator(): Iterator { return new ArrayIterator($this->children); }
    function jsonSerialize() { return ['type' => $this->type, 'message' => $this->message, 'data' => null, 'children' => []]; }
}
class Locator {
    function __construct(public array $services) {}
    function get($id) { echo "get($id)\n"; return $this->services[$id]; }
}
class Controller {
    use TaskLogActionTrait;
    function __construct(private Locator $sm, private ?string $user = 'owner') {}
    protected function getServiceManager() { return $this->sm; }
    protected function returnJson($data, $httpStatus = 200) { return json_encode($data) . " ($httpStatus)"; }
    protected function getUserId() { return $this->user; }
    public function run(...$a) { return $this->returnTaskJson(...$a); }
    public function data(...$a) { return $this->getTaskLogReturnData(...$a); }
    public function plain($r) { return $this->getReportAsAssociativeArray($r); }
}
class WithExtra extends Controller {
    protected function addExtraReturnData(oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface $e) { return ['label' => $e->getLabel()]; }
}

$log = new TaskLog(['task_log_broker' => new InMemoryTaskLogBroker()]);
$task = new CallbackTask('http://x/#t1', 'owner');
$task->setCallable('strlen');
$log->add($task, 'enqueued', 'Import of items');
$c = new Controller(new Locator(['tao/taskLog' => $log]));
echo $c->run($task, ['uri' => 'http://x/#class']), "\n";
echo json_encode((new WithExtra(new Locator(['tao/taskLog' => $log])))->data('http://x/#t1')), "\n";

$report = new Report('success', 'root', [new Report('info', 'a', [new Report('error', 'a.1')]), new Report('success', 'b')]);
echo json_encode($c->plain($report)), "\n";
// without generis the Task Log gives reports as arrays
echo json_encode($c->plain(['type' => 'error', 'message' => 'top', 'data' => null,
    'children' => [['type' => 'info', 'message' => 'child', 'data' => null, 'children' => []]]])), "\n";
$log->setReport('http://x/#t1', ['type' => 'success', 'message' => 'imported', 'data' => null, 'children' => []], 'completed');
echo json_encode($c->data('http://x/#t1')), "\n";

try {
    $c->data('http://x/#t1', 'Other\\Task');
} catch (InvalidArgumentException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    (new Controller(new Locator(['tao/taskLog' => $log]), 'someone else'))->data('http://x/#t1');
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
// the legacy trait reads the legacy service id
class LegacyController {
    use oat\taoTaskQueue\model\TaskLogActionTrait;
    function __construct(private Locator $sm) {}
    protected function getServiceManager() { return $this->sm; }
    protected function returnJson($data, $httpStatus = 200) { return json_encode($data); }
    public function data($id, $user) { return $this->getTaskLogReturnData($id, null, $user); }
    public function who() { return $this->getUserId(); }
}
$l = new LegacyController(new Locator(['taoTaskQueue/taskLog' => $log]));
echo json_encode($l->data('http://x/#t1', 'owner')), "\n";
try {
    $l->who();
} catch (LogicException $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
get(tao/taskLog)
{"success":true,"data":{"extra":{"uri":"http:\/\/x\/#class"},"task":{"id":"http:\/\/x\/#t1","status":"Queued","report":[]}}} (200)
get(tao/taskLog)
{"id":"http:\/\/x\/#t1","status":"Queued","report":[],"label":"Import of items"}
[{"type":"success","message":"root"},{"type":"info","message":"a"},{"type":"error","message":"a.1"},{"type":"success","message":"b"}]
[{"type":"error","message":"top"},{"type":"info","message":"child"}]
get(tao/taskLog)
{"id":"http:\/\/x\/#t1","status":"Completed","report":[{"type":"success","message":"imported"}]}
get(tao/taskLog)
InvalidArgumentException: Wrong task type
get(tao/taskLog)
OutOfBoundsException: Task log for task "http://x/#t1" not found
get(taoTaskQueue/taskLog)
{"id":"http:\/\/x\/#t1","status":"Completed","report":[{"type":"success","message":"imported"}]}
LegacyController::getUserId(): generis' common_session_SessionManager is not loaded; give the user id or override getUserId()
