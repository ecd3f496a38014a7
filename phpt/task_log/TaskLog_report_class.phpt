--TEST--
TaskLog and TaskLogEntity return oat\oatbox\reporting\Report objects when generis' class is there
--FILE--
<?php
namespace oat\oatbox\reporting {
    class Report implements \JsonSerializable {
        public function __construct(public string $type, public string $message, public $data = null, public array $children = []) {}
        public static function jsonUnserialize($data) {
            if (!isset($data['type'], $data['message']) || !array_key_exists('data', $data)) {
                return null;
            }
            $r = new static($data['type'], $data['message'], $data['data']);
            foreach ($data['children'] ?? [] as $c) {
                $r->children[] = static::jsonUnserialize($c);
            }
            return $r;
        }
        public function getType() { return $this->type; }
        public function jsonSerialize(): array { return ['type' => $this->type, 'message' => $this->message, 'data' => $this->data, 'children' => $this->children]; }
        public function toArray(): array {
            return ['type' => $this->type, 'message' => $this->message, 'data' => $this->data,
                    'children' => array_map(fn($c) => $c->toArray(), $this->children)];
        }
    }
}
namespace {
    require __DIR__ . '/inc/task_double.inc';
    use oat\oatbox\reporting\Report;
    use oat\tao\model\taskQueue\TaskLog;
    use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;

    $log = new TaskLog(['task_log_broker' => new InMemoryTaskLogBroker()]);
    $log->add(TaskLogTest\task('t1'), 'running');
    $log->setReport('t1', new Report('info', 'Running task t1', null, [new Report('success', 'Exported', 'file.csv')]), 'completed');

    $r = $log->getReport('t1');
    var_dump(get_class($r), $r->message, get_class($r->children[0]), $r->children[0]->data);

    $e = $log->getById('t1');
    var_dump(get_class($e->getReport()), $e->getFileNameFromReport());
    echo json_encode($e->toArray()['report']), "\n";
    var_dump($log->getReport('missing'));
}
?>
--EXPECT--
string(27) "oat\oatbox\reporting\Report"
string(15) "Running task t1"
string(27) "oat\oatbox\reporting\Report"
string(8) "file.csv"
string(27) "oat\oatbox\reporting\Report"
string(8) "file.csv"
{"type":"info","message":"Running task t1","data":null,"children":[{"type":"success","message":"Exported","data":"file.csv","children":[]}]}
NULL
