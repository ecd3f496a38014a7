--TEST--
AbstractWorker::processTask(): what the task returned becomes the child report (null, data, report objects); data that is no report is kept, with the warning TAO logs
--FILE--
<?php
require __DIR__ . '/inc.inc';

/* like generis' Report: jsonSerialize() keeps child objects, toArray() is recursive */
class Report implements JsonSerializable
{
    private array $children = [];
    public function __construct(private string $type, private string $message, private $data = null) {}
    public function add(Report $r) { $this->children[] = $r; return $this; }
    public function jsonSerialize(): array { return ['type' => $this->type, 'message' => $this->message, 'data' => $this->data, 'children' => $this->children]; }
    public function toArray(): array { return ['type' => $this->type, 'message' => $this->message, 'data' => $this->data, 'children' => array_map(fn($c) => $c->toArray(), $this->children)]; }
}
/* only JsonSerializable, like the old common_report_Report */
class OldReport implements JsonSerializable
{
    public function __construct(private array $children) {}
    public function jsonSerialize(): array { return ['type' => 'info', 'message' => 'old', 'data' => null, 'children' => $this->children]; }
}
class Payload implements JsonSerializable
{
    public function jsonSerialize(): mixed { return ['rows' => 3]; }
}

$cases = [
    'null' => fn() => null,
    'report' => fn() => (new Report('success', 'Imported', ['n' => 2]))->add(new Report('warning', 'one line skipped')),
    'report-error' => fn() => (new Report('info', 'Partly'))->add(new Report('error', 'broken')),
    'old-report' => fn() => new OldReport([new OldReport([])]),
    'data-array' => fn() => ['a' => 1, 'b' => [true]],
    'data-list' => fn() => [1, 2],
    'json-serializable' => fn() => new Payload(),
    'scalar' => fn() => 42,
    'bad-type' => fn() => ['type' => 'fatal', 'message' => 'not a report type'],
    'unstorable' => fn() => fopen('php://memory', 'r'),
];
foreach ($cases as $id => $body) {
    [$w, $log, $q, $logger] = setup('dequeued', $id);
    $status = $w->processTask(TestTask::make($id, $body));
    echo "== $id: $status\n", json_encode($log->rows[$id]['report']['children'][0] ?? null), "\n";
    foreach ($logger->lines as $l) {
        if (str_starts_with($l, 'warning')) {
            echo $l, "\n";
        }
    }
}
?>
--EXPECT--
== null: completed
{"type":"info","message":"Task not returned any report.","data":null,"children":[]}
warning: Task null should return a report object.
== report: completed
{"type":"success","message":"Imported","data":{"n":2},"children":[{"type":"warning","message":"one line skipped","data":null,"children":[]}]}
== report-error: failed
{"type":"info","message":"Partly","data":null,"children":[{"type":"error","message":"broken","data":null,"children":[]}]}
== old-report: completed
{"type":"info","message":"old","data":null,"children":[{"type":"info","message":"old","data":null,"children":[]}]}
== data-array: completed
{"type":"info","message":"Task data-array returned data.","data":{"a":1,"b":[true]},"children":[]}
warning: Task data-array should return a report object; what it returned is kept as report data.
== data-list: completed
{"type":"info","message":"Task data-list returned data.","data":[1,2],"children":[]}
warning: Task data-list should return a report object; what it returned is kept as report data.
== json-serializable: completed
{"type":"info","message":"Task json-serializable returned data.","data":{"rows":3},"children":[]}
warning: Task json-serializable should return a report object; what it returned is kept as report data.
== scalar: completed
{"type":"info","message":"Task scalar returned data.","data":42,"children":[]}
warning: Task scalar should return a report object; what it returned is kept as report data.
== bad-type: completed
{"type":"info","message":"Task bad-type returned data.","data":{"type":"fatal","message":"not a report type"},"children":[]}
warning: Task bad-type should return a report object; what it returned is kept as report data.
== unstorable: completed
{"type":"info","message":"Task not returned any report.","data":null,"children":[]}
warning: Task unstorable returned a value that cannot be stored: type resource cannot be encoded as JSON
