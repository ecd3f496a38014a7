--TEST--
Legacy names: the taoTaskQueue decorators and DataTablePayload are the core classes too; the 4-argument SimpleManagementCollectionDecorator adds category and hasFile (taskQueueStorage only), no redirect URL
--FILE--
<?php
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;
use oat\tao\model\taskQueue\TaskLog\Entity\TaskLogEntity;

$e = TaskLogEntity::createFromArray([
    'id' => 't1', 'task_name' => 'App\\Export', 'status' => 'completed', 'master_status' => 0,
    'report' => json_encode(['type' => 'success', 'message' => 'ok', 'data' => null,
        'children' => [['type' => 'success', 'message' => 'f', 'data' => 'out.zip', 'children' => []]]]),
    'created_at' => '2024-01-01 00:00:00',
], 'Y-m-d H:i:s');
$log = new oat\taoTaskQueue\model\TaskLog(['task_log_broker' => new InMemoryTaskLogBroker(),
    'task_to_category_associations' => ['App\\Export' => 'export']]);

class File { function __construct(private bool $e) {} function exists() { return $this->e; } }
class Dir { function getFile($n) { echo "getFile($n)\n"; return new File(true); } }
class Fs { function getDirectory($id) { echo "getDirectory($id)\n"; return new Dir(); } }

$cat = new oat\taoTaskQueue\model\Entity\Decorator\CategoryEntityDecorator($e, $log);
$file = new oat\taoTaskQueue\model\Entity\Decorator\HasFileEntityDecorator($cat, new Fs());
var_dump($cat instanceof oat\tao\model\taskQueue\TaskLog\Decorator\CategoryEntityDecorator,
    $file instanceof oat\tao\model\taskQueue\TaskLog\Decorator\TaskLogEntityDecorator);
$row = $file->toArray();
var_dump($row['category'], $row['hasFile']);
var_dump((new ReflectionClass(oat\taoTaskQueue\model\Entity\Decorator\TaskLogEntityDecorator::class))->isAbstract());

$coll = new oat\taoTaskQueue\model\TaskLog\TaskLogCollection([$e]);
$d = new oat\taoTaskQueue\model\TaskLog\Decorator\SimpleManagementCollectionDecorator($coll, $log, new Fs(), false);
var_dump($d instanceof oat\tao\model\taskQueue\TaskLog\Decorator\TaskLogCollectionDecorator, count($d));
echo json_encode($d), "\n";

class Request {
    function getRows() { return 10; } function getPage() { return 1; } function getSortBy() { return null; }
    function getSortOrder() { return null; } function getFilters() { return ['status' => 'completed']; }
}
$payload = $log->getDataTablePayload(new oat\taoTaskQueue\model\TaskLog\TaskLogFilter(), new Request());
var_dump(get_class($payload), $payload instanceof oat\tao\model\taskQueue\TaskLog\DataTablePayload);
echo json_encode($payload), "\n";
try {
    $log->getDataTablePayload(new oat\taoTaskQueue\model\TaskLog\TaskLogFilter());
} catch (LogicException $x) {
    echo $x->getMessage(), "\n";
}
?>
--EXPECTF--
bool(true)
bool(true)
getDirectory(taskQueueStorage)
getFile(out.zip)
string(6) "export"
bool(true)
bool(true)
bool(true)
int(1)
getDirectory(taskQueueStorage)
getFile(out.zip)
[{"id":"t1","taskName":"App\\Export","status":"completed","masterStatus":false,"statusLabel":"Completed","createdAt":1704067200,"createdAtElapsed":%d,"category":"export","hasFile":true}]
string(47) "oat\taoTaskQueue\model\TaskLog\DataTablePayload"
bool(true)
{"rows":10,"page":1,"amount":0,"total":0,"data":[]}
oat\taoTaskQueue\model\TaskLog\DataTablePayload: no datatable request was given and tao-core's oat\tao\model\datatable\implementation\DatatableRequest is not loaded to read one from the HTTP request
