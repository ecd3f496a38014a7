--TEST--
TaskLog: add/setStatus/getStatus; an invalid status throws, naming it (TAO only logged it)
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;

$log = new TaskLog(['task_log_broker' => new InMemoryTaskLogBroker()]);
$log->setLogger(new TaskLogTest\EchoLogger());

$log->add(TaskLogTest\task('t1'), 'enqueued');
var_dump($log->getStatus('t1'), $log->getStatus('missing'));

foreach ([
    fn() => $log->add(TaskLogTest\task('t2'), 'queued'),
    fn() => $log->add(TaskLogTest\task('t2'), 'unknown'),
    fn() => $log->add(TaskLogTest\task('t2'), null),
    fn() => $log->setStatus('t1', 'done'),
    fn() => $log->setStatus('t1', 'running', 'waiting'),
    fn() => $log->setStatus('t1', ['running']),
] as $call) {
    try {
        $call();
        echo "accepted\n";
    } catch (\InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump($log->getStatus('t2'), $log->getStatus('t1'));

// the worker's guarded claim
var_dump($log->setStatus('t1', 'running', 'dequeued'));
var_dump($log->setStatus('t1', 'dequeued', 'enqueued'));
var_dump($log->setStatus('t1', 'running', 'dequeued'));
var_dump($log->getStatus('t1'));
var_dump($log->setStatus('missing', 'running'));

// a duplicate id: the broker refuses, TaskLog logs as TAO does
$log->add(TaskLogTest\task('t1'), 'enqueued');
var_dump($log->getStatus('t1'));
?>
--EXPECT--
string(8) "enqueued"
string(7) "unknown"
Status "queued" is not a valid task queue status.
Status "unknown" is not a valid task queue status.
Status must be a task queue status string, null given.
Status "done" is not a valid task queue status.
Status "waiting" is not a valid task queue status.
Status must be a task queue status string, array given.
string(7) "unknown"
string(8) "enqueued"
int(0)
int(1)
int(1)
string(7) "running"
int(0)
[error] Adding result for task t1 failed with MSG: Cannot add the task log: a task log row with id "t1" exists already
string(7) "running"
