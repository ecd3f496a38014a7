--TEST--
TaskLog: findAvailableByUser(), getById(), getByIdAndUser(), getStats() with the user's filters
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;

class IgnoredTask extends TaskLogTest\TaskDouble {}

$log = new TaskLog(['task_log_broker' => new InMemoryTaskLogBroker(), 'task_ui_ignore_list' => ['IgnoredTask']]);
$n = 0;
foreach ([
    ['a', 'u1', 'enqueued'], ['b', 'u1', 'running'], ['c', 'u1', 'completed'], ['d', 'u1', 'archived'],
    ['e', 'u1', 'cancelled'], ['f', 'u2', 'failed'], ['g', 'u1', 'failed'],
] as [$id, $owner, $status]) {
    $log->add(TaskLogTest\task($id, $owner, sprintf('2024-01-01 10:%02d:00', $n++)), $status);
}
$hidden = new IgnoredTask('h', 'u1');
$log->add($hidden, 'completed');
for ($i = 0; $i < 22; $i++) {
    $log->add(TaskLogTest\task("m$i", 'u3', sprintf('2024-02-01 10:%02d:00', $i)), 'completed');
}

$ids = fn($c) => implode(',', $c->getIds());
echo $ids($log->findAvailableByUser('u1')), "\n";             // newest first, no archived/cancelled/ignored
echo $ids($log->findAvailableByUser('u1', 2)), "\n";
echo $ids($log->findAvailableByUser('u1', 2, 2)), "\n";
echo $ids($log->findAvailableByUser('u1', null, 3)), "\n";
echo count($log->findAvailableByUser('u3')), ' ', $log->findAvailableByUser('u3')->first()->getId(), "\n";  // DEFAULT_LIMIT 20
echo count($log->findAvailableByUser('u3', 100)), "\n";
echo $ids($log->findAvailableByUser('cli-user', 4)), "\n";    // every owner
echo $ids($log->findAvailableByUser('nobody')), "|\n";

echo json_encode($log->getStats('u1')), "\n";                  // the ignore list does not apply here
echo json_encode($log->getStats('cli-user')), "\n";

var_dump($log->getById('d')->getStatus()->isArchived());
var_dump($log->getByIdAndUser('c', 'u1')->getId());
var_dump($log->getByIdAndUser('f', 'cli-user')->getId());
var_dump($log->getByIdAndUser('d', 'u1', true)->getId());
foreach ([['f', 'u1', false], ['d', 'u1', false], ['e', 'u1', true], ['zz', 'cli-user', true]] as [$id, $user, $archived]) {
    try {
        $log->getByIdAndUser($id, $user, $archived);
        echo "found $id\n";
    } catch (\OutOfBoundsException $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
g,c,b,a
g,c
b,a
a
20 m21
22
m21,m20,m19,m18
|
{"numberOfTasksCompleted":2,"numberOfTasksFailed":1,"numberOfTasksInProgress":1,"numberOfTasksEnqueued":1}
{"numberOfTasksCompleted":24,"numberOfTasksFailed":2,"numberOfTasksInProgress":1,"numberOfTasksEnqueued":1}
bool(true)
string(1) "c"
string(1) "f"
string(1) "d"
Task log for task "f" not found
Task log for task "d" not found
Task log for task "e" not found
Task log for task "zz" not found
