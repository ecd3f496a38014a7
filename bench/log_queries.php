<?php
/* php bench/log_queries.php --samples=200 --owners=1000
 * The Task Log's reads the HTTP API and the dashboard make, against whatever tq_task_log holds:
 * getStats(owner), findAvailableByUser(owner, 20), search by id (a filter on id, as
 * getByIdAndUser does). Median of --samples calls each, owners and ids drawn at random from
 * the bench's fill (bench/scale.sh). Prints "queries: stats_p50_ms=<x> available_p50_ms=<x>
 * by_id_p50_ms=<x>". */
namespace oat\taskQueueBench;

use oat\tao\model\taskQueue\TaskLog\TaskLogFilter;

require __DIR__ . '/common.php';
$n = (int) opt($argv, 'samples', 200);
$owners = max(1, (int) opt($argv, 'owners', 1000));
$rows = max(1, (int) opt($argv, 'rows', 1));
$log = taskLog();
$broker = $log->getBroker();
$owner = fn() => 'http://bench.tao.local/tao.rdf#u' . mt_rand(0, $owners - 1);

function p50(callable $call, int $n): float
{
    $t = [];
    for ($i = 0; $i < $n; $i++) {
        $t0 = hrtime(true);
        $call();
        $t[] = (hrtime(true) - $t0) / 1e6;
    }
    sort($t);
    return $t[intdiv(count($t), 2)];
}

$stats = p50(fn() => $log->getStats($owner()), $n);
$available = p50(fn() => $log->findAvailableByUser($owner(), 20, 0), $n);
$byId = p50(function () use ($broker, $rows) {
    $f = (new TaskLogFilter())->eq(\oat\tao\model\taskQueue\TaskLog\Broker\TaskLogBrokerInterface::COLUMN_ID, 'http://bench.tao.local/tao.rdf#a' . mt_rand(1, $rows));
    $broker->search($f);
}, $n);
printf("queries: stats_p50_ms=%.3f available_p50_ms=%.3f by_id_p50_ms=%.3f\n", $stats, $available, $byId);
