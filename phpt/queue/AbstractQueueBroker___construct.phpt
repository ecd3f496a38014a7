--TEST--
AbstractQueueBroker: receive count stored as abs(int) with a minimum of 1; __toPhpCode(); getBrokerId() is static::ID
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\Queue\Broker\AbstractQueueBroker;
use oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker;

class PlainBroker extends AbstractQueueBroker
{
    const ID = 'plain';
    public function createQueue() {}
    public function push(\oat\tao\model\taskQueue\Task\TaskInterface $task) { return true; }
    public function count(): int { return 0; }
    protected function doPop() {}
    protected function doDelete(mixed $id, array $logContext = []) {}
}
class NoIdBroker extends PlainBroker {}
class OtherIdBroker extends PlainBroker { const ID = 'other'; }

foreach ([null, 5, -5, 0, '3', 2.7, 'x'] as $n) {
    $b = $n === null ? new PlainBroker() : new PlainBroker($n);
    echo json_encode($n), ' => ', $b->getNumberOfTasksToReceive(), ' ', $b->__toPhpCode(), "\n";
}
echo (new InMemoryQueueBroker(-2))->__toPhpCode(), "\n";

var_dump((new PlainBroker())->getBrokerId(), (new OtherIdBroker())->getBrokerId(), (new NoIdBroker())->getBrokerId());

try {
    (new \ReflectionClass(AbstractQueueBroker::class))->newInstance();
} catch (\Error $e) {
    echo $e->getMessage(), "\n";
}

// logger and service locator accessors
$b = new PlainBroker();
var_dump($b->getLogger(), $b->getServiceLocator());
$o = new \stdClass();
$b->setLogger($o);
$b->setServiceLocator($o);
var_dump($b->getLogger() === $o, $b->getServiceLocator() === $o);
?>
--EXPECT--
null => 1 new \PlainBroker(1)
5 => 5 new \PlainBroker(5)
-5 => 5 new \PlainBroker(5)
0 => 1 new \PlainBroker(1)
"3" => 3 new \PlainBroker(3)
2.7 => 2 new \PlainBroker(2)
"x" => 1 new \PlainBroker(1)
new \oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker(2)
string(5) "plain"
string(5) "other"
string(5) "plain"
Cannot instantiate abstract class oat\tao\model\taskQueue\Queue\Broker\AbstractQueueBroker
NULL
NULL
bool(true)
bool(true)
