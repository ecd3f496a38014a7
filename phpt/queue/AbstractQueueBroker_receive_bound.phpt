--TEST--
AbstractQueueBroker: a receive count over 10000 (PHP_INT_MAX, 5,000,000) is refused at construction with an InvalidArgumentException naming the limit, instead of a fatal error at the first pop
--FILE--
<?php
use oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker;
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;

foreach ([PHP_INT_MAX, PHP_INT_MIN, 5000000, -10001, 10001] as $n) {
    foreach ([fn () => new InMemoryQueueBroker($n), fn () => new RdsQueueBroker('default', $n)] as $make) {
        try {
            $b = $make();
            echo get_class($b), "($n) accepted\n";
        } catch (InvalidArgumentException $e) {
            echo $e->getMessage(), "\n";
        }
    }
}
foreach ([10000, -10000, 0] as $n) {
    echo (new InMemoryQueueBroker($n))->getNumberOfTasksToReceive(), "\n";
}
?>
--EXPECTF--
oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker: the receive count %s is more than 10000, the most a broker claims at once
oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker: the receive count %s is more than 10000, the most a broker claims at once
oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker: the receive count %s is more than 10000, the most a broker claims at once
oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker: the receive count %s is more than 10000, the most a broker claims at once
oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker: the receive count 5000000 is more than 10000, the most a broker claims at once
oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker: the receive count 5000000 is more than 10000, the most a broker claims at once
oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker: the receive count -10001 is more than 10000, the most a broker claims at once
oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker: the receive count -10001 is more than 10000, the most a broker claims at once
oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker: the receive count 10001 is more than 10000, the most a broker claims at once
oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker: the receive count 10001 is more than 10000, the most a broker claims at once
10000
10000
1
