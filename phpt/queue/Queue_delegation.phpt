--TEST--
Queue: initialize/acknowledge/count/getNumberOfTasksToReceive/hasPreFetchedMessages/isSync go to the broker
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker;

$broker = new BrokerDouble();
$q = new Queue('main', $broker);
$broker->messages = [new TaskDouble('a', ''), new TaskDouble('b', '')];
Journal::$calls = [];

var_dump($q->count(), count($q));
$q->initialize();
var_dump($q->count());
var_dump($q->acknowledge(new TaskDouble('x', '')));
var_dump($q->getNumberOfTasksToReceive());
var_dump($q->hasPreFetchedMessages());
Journal::dump();

var_dump($q->isSync(), (new Queue('sync', new InMemoryQueueBroker()))->isSync());
var_dump($q instanceof \oat\tao\model\taskQueue\QueueInterface,
         $q instanceof \oat\tao\model\taskQueue\TaskLog\TaskLogAwareInterface, Queue::LOCK_PREFIX);
?>
--EXPECT--
int(2)
int(2)
int(0)
NULL
int(7)
bool(true)
  broker->count()
  broker->count()
  broker->createQueue()
  broker->count()
  broker->delete(task:x)
  broker->getNumberOfTasksToReceive()
  broker->hasPreFetchedMessages()
bool(false)
bool(true)
bool(true)
bool(true)
string(15) "taskqueue_lock_"
