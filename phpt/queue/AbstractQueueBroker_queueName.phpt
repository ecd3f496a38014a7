--TEST--
AbstractQueueBroker: setQueueName() is fluent, getQueueName(), getQueueNameWithPrefix() is "TQ_<name>"
--FILE--
<?php
use oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker;

class Probe extends InMemoryQueueBroker
{
    public function names() { return [$this->getQueueName(), $this->getQueueNameWithPrefix()]; }
}
$b = new Probe();
var_dump($b->names());
var_dump($b->setQueueName('background') === $b, $b->names());
$b->setQueueName(7);
var_dump($b->names());
try {
    $b->setQueueName([]);
} catch (\InvalidArgumentException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
array(2) {
  [0]=>
  NULL
  [1]=>
  string(3) "TQ_"
}
bool(true)
array(2) {
  [0]=>
  string(10) "background"
  [1]=>
  string(13) "TQ_background"
}
array(2) {
  [0]=>
  string(1) "7"
  [1]=>
  string(4) "TQ_7"
}
InvalidArgumentException: Probe::setQueueName(): the queue name must be a string, array given
