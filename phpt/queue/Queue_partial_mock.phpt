--TEST--
Queue: a subclass overriding getBroker()/getTaskLog() (PHPUnit's partial mock of TAO's QueueTest) is honoured
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\Queue\Broker\QueueBrokerInterface;

/* Built without its constructor, like getMockBuilder(Queue::class)->disableOriginalConstructor(). */
class QueueMock extends Queue
{
    public array $count = ['getBroker' => 0, 'getTaskLog' => 0];
    public ?QueueBrokerInterface $brokerDouble = null;
    public mixed $taskLogDouble = null;

    public function getBroker(): QueueBrokerInterface { $this->count['getBroker']++; return $this->brokerDouble; }
    public function getTaskLog() { $this->count['getTaskLog']++; return $this->taskLogDouble; }
}

function mock(): QueueMock
{
    $m = (new \ReflectionClass(QueueMock::class))->newInstanceWithoutConstructor();
    $m->brokerDouble = new BrokerDouble();
    return $m;
}

echo "testEnqueueWhenTaskPushedOrNot / ShouldBeSuccessful\n";
$m = mock();
$m->taskLogDouble = new TaskLogDouble();
var_dump($m->enqueue(new TaskDouble('t1', '')), $m->count);

echo "testEnqueueWhenTaskPushedOrNot / ShouldBeFailed (mocked getTaskLog returns null)\n";
$m = mock();
$m->brokerDouble->pushReturns = false;
var_dump($m->enqueue(new TaskDouble('t2', '')), $m->count);

echo "testAcknowledgeShouldCallDeleteOnBroker\n";
$m = mock();
$m->acknowledge(new TaskDouble('t3', ''));
var_dump($m->count['getBroker']);

echo "testCountShouldCallCountOnBroker\n";
$m = mock();
$m->count();
var_dump($m->count['getBroker']);

echo "testInitializeShouldCallCreateQueueOnBroker\n";
$m = mock();
$m->initialize();
var_dump($m->count['getBroker']);
Journal::dump();

echo "testDequeueWhenTaskPoppedOrNot (TaskLog setStatus answering null, like an unconfigured mock)\n";
$broker = new LocatorAwareBrokerDouble();
$broker->messages = [new TaskDouble('a valid id', '')];
$subject = new Queue('name of the queue', $broker);
$log = new TaskLogDouble();
$log->setStatusReturns = null;
$logger = new LoggerDouble();
$subject->setTaskLog($log)->setLogger($logger);
Journal::$calls = [];
var_dump($subject->dequeue()->getId());
Journal::dump();
$logger->dump();
?>
--EXPECTF--
testEnqueueWhenTaskPushedOrNot / ShouldBeSuccessful
bool(true)
array(2) {
  ["getBroker"]=>
  int(1)
  ["getTaskLog"]=>
  int(1)
}
testEnqueueWhenTaskPushedOrNot / ShouldBeFailed (mocked getTaskLog returns null)
bool(false)
array(2) {
  ["getBroker"]=>
  int(1)
  ["getTaskLog"]=>
  int(1)
}
testAcknowledgeShouldCallDeleteOnBroker
int(1)
testCountShouldCallCountOnBroker
int(1)
testInitializeShouldCallCreateQueueOnBroker
int(1)
  log->add(task:t1, 'enqueued', NULL)
  broker->push(task:t1)
  broker->push(task:t2)
  broker->delete(task:t3)
  broker->count()
  broker->createQueue()
testDequeueWhenTaskPoppedOrNot (TaskLog setStatus answering null, like an unconfigured mock)
string(10) "a valid id"
  broker->pop()
  log->setStatus('a valid id', 'dequeued', 'enqueued')
  [info] Task a valid id has been dequeued {"PID":%d,"QueueName":"name of the queue"}
