--TEST--
TaskQueue\RetryPolicy: every setting checked with a message naming it; toArray()/fromArray() round trip; getDelay() grows by the multiplier up to the cap; AbstractTask::setRetryPolicy() keeps it in metadata __retry__ (JSON readable by TAO's code) and getRetryPolicy() reads it back; createTask()'s 'retry' option takes a policy or its array form and a bad one queues nothing; on a sync queue the policy is not applied (a warning says why) and the task fails as in TAO
--FILE--
<?php
use TaskQueue\RetryPolicy;
use oat\tao\model\taskQueue\{Queue, QueueDispatcher, TaskLog};
use oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;
use oat\tao\model\taskQueue\Task\CallbackTask;

foreach ([fn() => new RetryPolicy(0), fn() => new RetryPolicy(101), fn() => new RetryPolicy(3, -1),
          fn() => new RetryPolicy(3, 10, 5), fn() => new RetryPolicy(3, 1, 60, 0.5), fn() => new RetryPolicy(3, 1, 60, 2, 2),
          fn() => new RetryPolicy(3, NAN), fn() => new RetryPolicy(3, 1, 60, 2, 0.5, ['Not A Class']),
          fn() => new RetryPolicy(3, 1, 60, 2, 0.5, [42]), fn() => RetryPolicy::fromArray(['attempts' => 3, 'tries' => 2]),
          fn() => RetryPolicy::fromArray(['attempts' => '3']), fn() => RetryPolicy::fromArray(['retry_on' => 'E'])] as $bad) {
    try {
        $bad();
        echo "accepted\n";
    } catch (InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}
$p = new RetryPolicy(5, 0.5, 3.0, 3.0, 0.25, ['\RuntimeException', 'PDOException']);
var_dump($p->toArray());
var_dump(RetryPolicy::fromArray($p->toArray()) == $p, $p->getAttempts());
echo implode(' ', array_map(fn($n) => $p->getDelay($n), [1, 2, 3, 4])), "\n";
try {
    $p->getDelay(0);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}

$t = new CallbackTask('t1', 'me');
var_dump($t->getRetryPolicy());
$t->setRetryPolicy(new RetryPolicy(2, 1, 1, 1, 0));
echo json_encode(json_decode(json_encode($t), true)['metadata']['__retry__']), "\n";
var_dump($t->getRetryPolicy()->getAttempts());
$t->setRetryPolicy(null);
var_dump(array_key_exists('__retry__', json_decode(json_encode($t), true)['metadata']));

class Logger
{
    public function __call($level, $args) { if ($level !== 'debug' && $level !== 'info') echo "[$level] ", $args[0], "\n"; }
}
$log = new TaskLog(['task_log_broker' => new InMemoryTaskLogBroker()]);
$q = new Queue('sync', new InMemoryQueueBroker());
$d = new QueueDispatcher(['queues' => [$q], 'task_log' => $log]);
$d->setLogger(new Logger());
try {
    $d->createTask(fn() => 1, [], 'bad', null, false, ['retry' => ['attempts' => 2, 'jitter' => 3]]);
} catch (InvalidArgumentException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo 'queued: ', count($log->findAvailableByUser('anonymous') ?? []), "\n";
class Boom { public function __invoke() { throw new RuntimeException('boom'); } }
ini_set('taskqueue.allowed_callables', 'Boom');
$task = $d->createTask(new Boom(), [], 'sync', null, false, ['retry' => new RetryPolicy(3)]);
echo 'sync: ', $log->getStatus($task->getId()), "\n";
?>
--EXPECTF--
RetryPolicy: retry policy: attempts must be an integer from 1 to 100
RetryPolicy: retry policy: attempts must be an integer from 1 to 100
RetryPolicy: retry policy: backoff must be from 0 to 86400 seconds (-1 given)
RetryPolicy: retry policy: max_backoff must be from backoff (10) to 31622400 seconds (5 given)
RetryPolicy: retry policy: multiplier must be from 1 to 10 (0.5 given)
RetryPolicy: retry policy: jitter must be from 0 to 1 (2 given)
RetryPolicy: retry policy: backoff must be a finite number
RetryPolicy: retry policy: retry_on names a class as "Not A Class", which is not a class name
RetryPolicy: retry policy: retry_on[0] must be a class name
RetryPolicy::fromArray(): retry policy: unknown key "tries" (known: attempts, backoff, multiplier, max_backoff, jitter, retry_on)
RetryPolicy::fromArray(): retry policy: attempts must be an integer from 1 to 100
RetryPolicy::fromArray(): retry policy: retry_on must be a list of class names
array(6) {
  ["attempts"]=>
  int(5)
  ["backoff"]=>
  float(0.5)
  ["multiplier"]=>
  float(3)
  ["max_backoff"]=>
  float(3)
  ["jitter"]=>
  float(0.25)
  ["retry_on"]=>
  array(2) {
    [0]=>
    string(16) "RuntimeException"
    [1]=>
    string(12) "PDOException"
  }
}
bool(true)
int(5)
0.5 1.5 3 3
TaskQueue\RetryPolicy::getDelay(): Argument #1 ($attempt) must be from 1 to 100
NULL
{"attempts":2,"backoff":1,"multiplier":1,"max_backoff":1,"jitter":0,"retry_on":[]}
int(2)
bool(false)
InvalidArgumentException: createTask() option "retry": retry policy: jitter must be from 0 to 1 (3 given)
queued: 0
[error] Executing task %s failed with MSG: boom [RuntimeException]
[warning] The retry policy of task %s is not applied: a sync queue runs each task once.
sync: failed
