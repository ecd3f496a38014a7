--TEST--
Legacy QueueDispatcher: getQueueByWeight() draws as TAO (mt_rand over the weights), dequeue($queueName), and the RDF-store links through the locator's generis/ontology (or a clear error without it)
--FILE--
<?php
use oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;

$log = new oat\taoTaskQueue\model\TaskLog(['task_log_broker' => new InMemoryTaskLogBroker()]);
$d = new oat\taoTaskQueue\model\QueueDispatcher([
    'queues' => [new oat\taoTaskQueue\model\Queue('light', new InMemoryQueueBroker(), 1),
                 new oat\taoTaskQueue\model\Queue('heavy', new InMemoryQueueBroker(), 9)],
    'task_log' => $log,
]);
mt_srand(42);
$picks = ['light' => 0, 'heavy' => 0];
for ($i = 0; $i < 1000; $i++) {
    $picks[$d->getQueueByWeight()->getName()]++;
}
var_dump($picks['heavy'] > 800, $picks['light'] > 50);
// TAO's algorithm gives the same sequence under the same seed
mt_srand(7);
$ours = [];
for ($i = 0; $i < 20; $i++) { $ours[] = $d->getQueueByWeight()->getName(); }
mt_srand(7);
$tao = [];
for ($i = 0; $i < 20; $i++) { $r = mt_rand(1, 10); $tao[] = $r - 1 <= 0 ? 'light' : 'heavy'; }
var_dump($ours === $tao);

$task = $d->createTask(function () { return 'done'; }, [], 'sync task');
var_dump($d->dequeue('heavy'), $d->dequeue('light'));

// the RDF store: without a locator, the error names generis' ontology
$placeholder = new class { function getUri() { return 'http://x/#placeholder'; } };
try {
    $d->getTaskResource($placeholder);
} catch (LogicException $e) {
    echo $e->getMessage(), "\n";
}

// with an ontology as generis' (resources, classes, properties)
class Res {
    public array $values = [];
    function __construct(public string $uri, public bool $there = false) {}
    function getUri() { return $this->uri; }
    function exists() { return $this->there; }
    function setPropertyValue($p, $v) { echo "set {$p->uri} on {$this->uri}: $v\n"; $this->values[$p->uri] = $v; }
    function getOnePropertyValue($p) { return isset($this->values[$p->uri]) ? (object) ['literal' => $this->values[$p->uri]] : null; }
}
class Cls extends Res {
    public array $instances = [];
    function createInstance($label, $comment, $uri) { echo "createInstance($uri)\n"; return $this->instances[] = new Res($uri, true); }
    function searchInstances($criteria) {
        return array_values(array_filter($this->instances, fn($r) => ($r->values[key($criteria)] ?? null) === current($criteria)));
    }
}
class Ontology {
    public Cls $taskClass;
    function __construct() { $this->taskClass = new Cls('http://www.tao.lu/Ontologies/generis.rdf#TaskQueueTask'); }
    function getResource($uri) { return new Res($uri); }
    function getClass($uri) { return $this->taskClass; }
    function getProperty($uri) { return new Res($uri); }
}
class Locator { function __construct(public Ontology $o) {} function get($id) { echo "get($id)\n"; return $this->o; } }
$d->setServiceLocator(new Locator(new Ontology()));
$log->setStatus($task->getId(), 'completed');
$log->setReport($task->getId(), ['type' => 'success', 'message' => 'top', 'data' => null, 'children' => [
    ['type' => 'info', 'message' => 'child', 'data' => 'x', 'children' => [['type' => 'info', 'message' => 'deep', 'data' => null, 'children' => []]]],
]], 'completed');
$tr = $d->linkTaskToResource($task, $placeholder);
var_dump($tr->getUri() === $task->getId());
var_dump($d->getTaskResource($placeholder) === $tr);
$r = $d->getReportByLinkedResource($placeholder);
echo json_encode(is_array($r) ? $r : $r->jsonSerialize()), "\n";
$other = new class { function getUri() { return 'http://x/#other'; } };
$r = $d->getReportByLinkedResource($other);
echo json_encode(is_array($r) ? $r : $r->jsonSerialize()), "\n";
// a placeholder whose task stored no report: the task log's status
$t2 = $d->createTask(function () { return null; }, [], 'second');
$tr2 = $d->getResource($t2->getId());
$d->getClass('x')->instances[] = $tr2;
$tr2->values['http://www.tao.lu/Ontologies/generis.rdf#LinkedResource'] = 'http://x/#p2';
$r = $d->getReportByLinkedResource(new class { function getUri() { return 'http://x/#p2'; } });
echo json_encode(is_array($r) ? $r : $r->jsonSerialize()), "\n";
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
NULL
NULL
oat\taoTaskQueue\model\QueueDispatcher: the RDF-store methods need generis' ontology (service "generis/ontology"), and the dispatcher has no service locator (setServiceLocator())
get(generis/ontology)
get(generis/ontology)
createInstance(%s)
get(generis/ontology)
set http://www.tao.lu/Ontologies/generis.rdf#LinkedResource on %s: http://x/#placeholder
get(generis/ontology)
set http://www.tao.lu/Ontologies/generis.rdf#Report on %s: {"type":"success","message":"top","data":null,"children":[{"type":"info","message":"child","data":"x","children":[]}]}
bool(true)
get(generis/ontology)
bool(true)
get(generis/ontology)
get(generis/ontology)
{"type":"success","message":"top","data":null,"children":[{"type":"info","message":"child","data":"x","children":[]}]}
get(generis/ontology)
{"type":"error","message":"Resource is not the task placeholder","data":null,"children":[]}
get(generis/ontology)
get(generis/ontology)
get(generis/ontology)
get(generis/ontology)
{"type":"info","message":"Task is in 'completed' state","data":null,"children":[]}
