--TEST--
TaskLogEntity::__construct(): TAO's eleven arguments, getters, type checks
--FILE--
<?php
use oat\tao\model\taskQueue\TaskLog\Entity\TaskLogEntity;
use oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface;
use oat\tao\model\taskQueue\TaskLog\CategorizedStatus;

$created = new DateTime('2024-05-06 07:08:09', new DateTimeZone('UTC'));
$e = new TaskLogEntity(12, null, 'T', CategorizedStatus::completed(), ['p' => 1], null, null, $created);
var_dump($e instanceof EntityInterface, $e instanceof JsonSerializable);
var_dump($e->getId(), $e->getParentId(), $e->getLabel(), $e->getOwner(), $e->getCreatedAt() === $created,
         $e->getUpdatedAt(), $e->getReport(), $e->isMasterStatus(), $e->getStatus()->isCompleted());

$report = ['type' => 'info', 'message' => 'm', 'data' => null, 'children' => []];
$e = new TaskLogEntity('i', 'p', 'T', CategorizedStatus::failed(), [], 'L', 'o', null, null, $report, 1);
var_dump($e->getReport() === $report, $e->isMasterStatus(), $e->getParentId());

foreach ([[null, 'T'], [['x'], 'T'], ['i', new stdClass]] as [$id, $name]) {
    try {
        new TaskLogEntity($id, null, $name, CategorizedStatus::failed(), [], '', '');
    } catch (\TypeError $ex) {
        echo $ex->getMessage(), "\n";
    }
}
try {
    new TaskLogEntity('i', null, 'T', 'failed', [], '', '');
} catch (\TypeError $ex) {
    echo "status must be a CategorizedStatus\n";
}
?>
--EXPECT--
bool(true)
bool(true)
string(2) "12"
NULL
string(0) ""
string(0) ""
bool(true)
NULL
NULL
bool(false)
bool(true)
bool(true)
bool(true)
string(1) "p"
TaskLogEntity: $id must be a string, null given
TaskLogEntity: $id must be a string, array given
TaskLogEntity: $taskName must be a string, stdClass given
status must be a CategorizedStatus
