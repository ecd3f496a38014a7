--TEST--
SqsQueueBroker under LongRunningWorker: SIGTERM cuts the 20 s long poll of an idle worker short; the process exits 0 within a second
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/sqs.inc';

$name = sqs_queue('lrwsig');
[$queue] = sqs_setup($name, 10, 20);
$dir = sqs_tmpdir('lrwsig');
$child = new SqsChild($dir, '
use oat\taoTaskQueue\model\LongRunningWorker;
$broker = new oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker(new GenerisCache(), 10);
$queue = new oat\tao\model\taskQueue\Queue(' . var_export($name, true) . ', $broker);
$log = sqs_task_log();
$queue->setTaskLog($log);
$worker = new LongRunningWorker($queue, $log);
$worker->setLogger(new SqsFileLogger(' . var_export("$dir/worker.log", true) . '));
$worker->run();
// the queue URL, then the long poll (a slow machine may still be before it: one)
echo "handled ", $worker->getProcessedCount(), ", requests 1-2: ", var_export(in_array($broker->getRequestCount(), [1, 2], true), true), ", wait ", $broker->getWaitTime(), " s\n";
');
var_dump(sqs_wait_until(fn() => str_contains((string) @file_get_contents("$dir/worker.log"), 'Starting LongRunningWorker.'), 10));
usleep(1500000);   // well inside its first 20 s receive
$sent = $child->signal(SIGTERM);
var_dump($child->wait(10));
echo "exit status $child->exitCode, within 1 s: ", var_export($child->exitedAt - $sent < 1.0 * sqs_slack(), true), "\n";
echo $child->out(), $child->err();
echo implode("", preg_grep('/^debug:/', file("$dir/worker.log"), PREG_GREP_INVERT));
sqs_rmdir($dir);
?>
--EXPECT--
bool(true)
bool(true)
exit status 0, within 1 s: true
handled 0, requests 1-2: true, wait 20 s
info: Starting LongRunningWorker.
info: TERM/INT/QUIT received; shutting down gracefully...
info: LongRunningWorker finished.
