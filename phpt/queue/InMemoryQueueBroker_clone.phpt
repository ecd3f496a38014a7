--TEST--
InMemoryQueueBroker: a clone is a new, empty queue with the same receive count and queue name
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker;

class NamedBroker extends InMemoryQueueBroker
{
    public function name() { return $this->getQueueNameWithPrefix(); }
}

$b = new NamedBroker(4);
$b->setQueueName('priority');
$b->push(new TaskDouble('a', ''));
$c = clone $b;
var_dump(count($b), count($c), $c->getNumberOfTasksToReceive(), $c->name());
$c->push(new TaskDouble('b', ''));
$c->push(new TaskDouble('c', ''));
var_dump(count($b), count($c), $b->pop()->getId(), $c->pop()->getId());
?>
--EXPECT--
int(1)
int(0)
int(4)
string(11) "TQ_priority"
int(1)
int(2)
string(1) "a"
string(1) "b"
