--TEST--
SqsQueueBroker: with receive 10, batched sends and batched deletes, a task costs at most 0.3 HTTP requests (TAO: 3); every task runs once and ends completed
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/sqs.inc';
use oat\tao\model\taskQueue\Worker\OneTimeWorker;

const N = 100;
$name = sqs_queue('ratio');
[$queue, $broker, $log, $logger] = sqs_setup($name, 10, 1);
$dir = sqs_tmpdir('ratio');
$start = $broker->getRequestCount();

$tasks = [];
for ($i = 0; $i < N; $i++) {
    $tasks[] = $t = sqs_task("ratio-$i", ['dir' => $dir, 'n' => $i]);
    $log->add($t, 'enqueued');
}
var_dump($broker->pushMany($tasks));
$pushed = $broker->getRequestCount() - $start;

$worker = new OneTimeWorker($queue, $log);
for ($i = 0; $i < N; $i++) {
    $worker->run();
}
$total = $broker->getRequestCount() - $start;
printf("requests: %d to enqueue, %d to receive and delete, %.2f per task\n", $pushed, $total - $pushed, $total / N);
var_dump($total / N <= 0.3);

$runs = $statuses = [];
for ($i = 0; $i < N; $i++) {
    $runs[sqs_runs($dir, (string) $i)] = ($runs[sqs_runs($dir, (string) $i)] ?? 0) + 1;
    $statuses[$log->getStatus("ratio-$i")] = ($statuses[$log->getStatus("ratio-$i")] ?? 0) + 1;
}
var_dump($runs, $statuses, $queue->count());
echo implode("\n", $logger->grep('/error|warning/')), "\n";
sqs_rmdir($dir);
?>
--EXPECT--
int(100)
requests: 10 to enqueue, 20 to receive and delete, 0.30 per task
bool(true)
array(1) {
  [1]=>
  int(100)
}
array(1) {
  ["completed"]=>
  int(100)
}
int(0)
