--TEST--
InMemoryTaskLogBroker::add(): the row written for a task (spec 4.2)
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;
use oat\tao\model\taskQueue\TaskLog\TaskLogFilter;
use TaskLogTest\TaskDouble;
use TaskLogTest\CallbackTaskDouble;

$b = new InMemoryTaskLogBroker();
$before = time();

$plain = TaskLogTest\task('t1', 'owner-1', '2024-03-04 05:06:07');
$plain->setParameter(['path' => '/tmp/a b', 'n' => 1.5, 'list' => [1, 2]])->setLabel('Task label');
$b->add($plain, 'enqueued');

$cb = TaskLogTest\task('t2');
$cb = new CallbackTaskDouble('t2', 42);
$cb->setCallable(new TaskLogTest\ExportAction())->setParentId('t1')->setMasterStatus(1);
$b->add($cb, 'dequeued', 'Given label');

$str = new CallbackTaskDouble('t3', '');
$str->setCallable('strlen');
$b->add($str, 'running', null);

$closure = new CallbackTaskDouble('t4', 'o');
$closure->setCallable(fn() => 1);
$b->add($closure, 'completed');

$arr = new CallbackTaskDouble('t5', 'o');
$arr->setCallable([new TaskLogTest\ExportAction(), '__invoke']);
$b->add($arr, 'failed');

foreach ($b->search((new TaskLogFilter())->setSortBy('id')) as $e) {
    echo $e->getId(), ' | ', $e->getTaskName(), ' | ', json_encode($e->getParameters()), ' | ', var_export($e->getLabel(), true),
         ' | ', $e->getOwner(), ' | ', $e->getStatus(), ' | ', var_export($e->getParentId(), true), ' | ',
         var_export($e->isMasterStatus(), true), "\n";
}
$e = $b->search((new TaskLogFilter())->eq('id', 't1'))->first();
echo $e->getCreatedAt()->format('Y-m-d H:i:s'), "\n";
var_dump($e->getUpdatedAt()->getTimestamp() >= $before);

// the raw parameters column is PHP's json_encode()
$f = (new TaskLogFilter())->eq('parameters', '{"path":"\/tmp\/a b","n":1.5,"list":[1,2]}');
var_dump(count($b->search($f)));

try {
    $b->add(TaskLogTest\task('t1'), 'enqueued');
} catch (\InvalidArgumentException $ex) {
    echo $ex->getMessage(), "\n";
}
try {
    $b->add(TaskLogTest\task('t9'), 'unknown');
} catch (\InvalidArgumentException $ex) {
    echo $ex->getMessage(), "\n";
}
try {
    $b->add(new TaskDouble('', 'o'), 'enqueued');
} catch (\InvalidArgumentException $ex) {
    echo $ex->getMessage(), "\n";
}
var_dump($b->count(new TaskLogFilter()));
?>
--EXPECT--
t1 | TaskLogTest\TaskDouble | {"path":"\/tmp\/a b","n":1.5,"list":[1,2]} | 'Task label' | owner-1 | created | NULL | false
t2 | TaskLogTest\ExportAction | [] | 'Given label' | 42 | in_progress | 't1' | true
t3 | strlen | [] | '' |  | in_progress | NULL | false
t4 | Closure | [] | '' | o | completed | NULL | false
t5 | TaskLogTest\CallbackTaskDouble | [] | '' | o | failed | NULL | false
2024-03-04 05:06:07
bool(true)
int(1)
Cannot add the task log: a task log row with id "t1" exists already
Status "unknown" is not a valid task queue status.
TaskLogTest\TaskDouble::getId() returned no id; a task log row needs one
int(5)
