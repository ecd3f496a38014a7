--TEST--
LongRunningWorker::setMaxIterations() on PostgreSQL (RdsQueueBroker, 5 per claim): the worker claims only what it has left to run (claim cap), so the rest is never even handed out; without a limit it drains the queue and waits on the broker
--EXTENSIONS--
pgsql
--SKIPIF--
<?php
if (!getenv('TASKQUEUE_PERSISTENCE_DEFAULT')) die('skip TASKQUEUE_PERSISTENCE_DEFAULT is not set (tests/run-all.sh starts PostgreSQL)');
?>
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';
use oat\taoTaskQueue\model\LongRunningWorker;

$name = 'lrwcap';
$prefix = "$name#";
tq_rds_cleanup($name, $prefix);
$dir = tq_tmpdir('rdscap');
[$queue, $log] = tq_rds_queue($name, 5);
$queue->initialize();
$log->createContainer();
tq_rds_enqueue($queue, $prefix, $dir, 10);

foreach ([3, 4] as $limit) {
    $w = new LongRunningWorker($queue, $log);
    $w->setLogger($logger = new ArrayLogger());
    $w->setMaxIterations($limit)->run();
    echo "limit $limit: handled ", $w->getProcessedCount(), "\n";
    $rows = tq_sql("SELECT count(*) AS n, count(*) FILTER (WHERE deliveries > 0) AS handed_out,
                           count(*) FILTER (WHERE lease_until > now()) AS leased FROM tq_$name");
    echo "  rows left ", $rows[0]['n'], ", ever handed out ", $rows[0]['handed_out'], ", leased ", $rows[0]['leased'],
        ", claimable ", count($queue), "\n";
    foreach ($logger->lines as $l) {
        if (str_contains($l, 'given back') || str_contains($l, 'error')) {
            echo '  ', preg_replace('/ \{.*/', '', $l), "\n";
        }
    }
}
// no limit: the rest, then an idle wait on the broker (LISTEN) until the time limit
$w = new LongRunningWorker($queue, $log);
$w->setLogger(new ArrayLogger());
$t = microtime(true);
$w->setTimeLimit(2)->run();
echo "no limit: handled ", $w->getProcessedCount(), ", waited idle until the time limit: ", var_export(microtime(true) - $t >= 2.0, true), "\n";
print_r(tq_rds_statuses($prefix));
echo "ran: ", implode(',', array_map(fn($l) => strtok($l, ' '), tq_lines("$dir/ran.log"))), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
tq_rds_cleanup('lrwcap', 'lrwcap#');
array_map('tq_rmdir', glob(sys_get_temp_dir() . '/tq-lrw-rdscap-*'));
?>
--EXPECT--
limit 3: handled 3
  rows left 7, ever handed out 0, leased 0, claimable 7
limit 4: handled 4
  rows left 3, ever handed out 0, leased 0, claimable 3
no limit: handled 3, waited idle until the time limit: true
Array
(
    [completed] => 10
)
ran: 1,2,3,4,5,6,7,8,9,10
