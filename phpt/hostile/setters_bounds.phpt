--TEST--
Setters of durations and counts have bounds: setLeaseTime() of both brokers takes 1..43200 s like ini taskqueue.lease_time; LongRunningWorker's time and memory limits refuse values that overflow once turned into ms or bytes; a value in range is kept
--ENV--
AWS_REGION=eu-west-1
AWS_ACCESS_KEY_ID=x
AWS_SECRET_ACCESS_KEY=y
AWS_ENDPOINT_URL_SQS=http://127.0.0.1:9
--FILE--
<?php
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;
use oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker;
use oat\taoTaskQueue\model\LongRunningWorker;
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;

$rds = (new ReflectionClass(RdsQueueBroker::class))->newInstanceWithoutConstructor();
$sqs = (new ReflectionClass(SqsQueueBroker::class))->newInstanceWithoutConstructor();
$w = new LongRunningWorker(new Queue('q', new InMemoryQueueBroker()), new TaskLog(['task_log_broker' => new InMemoryTaskLogBroker()]), false);
$cases = [
    'RdsQueueBroker::setLeaseTime' => [[$rds, 'setLeaseTime'], [0, -1, 43201, PHP_INT_MAX, PHP_INT_MIN, 1, 43200]],
    'SqsQueueBroker::setLeaseTime' => [[$sqs, 'setLeaseTime'], [0, -1, 43201, PHP_INT_MAX, 1, 43200]],
    'setTimeLimit' => [[$w, 'setTimeLimit'], [-1, PHP_INT_MAX, 31622401, 0, 31622400]],
    'setMemoryLimit' => [[$w, 'setMemoryLimit'], [-1, PHP_INT_MAX, 17592186044416, 16777217, 0, 16777216]],
];
foreach ($cases as $what => [$call, $values]) {
    foreach ($values as $v) {
        try {
            $call($v);
            echo "$what($v): kept\n";
        } catch (Throwable $e) {
            echo "$what($v): ", get_class($e), ': ', $e->getMessage(), "\n";
        }
    }
}
?>
--EXPECT--
RdsQueueBroker::setLeaseTime(0): ValueError: oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker::setLeaseTime(): Argument #1 ($seconds) must be between 1 and 43200 seconds, 0 given
RdsQueueBroker::setLeaseTime(-1): ValueError: oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker::setLeaseTime(): Argument #1 ($seconds) must be between 1 and 43200 seconds, -1 given
RdsQueueBroker::setLeaseTime(43201): ValueError: oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker::setLeaseTime(): Argument #1 ($seconds) must be between 1 and 43200 seconds, 43201 given
RdsQueueBroker::setLeaseTime(9223372036854775807): ValueError: oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker::setLeaseTime(): Argument #1 ($seconds) must be between 1 and 43200 seconds, 9223372036854775807 given
RdsQueueBroker::setLeaseTime(-9223372036854775808): ValueError: oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker::setLeaseTime(): Argument #1 ($seconds) must be between 1 and 43200 seconds, -9223372036854775808 given
RdsQueueBroker::setLeaseTime(1): kept
RdsQueueBroker::setLeaseTime(43200): kept
SqsQueueBroker::setLeaseTime(0): ValueError: oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker::setLeaseTime(): Argument #1 ($seconds) must be between 1 and 43200 (seconds, SQS's longest visibility), 0 given
SqsQueueBroker::setLeaseTime(-1): ValueError: oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker::setLeaseTime(): Argument #1 ($seconds) must be between 1 and 43200 (seconds, SQS's longest visibility), -1 given
SqsQueueBroker::setLeaseTime(43201): ValueError: oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker::setLeaseTime(): Argument #1 ($seconds) must be between 1 and 43200 (seconds, SQS's longest visibility), 43201 given
SqsQueueBroker::setLeaseTime(9223372036854775807): ValueError: oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker::setLeaseTime(): Argument #1 ($seconds) must be between 1 and 43200 (seconds, SQS's longest visibility), 9223372036854775807 given
SqsQueueBroker::setLeaseTime(1): kept
SqsQueueBroker::setLeaseTime(43200): kept
setTimeLimit(-1): InvalidArgumentException: LongRunningWorker::setTimeLimit(): must be 0 (no limit) to 31622400, -1 given
setTimeLimit(9223372036854775807): InvalidArgumentException: LongRunningWorker::setTimeLimit(): must be 0 (no limit) to 31622400, 9223372036854775807 given
setTimeLimit(31622401): InvalidArgumentException: LongRunningWorker::setTimeLimit(): must be 0 (no limit) to 31622400, 31622401 given
setTimeLimit(0): kept
setTimeLimit(31622400): kept
setMemoryLimit(-1): InvalidArgumentException: LongRunningWorker::setMemoryLimit(): must be 0 (no limit) to 16777216, -1 given
setMemoryLimit(9223372036854775807): InvalidArgumentException: LongRunningWorker::setMemoryLimit(): must be 0 (no limit) to 16777216, 9223372036854775807 given
setMemoryLimit(17592186044416): InvalidArgumentException: LongRunningWorker::setMemoryLimit(): must be 0 (no limit) to 16777216, 17592186044416 given
setMemoryLimit(16777217): InvalidArgumentException: LongRunningWorker::setMemoryLimit(): must be 0 (no limit) to 16777216, 16777217 given
setMemoryLimit(0): kept
setMemoryLimit(16777216): kept
