--TEST--
SqsQueueBroker: a message whose delete failed (5xx through the fault proxy) comes back after its lease; its task is completed, so the next worker acknowledges it without running it again
--CONFLICTS--
sqs-fault-proxy
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/sqs.inc';
use oat\tao\model\taskQueue\Worker\OneTimeWorker;

putenv('AWS_ENDPOINT_URL_SQS=' . sqs_proxy());
sqs_faults('500', 0);
$name = sqs_queue('redeliver');
$log = sqs_task_log();
[$queue, $broker, , $logger] = sqs_setup($name, 1, 1, $log);
$broker->setLeaseTime(2);
$dir = sqs_tmpdir('redeliver');
$queue->enqueue(sqs_task('again-1', ['dir' => $dir, 'n' => '1']));

echo "worker 1 runs the task; its DeleteMessage fails 5 times (the client's retries):\n";
$task = $queue->dequeue();
sqs_faults('500', 5);
var_dump((new OneTimeWorker($queue, $log))->processTask($task));
var_dump(sqs_proxy_stats()['faulted'], sqs_runs($dir, '1'), $log->getStatus('again-1'));
echo implode("\n", preg_replace('/ in [0-9.]+ s;/', ' in N s;', $logger->grep('/error|warning/'))), "\n";

echo "worker 2, another broker, after the lease: the task is not run again, the message is deleted:\n";
[$queue2, $broker2, , $logger2] = sqs_setup($name, 1, 5, $log);
$worker2 = new OneTimeWorker($queue2, $log);
$worker2->setLogger($logger2);
$worker2->run();
var_dump(sqs_runs($dir, '1'), $log->getStatus('again-1'));
echo implode("\n", $logger2->grep('/delivery|already/')), "\n";
$broker2->setWaitTime(3);
var_dump($queue2->dequeue(), $queue2->count());
sqs_rmdir($dir);
?>
--EXPECTF--
worker 1 runs the task; its DeleteMessage fails 5 times (the client's retries):
string(9) "completed"
int(5)
int(1)
string(9) "completed"
[error] Deleting 1 acknowledged message(s) from SQS queue TQ_%s failed: SQS DeleteMessage on queue TQ_%s failed after 5 tries in N s; last error: InternalError: Internal error (injected by the fault proxy). They come back when their lease ends and are then acknowledged without running again.
worker 2, another broker, after the lease: the task is not run again, the message is deleted:
int(1)
string(9) "completed"
[info] Message %s of TQ_%s is a re-delivery (delivery 2).
[info] Task again-1 is already completed: this delivery is acknowledged without running it.
NULL
int(0)
