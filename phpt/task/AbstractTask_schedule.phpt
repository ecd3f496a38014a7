--TEST--
AbstractTask delays, due times and uniqueness keys: metadata TAO's code carries as is; bad input (negative, absurd or non-integer delay, a time in the past or too far ahead, a key over 255 bytes, with NUL, empty; unknown createTask() options) is refused by an exception naming the problem; the in-memory sync queue refuses delayed and unique tasks, and nothing is queued or logged
--FILE--
<?php
use oat\tao\model\taskQueue\Task\CallbackTask;
use oat\tao\model\taskQueue\Task\AbstractTask;
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\QueueDispatcher;
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;
use oat\tao\model\taskQueue\TaskLog\TaskLogFilter;
use oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker;

function attempt(callable $f): void
{
    try {
        $f();
        echo "accepted\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

$t = new CallbackTask('t1', 'me');
var_dump($t->getRunAt(), $t->getUniqueKey());
$before = microtime(true);
$t->setDelay(90);
$due = (float) $t->getRunAt()->format('U.u');
echo 'delay 90 s: ', $due >= $before + 90 - 0.002 && $due <= microtime(true) + 90 ? 'due in 90 s' : "wrong ($due)", "\n";
echo 'metadata: ', $t->getMetadata(AbstractTask::JSON_METADATA_RUN_AT_KEY) === $t->getMetadata('__run_at__') ? 'under __run_at__' : 'missing', "\n";
$at = new DateTimeImmutable('2099-01-01 00:00:00.250', new DateTimeZone('Europe/Paris'));
attempt(fn () => $t->setRunAt($at));
$t->setRunAt($now = new DateTime());
echo 'run at now: ', $t->getRunAt()->format('Y-m-d H:i:s.v') === (clone $now)->setTimezone(new DateTimeZone('UTC'))->format('Y-m-d H:i:s.v') ? 'kept, UTC' : 'wrong', "\n";
$t->setDelay(0);
var_dump($t->getRunAt());
$t->setUniqueKey('import:42');
var_dump($t->getUniqueKey(), $t->getMetadata('__unique_key__'));
$json = json_decode(json_encode($t->setDelay(5)), true);
echo 'JSON keys: ', implode(',', array_keys($json['metadata'])), "\n";
$t->setUniqueKey(null)->setDelay(0);
var_dump($t->getUniqueKey());

echo "-- bad input\n";
attempt(fn () => $t->setDelay(-1));
attempt(fn () => $t->setDelay(366 * 86400 + 1));
attempt(fn () => $t->setDelay(PHP_INT_MAX));
attempt(fn () => $t->setDelay('soon'));
attempt(fn () => $t->setRunAt(new DateTime('-1 minute')));
attempt(fn () => $t->setRunAt(new DateTime('+2 years')));
attempt(fn () => $t->setUniqueKey(str_repeat('k', 256)));
attempt(fn () => $t->setUniqueKey("a\0b"));
attempt(fn () => $t->setUniqueKey(''));
var_dump($t->getRunAt(), $t->getUniqueKey());
attempt(fn () => $t->setUniqueKey(str_repeat('k', 255)));

echo "-- in-memory sync queue\n";
$log = new TaskLog(['task_log_broker' => new InMemoryTaskLogBroker()]);
$d = new QueueDispatcher(['queues' => [new Queue('mem', new InMemoryQueueBroker())], 'task_log' => $log]);
$ran = 0;
$job = function () use (&$ran) { $ran++; return 'ok'; };
attempt(fn () => $d->createTask($job, [], null, null, false, ['delay' => 10]));
attempt(fn () => $d->createTask($job, [], null, null, false, ['uniqueKey' => 'k']));
attempt(fn () => $d->createTask($job, [], null, null, false, ['delay' => -5]));
attempt(fn () => $d->createTask($job, [], null, null, false, ['later' => 5]));
attempt(fn () => $d->createTask($job, [], null, null, false, ['delay' => 5, 'runAt' => new DateTime('+1 hour')]));
attempt(fn () => $d->getQueue('mem')->enqueue((new CallbackTask('t2', 'me'))->setCallable($job)->setRunAt(new DateTime('+1 hour'))));
echo 'ran: ', $ran, ', queued: ', count($d), ', logged: ', count($log->search(new TaskLogFilter())), "\n";
attempt(fn () => $d->createTask($job, [], null, null, false, ['delay' => 0]));
echo 'ran: ', $ran, "\n";
?>
--EXPECTF--
NULL
NULL
delay 90 s: due in 90 s
metadata: under __run_at__
InvalidArgumentException: a task cannot be scheduled more than 31622400 seconds (366 days) ahead
run at now: kept, UTC
NULL
string(9) "import:42"
string(9) "import:42"
JSON keys: __id__,__created_at__,__owner__,__unique_key__,__run_at__,__callable__
NULL
-- bad input
InvalidArgumentException: a task delay cannot be negative (-1 seconds given)
InvalidArgumentException: a task delay of 31622401 seconds is more than the limit of 31622400 seconds (366 days)
InvalidArgumentException: a task delay of %d seconds is more than the limit of 31622400 seconds (366 days)
TypeError: %s: Argument #1 ($seconds) must be of type int, string given
InvalidArgumentException: a task cannot be scheduled in the past (%d ms before now)
InvalidArgumentException: a task cannot be scheduled more than 31622400 seconds (366 days) ahead
InvalidArgumentException: a task uniqueness key of 256 bytes is longer than the limit of 255 bytes
InvalidArgumentException: a task uniqueness key cannot contain NUL bytes
InvalidArgumentException: a task uniqueness key cannot be empty
NULL
NULL
accepted
-- in-memory sync queue
LogicException: Queue "mem": oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker cannot take delayed or scheduled tasks; use RdsQueueBroker or SqsQueueBroker (nothing was queued)
LogicException: Queue "mem": oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker cannot take unique tasks; use RdsQueueBroker (nothing was queued)
InvalidArgumentException: a task delay cannot be negative (-5 seconds given)
InvalidArgumentException: createTask(): unknown option "later" (known: delay, runAt, uniqueKey, retry); nothing was queued
InvalidArgumentException: createTask(): give "delay" or "runAt", not both; nothing was queued
LogicException: Queue "mem": oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker cannot take delayed or scheduled tasks; use RdsQueueBroker or SqsQueueBroker (nothing was queued)
ran: 0, queued: 0, logged: 0
accepted
ran: 1
