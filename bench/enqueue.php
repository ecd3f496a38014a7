<?php
/* php bench/enqueue.php --queue=bench --count=N --mode=single|bulk [--batch=1000]
 * single: QueueDispatcher::createTask() one at a time (as TAO's controllers do);
 * bulk:   RdsQueueBroker::pushMany() in batches (ours).
 * Prints "enqueue: <n> tasks in <s> s". */
namespace oat\taskQueueBench;

use oat\tao\model\taskQueue\Task\CallbackTask;

require __DIR__ . '/common.php';
$name = opt($argv, 'queue', 'bench');
$n = (int) opt($argv, 'count', 1000);
$mode = opt($argv, 'mode', 'single');
$batch = (int) opt($argv, 'batch', 1000);
$log = taskLog();
$queue = queue($name, 1, $log);
$dispatcher = dispatcher($queue, $log);
$action = new NoOpAction();

$t0 = hrtime(true);
if ($mode === 'single') {
    for ($i = 0; $i < $n; $i++) {
        $dispatcher->createTask($action, [], 'No-op benchmark task');
    }
} else {
    // A clone gets a fresh task id (and creation time): the cheapest way to mint ids.
    $template = (new CallbackTask('http://bench.tao.local/tao.rdf#i0', ''))
        ->setCallable($action)->setLabel('No-op benchmark task')->setMasterStatus(false);
    $broker = $queue->getBroker();
    for ($done = 0; $done < $n; $done += $batch) {
        $tasks = [];
        for ($i = $done; $i < min($n, $done + $batch); $i++) {
            $tasks[] = clone $template;
        }
        $broker->pushMany($tasks);
    }
}
$s = (hrtime(true) - $t0) / 1e9;
printf("enqueue: %d tasks in %.3f s\n", $n, $s);
