--TEST--
TaskLog: setReport()/getReport(); a null status keeps the stored one (quirk 1); bad reports throw
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;

class JsonReport implements JsonSerializable {
    public function __construct(public string $type, public string $message, public array $children = []) {}
    public function jsonSerialize(): array { return ['type' => $this->type, 'message' => $this->message, 'data' => null, 'children' => $this->children]; }
}

$log = new TaskLog(['task_log_broker' => new InMemoryTaskLogBroker()]);
$log->setLogger(new TaskLogTest\EchoLogger());
$log->add(TaskLogTest\task('t1'), 'running');

var_dump($log->getReport('t1'));
var_dump($log->setReport('t1', ['type' => 'info', 'message' => 'halfway']) === $log);
var_dump($log->getStatus('t1'));
echo json_encode($log->getReport('t1')), "\n";

$log->setReport('t1', new JsonReport('info', 'Running task t1', [new JsonReport('success', 'done')]), 'completed');
var_dump($log->getStatus('t1'));
echo json_encode($log->getReport('t1')), "\n";
echo json_encode($log->getById('t1')->toArray()['report']), "\n";

$log->setReport('missing', ['type' => 'info', 'message' => 'x'], 'failed');
var_dump($log->getReport('missing'));

foreach ([
    fn() => $log->setReport('t1', ['type' => 'info', 'message' => 'x'], 'finished'),
    fn() => $log->setReport('t1', 'just text', 'failed'),
    fn() => $log->setReport('t1', ['type' => 'info', 'message' => 'x', 'children' => [['type' => 'oops', 'message' => 'y']]]),
] as $call) {
    try {
        $call();
    } catch (\InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump($log->getStatus('t1'));
?>
--EXPECT--
NULL
bool(true)
string(7) "running"
{"type":"info","message":"halfway","data":null,"children":[]}
string(9) "completed"
{"type":"info","message":"Running task t1","data":null,"children":[{"type":"success","message":"done","data":null,"children":[]}]}
{"type":"info","message":"Running task t1","data":null,"children":[{"type":"success","message":"done","data":null,"children":[]}]}
[error] Setting report for item missing failed with MSG: Report is not saved.
NULL
Status "finished" is not a valid task queue status.
Invalid task report: expected an array {type, message, data, children} or a report object, string given
Invalid task report at children[0]: "type" must be one of info, success, warning, error
string(9) "completed"
