<?php
/* php bench/latency.php --queue=lat --samples=200 --interval-ms=20
 * php bench/latency.php --queues=wake_a:90,wake_b:30,wake_c:10 --into=wake_c ...
 * With an idle worker already waiting on the queue (or on all of --queues, enqueueing into --into), enqueues one task at a time, each
 * carrying its enqueue time; the task body appends (start - enqueue) to BENCH_LATENCY_FILE.
 * Waits for every sample, then prints "latency: p50=<ms> p99=<ms> n=<n>". */
namespace oat\taskQueueBench;

require __DIR__ . '/common.php';
$name = opt($argv, 'queue', 'lat');
$n = (int) opt($argv, 'samples', 200);
$gap = (int) opt($argv, 'interval-ms', 20);
$file = getenv('BENCH_LATENCY_FILE');
$log = taskLog();
$spec = opt($argv, 'queues', '');
$dispatcher = $spec ? dispatcherOver(weightedQueues($spec, 1, $log), $log, opt($argv, 'into', $name))
    : dispatcher(queue($name, 1, $log), $log);
for ($i = 0; $i < $n; $i++) {
    $dispatcher->createTask(new NoOpAction(), ['t0' => microtime(true)], 'latency probe');
    usleep($gap * 1000);
}
$deadline = microtime(true) + 30;
do {
    clearstatcache();
    $lines = is_file($file) ? file($file, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) : [];
    if (count($lines) >= $n) {
        break;
    }
    usleep(50000);
} while (microtime(true) < $deadline);
$ms = array_map(fn($l) => (float) $l * 1000, $lines);
sort($ms);
$pct = fn($p) => $ms ? $ms[min(count($ms) - 1, (int) floor($p / 100 * count($ms)))] : NAN;
printf("latency: p50=%.2f p99=%.2f n=%d\n", $pct(50), $pct(99), count($ms));
