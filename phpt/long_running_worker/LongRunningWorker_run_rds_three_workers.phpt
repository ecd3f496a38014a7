--TEST--
LongRunningWorker::run() on PostgreSQL (RdsQueueBroker): 3 worker processes drain one queue of 5,000 tasks, each task completed exactly once
--EXTENSIONS--
pcntl
posix
pgsql
--SKIPIF--
<?php
if (!getenv('TASKQUEUE_PERSISTENCE_DEFAULT')) die('skip TASKQUEUE_PERSISTENCE_DEFAULT is not set (tests/run-all.sh starts PostgreSQL)');
if (getenv('USE_ZEND_ALLOC') === '0') die('skip too slow under valgrind');
?>
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';

$name = 'lrw3w';
tq_rds_cleanup($name, "$name#");
$prefix = "$name#";
$dir = tq_tmpdir('rds3');
[$queue, $log] = tq_rds_queue($name, 5);
$queue->initialize();
$log->createContainer();
tq_rds_enqueue($queue, $prefix, $dir, 5000);
echo "waiting: ", count($queue), "\n";

$workers = [];
foreach (['a', 'b', 'c'] as $tag) {
    $workers[$tag] = new RdsWorkerProcess($dir, ['queue' => $name, 'receive' => 5, 'empty' => true], $tag);
}
foreach ($workers as $tag => $w) {
    echo "worker $tag: ", $w->wait(180) ? "exit status $w->exitCode" : 'still running', "\n";
}

$ran = array_map(fn($l) => explode(' ', $l), tq_lines("$dir/ran.log"));
$runs = array_count_values(array_column($ran, 0));
echo "task bodies run: ", count($ran), ", distinct tasks: ", count($runs), ", run more than once: ", count(array_filter($runs, fn($n) => $n > 1)), "\n";
$handled = array_map(fn($tag) => (int) @file_get_contents("$dir/exit-$tag"), array_keys($workers));
echo "handled in all: ", array_sum($handled), ", every worker took part: ", var_export(min($handled) > 0, true), "\n";
print_r(tq_rds_statuses($prefix));
echo "rows left in the queue table: ", tq_sql("SELECT count(*) AS n FROM tq_$name")[0]['n'], ", count(): ", count($queue), "\n";
foreach ($workers as $tag => $w) {
    if (preg_match('/(error|critical|warning):.*/', $w->log(), $m)) {
        echo "worker $tag logged: $m[0]\n";
    }
}
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
tq_rds_cleanup('lrw3w', 'lrw3w#');
array_map('tq_rmdir', glob(sys_get_temp_dir() . '/tq-lrw-rds3-*'));
?>
--EXPECT--
waiting: 5000
worker a: exit status 0
worker b: exit status 0
worker c: exit status 0
task bodies run: 5000, distinct tasks: 5000, run more than once: 0
handled in all: 5000, every worker took part: true
Array
(
    [completed] => 5000
)
rows left in the queue table: 0, count(): 0
