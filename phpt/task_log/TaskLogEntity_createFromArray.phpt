--TEST--
TaskLogEntity::createFromArray(): a tq_task_log row becomes an entity
--FILE--
<?php
use oat\tao\model\taskQueue\TaskLog\Entity\TaskLogEntity;

$row = [
    'id' => 'http://x#i1', 'parent_id' => 'http://x#i0', 'task_name' => 'Some\\Task',
    'parameters' => '{"a":1,"b":[1,2]}', 'label' => 'My task', 'status' => 'child_running',
    'master_status' => '1', 'owner' => 'http://x#user', 'report' => null,
    'created_at' => '2024-01-02 03:04:05', 'updated_at' => '2024-01-02 03:05:00',
];
$e = TaskLogEntity::createFromArray($row, 'Y-m-d H:i:s');
var_dump($e->getId(), $e->getParentId(), $e->getTaskName(), $e->getParameters(), $e->getLabel(), $e->getOwner(),
         (string) $e->getStatus(), $e->isMasterStatus(), $e->getReport());
echo $e->getCreatedAt()->format('c'), ' ', $e->getCreatedAt()->getTimezone()->getName(), "\n";
echo $e->getUpdatedAt()->getTimestamp() - $e->getCreatedAt()->getTimestamp(), "\n";

// the minimal row: optional columns absent
$e = TaskLogEntity::createFromArray(['id' => 'i2', 'task_name' => 'T', 'status' => 'enqueued']);
var_dump($e->getParentId(), $e->getParameters(), $e->getLabel(), $e->getOwner(), $e->getCreatedAt(),
         $e->getUpdatedAt(), $e->isMasterStatus(), $e->getReport());

// odd values: bad JSON parameters, unparsable dates, booleans as PostgreSQL spells them
$e = TaskLogEntity::createFromArray(['id' => 'i3', 'task_name' => 'T', 'status' => 'failed', 'parameters' => '{bad',
    'created_at' => 'yesterday', 'updated_at' => '', 'master_status' => 'f', 'report' => 'not json']);
var_dump($e->getParameters(), $e->getCreatedAt(), $e->getUpdatedAt(), $e->isMasterStatus(), $e->getReport());
var_dump(TaskLogEntity::createFromArray(['id' => 'i4', 'task_name' => 'T', 'status' => 'failed', 'master_status' => true])->isMasterStatus());

// another platform date format
$e = TaskLogEntity::createFromArray(['id' => 'i5', 'task_name' => 'T', 'status' => 'failed', 'created_at' => '02/01/2024 10:00'], 'd/m/Y H:i');
echo $e->getCreatedAt()->format('Y-m-d H:i'), "\n";

foreach ([['task_name' => 'T', 'status' => 'enqueued'], ['id' => 'x', 'status' => 'enqueued'],
          ['id' => 'x', 'task_name' => 'T'], ['id' => 'x', 'task_name' => 'T', 'status' => 'nope']] as $bad) {
    try {
        TaskLogEntity::createFromArray($bad);
    } catch (\Exception $ex) {
        echo get_class($ex), ': ', $ex->getMessage(), "\n";
    }
}
?>
--EXPECT--
string(11) "http://x#i1"
string(11) "http://x#i0"
string(9) "Some\Task"
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
string(7) "My task"
string(13) "http://x#user"
string(11) "in_progress"
bool(true)
NULL
2024-01-02T03:04:05+00:00 UTC
55
NULL
array(0) {
}
string(0) ""
string(0) ""
NULL
NULL
bool(false)
NULL
array(0) {
}
NULL
NULL
bool(false)
NULL
bool(true)
2024-01-02 10:00
InvalidArgumentException: TaskLogEntity::createFromArray(): the row has no "id" column
InvalidArgumentException: TaskLogEntity::createFromArray(): the row has no "task_name" column
InvalidArgumentException: TaskLogEntity::createFromArray(): the row has no "status" column
Exception: Invalid status provided
