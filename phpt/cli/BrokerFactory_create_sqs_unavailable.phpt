--TEST--
BrokerFactory::create('sqs'): a build without SqsQueueBroker says so
--SKIPIF--
<?php if (class_exists('oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker', false)) die('skip SqsQueueBroker is built'); ?>
--FILE--
<?php
try {
    (new oat\taoTaskQueue\scripts\tools\BrokerFactory())->create('sqs', null, 10);
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
Broker "sqs" needs oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker, which this build of taskqueue does not provide.
