--TEST--
BrokerFactory::create('rds'): an RdsQueueBroker on the persistence with the capacity, written back as TAO's code
--FILE--
<?php
$f = new oat\taoTaskQueue\scripts\tools\BrokerFactory();
$b = $f->create('rds', 'default', 10);
echo get_class($b), ' ', $b->getNumberOfTasksToReceive(), "\n";
echo $b->__toPhpCode(), "\n";
echo $f->create('rds', 'other')->__toPhpCode(), "\n";
?>
--EXPECT--
oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker 10
new \oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker('default', 10)
new \oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker('other', 1)
