--TEST--
Queue::getBroker(): passes the queue's service locator when both exist; a queue without broker says so
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\Queue;

$locator = new \ArrayObject();

echo "broker with setServiceLocator, queue with a locator:\n";
$broker = new LocatorAwareBrokerDouble();
$q = new Queue('main', $broker);
Journal::$calls = [];
$q->getBroker();
Journal::dump();
var_dump($q->setServiceLocator($locator), $q->getServiceLocator() === $locator);
var_dump($q->getBroker() === $broker, $broker->locator === $locator);
Journal::$calls = [];
$q->count();
Journal::dump();

echo "broker without setServiceLocator: not called\n";
$q2 = new Queue('other', new BrokerDouble());
$q2->setServiceLocator($locator);
Journal::$calls = [];
$q2->count();
Journal::dump();

echo "no broker (built without constructor):\n";
$bare = (new \ReflectionClass(Queue::class))->newInstanceWithoutConstructor();
try {
    $bare->getBroker();
} catch (\LogicException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($bare->isSync(), $bare->getName(), $bare->getWeight());
?>
--EXPECT--
broker with setServiceLocator, queue with a locator:
NULL
bool(true)
bool(true)
bool(true)
  broker->setServiceLocator(ArrayObject)
  broker->count()
broker without setServiceLocator: not called
  broker->count()
no broker (built without constructor):
LogicException: Queue "" has no broker: it was built without its constructor and setBroker() was not called
bool(false)
string(0) ""
int(1)
