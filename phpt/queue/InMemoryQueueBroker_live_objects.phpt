--TEST--
InMemoryQueueBroker: the pushed object itself comes back, so closures and state survive (TAO would round-trip JSON)
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker;

$b = new InMemoryQueueBroker();
$state = new \ArrayObject();
$t = new TaskDouble('t1', '');
$t->callable = function (array $p) use ($state) { $state[] = $p['x']; return count($state); };
$t->setParameter('x', 'hello');
var_dump($b->push($t));
$t->setParameter('x', 'changed after push');   // the live object is what comes back
unset($t);
$got = $b->pop();
var_dump($got(), $got(), $state->getArrayCopy());

// a parameter that JSON cannot carry (invalid UTF-8): the push fails and nothing is queued
$bad = new TaskDouble('t2', '');
$bad->setParameter('name', "caf\xe9");
try {
    $b->push($bad);
    echo "pushed\n";
} catch (\Throwable $e) {
    echo get_class($e), "\n";
}
var_dump(count($b));
?>
--EXPECTF--
bool(true)
int(1)
int(2)
array(2) {
  [0]=>
  string(18) "changed after push"
  [1]=>
  string(18) "changed after push"
}
%s
int(0)
