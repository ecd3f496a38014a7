--TEST--
TaskLogCollection: counting, iteration, first/last, ids, JSON, factories
--FILE--
<?php
use oat\tao\model\taskQueue\TaskLog\TaskLogCollection;
use oat\tao\model\taskQueue\TaskLog\CollectionInterface;

$row = fn($id, $st) => ['id' => $id, 'parent_id' => null, 'task_name' => 'T', 'status' => $st,
                        'master_status' => 0, 'report' => null, 'created_at' => '2024-01-01 00:00:00'];
$c = TaskLogCollection::createFromArray([$row('a', 'enqueued'), $row('b', 'running'), $row('c', 'failed')]);
var_dump($c instanceof CollectionInterface, $c instanceof IteratorAggregate, count($c), $c->isEmpty());
var_dump($c->first()->getId(), $c->last()->getId(), $c->getIds());
foreach ($c as $k => $e) {
    echo $k, ' ', $e->getId(), ' ', $e->getStatus(), "\n";
}
var_dump(get_class($c->getIterator()));
$json = json_decode(json_encode($c), true);
echo count($json), ' ', $json[1]['id'], ' ', $json[1]['status'], ' ', $json[1]['statusLabel'], "\n";
var_dump($c->toArray() == $c->jsonSerialize());

$empty = TaskLogCollection::createEmptyCollection();
var_dump(count($empty), $empty->isEmpty(), $empty->first(), $empty->last(), $empty->getIds(), json_encode($empty));

class MyCollection extends TaskLogCollection {}
var_dump(get_class(MyCollection::createEmptyCollection()), get_class(MyCollection::createFromArray([])));

$mine = new TaskLogCollection(['x' => $c->first(), 'y' => $c->last()]);
var_dump($mine->getIds(), $mine->first()->getId());

try {
    new TaskLogCollection([$c->first(), 'nope']);
} catch (\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
try {
    TaskLogCollection::createFromArray([$row('a', 'weird')]);
} catch (\Exception $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(true)
bool(true)
int(3)
bool(false)
string(1) "a"
string(1) "c"
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
0 a created
1 b in_progress
2 c failed
string(13) "ArrayIterator"
3 b in_progress In Progress
bool(true)
int(0)
bool(true)
NULL
NULL
array(0) {
}
string(2) "[]"
string(12) "MyCollection"
string(12) "MyCollection"
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "c"
}
string(1) "a"
TaskLogCollection::__construct(): item 1 is string, not an EntityInterface
Invalid status provided
