--TEST--
Legacy oat\taoTaskQueue\model\Entity\TaskLogEntity::createFromArray() makes the legacy entity with a legacy TaskLogCategorizedStatus (taoTaskQueue's classes); tao-core's makes its own; both refuse a bad status the same way
--FILE--
<?php
use oat\taoTaskQueue\model\Entity\TaskLogEntity as LegacyEntity;
use oat\taoTaskQueue\model\ValueObjects\TaskLogCategorizedStatus as LegacyStatus;
use oat\tao\model\taskQueue\TaskLog\Entity\TaskLogEntity;
use oat\tao\model\taskQueue\TaskLog\CategorizedStatus;

$row = ['id' => 'rdf#i1', 'parent_id' => null, 'task_name' => 'Task Name', 'parameters' => '{"a":1}',
        'label' => 'L', 'status' => 'completed', 'owner' => 'me', 'report' => null,
        'created_at' => '2017-11-16 14:11:42', 'updated_at' => '2017-11-16 17:12:30', 'master_status' => false];
$l = LegacyEntity::createFromArray($row);
var_dump(get_class($l), get_class($l->getStatus()), $l->getStatus() instanceof CategorizedStatus, (string) $l->getStatus(), $l->getParameters());
$c = TaskLogEntity::createFromArray($row);
var_dump(get_class($c), get_class($c->getStatus()));
try {
    LegacyEntity::createFromArray(['status' => 'nope'] + $row);
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
string(43) "oat\taoTaskQueue\model\Entity\TaskLogEntity"
string(60) "oat\taoTaskQueue\model\ValueObjects\TaskLogCategorizedStatus"
bool(true)
string(9) "completed"
array(1) {
  ["a"]=>
  int(1)
}
string(52) "oat\tao\model\taskQueue\TaskLog\Entity\TaskLogEntity"
string(49) "oat\tao\model\taskQueue\TaskLog\CategorizedStatus"
Exception: Invalid status provided
