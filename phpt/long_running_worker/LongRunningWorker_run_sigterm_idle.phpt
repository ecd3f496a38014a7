--TEST--
LongRunningWorker::run(): an idle worker costs no CPU to speak of and exits 0 within 1 s of SIGTERM, SIGINT or SIGQUIT, whatever its back-off
--EXTENSIONS--
pcntl
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';

$dir = tq_tmpdir('idle');
tq_dir_queue($dir);

foreach (['SIGTERM' => SIGTERM, 'SIGINT' => SIGINT, 'SIGQUIT' => SIGQUIT] as $name => $signo) {
    $w = new WorkerProcess($dir, [], strtolower($name));
    $w->waitFor('Starting LongRunningWorker.');
    // in its second back-off sleep (2 s) by now
    usleep(1500000);
    $cpu = $w->cpu();
    usleep(1000000);
    $idleCpu = $w->cpu() - $cpu;
    $sent = $w->kill($signo);
    $w->wait(5);
    $latency = $w->exitedAt - $sent;
    echo "$name: exit status $w->exitCode, within 1 s: ", var_export($latency < 1.0 * tq_slack(), true),
        ", CPU over 1 s idle below 50 ms: ", var_export($idleCpu < 0.05, true), "\n";
    echo tq_log_lines($w->log());
}
tq_rmdir($dir);
?>
--EXPECT--
SIGTERM: exit status 0, within 1 s: true, CPU over 1 s idle below 50 ms: true
info: Starting LongRunningWorker.
info: TERM/INT/QUIT received; shutting down gracefully...
info: LongRunningWorker finished.
SIGINT: exit status 0, within 1 s: true, CPU over 1 s idle below 50 ms: true
info: Starting LongRunningWorker.
info: TERM/INT/QUIT received; shutting down gracefully...
info: LongRunningWorker finished.
SIGQUIT: exit status 0, within 1 s: true, CPU over 1 s idle below 50 ms: true
info: Starting LongRunningWorker.
info: TERM/INT/QUIT received; shutting down gracefully...
info: LongRunningWorker finished.
