--TEST--
LongRunningWorker::run(): SIGTERM during a task lets that task complete and be acknowledged, then the worker exits 0 at once
--EXTENSIONS--
pcntl
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';

$dir = tq_tmpdir('term-task');
[$queue, $log] = tq_dir_queue($dir);
tq_enqueue($queue, $dir, 3, ['ms' => 800]);

$w = new WorkerProcess($dir, []);
var_dump(tq_wait_until(fn() => is_file("$dir/marks/started-1"), 10));
$w->kill(SIGTERM);
var_dump($w->wait(10));
$finished = (float) file_get_contents("$dir/marks/finished-1");

echo "exit status: $w->exitCode", $w->signaled ? ' (signaled)' : '', "\n";
echo "exited within 1 s of the task's end: ", var_export($w->exitedAt - $finished < 1.0 * tq_slack(), true), "\n";
echo "task 1: ", $log->getStatus('t1'), ', report: ', json_encode($log->getReport('t1')['children'][0]['message'] ?? null), "\n";
echo "acknowledged: ", tq_files($dir, 'done'), ", still claimed: ", tq_files($dir, 'claimed'), ", waiting: ", tq_files($dir, 'ready'), "\n";
echo "tasks started: ", implode(',', array_map(fn($f) => basename($f), glob("$dir/marks/started-*"))), "\n";
echo "handled: ", file_get_contents("$dir/exit-w"), "\n";
echo tq_log_lines($w->log());
echo $w->stderr();
tq_rmdir($dir);
?>
--EXPECT--
bool(true)
bool(true)
exit status: 0
exited within 1 s of the task's end: true
task 1: completed, report: "task 1 done"
acknowledged: 1, still claimed: 0, waiting: 2
tasks started: started-1
handled: 1
info: Starting LongRunningWorker.
info: Processing task task 1 [t1]
info: Task t1 has been processed.
info: TERM/INT/QUIT received; shutting down gracefully...
info: LongRunningWorker finished.
