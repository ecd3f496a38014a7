--TEST--
LongRunningWorker::run() on PostgreSQL (RdsQueueBroker): a task longer than the lease stays with its live worker; after kill -9 of that worker in the middle of the task, another worker runs it again once the lease has run out, and the task ends with exactly one completed entry
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

$name = 'lrwk9';
$prefix = "$name#";
tq_rds_cleanup($name, $prefix);
$dir = tq_tmpdir('rdsk9');
[$queue, $log] = tq_rds_queue($name);
$queue->initialize();
$log->createContainer();
tq_rds_enqueue($queue, $prefix, $dir, 1, ['ms' => 5000]);

// claims leased for 2 s, renewed while the task runs
$a = new RdsWorkerProcess($dir, ['queue' => $name, 'lease' => 2], 'a');
var_dump(tq_wait_until(fn() => is_file("$dir/marks/started-1"), 20));
$b = new RdsWorkerProcess($dir, ['queue' => $name, 'lease' => 2], 'b');
var_dump($b->waitFor('Starting LongRunningWorker.'));
usleep(3000000);
echo "3 s later (more than the lease): started ", count(tq_lines("$dir/started.log")), " time(s), claimable ", count($queue), "\n";

$killed = $a->kill(SIGKILL);
$a->wait(5);
echo "worker a: ", $a->signaled ? 'killed' : "exit status $a->exitCode", "; status now: ", json_encode(tq_rds_statuses($prefix)), "\n";
var_dump(tq_wait_until(fn() => count(tq_lines("$dir/started.log")) === 2, 40));
echo "b took it over after the lease ran out: ", var_export(microtime(true) - $killed >= 0.5, true), "\n";
var_dump(tq_wait_until(fn() => count(tq_lines("$dir/ran.log")) === 1, 20));
usleep(200000);
$b->kill(SIGTERM);
echo "worker b: ", $b->wait(10) ? "exit status $b->exitCode" : 'still running', ", handled ", @file_get_contents("$dir/exit-b"), "\n";

$starts = tq_lines("$dir/started.log");
echo "task body started by a: ", var_export($starts[0] === "1 $a->pid", true), ", then by b: ",
    var_export(($starts[1] ?? '') === "1 $b->pid", true), "; completed runs: ", count(tq_lines("$dir/ran.log")), "\n";
echo "task log entries: ", tq_sql('SELECT count(*) AS n FROM tq_task_log WHERE id LIKE $1', [$prefix . '%'])[0]['n'], "\n";
print_r(tq_rds_statuses($prefix));
echo "rows left in the queue table: ", tq_sql("SELECT count(*) AS n FROM tq_$name")[0]['n'], "\n";
if (preg_match('/(error|critical):.*/', $b->log(), $m)) {
    echo "worker b logged: $m[0]\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
tq_rds_cleanup('lrwk9', 'lrwk9#');
array_map('tq_rmdir', glob(sys_get_temp_dir() . '/tq-lrw-rdsk9-*'));
?>
--EXPECT--
bool(true)
bool(true)
3 s later (more than the lease): started 1 time(s), claimable 0
worker a: killed; status now: {"running":1}
bool(true)
b took it over after the lease ran out: true
bool(true)
worker b: exit status 0, handled 1
task body started by a: true, then by b: true; completed runs: 1
task log entries: 1
Array
(
    [completed] => 1
)
rows left in the queue table: 0
