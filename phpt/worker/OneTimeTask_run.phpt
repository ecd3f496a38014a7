--TEST--
OneTimeTask (RunTask's worker): run() processes the task it was given and returns its final status; a failing task ends "failed", a task that cannot be claimed "unknown" (processTask lets nothing out); without a task, processTask's TypeError reaches the caller
--FILE--
<?php
require __DIR__ . '/inc.inc';
use oat\tao\model\taskQueue\Worker\{OneTimeTask, AbstractWorker};

var_dump((new ReflectionClass(OneTimeTask::class))->isFinal(), is_subclass_of(OneTimeTask::class, AbstractWorker::class));
$log = new MemTaskLog();
$q = new FakeQueue('q');
$q->taskLog = $log;
$w = new OneTimeTask($q, $log);
$w->setLogger($logger = new ArrayLogger());
$t = TestTask::make('t1', fn() => ['type' => 'success', 'message' => 'one']);
$log->add($t, 'dequeued');
var_dump($w->setTask($t));
var_dump($w->run(), $log->rows['t1']['status']);

$t2 = TestTask::make('t2', fn() => throw new RuntimeException('boom'));
$log->add($t2, 'dequeued');
$w->setTask($t2);
var_dump($w->run(), $log->rows['t2']['status']);

// processTask() itself lets no \Exception out (here its logger's, at the claim): the task is
// left in the queue and run() answers processTask's status
class InfoFails extends ArrayLogger
{
    public function info($m, array $c = []) { throw new RuntimeException('logger down'); }
}
$w = new OneTimeTask($q, $log);
$w->setLogger($bad = new InfoFails());
$t3 = TestTask::make('t3', fn() => ['type' => 'success', 'message' => 'three']);
$log->add($t3, 'dequeued');
$w->setTask($t3);
var_dump($w->run());
echo implode("\n", array_filter($bad->lines, fn($l) => str_starts_with($l, 'error'))), "\n";

$w = new OneTimeTask($q, $log);
try { $w->run(); } catch (TypeError $e) { echo get_class($e), "\n"; }
echo "debug lines: ", count(array_filter($logger->lines, fn($l) => str_starts_with($l, 'debug'))) > 0 ? 'yes' : 'no', "\n";
?>
--EXPECT--
bool(true)
bool(true)
NULL
string(9) "completed"
string(9) "completed"
string(6) "failed"
string(6) "failed"
string(7) "unknown"
error: Task log setStatus() failed for task t3: RuntimeException: logger down
error: Task t3 cannot be claimed: the task log failed; the message is left in the queue.
TypeError
debug lines: yes
