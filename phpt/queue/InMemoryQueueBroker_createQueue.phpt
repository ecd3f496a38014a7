--TEST--
InMemoryQueueBroker::createQueue(): empties the queue and releases the tasks it held
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker;

class NoisyTask extends TaskDouble
{
    public function __destruct() { echo "released ", $this->getId(), "\n"; }
}

$logger = new class {
    public function __call($level, $args) { echo "[$level] {$args[0]}\n"; }
};
$b = new InMemoryQueueBroker();
$b->setLogger($logger);
var_dump($b->getLogger() === $logger);
$b->push(new NoisyTask('a', ''));
$b->push(new NoisyTask('b', ''));
var_dump(count($b));
var_dump($b->createQueue());
var_dump(count($b), $b->pop());
$b->push(new NoisyTask('c', ''));
echo "destroying the broker\n";
unset($b);
echo "end\n";
?>
--EXPECT--
bool(true)
int(2)
released a
released b
[debug] Memory Queue created
NULL
int(0)
NULL
destroying the broker
released c
end
