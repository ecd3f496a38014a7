--TEST--
LongRunningWorker::setMaxIterations(): with a PHP broker that cannot give claims back, a batch is claimed only when the worker has room for all of it (TAO's hasEnoughSpace rule)
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\taoTaskQueue\model\LongRunningWorker;

foreach ([[2, 3], [5, 3], [6, 3], [3, 1]] as [$limit, $receive]) {
    $dir = tq_tmpdir('norelease');
    [$queue, $log] = tq_dir_queue($dir, $receive, PlainDirQueueBroker::class);
    tq_enqueue($queue, $dir, 10);
    $logger = new ArrayLogger();
    $w = new LongRunningWorker($queue, $log);
    $w->setLogger($logger);
    $w->setMaxIterations($limit)->run();
    echo "limit $limit, batch $receive: handled ", $w->getProcessedCount(), ", claimed ", count(tq_lines("$dir/claims.log")),
        ", still claimed ", tq_files($dir, 'claimed'), "\n";
    foreach ($logger->lines as $l) {
        if (str_contains($l, 'stopping')) {
            echo '  ', preg_replace('/ \{.*/', '', $l), "\n";
        }
    }
    tq_rmdir($dir);
}
?>
--EXPECT--
limit 2, batch 3: handled 0, claimed 0, still claimed 0
  info: 2 task(s) left before the limit, fewer than the 3 the broker claims at once, and it cannot give tasks back; stopping.
limit 5, batch 3: handled 3, claimed 3, still claimed 0
  info: 2 task(s) left before the limit, fewer than the 3 the broker claims at once, and it cannot give tasks back; stopping.
limit 6, batch 3: handled 6, claimed 6, still claimed 0
  info: Limit of 6 task(s) reached; stopping.
limit 3, batch 1: handled 3, claimed 3, still claimed 0
  info: Limit of 3 task(s) reached; stopping.
