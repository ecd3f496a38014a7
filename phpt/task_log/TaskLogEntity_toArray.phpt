--TEST--
TaskLogEntity::toArray() / jsonSerialize(): the entity JSON of spec 8.4
--FILE--
<?php
use oat\tao\model\taskQueue\TaskLog\Entity\TaskLogEntity;

$now = time();
$row = ['id' => 'i1', 'parent_id' => 'p', 'task_name' => 'Some\\Task', 'parameters' => '{"secret":1}',
        'label' => 'Export', 'status' => 'dequeued', 'master_status' => 0, 'owner' => 'me',
        'report' => '{"type":"info","message":"Running task i1","data":null,"children":[{"type":"success","message":"ok","data":null,"children":[]}]}',
        'created_at' => gmdate('Y-m-d H:i:s', $now - 100), 'updated_at' => gmdate('Y-m-d H:i:s', $now - 40)];
$e = TaskLogEntity::createFromArray($row);
$a = $e->toArray();
echo implode(',', array_keys($a)), "\n";
var_dump($a['id'], $a['taskName'], $a['status'], $a['masterStatus'], $a['statusLabel'], $a['taskLabel']);
var_dump($a['createdAt'] === $now - 100, $a['updatedAt'] === $now - 40);
var_dump($a['createdAtElapsed'] >= 100 && $a['createdAtElapsed'] < 105, $a['updatedAtElapsed'] >= 40 && $a['updatedAtElapsed'] < 45);
echo json_encode($a['report']), "\n";
var_dump($e->jsonSerialize() == $e->toArray() || abs($e->jsonSerialize()['createdAtElapsed'] - $a['createdAtElapsed']) <= 1);

// no label, no dates, no report: only the five fixed keys
$e = TaskLogEntity::createFromArray(['id' => 'i2', 'task_name' => 'T', 'status' => 'cancelled', 'label' => '', 'master_status' => 1]);
echo json_encode($e), "\n";
foreach (['enqueued', 'completed', 'failed', 'archived', 'unknown'] as $st) {
    $x = TaskLogEntity::createFromArray(['id' => 'i', 'task_name' => 'T', 'status' => $st]);
    echo $x->toArray()['status'], '/', $x->toArray()['statusLabel'], "\n";
}
?>
--EXPECT--
id,taskName,status,masterStatus,statusLabel,taskLabel,createdAt,createdAtElapsed,updatedAt,updatedAtElapsed,report
string(2) "i1"
string(9) "Some\Task"
string(11) "in_progress"
bool(false)
string(11) "In Progress"
string(6) "Export"
bool(true)
bool(true)
bool(true)
bool(true)
{"type":"info","message":"Running task i1","data":null,"children":[{"type":"success","message":"ok","data":null,"children":[]}]}
bool(true)
{"id":"i2","taskName":"T","status":"cancelled","masterStatus":true,"statusLabel":"Cancelled"}
created/Queued
completed/Completed
failed/Failed
archived/Archived
failed/Failed
