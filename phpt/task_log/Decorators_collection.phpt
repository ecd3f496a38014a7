--TEST--
TaskLog decorators: the processor applies registered entity decorators; SimpleManagementCollectionDecorator decorates every entity and drops the report unless asked
--FILE--
<?php
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;
use oat\tao\model\taskQueue\TaskLog\CollectionInterface;
use oat\tao\model\taskQueue\TaskLog\Decorator\SimpleManagementCollectionDecorator;
use oat\tao\model\taskQueue\TaskLog\Decorator\TaskLogCollectionDecorator;
use oat\tao\model\taskQueue\TaskLog\Decorator\TaskLogEntityDecorateProcessor;
use oat\tao\model\taskQueue\TaskLog\Decorator\TaskLogEntityDecorator;
use oat\tao\model\taskQueue\TaskLog\Entity\TaskLogEntity;
use oat\tao\model\taskQueue\TaskLog\TaskLogCollection;

// *Elapsed is "now - timestamp": two calls may straddle a second, so compare without it
function settled(array $a): array {
    foreach ($a as $k => $v) {
        if (is_string($k) && str_ends_with($k, 'Elapsed')) { unset($a[$k]); }
        elseif (is_array($v)) { $a[$k] = settled($v); }
    }
    return $a;
}
function entity(string $id, string $status): TaskLogEntity {
    return TaskLogEntity::createFromArray([
        'id' => $id, 'task_name' => 'App\\Import', 'status' => $status, 'master_status' => 0,
        'report' => json_encode(['type' => 'info', 'message' => 'r', 'data' => null, 'children' => []]),
        'created_at' => '2024-01-01 00:00:00',
    ], 'Y-m-d H:i:s');
}
class Stamp extends TaskLogEntityDecorator {
    public function toArray() { return parent::toArray() + ['stamp' => 'S:' . $this->getId()]; }
}
class User { function getIdentifier() { return 'u'; } }

$p = new TaskLogEntityDecorateProcessor();
$p->addDecorator(Stamp::class);
$p->addDecorator(stdClass::class);           // not an entity class: skipped, as TAO does
var_dump($p->setEntity(entity('a', 'enqueued')) === $p);
$row = $p->toArray();
var_dump($row['stamp'], settled($p->jsonSerialize()) === settled($row));

$log = new TaskLog(['task_log_broker' => new InMemoryTaskLogBroker(), 'task_to_category_associations' => ['App\\Import' => 'import']]);
$coll = new TaskLogCollection([entity('a', 'completed'), entity('b', 'running')]);
$d = new SimpleManagementCollectionDecorator($coll, $log, null, null, $p, false, new User());
var_dump($d instanceof TaskLogCollectionDecorator, $d instanceof CollectionInterface);
var_dump(count($d), $d->isEmpty(), $d->getIds(), $d->first()->getId(), $d->last()->getId());
foreach ($d->toArray() as $r) {
    echo $r['id'], ' ', $r['category'], ' ', json_encode($r['hasFile']), ' ', $r['redirectUrl'] ?? '-', ' ', $r['stamp'],
        ' report:', json_encode(array_key_exists('report', $r)), "\n";
}
var_dump(settled($d->jsonSerialize()) === settled($d->toArray()));
$with = new SimpleManagementCollectionDecorator($coll, $log, null, null, new TaskLogEntityDecorateProcessor(), 1, new User());
var_dump($with->toArray()[0]['report']['message']);

// no user given and no generis session: a clear error
try {
    (new SimpleManagementCollectionDecorator($coll, $log, null, null, $p, false))->toArray();
} catch (LogicException $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(true)
string(3) "S:a"
bool(true)
bool(true)
bool(true)
int(2)
bool(false)
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
string(1) "a"
string(1) "b"
a import false /taoBackOffice/Redirector/redirectTaskToInstance?taskId=a S:a report:false
b import false - S:b report:false
bool(true)
string(1) "r"
oat\tao\model\taskQueue\TaskLog\Decorator\SimpleManagementCollectionDecorator::toArray(): no user to check redirect URLs for: generis' common_session_SessionManager is not loaded; pass the user as the seventh constructor argument
