--TEST--
AbstractWorker::processTask(): exit() inside a task ends the script; it is not caught as a failure
--FILE--
<?php
require __DIR__ . '/inc.inc';

[$w, $log, $q, $logger] = setup();
register_shutdown_function(function () use ($log, $q) {
    echo "\nstatus: ", $log->rows['t1']['status'], ", queue: ", implode(' | ', $q->calls), "\n";
});
$w->processTask(TestTask::make('t1', function () { echo "bye"; exit(0); }));
echo "not reached\n";
?>
--EXPECT--
bye
status: running, queue: 
