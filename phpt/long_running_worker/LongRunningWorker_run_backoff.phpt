--TEST--
LongRunningWorker::run(): back-off after empty polls, n x 1 s up to 30 s on a dedicated queue, the selector's getWaitTime() with a dispatcher; empty polls do not count toward the limit (quirk 15)
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../dispatcher/inc/doubles.inc';
use oat\taoTaskQueue\model\LongRunningWorker;

function lines(ArrayLogger $l): void
{
    foreach ($l->lines as $line) {
        if (str_contains($line, 'Sleeping') || str_contains($line, 'limit')) {
            echo '  ', preg_replace('/ \{.*"Iteration":(\d+).*/', ' (iteration $1)', $line), "\n";
        }
    }
}

$log = new MemTaskLog();
$queue = new FakeQueue('q');
$queue->taskLog = $log;
$queue->enqueue(TestTask::make('t1'));
$w = new LongRunningWorker($queue, $log);
$w->setLogger($logger = new ArrayLogger());
// a limit of 3 tasks: one task and three empty polls do not reach it; time does (1 + 2 s, then 1 of 3 s)
$t = microtime(true);
$w->setMaxIterations(3)->setTimeLimit(4)->run();
$took = microtime(true) - $t;
echo "dedicated queue: handled ", $w->getProcessedCount(), ", ended by its time limit: ", var_export($took >= 4.0 && $took < 5.0, true), "\n";
lines($logger);
var_dump(LongRunningWorker::WAIT_INTERVAL, LongRunningWorker::MAX_SLEEPING_TIME_FOR_DEDICATED_QUEUE);

$dispatcher = dispatcherWith([new FakeQueue('a'), new FakeQueue('b')], ['task_selector_strategy' => new FirstSelector()]);
$w = new LongRunningWorker($dispatcher, $log);
$w->setLogger($logger = new ArrayLogger());
$t = microtime(true);
$w->setTimeLimit(1)->run();
$took = microtime(true) - $t;
echo "dispatcher: the 7 s of getWaitTime() cut at the 1 s limit: ", var_export($took >= 1.0 && $took < 2.0, true), "\n";
lines($logger);
?>
--EXPECT--
dedicated queue: handled 1, ended by its time limit: true
  debug: No tasks found. Sleeping for 1 sec (iteration 2)
  debug: No tasks found. Sleeping for 2 sec (iteration 3)
  debug: No tasks found. Sleeping for 3 sec (iteration 4)
  info: Time limit of 4 s reached after 1 task(s); stopping. (iteration 4)
int(1)
int(30)
dispatcher: the 7 s of getWaitTime() cut at the 1 s limit: true
  debug: No tasks found. Sleeping for 7 sec (iteration 1)
  info: Time limit of 1 s reached after 0 task(s); stopping. (iteration 1)
