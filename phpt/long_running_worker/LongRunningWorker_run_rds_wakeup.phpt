--TEST--
LongRunningWorker::run() on a dispatcher over two PostgreSQL queues (weights 90/10), both empty: a task enqueued into the light queue wakes the sleeping worker through NOTIFY, well before WeightStrategy's 1 s wait would end (bench/wakeup.sh measures the latency)
--EXTENSIONS--
pcntl
posix
pgsql
--SKIPIF--
<?php
if (!getenv('TASKQUEUE_PERSISTENCE_DEFAULT')) die('skip TASKQUEUE_PERSISTENCE_DEFAULT is not set (tests/run-all.sh starts PostgreSQL)');
if (getenv('USE_ZEND_ALLOC') === '0') die('skip timing under valgrind says nothing');
?>
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';
use oat\tao\model\taskQueue\Task\CallbackTask;

$weights = ['lrwwk_heavy' => 90, 'lrwwk_light' => 10];
foreach ($weights as $name => $w) {
    tq_rds_cleanup($name, 'lrwwk#');
}
$dir = tq_tmpdir('wakeup');
[$dispatcher, $log] = tq_rds_dispatcher($weights);
foreach ($dispatcher->getQueues() as $q) {
    $q->initialize();
}
$log->createContainer();

$worker = new RdsWorkerProcess($dir, ['queues' => $weights, 'time' => 60]);
$sleeps = fn() => substr_count($worker->log(), 'No tasks found. Sleeping for 1 sec');
var_dump($worker->waitFor('Sleeping for 1 sec'));

$late = [];
for ($n = 1; $n <= 5; $n++) {
    // the worker found both queues empty and sleeps on LISTEN: enqueue while it does
    $before = $sleeps();
    usleep(100000);
    $t = new CallbackTask("lrwwk#$n", '');
    $t->setCallable(new MarkJob());
    $t->setParameter(['n' => $n, 'dir' => $dir]);
    $dispatcher->getQueue('lrwwk_light')->enqueue($t, "task $n");
    $enqueued = microtime(true);
    if (!tq_wait_until(fn() => is_file("$dir/marks/started-$n"), 10)) {
        echo "task $n never started\n";
        break;
    }
    $took = (float) file_get_contents("$dir/marks/started-$n") - $enqueued;
    // 1 s is WeightStrategy::getWaitTime(): a worker that slept it through would be later
    if ($took > 0.5) {
        $late[] = sprintf('task %d after %.3f s', $n, $took);
    }
    // back to sleep before the next one
    tq_wait_until(fn() => $sleeps() > $before, 10);
}
echo "tasks picked up late: ", $late ? implode(', ', $late) : 'none', "\n";
echo "slept between tasks: ", var_export($sleeps() >= 5, true), "\n";
posix_kill($worker->pid, SIGTERM);
echo "worker: ", $worker->wait(10) ? "exit status $worker->exitCode" : 'still running', "\n";
print_r(tq_rds_statuses('lrwwk#'));
if (preg_match('/(error|critical|warning):.*/', $worker->log(), $m)) {
    echo "worker logged: $m[0]\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
tq_rds_cleanup('lrwwk_heavy', 'lrwwk#');
tq_rds_cleanup('lrwwk_light', 'lrwwk#');
array_map('tq_rmdir', glob(sys_get_temp_dir() . '/tq-lrw-wakeup-*'));
?>
--EXPECT--
bool(true)
tasks picked up late: none
slept between tasks: true
worker: exit status 0
Array
(
    [completed] => 5
)
