--TEST--
SqsQueueBroker: TAO's constructor ($cacheServiceId, $receiveTasks = 1) and the older ($awsProfile, $cacheServiceId, $receiveTasks) of the seed README; settings and __toPhpCode() (no server needed)
--INI--
pcre.jit=0
--FILE--
<?php
use oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker;
use oat\tao\model\taskQueue\Queue\Broker\AbstractQueueBroker;
use oat\tao\model\taskQueue\TaskLog\TaskLogAwareInterface;

var_dump(SqsQueueBroker::DEFAULT_AWS_CLIENT_KEY, SqsQueueBroker::ID);
var_dump(is_subclass_of(SqsQueueBroker::class, AbstractQueueBroker::class),
         is_subclass_of(SqsQueueBroker::class, TaskLogAwareInterface::class));

echo "current form:\n";
$b = new SqsQueueBroker('generis/cache', 5);
var_dump($b->getBrokerId(), $b->getNumberOfTasksToReceive(), $b->getLeaseTime(), $b->getWaitTime());
echo $b->__toPhpCode(), "\n";
$b = new SqsQueueBroker('generis/cache');
var_dump($b->getNumberOfTasksToReceive());
echo $b->__toPhpCode(), "\n";
echo "receive is capped at 10 (SQS's limit), as TAO:\n";
$b = new SqsQueueBroker('generis/cache', 25);
var_dump($b->getNumberOfTasksToReceive());
echo $b->__toPhpCode(), "\n";
$b = new SqsQueueBroker('generis/cache', '3');
var_dump($b->getNumberOfTasksToReceive());

echo "old form (profile, cache, receive), and with two strings:\n";
$b = new SqsQueueBroker('default', 'generis/cache', 10);
var_dump($b->getNumberOfTasksToReceive());
echo $b->__toPhpCode(), "\n";
$b = new SqsQueueBroker('dev', 'generis/cache');
var_dump($b->getNumberOfTasksToReceive());
echo $b->__toPhpCode(), "\n";
var_dump(eval('return ' . $b->__toPhpCode() . ';') instanceof SqsQueueBroker);

echo "settings of ours, written back as chained calls when not the defaults:\n";
$b = (new SqsQueueBroker('generis/cache', 4))->setLeaseTime(900)->setWaitTime(5);
var_dump($b->getLeaseTime(), $b->getWaitTime());
echo $code = $b->__toPhpCode(), "\n";
$again = eval("return $code;");
var_dump($again->getLeaseTime(), $again->getWaitTime(), $again->getNumberOfTasksToReceive());

echo "the default lease is the ini setting taskqueue.lease_time:\n";
ini_set('taskqueue.lease_time', '120');
$b = new SqsQueueBroker('generis/cache', 2);
var_dump($b->getLeaseTime());
echo $b->__toPhpCode(), "\n";
ini_restore('taskqueue.lease_time');

echo "errors:\n";
foreach ([
    fn() => new SqsQueueBroker(''),
    fn() => new SqsQueueBroker(null, 2),
    fn() => new SqsQueueBroker('', 'generis/cache', 10),
    fn() => new SqsQueueBroker('default', '', 10),
    fn() => new SqsQueueBroker(['x'], 1),
    fn() => (new SqsQueueBroker('c'))->setLeaseTime(0),
    fn() => (new SqsQueueBroker('c'))->setLeaseTime(43201),
    fn() => (new SqsQueueBroker('c'))->setWaitTime(21),
    fn() => (new SqsQueueBroker('c'))->setWaitTime(-1),
    fn() => (new SqsQueueBroker('c'))->count(),
] as $f) {
    try {
        $f();
        echo "no exception\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

echo "the Task Log used for undecodable messages:\n";
$b = new SqsQueueBroker('generis/cache');
var_dump($b->getTaskLog());
$log = new oat\tao\model\taskQueue\TaskLog([oat\tao\model\taskQueue\TaskLog::OPTION_TASK_LOG_BROKER => new oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker()]);
var_dump($b->setTaskLog($log) === $b, $b->getTaskLog() === $log);

echo "a clone has nothing claimed and the same settings:\n";
$c = clone (new SqsQueueBroker('generis/cache', 7))->setLeaseTime(30);
var_dump($c->getNumberOfTasksToReceive(), $c->getLeaseTime(), $c->hasPreFetchedMessages(), $c->getRequestCount());
?>
--EXPECT--
string(17) "generis/awsClient"
string(3) "sqs"
bool(true)
bool(true)
current form:
string(3) "sqs"
int(5)
int(60)
int(20)
new \oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker('generis/cache', 5)
int(1)
new \oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker('generis/cache', 1)
receive is capped at 10 (SQS's limit), as TAO:
int(10)
new \oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker('generis/cache', 10)
int(3)
old form (profile, cache, receive), and with two strings:
int(10)
new \oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker('default', 'generis/cache', 10)
int(1)
new \oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker('dev', 'generis/cache', 1)
bool(true)
settings of ours, written back as chained calls when not the defaults:
int(900)
int(5)
(new \oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker('generis/cache', 4))->setLeaseTime(900)->setWaitTime(5)
int(900)
int(5)
int(4)
the default lease is the ini setting taskqueue.lease_time:
int(120)
new \oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker('generis/cache', 2)
errors:
InvalidArgumentException: Cache Service needs to be set for oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker
InvalidArgumentException: Cache Service needs to be set for oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker
InvalidArgumentException: AWS profile needs to be set for oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker (the old form: profile, cache service id, number of tasks to receive)
InvalidArgumentException: Cache Service needs to be set for oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker
InvalidArgumentException: oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker: the cache service must be a service id or an object, array given
ValueError: oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker::setLeaseTime(): Argument #1 ($seconds) must be between 1 and 43200 (seconds, SQS's longest visibility), 0 given
ValueError: oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker::setLeaseTime(): Argument #1 ($seconds) must be between 1 and 43200 (seconds, SQS's longest visibility), 43201 given
ValueError: oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker::setWaitTime(): Argument #1 ($seconds) must be between 0 and 20 (seconds, SQS's longest poll), 21 given
ValueError: oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker::setWaitTime(): Argument #1 ($seconds) must be between 0 and 20 (seconds, SQS's longest poll), -1 given
LogicException: oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker: no queue name is set (give the broker to a Queue, or call setQueueName())
the Task Log used for undecodable messages:
NULL
bool(true)
bool(true)
a clone has nothing claimed and the same settings:
int(7)
int(30)
bool(false)
int(0)
