--TEST--
AbstractTask::jsonSerialize(): runtime class, metadata with __created_at__ as format('c') in UTC, parameters ([] when empty, {..} for a map, [..] for a list)
--INI--
date.timezone=Europe/Paris
--FILE--
<?php
namespace app;

use oat\tao\model\taskQueue\Task\AbstractTask;

class T extends AbstractTask { public function __invoke() {} }

$t = new T('ADFA23234sdfsdf', 'FakeOwner');
$t->setCreatedAt(new \DateTime('2018-10-22 17:40:52'));   // Paris, summer time: 15:40:52 UTC
echo json_encode($t), "\n";
$t->setMetadata('key1', 'value1')->setMetadata(['key2' => 'a/b']);
$t->setParameter('key1', 'value1');
echo json_encode($t), "\n";
$t2 = new T('x', '');
$t2->setCreatedAt(new \DateTime('@0'));
$t2->setParameter([0 => 'a', 1 => 'b']);
echo json_encode($t2), "\n";

$data = $t->jsonSerialize();
var_dump(array_keys($data), $data['taskFqcn']);
// the task keeps its DateTime; only the copy is formatted
var_dump($t->getCreatedAt() instanceof \DateTime, is_string($data['metadata']['__created_at__']));
?>
--EXPECT--
{"taskFqcn":"app\\T","metadata":{"__id__":"ADFA23234sdfsdf","__created_at__":"2018-10-22T15:40:52+00:00","__owner__":"FakeOwner"},"parameters":[]}
{"taskFqcn":"app\\T","metadata":{"__id__":"ADFA23234sdfsdf","__created_at__":"2018-10-22T15:40:52+00:00","__owner__":"FakeOwner","key1":"value1","key2":"a\/b"},"parameters":{"key1":"value1"}}
{"taskFqcn":"app\\T","metadata":{"__id__":"x","__created_at__":"1970-01-01T00:00:00+00:00","__owner__":""},"parameters":["a","b"]}
array(3) {
  [0]=>
  string(8) "taskFqcn"
  [1]=>
  string(8) "metadata"
  [2]=>
  string(10) "parameters"
}
string(5) "app\T"
bool(true)
bool(true)
