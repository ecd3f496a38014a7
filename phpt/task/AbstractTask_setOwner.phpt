--TEST--
AbstractTask: setOwner()/setLabel() cast to string and are fluent; setCreatedAt() keeps the very object
--FILE--
<?php
use oat\tao\model\taskQueue\Task\AbstractTask;

class T extends AbstractTask { public function __invoke() {} }

$t = new T('id', 'first');
var_dump($t->getLabel());
var_dump($t->setOwner(5) === $t, $t->getOwner());
var_dump($t->setLabel(1.5) === $t, $t->getLabel());
$t->setLabel(null);
var_dump($t->getLabel());
$d = new DateTime('yesterday 12:15:00');
var_dump($t->setCreatedAt($d) === $t, $t->getCreatedAt() === $d);
try {
    $t->setCreatedAt(new DateTimeImmutable());
} catch (TypeError $e) {
    echo "TypeError\n";
}
?>
--EXPECT--
NULL
bool(true)
string(1) "5"
bool(true)
string(3) "1.5"
string(0) ""
bool(true)
bool(true)
TypeError
