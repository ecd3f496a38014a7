--TEST--
BrokerFactory::create('sqs'): an SqsQueueBroker on generis' cache service with the capacity, as TAO's factory builds it
--FILE--
<?php
$b = (new oat\taoTaskQueue\scripts\tools\BrokerFactory())->create('sqs', null, 5);
echo get_class($b), ' ', $b->getNumberOfTasksToReceive(), "\n";
echo $b->__toPhpCode(), "\n";
?>
--EXPECT--
oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker 5
new \oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker('generis/cache', 5)
