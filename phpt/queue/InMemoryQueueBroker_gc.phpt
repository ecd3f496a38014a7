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
    public $keep;
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

// same with the property table built (get_object_vars) and a second path through a property
$destroyed = [];
$b = new CyclicBroker();
$t = new CyclicTask('t2', '');
$t->broker = $b;
$b->keep = $t;
$b->push($t);
$b->push(new CyclicTask('t3', ''));
var_dump(count(get_object_vars($b)) > 0);
unset($t, $b);
var_dump(gc_collect_cycles() >= 2);
sort($destroyed);
echo implode(',', $destroyed), "\n";
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
bool(true)
bool(true)
broker,task,task
