--TEST--
LongRunningWorker::run(): SIGUSR2 pauses (nothing is claimed, the queue is not even polled), SIGCONT resumes and every task gets done
--EXTENSIONS--
pcntl
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';

$dir = tq_tmpdir('pause');
[$queue, $log] = tq_dir_queue($dir);

$w = new WorkerProcess($dir, []);
var_dump($w->waitFor('Starting LongRunningWorker.'));
$w->kill(SIGUSR2);
var_dump($w->waitFor('USR2 received'));
$polls = count(tq_lines("$dir/polls.log"));

tq_enqueue($queue, $dir, 3);
usleep(1500000);
echo "while paused: claimed ", count(tq_lines("$dir/claims.log")), ", polls ", count(tq_lines("$dir/polls.log")) - $polls,
    ", waiting ", tq_files($dir, 'ready'), ", status of t1: ", $log->getStatus('t1'), "\n";

$w->kill(SIGCONT);
var_dump(tq_wait_until(fn() => tq_files($dir, 'done') === 3, 10));
echo "after SIGCONT: claimed ", count(tq_lines("$dir/claims.log")), ", acknowledged ", tq_files($dir, 'done'),
    ", waiting ", tq_files($dir, 'ready'), "\n";
print_r($log->statuses());

$w->kill(SIGTERM);
var_dump($w->wait(5));
echo "exit status: $w->exitCode\n";
echo tq_log_lines($w->log(), ['debug'], false);
echo $w->stderr();
tq_rmdir($dir);
?>
--EXPECT--
bool(true)
bool(true)
while paused: claimed 0, polls 0, waiting 3, status of t1: enqueued
bool(true)
after SIGCONT: claimed 3, acknowledged 3, waiting 0
Array
(
    [completed] => 3
)
bool(true)
exit status: 0
info: Starting LongRunningWorker.
info: USR2 received; pausing task processing...
info: CONT received; resuming task processing...
info: TERM/INT/QUIT received; shutting down gracefully...
info: LongRunningWorker finished.
