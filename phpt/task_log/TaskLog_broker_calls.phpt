--TEST--
TaskLog talks to any TaskLogBrokerInterface through its methods; broker exceptions are logged as TAO does
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\Task\TaskInterface;
use oat\tao\model\taskQueue\TaskLog\Broker\TaskLogBrokerInterface;
use oat\tao\model\taskQueue\TaskLog\TaskLogFilter;
use oat\tao\model\taskQueue\TaskLog\TasksLogsStats;
use oat\tao\model\taskQueue\TaskLog\TaskLogCollection;
use oat\tao\model\taskQueue\TaskLog\CollectionInterface;
use oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface;

class RecordingBroker implements TaskLogBrokerInterface {
    public $fail = null;
    public $status = '';
    public $rows = 1;
    public function setServiceLocator(object $serviceLocator): void {}
    private function rec($m, $args) {
        echo "broker->$m(", implode(', ', array_map(fn($a) => is_object($a) ? get_class($a) : var_export($a, true), $args)), ")\n";
        if ($this->fail) { $f = $this->fail; throw new $f('boom'); }
    }
    public function createContainer(): void { $this->rec(__FUNCTION__, func_get_args()); }
    public function getTableName(): string { return 't'; }
    public function add(TaskInterface $task, string $status, ?string $label = null): void { $this->rec(__FUNCTION__, func_get_args()); }
    public function updateStatus(string $taskId, string $newStatus, ?string $prevStatus = null): int { $this->rec(__FUNCTION__, func_get_args()); return $this->rows; }
    public function getStatus(string $taskId): string { $this->rec(__FUNCTION__, func_get_args()); return $this->status; }
    public function addReport(string $taskId, mixed $report, ?string $newStatus = null): int { $this->rec(__FUNCTION__, func_get_args()); return $this->rows; }
    public function getReport(string $taskId) { $this->rec(__FUNCTION__, func_get_args()); return ['type' => 'info']; }
    public function search(TaskLogFilter $filter): iterable { $this->rec(__FUNCTION__, func_get_args()); return TaskLogCollection::createEmptyCollection(); }
    public function count(TaskLogFilter $filter): int { return 0; }
    public function getStats(TaskLogFilter $filter): TasksLogsStats { $this->rec(__FUNCTION__, func_get_args()); return new TasksLogsStats(1, 2, 3); }
    public function getTaskExecutionTimesByDateRange(\DateTime $from, \DateTime $to): array { $this->rec(__FUNCTION__, func_get_args()); return ['x' => 5]; }
    public function archive(EntityInterface $entity): bool { $this->rec(__FUNCTION__, func_get_args()); return true; }
    public function cancel(EntityInterface $entity): bool { $this->rec(__FUNCTION__, func_get_args()); return false; }
    public function archiveCollection(CollectionInterface $collection): int { $this->rec(__FUNCTION__, func_get_args()); return 1; }
    public function cancelCollection(CollectionInterface $collection): int { $this->rec(__FUNCTION__, func_get_args()); return 1; }
    public function deleteById(string $taskId): bool { return true; }
}
class Report implements JsonSerializable {
    public function jsonSerialize(): array { return ['type' => 'success', 'message' => 'ok', 'data' => null, 'children' => []]; }
}

$b = new RecordingBroker();
$log = new TaskLog(['task_log_broker' => $b]);
$log->setLogger(new TaskLogTest\EchoLogger());
$task = TaskLogTest\task('t1');

var_dump($log->add($task, 'enqueued', 'L') === $log);
var_dump($log->setStatus('t1', 'running', 'dequeued'));
var_dump($log->getStatus('t1'));                 // '' from the broker reads as unknown
$b->status = 'running';
var_dump($log->getStatus('t1'));
$log->setReport('t1', new Report());             // the report object reaches the broker as given
$log->setReport('t1', new Report(), 'completed');
var_dump($log->getReport('t1'));
var_dump($log->search(new TaskLogFilter()) instanceof TaskLogCollection);
echo json_encode($log->getStats('u1')), "\n";
var_dump($log->getTaskExecutionTimesByDateRange(new DateTime(), new DateTime()));
$log->createContainer();

echo "-- rows not touched\n";
$b->rows = 0;
var_dump($log->setStatus('t1', 'running'));
$log->setReport('t1', ['type' => 'info', 'message' => 'm']);

echo "-- broker exceptions are logged, not thrown\n";
$b->fail = RuntimeException::class;
var_dump($log->add($task, 'enqueued') === $log);
var_dump($log->setStatus('t1', 'failed'));
var_dump($log->getStatus('t1'));
var_dump($log->setReport('t1', ['type' => 'info', 'message' => 'm']) === $log);
var_dump($log->getReport('t1'));
$log->updateParent('p1');

echo "-- \\Error is not caught\n";
$b->fail = LogicError::class;
class LogicError extends Error {}
try {
    $log->getStatus('t1');
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
broker->add(TaskLogTest\TaskDouble, 'enqueued', 'L')
bool(true)
broker->updateStatus('t1', 'running', 'dequeued')
int(1)
broker->getStatus('t1')
string(7) "unknown"
broker->getStatus('t1')
string(7) "running"
broker->addReport('t1', Report, NULL)
broker->addReport('t1', Report, 'completed')
broker->getReport('t1')
array(1) {
  ["type"]=>
  string(4) "info"
}
broker->search(oat\tao\model\taskQueue\TaskLog\TaskLogFilter)
bool(true)
broker->getStats(oat\tao\model\taskQueue\TaskLog\TaskLogFilter)
{"numberOfTasksCompleted":1,"numberOfTasksFailed":2,"numberOfTasksInProgress":3}
broker->getTaskExecutionTimesByDateRange(DateTime, DateTime)
array(1) {
  ["x"]=>
  int(5)
}
broker->createContainer()
-- rows not touched
broker->updateStatus('t1', 'running', NULL)
int(0)
broker->addReport('t1', array (
  'type' => 'info',
  'message' => 'm',
), NULL)
[error] Setting report for item t1 failed with MSG: Report is not saved.
-- broker exceptions are logged, not thrown
broker->add(TaskLogTest\TaskDouble, 'enqueued', NULL)
[error] Adding result for task t1 failed with MSG: boom
bool(true)
broker->updateStatus('t1', 'failed', NULL)
[error] Setting the status for task t1 failed with MSG: boom
int(0)
broker->getStatus('t1')
[error] Getting status for task t1 failed with MSG: boom
string(7) "unknown"
broker->addReport('t1', array (
  'type' => 'info',
  'message' => 'm',
), NULL)
[error] Setting report for item t1 failed with MSG: boom
bool(true)
broker->getReport('t1')
[error] Getting report for task t1 failed with MSG: boom
NULL
broker->search(oat\tao\model\taskQueue\TaskLog\TaskLogFilter)
[error] Updating parent task "p1" failed with MSG: boom
-- \Error is not caught
broker->getStatus('t1')
LogicError: boom
