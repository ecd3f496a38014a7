--TEST--
InMemoryTaskLogBroker: archive/cancel one or many, deleteById, execution times
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;
use oat\tao\model\taskQueue\TaskLog\TaskLogFilter;
use oat\tao\model\taskQueue\TaskLog\TaskLogCollection;

$b = new InMemoryTaskLogBroker();
foreach (['a', 'b', 'c', 'd'] as $id) {
    $b->add(TaskLogTest\task($id), 'enqueued');
}
$all = $b->search(new TaskLogFilter());
$byId = [];
foreach ($all as $e) {
    $byId[$e->getId()] = $e;
}

var_dump($b->archive($byId['a']), $b->getStatus('a'));
var_dump($b->cancel($byId['b']), $b->getStatus('b'));
// the broker itself does not check statuses; TaskLog does
var_dump($b->cancel($byId['a']), $b->getStatus('a'));
var_dump($b->archiveCollection(new TaskLogCollection([$byId['c'], $byId['d'], $byId['c']])));
var_dump($b->getStatus('c'), $b->getStatus('d'));
var_dump($b->cancelCollection(TaskLogCollection::createEmptyCollection()));
var_dump($b->cancelCollection(new TaskLogCollection([$byId['d']])), $b->getStatus('d'));

var_dump($b->deleteById('a'), $b->getStatus('a'), $b->deleteById('a'));
var_dump($b->archive($byId['a']));       // gone: nothing updated
var_dump($b->count(new TaskLogFilter()));

// execution times: completed or archived tasks created in the range, with an updated_at
$t = new InMemoryTaskLogBroker();
$t->add(TaskLogTest\task('old', 'u', '2020-01-01 00:00:00'), 'enqueued');
$t->add(TaskLogTest\task('x1', 'u', '2024-01-01 00:00:00'), 'enqueued');
$t->add(TaskLogTest\task('x2', 'u', '2024-01-02 00:00:00'), 'enqueued');
$t->add(TaskLogTest\task('x3', 'u', '2024-01-03 00:00:00'), 'enqueued');
$t->updateStatus('old', 'completed');
$t->updateStatus('x1', 'completed');
$t->updateStatus('x2', 'archived');
$t->updateStatus('x3', 'failed');
$times = $t->getTaskExecutionTimesByDateRange(new DateTime('2023-12-31 00:00:00', new DateTimeZone('UTC')),
                                              new DateTime('2024-01-05 00:00:00', new DateTimeZone('UTC')));
var_dump(array_keys($times));
var_dump($times['x1'] === time() - strtotime('2024-01-01 00:00:00 UTC') || $times['x1'] === time() - strtotime('2024-01-01 00:00:00 UTC') - 1);
var_dump($t->getTaskExecutionTimesByDateRange(new DateTime('2030-01-01'), new DateTime('2031-01-01')));
?>
--EXPECT--
bool(true)
string(8) "archived"
bool(true)
string(9) "cancelled"
bool(true)
string(9) "cancelled"
int(2)
string(8) "archived"
string(8) "archived"
int(0)
int(1)
string(9) "cancelled"
bool(true)
string(7) "unknown"
bool(true)
bool(false)
int(3)
array(2) {
  [0]=>
  string(2) "x1"
  [1]=>
  string(2) "x2"
}
bool(true)
array(0) {
}
