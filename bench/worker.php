<?php
/* php bench/worker.php --queue=bench --receive=10 [--idle]
 * php bench/worker.php --queues=wake_a:90,wake_b:30,wake_c:10 --idle
 * A LongRunningWorker on a dedicated RDS queue, or on a dispatcher over several weighted ones. Without --idle it stops at the first empty
 * poll (like the baseline's --until-empty); with --idle it waits for work until SIGTERM.
 * Prints "work: <n> tasks in <s> s". */
namespace oat\taskQueueBench;

use oat\taoTaskQueue\model\LongRunningWorker;

require __DIR__ . '/common.php';
$name = opt($argv, 'queue', 'bench');
$receive = (int) opt($argv, 'receive', 1);
$log = taskLog();
$spec = opt($argv, 'queues', '');
$queue = $spec ? dispatcherOver(weightedQueues($spec, $receive, $log), $log) : queue($name, $receive, $log);
$worker = new LongRunningWorker($queue, $log, true);
$worker->stopWhenEmpty(!opt($argv, 'idle', false));
$t0 = hrtime(true);
$worker->run();
printf("work: %d tasks in %.3f s\n", $worker->getProcessedCount(), (hrtime(true) - $t0) / 1e9);
