--TEST--
LongRunningWorker::run(): an exception thrown by the logger ends run() with that exception (as in TAO's PHP loop), after the signal handlers are restored
--FILE--
<?php
require __DIR__ . '/../dispatcher/inc/doubles.inc';
use oat\taoTaskQueue\model\LongRunningWorker;

class PickyLogger extends ArrayLogger
{
    public function debug($m, array $c = []) { throw new DomainException("no debug please: $m"); }
}
$log = new MemTaskLog();
$queue = new FakeQueue('q');
$queue->taskLog = $log;
$queue->enqueue(TestTask::make('t1'));
$w = new LongRunningWorker($queue, $log);
$w->setLogger($logger = new PickyLogger());
tq_try(fn() => $w->run());
echo "handled ", $w->getProcessedCount(), "\n";
foreach ($logger->lines as $l) {
    echo preg_replace('/ \{.*/', '', $l), "\n";
}
?>
--EXPECT--
DomainException: no debug please: No tasks found. Sleeping for 1 sec
handled 1
info: Starting LongRunningWorker.
info: Processing task  [t1]
info: Task t1 has been processed.
warning: Task t1 should return a report object.
info: LongRunningWorker finished.
