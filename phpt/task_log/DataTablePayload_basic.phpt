--TEST--
TaskLog::getDataTablePayload(): the request's filters go into the filter, the page is read with the request's size, offset and sort; the payload's JSON shape is TAO's; customiseRowBy() merges or replaces rows
--FILE--
<?php
use oat\tao\model\taskQueue\Task\CallbackTask;
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;
use oat\tao\model\taskQueue\TaskLog\DataTablePayload;
use oat\tao\model\taskQueue\TaskLog\TaskLogFilter;

// what tao-core's DatatableRequest gives
class Request {
    function __construct(private array $filters, private int $rows = 2, private int $page = 1) {}
    function getRows() { return $this->rows; }
    function getPage() { return $this->page; }
    function getSortBy() { return 'label'; }
    function getSortOrder() { return 'desc'; }
    function getSortType() { return 'string'; }
    function getFilters() { return $this->filters; }
}
$log = new TaskLog(['task_log_broker' => new InMemoryTaskLogBroker()]);
foreach (['a', 'b', 'c', 'd', 'e'] as $i => $n) {
    $t = new CallbackTask("id$n", $i < 4 ? 'owner' : 'other');
    $t->setCallable('strlen');
    $log->add($t, 'enqueued', "label $n");
}

$filter = new TaskLogFilter();
$payload = $log->getDataTablePayload($filter, new Request(['owner' => 'owner', 'status' => '', 'id' => ['ida', 'idb', 'idc']], 2, 1));
var_dump($payload instanceof DataTablePayload, $payload instanceof JsonSerializable, count($payload));
foreach ($filter->getFilters() as $f) {
    echo $f['column'], ' ', $f['operator'], ' ', json_encode($f['value']), "\n";
}
$p = $payload->getPayload();
var_dump(array_keys($p), $p['rows'], $p['page'], $p['amount'], $p['total']);
echo implode(',', array_column($p['data'], 'id')), "\n";
$p2 = (new DataTablePayload($filter, $log->getBroker(), new Request([], 2, 2)))->getPayload();
echo $p2['amount'], ' ', implode(',', array_column($p2['data'], 'id')), "\n";
var_dump(count($filter->getFilters()));     // paging worked on a clone

$payload->customiseRowBy(function () { return ['label' => strtoupper($this->getLabel()), 'x' => 1]; });
foreach ($payload->jsonSerialize()['data'] as $row) {
    echo $row['id'], ' ', $row['label'], ' ', $row['x'], ' ', $row['statusLabel'], "\n";
}
$payload->customiseRowBy(function () { return $this->getId(); }, true);
echo json_encode($payload->getPayload()['data']), "\n";
echo json_encode(new DataTablePayload(new TaskLogFilter(), $log->getBroker(), new Request(['owner' => 'nobody']))), "\n";

try {
    (new DataTablePayload(new TaskLogFilter(), $log->getBroker(), new Request([], 0)))->getPayload();
} catch (DivisionByZeroError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    new DataTablePayload(new TaskLogFilter(), $log->getBroker());
} catch (LogicException $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(true)
bool(true)
int(3)
owner = "owner"
id IN ["ida","idb","idc"]
array(5) {
  [0]=>
  string(4) "rows"
  [1]=>
  string(4) "page"
  [2]=>
  string(6) "amount"
  [3]=>
  string(5) "total"
  [4]=>
  string(4) "data"
}
int(2)
int(1)
int(2)
float(2)
idc,idb
1 ida
int(2)
idc LABEL C 1 Queued
idb LABEL B 1 Queued
[["idc"],["idb"]]
{"rows":2,"page":1,"amount":0,"total":0,"data":[]}
DivisionByZeroError: Division by zero
oat\tao\model\taskQueue\TaskLog\DataTablePayload: no datatable request was given and tao-core's oat\tao\model\datatable\implementation\DatatableRequest is not loaded to read one from the HTTP request
