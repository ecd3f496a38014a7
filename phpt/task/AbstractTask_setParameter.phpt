--TEST--
AbstractTask::setParameter()/getParameter()/getParameters(): same rules as metadata, with "parameter" in the messages
--FILE--
<?php
use oat\tao\model\taskQueue\Task\AbstractTask;

class T extends AbstractTask { public function __invoke() {} }

$t = new T('id', 'o');
var_dump($t->getParameters());
var_dump($t->setParameter('key1', 'value1') === $t);
$t->setParameter('key2', 'value2');
$t->setParameter(['key3' => 'value3', 'key4' => 'value4']);
$t->setParameter(new ArrayObject(['key5' => 5]));
var_dump($t->getParameters());
var_dump($t->getParameter('nope'), $t->getParameter('nope', 0), $t->getParameter('key5'));
try {
    $t->setParameter(3.0);
} catch (InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
try {
    $t->getParameter(1);
} catch (InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
// parameters are stored by value: changing the caller's array later changes nothing
$arr = ['x' => 1];
$t->setParameter($arr);
$arr['x'] = 2;
var_dump($t->getParameter('x'));
?>
--EXPECT--
array(0) {
}
bool(true)
array(5) {
  ["key1"]=>
  string(6) "value1"
  ["key2"]=>
  string(6) "value2"
  ["key3"]=>
  string(6) "value3"
  ["key4"]=>
  string(6) "value4"
  ["key5"]=>
  int(5)
}
NULL
int(0)
int(5)
Expected a string, array, or Traversable argument in first position; received "double"
Non-string argument provided as a parameter key
int(1)
