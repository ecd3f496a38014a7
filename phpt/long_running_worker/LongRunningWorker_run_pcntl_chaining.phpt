--TEST--
LongRunningWorker::run(): a pcntl_signal() handler installed before run() still runs (ours chains to it); with handleSignals off, a pcntl handler calling shutdown() stops an idle worker promptly
--EXTENSIONS--
pcntl
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';

$dir = tq_tmpdir('chain');
tq_dir_queue($dir);

// ours installed over pcntl's: both see the signal
$w = new WorkerProcess($dir, ['pcntl' => 'log'], 'chained');
$w->waitFor('Starting LongRunningWorker.');
usleep(300000);
$sent = $w->kill(SIGTERM);
$w->wait(5);
echo "exit status $w->exitCode, within 1 s: ", var_export($w->exitedAt - $sent < 1.0 * tq_slack(), true), "\n";
echo "pcntl handler: ", @file_get_contents("$dir/pcntl-handler");
echo tq_log_lines($w->log());
@unlink("$dir/pcntl-handler");

// TAO's way (RunWorker on a system where the worker does not handle signals)
$w = new WorkerProcess($dir, ['pcntl' => 'shutdown', 'signals' => false], 'pcntl-only');
$w->waitFor('Starting LongRunningWorker.');
usleep(1500000); // in its 2 s back-off
$sent = $w->kill(SIGTERM);
$w->wait(5);
echo "exit status $w->exitCode, within 1 s: ", var_export($w->exitedAt - $sent < 1.0 * tq_slack(), true), "\n";
echo "pcntl handler: ", @file_get_contents("$dir/pcntl-handler");
echo tq_log_lines($w->log());
tq_rmdir($dir);
?>
--EXPECT--
exit status 0, within 1 s: true
pcntl handler: SIGTERM 15
info: Starting LongRunningWorker.
info: TERM/INT/QUIT received; shutting down gracefully...
info: LongRunningWorker finished.
exit status 0, within 1 s: true
pcntl handler: shutdown
info: Starting LongRunningWorker.
info: TERM/INT/QUIT received; shutting down gracefully...
info: LongRunningWorker finished.
