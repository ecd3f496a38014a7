--TEST--
Queue::__toPhpCode(): new \...\Queue('<name>', <broker code>, <weight>), and the code rebuilds the queue
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker;

$q = new Queue('background', new InMemoryQueueBroker(5), 10);
echo $code = $q->__toPhpCode(), "\n";
$copy = eval("return $code;");
var_dump($copy->getName(), $copy->getWeight(), $copy->getNumberOfTasksToReceive(), $copy->isSync());

// quotes and backslashes in the name are escaped as var_export does
echo (new Queue("it's a \\ queue", new InMemoryQueueBroker()))->__toPhpCode(), "\n";

// a broker without __toPhpCode() is written as unserialize('...')
echo $code = (new Queue('q', new BrokerDouble(), 3))->__toPhpCode(), "\n";
$rebuilt = eval("return $code;");
var_dump(get_class($rebuilt->getBroker()));
Journal::$calls = [];
?>
--EXPECT--
new \oat\tao\model\taskQueue\Queue('background', new \oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker(5), 10)
string(10) "background"
int(10)
int(5)
bool(true)
new \oat\tao\model\taskQueue\Queue('it\'s a \\ queue', new \oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker(1), 1)
new \oat\tao\model\taskQueue\Queue('q', unserialize('O:12:"BrokerDouble":3:{s:11:"pushReturns";b:1;s:10:"pushThrows";N;s:8:"messages";a:0:{}}'), 3)
string(12) "BrokerDouble"
