--TEST--
SqsQueueBroker: a task that runs longer than its lease (2 s lease, 5 s blocked in one call) stays invisible, renewed by the heartbeat thread, and is never handed to a second process
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/sqs.inc';
use oat\tao\model\taskQueue\Worker\OneTimeWorker;

$name = sqs_queue('vis');
[$queue, $broker, $log, $logger] = sqs_setup($name, 1, 0);
$broker->setLeaseTime(2);
$dir = sqs_tmpdir('vis');
$queue->enqueue(sqs_task('vis-1', ['dir' => $dir, 'n' => '1', 'sleep' => 5]));

$task = $queue->dequeue();
var_dump($task->getId());

// another worker process polls the same queue for 7 s
$child = new SqsChild($dir, '
$b = new oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker(new GenerisCache(), 1);
$b->setQueueName(' . var_export($name, true) . ')->setWaitTime(1);
$got = 0;
$end = microtime(true) + 7;
while (microtime(true) < $end) {
    if ($t = $b->pop()) {
        $got++;
        echo "received ", $t->getId(), "\n";
    }
}
echo "received $got\n";
');

$before = $broker->getRequestCount();
$worker = new OneTimeWorker($queue, $log);
$t0 = microtime(true);
var_dump($worker->processTask($task));
$took = microtime(true) - $t0;
$renewals = $broker->getRequestCount() - $before - 1;   // the ack is one request
echo "ran longer than the lease: ", var_export($took > 4.5, true), "\n";
echo "visibility renewed every lease/3 meanwhile: ", var_export($renewals >= 5, true), "\n";

$child->wait(15);
echo "the other process: ", $child->out(), $child->err();
var_dump(sqs_runs($dir, '1'), $log->getStatus('vis-1'), $queue->count());
echo implode("\n", $logger->grep('/error|warning/')), "\n";
sqs_rmdir($dir);
?>
--EXPECT--
string(5) "vis-1"
string(9) "completed"
ran longer than the lease: true
visibility renewed every lease/3 meanwhile: true
the other process: received 0
int(1)
string(9) "completed"
int(0)
