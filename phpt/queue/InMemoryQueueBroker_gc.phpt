--TEST--
InMemoryQueueBroker: a cycle through a queued task (task -> broker -> task) is collected
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker;

$destroyed = [];
class CyclicTask extends TaskDouble
{
    public $broker;
    public function __destruct() { $GLOBALS['destroyed'][] = 'task'; }
}
class CyclicBroker extends InMemoryQueueBroker
{
    public function __destruct() { $GLOBALS['destroyed'][] = 'broker'; }
}

$b = new CyclicBroker();
$t = new CyclicTask('t', '');
$t->broker = $b;
$b->push($t);
unset($t, $b);
var_dump($destroyed);
var_dump(gc_collect_cycles() >= 2);
sort($destroyed);
var_dump($destroyed);
?>
--EXPECT--
array(0) {
}
bool(true)
array(2) {
  [0]=>
  string(6) "broker"
  [1]=>
  string(4) "task"
}
