--TEST--
InMemoryTaskLogBroker: table name, PHP code, container, clone refused, logger and locator
--FILE--
<?php
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\TaskLogBrokerInterface;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBrokerInterface;

$b = new InMemoryTaskLogBroker();
var_dump($b instanceof TaskLogBrokerInterface, $b instanceof RdsTaskLogBrokerInterface);
var_dump($b->getTableName(), (new InMemoryTaskLogBroker(''))->getTableName(), (new InMemoryTaskLogBroker('My_Log'))->getTableName());
echo $b->__toPhpCode(), "\n";
echo (new InMemoryTaskLogBroker("it's\\odd"))->__toPhpCode(), "\n";
$code = (new InMemoryTaskLogBroker('other'))->__toPhpCode();
$made = eval("return $code;");
var_dump($made->getTableName());
var_dump($b->createContainer());
var_dump(TaskLogBrokerInterface::DEFAULT_CONTAINER_NAME, TaskLogBrokerInterface::COLUMN_MASTER_STATUS);

try {
    $c = clone $b;
} catch (\Error $e) {
    echo $e->getMessage(), "\n";
}

var_dump($b->getLogger(), $b->getServiceLocator());
$logger = new stdClass;
$b->setLogger($logger);
$b->setServiceLocator($logger);
var_dump($b->getLogger() === $logger, $b->getServiceLocator() === $logger);

// a subclass keeps its own store
class MyBroker extends InMemoryTaskLogBroker {}
$m = new MyBroker('x');
var_dump($m->getStatus('a'), $m->__toPhpCode());
?>
--EXPECT--
bool(true)
bool(false)
string(11) "tq_task_log"
string(11) "tq_task_log"
string(9) "tq_my_log"
new \oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker('task_log')
new \oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker('it\'s\\odd')
string(8) "tq_other"
NULL
string(8) "task_log"
string(13) "master_status"
Trying to clone an uncloneable object of class oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker
NULL
NULL
bool(true)
bool(true)
string(7) "unknown"
string(18) "new \MyBroker('x')"
