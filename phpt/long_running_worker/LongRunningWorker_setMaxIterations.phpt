--TEST--
LongRunningWorker::setMaxIterations(): counts tasks handled (not polls, not times the batch size) and gives the surplus of the last batch back
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\taoTaskQueue\model\LongRunningWorker;

$dir = tq_tmpdir('limit');
[$queue, $log, $broker] = tq_dir_queue($dir, 3);   // claims 3 at a time
tq_enqueue($queue, $dir, 10);

$logger = new ArrayLogger();
$w = new LongRunningWorker($queue, $log);
$w->setLogger($logger);
var_dump($w->setMaxIterations(4) === $w);
$w->run();

echo "handled: ", $w->getProcessedCount(), ", ran: ", implode(',', array_map(fn($l) => strtok($l, ' '), tq_lines("$dir/ran.log"))), "\n";
echo "claims: ", count(tq_lines("$dir/claims.log")), ", given back: ", count(tq_lines("$dir/releases.log")), "\n";
echo "acknowledged: ", tq_files($dir, 'done'), ", still claimed: ", tq_files($dir, 'claimed'), ", waiting: ", tq_files($dir, 'ready'), "\n";
var_dump($broker->hasPreFetchedMessages());
print_r($log->statuses());
foreach ($logger->lines as $l) {
    if (!preg_match('/\bt\d+\b/', $l)) {
        echo preg_replace('/"PID":\d+/', '"PID":%d', $l), "\n";
    }
}

// the rest is there for the next worker, in order
$w2 = new LongRunningWorker($queue, $log);
$w2->setLogger(new ArrayLogger());
$w2->setMaxIterations(6)->run();
echo "second worker: ", $w2->getProcessedCount(), ", ran: ", implode(',', array_map(fn($l) => strtok($l, ' '), tq_lines("$dir/ran.log"))), "\n";
echo "acknowledged: ", tq_files($dir, 'done'), ", still claimed: ", tq_files($dir, 'claimed'), ", waiting: ", tq_files($dir, 'ready'), "\n";
tq_rmdir($dir);
?>
--EXPECT--
bool(true)
handled: 4, ran: 1,2,3,4
claims: 6, given back: 2
acknowledged: 4, still claimed: 0, waiting: 6
bool(false)
Array
(
    [completed] => 4
    [enqueued] => 6
)
info: Starting LongRunningWorker. {"PID":%d,"Iteration":0,"QueueName":"shared"}
info: Limit of 4 task(s) reached; stopping. {"PID":%d,"Iteration":4,"QueueName":"shared"}
info: 2 buffered task(s) given back to the queue. {"PID":%d,"Iteration":4,"QueueName":"shared"}
info: LongRunningWorker finished. {"PID":%d,"Iteration":4,"QueueName":"shared"}
second worker: 6, ran: 1,2,3,4,5,6,7,8,9,10
acknowledged: 10, still claimed: 0, waiting: 0
