--TEST--
AbstractTask::addChildId()/hasChildren()/getChildren(); a duplicate (loose comparison, as in_array) is an InvalidArgumentException
--FILE--
<?php
use oat\tao\model\taskQueue\Task\AbstractTask;

class T extends AbstractTask { public function __invoke() {} }

$t = new T('id', '');
var_dump($t->hasChildren(), $t->getChildren());
var_dump($t->addChildId('a') === $t);
$t->addChildId('b')->addChildId(10);
var_dump($t->hasChildren(), $t->getChildren());
foreach (['a', '10', 10.0] as $dup) {
    try {
        $t->addChildId($dup);
    } catch (InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(count($t->getChildren()));
// children are not part of the JSON
var_dump(strpos(json_encode($t), '"b"'));
?>
--EXPECT--
bool(false)
array(0) {
}
bool(true)
bool(true)
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  int(10)
}
Child a has been added.
Child 10 has been added.
Child 10 has been added.
int(3)
bool(false)
