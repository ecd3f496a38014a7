--TEST--
InMemoryTaskLogBroker: addReport() stores report JSON; getReport() reads it back as an array
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;
use oat\tao\model\taskQueue\TaskLog\TaskLogFilter;

class JsonReport implements JsonSerializable {
    public function __construct(private string $type, private string $msg, private array $kids = []) {}
    public function jsonSerialize(): array {
        return ['type' => $this->type, 'message' => $this->msg, 'data' => ['k' => 'v/w'], 'children' => $this->kids];
    }
}
class ToArrayReport {
    public function toArray() { return ['message' => 'from toArray', 'type' => 'warning', 'extra' => 1]; }
}

$b = new InMemoryTaskLogBroker();
$b->add(TaskLogTest\task('t1'), 'running');

var_dump($b->getReport('t1'));
var_dump($b->addReport('t1', ['type' => 'info', 'message' => 'hello']));        // status kept
var_dump($b->getStatus('t1'));
var_dump($b->getReport('t1'));
var_dump($b->addReport('t1', new JsonReport('error', 'bad', [new JsonReport('info', 'child')]), 'failed'));
var_dump($b->getStatus('t1'));
// the stored text: canonical key order, json_encode()'s escaping
$f = (new TaskLogFilter())->like('report', '{"type":"error","message":"bad","data":{"k":"v\\\\/w"},"children":[{"type":"info",%');
var_dump(count($b->search($f)));
$b->addReport('t1', new ToArrayReport());
echo json_encode($b->getReport('t1')), "\n";
var_dump($b->addReport('missing', ['type' => 'info', 'message' => 'x']));
var_dump($b->getReport('missing'));

foreach ([null, 'text', ['message' => 'no type'], ['type' => 'fatal', 'message' => 'x'], ['type' => 'info'],
          ['type' => 'info', 'message' => 'x', 'children' => 'no'], ['type' => 'info', 'message' => 'x', 'children' => [['type' => 'info']]],
          new stdClass] as $bad) {
    try {
        $b->addReport('t1', $bad);
        echo "accepted\n";
    } catch (\InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    $b->addReport('t1', ['type' => 'info', 'message' => 'x'], 'done');
} catch (\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
NULL
int(1)
string(7) "running"
array(4) {
  ["type"]=>
  string(4) "info"
  ["message"]=>
  string(5) "hello"
  ["data"]=>
  NULL
  ["children"]=>
  array(0) {
  }
}
int(1)
string(6) "failed"
int(1)
{"type":"warning","message":"from toArray","data":null,"children":[],"extra":1}
int(0)
NULL
Invalid task report: expected an array {type, message, data, children} or a report object, null given
Invalid task report: expected an array {type, message, data, children} or a report object, string given
Invalid task report: "type" must be one of info, success, warning, error
Invalid task report: "type" must be one of info, success, warning, error
Invalid task report: "message" must be a string
Invalid task report: "children" must be a list of reports, string given
Invalid task report at children[0]: "message" must be a string
Invalid task report: an object of class stdClass is neither JsonSerializable nor has toArray()
Status "done" is not a valid task queue status.
