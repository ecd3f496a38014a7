--TEST--
TasksLogsStats: TAO's three figures plus the enqueued count (quirk 10); built from the three figures only, it serializes to TAO's three keys
--FILE--
<?php
use oat\tao\model\taskQueue\TaskLog\TasksLogsStats;

$s = new TasksLogsStats(3, 2, 1);
var_dump($s->getNumberOfTasksCompleted(), $s->getNumberOfTasksFailed(), $s->getNumberOfTasksInProgress(),
         $s->getNumberOfTasksEnqueued());
echo json_encode($s), "\n";
$s = new TasksLogsStats('3', '2', '1', 4);   // values stay as given, as DB strings did in TAO
echo json_encode($s->toArray()), "\n";
var_dump($s instanceof JsonSerializable);

echo json_encode(TasksLogsStats::buildFromArray(['completedtasks' => 5, 'failedtasks' => 6, 'inprogresstasks' => 7])), "\n";
echo json_encode(TasksLogsStats::buildFromArray([
    TasksLogsStats::COMPLETED_TASKS => 1, TasksLogsStats::FAILED_TASKS => 2,
    TasksLogsStats::IN_PROGRESS_TASKS => 3, TasksLogsStats::ENQUEUED_TASKS => 4])), "\n";
try {
    TasksLogsStats::buildFromArray(['completedtasks' => 1, 'failedtasks' => 2]);
} catch (\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
int(3)
int(2)
int(1)
int(0)
{"numberOfTasksCompleted":3,"numberOfTasksFailed":2,"numberOfTasksInProgress":1}
{"numberOfTasksCompleted":"3","numberOfTasksFailed":"2","numberOfTasksInProgress":"1","numberOfTasksEnqueued":4}
bool(true)
{"numberOfTasksCompleted":5,"numberOfTasksFailed":6,"numberOfTasksInProgress":7}
{"numberOfTasksCompleted":1,"numberOfTasksFailed":2,"numberOfTasksInProgress":3,"numberOfTasksEnqueued":4}
TasksLogsStats::buildFromArray(): the key "inprogresstasks" is missing
