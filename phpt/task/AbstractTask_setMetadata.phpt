--TEST--
AbstractTask::setMetadata(): string key, array, Traversable; anything else is an InvalidArgumentException with TAO's message
--FILE--
<?php
use oat\tao\model\taskQueue\Task\AbstractTask;

class T extends AbstractTask { public function __invoke() {} }

$t = new T('id', 'o');
var_dump($t->setMetadata('foo', 'bar') === $t);
var_dump($t->getMetadata('foo'));
$t->setMetadata('nothing');
var_dump($t->getMetadata('nothing', 'dflt'));       // set to null: exists, so no default
$t->setMetadata(['a' => 1, 'b' => [2], 7 => 'seven']);
var_dump($t->getMetadata('a'), $t->getMetadata('b'), $t->getMetadata('7'));
$t->setMetadata(new ArrayIterator(['c' => 'it']));
$t->setMetadata((function () { yield 'd' => 'gen'; yield 'a' => 'over'; })());
var_dump($t->getMetadata('c'), $t->getMetadata('d'), $t->getMetadata('a'));
$t->setMetadata('foo', 'baz');                       // overwrite keeps the key's place
echo implode(',', array_keys($t->jsonSerialize()['metadata'])), "\n";

foreach ([12, 1.5, true, null, new stdClass()] as $bad) {
    try {
        $t->setMetadata($bad, 'x');
    } catch (InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    $t->setMetadata((function () { yield [] => 1; })());
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(true)
string(3) "bar"
NULL
int(1)
array(1) {
  [0]=>
  int(2)
}
string(5) "seven"
string(2) "it"
string(3) "gen"
string(4) "over"
__id__,__created_at__,__owner__,foo,nothing,a,b,7,c,d
Expected a string, array, or Traversable argument in first position; received "integer"
Expected a string, array, or Traversable argument in first position; received "double"
Expected a string, array, or Traversable argument in first position; received "boolean"
Expected a string, array, or Traversable argument in first position; received "NULL"
Expected a string, array, or Traversable argument in first position; received "stdClass"
TypeError: Illegal offset type
