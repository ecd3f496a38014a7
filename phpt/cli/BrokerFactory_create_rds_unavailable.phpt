--TEST--
BrokerFactory::create('rds'): a build without RdsQueueBroker says so
--SKIPIF--
<?php if (class_exists('oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker', false)) die('skip RdsQueueBroker is built'); ?>
--FILE--
<?php
try {
    (new oat\taoTaskQueue\scripts\tools\BrokerFactory())->create('rds', 'default', 10);
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
Broker "rds" needs oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker, which this build of taskqueue does not provide.
