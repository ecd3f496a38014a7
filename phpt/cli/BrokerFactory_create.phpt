--TEST--
BrokerFactory::create(): the memory broker, and TAO's messages for a missing persistence and an unknown broker; newsql needs a persistence as rds does (phpt/rds/NewSqlQueueBroker_tao_table.phpt builds one)
--FILE--
<?php
use oat\taoTaskQueue\scripts\tools\BrokerFactory;

var_dump(BrokerFactory::BROKER_MEMORY, BrokerFactory::BROKER_RDS, BrokerFactory::BROKER_NEW_SQL, BrokerFactory::BROKER_SQS);
$f = new BrokerFactory();
$b = $f->create('memory');
echo get_class($b), ' ', $b->getNumberOfTasksToReceive(), "\n";
echo $f->create(BrokerFactory::BROKER_MEMORY, 'ignored', 7)->__toPhpCode(), "\n";
var_dump($f->create('memory') !== $f->create('memory'));

foreach ([
    ['rds'], ['rds', null], ['rds', ''], ['rds', '0'], ['newsql'],
    ['RDS', 'default'], ['', 'default'], ['kafka'],
] as $args) {
    try {
        $f->create(...$args);
        echo "no exception\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
// the broker applies its own rule to the capacity (at least 1)
echo $f->create('memory', null, 0)->getNumberOfTasksToReceive(), "\n";
// it is also a service: a locator can be set
$f->setServiceLocator($l = new ArrayObject());
var_dump($f->getServiceLocator() === $l);
?>
--EXPECT--
string(6) "memory"
string(3) "rds"
string(6) "newsql"
string(3) "sqs"
oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker 1
new \oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker(7)
bool(true)
InvalidArgumentException: Persistence id (--persistence=...) needs to be set for SQL.
InvalidArgumentException: Persistence id (--persistence=...) needs to be set for SQL.
InvalidArgumentException: Persistence id (--persistence=...) needs to be set for SQL.
InvalidArgumentException: Persistence id (--persistence=...) needs to be set for SQL.
InvalidArgumentException: Persistence id (--persistence=...) needs to be set for SQL.
InvalidArgumentException: Broker "RDS" is not a valid broker option. Valid options: memory, rds, newsql, sqs
InvalidArgumentException: Broker "" is not a valid broker option. Valid options: memory, rds, newsql, sqs
InvalidArgumentException: Broker "kafka" is not a valid broker option. Valid options: memory, rds, newsql, sqs
1
bool(true)
