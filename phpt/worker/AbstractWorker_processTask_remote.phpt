--TEST--
AbstractWorker::processTask(): a RemoteTaskSynchroniser task is re-enqueued as a clone while the remote job runs
--FILE--
<?php
require __DIR__ . '/inc.inc';
use oat\tao\model\taskQueue\Task\RemoteTaskSynchroniserInterface;

class RemoteTask extends TestTask implements RemoteTaskSynchroniserInterface
{
    public static string $remote = 'in_progress';
    public function getRemoteStatus() { return self::$remote; }
}
class RemoteAction implements RemoteTaskSynchroniserInterface
{
    public function getRemoteStatus() { return 'failed'; }
    public function __invoke($p) { return ['type' => 'success', 'message' => 'sent']; }
}

[$w, $log, $q, $logger] = setup();
$q->tasks = [new TestTask('other-1'), new TestTask('other-2')];   // more than one waiting: no 3 s pause
$t = RemoteTask::make('t1', fn() => ['type' => 'success', 'message' => 'sent'], 'Sync');
var_dump($w->processTask($t));
echo 'queue: ', implode(' | ', $q->calls), "\n";
echo 'log: ', implode(' | ', $log->calls), "\n";
var_dump($log->broker->deleted, end($q->tasks)->getId(), end($q->tasks)->getLabel());

// remote job finished: stored normally
RemoteTask::$remote = 'completed';
[$w, $log, $q, $logger] = setup();
var_dump($w->processTask(RemoteTask::make('t1', fn() => ['type' => 'success', 'message' => 'sent'])));
echo 'log: ', implode(' | ', $log->calls), "\n";

// remote job failed (the callable of a callback task reports it)
[$w, $log, $q, $logger] = setup();
$t = (new TestCallbackTask('t1'))->setCallable(new RemoteAction());
var_dump($w->processTask($t), $log->rows['t1']['status']);

// a task that failed itself is not asked
[$w, $log, $q, $logger] = setup();
RemoteTask::$remote = 'in_progress';
var_dump($w->processTask(RemoteTask::make('t1', fn() => throw new Exception('x'))), $q->calls);
?>
--EXPECT--
string(9) "completed"
queue: enqueue t1-clone label=Sync | acknowledge t1
log: getStatus t1 | setStatus t1 running from dequeued | getBroker
array(1) {
  [0]=>
  string(2) "t1"
}
string(8) "t1-clone"
string(4) "Sync"
string(9) "completed"
log: getStatus t1 | setStatus t1 running from dequeued | setReport t1 completed
string(6) "failed"
string(6) "failed"
string(6) "failed"
array(1) {
  [0]=>
  string(14) "acknowledge t1"
}
