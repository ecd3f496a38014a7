--TEST--
StuckTaskSummary / StuckTaskRestart: generis-style options (-q value, --queue value, --queue=value); an unknown option, a stray token, a missing value, a missing required option, a bad number, a bad status, an empty whitelist, an unknown queue and a queue not on PostgreSQL are error reports naming the cause (exit 1); -h prints the usage (exit 0)
--FILE--
<?php
require __DIR__ . '/inc/root.inc';
$async = <<<'PHP'
<?php
use oat\tao\model\taskQueue\{Queue, QueueDispatcher};
return new QueueDispatcher([
    'queues' => [new Queue('a', new ArrayBroker())],
    'task_log' => 'tao/taskLog',
]);
PHP;
putenv('TASKQUEUE_ROOT=' . tq_root(['config/tao/taskQueue.conf.php' => $async, 'config/tao/taskLog.conf.php' => TQ_TASK_LOG_CONF]));
const SUMMARY = 'oat\taoTaskQueue\scripts\tools\StuckTaskSummary';
const RESTART = 'oat\taoTaskQueue\scripts\tools\StuckTaskRestart';

tq_cli(SUMMARY, '-q', 'a', '-w', 'Job', '--bogus', 'x');
tq_cli(SUMMARY, 'a');
tq_cli(SUMMARY, '-q', 'a', '-w');
tq_cli(SUMMARY, '-w', 'Job');
tq_cli(RESTART, '--queue', 'a');
tq_cli(SUMMARY, '-q', 'a', '-w', 'Job', '--age', '3m');
tq_cli(SUMMARY, '-q', 'a', '-w', 'Job', '-s', 'enqueued,completed');
tq_cli(SUMMARY, '-q', 'a', '--whitelist', ' , ');
tq_cli(SUMMARY, '-q', 'nope', '-w', 'Job');
tq_cli(RESTART, '--queue=a', '--whitelist=Job');
tq_cli(SUMMARY, '-h');

// the classes alone
use oat\taoTaskQueue\model\Repository\StuckTaskQuery;
$q = new StuckTaskQuery('a', [' Job ', '', 'Other'], ['enqueued', 'running'], 10);
var_dump($q->getQueryName(), $q->getWhitelist(), $q->getStatuses(), $q->getAge());
var_dump(abs($q->getAgeDateTime()->getTimestamp() - (time() - 180)) <= 1, $q->getAgeDateTime()->getTimezone()->getName());
var_dump((new StuckTaskQuery('a', ['Job'], ['enqueued'], 600))->getAge());
var_dump(oat\taoTaskQueue\model\Repository\StuckTaskRepository::MIN_AGE);
try {
    new StuckTaskQuery('a', ['Job'], ['child_running'], 0);
} catch (InvalidArgumentException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECTF--
Unknown option "--bogus". Valid options: -q, --queue <name>; -w, --whitelist <task FQCN,task FQCN>; -s, --statuses <enqueued,dequeued,running,failed>; --age <seconds, at least 180>; -h, --help
exit 1
Unexpected argument "a": options are written -q value or --queue value
exit 1
No value given for required argument 'whitelist'.
exit 1
Required argument 'queue' is missing.
exit 1
Required argument 'whitelist' is missing.
exit 1
Option "--age": "3m" is not a whole number (--age=<seconds, at least 180>)
exit 1
Only allowed statuses "enqueued, dequeued, running, failed" for stuck tasks. Provided: "completed"
exit 1
Stuck tasks names white list cannot be empty
exit 1
Queue "nope" does not exist.
exit 1
Broker array for queue a is not supported. Supported only oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker
exit 1
Summary of the stuck tasks of a queue: queued too long, or running with no live worker.
Required Arguments:
  -q, --queue <name>
  -w, --whitelist <task FQCN,task FQCN>
Optional Arguments:
  -s, --statuses <enqueued,dequeued,running,failed>
  --age <seconds, at least 180>
  -h, --help
exit 0
string(1) "a"
array(2) {
  [0]=>
  string(3) "Job"
  [1]=>
  string(5) "Other"
}
array(2) {
  [0]=>
  string(8) "enqueued"
  [1]=>
  string(7) "running"
}
int(180)
bool(true)
string(6) "+00:00"
int(600)
int(180)
InvalidArgumentException: Only allowed statuses "enqueued, dequeued, running, failed" for stuck tasks. Provided: "child_running"
