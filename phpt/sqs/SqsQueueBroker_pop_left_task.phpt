--TEST--
SqsQueueBroker: a task handed out and neither acknowledged nor given back (the worker left it: no Task Log row yet) is renewed only until the next pop(); then SQS hands it out again when its lease ends
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/sqs.inc';
use oat\tao\model\taskQueue\Worker\OneTimeWorker;

$name = sqs_queue('left');
[$queue, $broker, $log, $logger] = sqs_setup($name, 1, 0);
$broker->setLeaseTime(1);
$dir = sqs_tmpdir('left');
// pushed without its Task Log row (TAO's producers write the message first)
var_dump($broker->push(sqs_task('left-1', ['dir' => $dir, 'n' => 1])));

$worker = new OneTimeWorker($queue, $log);
$worker->setLogger($logger);
$worker->run();
echo "not run, not acknowledged: ", sqs_runs($dir, '1'), " run, status ", $log->getStatus('left-1'), "\n";
usleep(1500000);
echo "still renewed while no other task was asked for: ", var_export($queue->dequeue() === null, true), "\n";
echo "that pop() ended the renewals; after the lease it comes again:\n";
$broker->setWaitTime(3);
$log->add(sqs_task('left-1'), 'enqueued');   // the producer's row arrives meanwhile
$t = $queue->dequeue();
var_dump($t?->getId());
var_dump($worker->processTask($t), sqs_runs($dir, '1'), $queue->count());
echo implode("\n", preg_replace(['/[0-9a-f-]{36}/', "/$name/"], ['ID', 'NAME'], $logger->grep('/left-1|delivery|error/'))), "\n";
sqs_rmdir($dir);
?>
--EXPECT--
bool(true)
not run, not acknowledged: 0 run, status unknown
still renewed while no other task was asked for: true
that pop() ended the renewals; after the lease it comes again:
string(6) "left-1"
string(9) "completed"
int(1)
int(0)
[info] Processing task  [left-1]
[error] Task left-1 cannot be claimed: the task log does not know its status; the message is left in the queue.
[info] Message ID of TQ_NAME is a re-delivery (delivery 2).
[info] Processing task  [left-1]
[info] Task left-1 has been processed.
