<?php
/* php bench/worker.php --queue=bench --receive=10 [--idle]
 * php bench/worker.php --queues=wake_a:90,wake_b:30,wake_c:10 --idle
 * php bench/worker.php --queue=bench --receive=10 --pool=8   (RunWorker --processes=8 --stop-when-empty)
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
if ($pool = (int) opt($argv, 'pool', 0)) {
    // RunWorker --processes: the workers forked from this process once it has started
    $services = ['tao/taskQueue' => $spec ? $queue : dispatcher($queue, $log), 'tao/taskLog' => $log];
    $tool = new \oat\taoTaskQueue\scripts\tools\RunWorker();
    $tool->setServiceLocator(new class ($services) {
        public function __construct(private array $services) {}
        public function has(string $id): bool { return isset($this->services[$id]); }
        public function get(string $id): object { return $this->services[$id]; }
    });
    $t0 = hrtime(true);
    $args = ["--processes=$pool", '--stop-when-empty'];
    $report = $tool($spec ? $args : array_merge($args, ["--queue=$name"]));
    $report = is_array($report) ? $report : ['type' => $report->getType(), 'message' => $report->getMessage()];
    printf("work: pool of %d: %s in %.3f s\n", $pool, $report['message'], (hrtime(true) - $t0) / 1e9);
    exit($report['type'] === 'error' ? 1 : 0);
}
$worker = new LongRunningWorker($queue, $log, true);
$worker->stopWhenEmpty(!opt($argv, 'idle', false));
$t0 = hrtime(true);
$worker->run();
printf("work: %d tasks in %.3f s\n", $worker->getProcessedCount(), (hrtime(true) - $t0) / 1e9);
