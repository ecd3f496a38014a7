--TEST--
TaskSerializerService: SERVICE_ID, options, logger and service locator accessors
--FILE--
<?php
use oat\tao\model\taskQueue\Task\TaskSerializerService;

var_dump(TaskSerializerService::SERVICE_ID);
$s = new TaskSerializerService(['a' => 1]);
var_dump($s->getOptions(), $s->hasOption('a'), $s->hasOption('b'), $s->getOption('b', 'dflt'));
$s->setOption('b', [2]);
var_dump($s->getOption('b'));
$s->setOptions(['c' => 3]);
var_dump($s->getOptions());
var_dump($s->getLogger(), $s->getServiceLocator());
$l = new stdClass();
$s->setLogger($l);
$s->setServiceLocator($l);
var_dump($s->getLogger() === $l, $s->getServiceLocator() === $l);
var_dump((new TaskSerializerService())->getOptions());
?>
--EXPECT--
string(18) "tao/TaskSerializer"
array(1) {
  ["a"]=>
  int(1)
}
bool(true)
bool(false)
string(4) "dflt"
array(1) {
  [0]=>
  int(2)
}
array(1) {
  ["c"]=>
  int(3)
}
NULL
NULL
bool(true)
bool(true)
array(0) {
}
