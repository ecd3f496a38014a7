--TEST--
TaskLog: archive()/cancel() rules, forcing, and the collection variants
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;
use oat\tao\model\taskQueue\TaskLog\TaskLogCollection;

$log = new TaskLog(['task_log_broker' => new InMemoryTaskLogBroker()]);
$log->setLogger(new TaskLogTest\EchoLogger());
foreach (['enq' => 'enqueued', 'deq' => 'dequeued', 'run' => 'running', 'kid' => 'child_running',
          'ok' => 'completed', 'ko' => 'failed'] as $id => $status) {
    $log->add(TaskLogTest\task($id), $status);
}
$e = fn($id) => $log->getById($id);
function attempt($what, callable $call) {
    try {
        var_dump($call());
    } catch (\Exception $ex) {
        echo "$what: ", get_class($ex), ': ', $ex->getMessage(), "\n";
    }
}

echo "archive\n";
attempt('run', fn() => $log->archive($e('run')));
attempt('kid', fn() => $log->archive($e('kid')));
var_dump($log->getStatus('run'));
attempt('run forced', fn() => $log->archive($e('run'), true));
var_dump($log->getStatus('run'));
attempt('ok', fn() => $log->archive($e('ok')));
attempt('enq', fn() => $log->archive($e('enq')));  // only in-progress tasks are protected
var_dump($log->getStatus('enq'));

echo "cancel\n";
$log->add(TaskLogTest\task('enq2'), 'enqueued');
attempt('deq', fn() => $log->cancel($e('deq')));
attempt('ko', fn() => $log->cancel($e('ko')));
attempt('enq2', fn() => $log->cancel($e('enq2')));
var_dump($log->getStatus('enq2'));
attempt('deq forced', fn() => $log->cancel($e('deq'), true));
var_dump($log->getStatus('deq'));

echo "collections\n";
foreach (['a' => 'completed', 'b' => 'failed', 'c' => 'running', 'd' => 'enqueued', 'e' => 'enqueued'] as $id => $status) {
    $log->add(TaskLogTest\task($id), $status);
}
var_dump($log->archiveCollection(new TaskLogCollection([$e('a'), $e('b')])));
var_dump($log->getStatus('a'), $log->getStatus('b'));
$log->setStatus('a', 'completed');
var_dump($log->archiveCollection(new TaskLogCollection([$e('a'), $e('c')])));  // c is skipped: false
var_dump($log->getStatus('a'), $log->getStatus('c'));
var_dump($log->archiveCollection(new TaskLogCollection([$e('c')]), true));
var_dump($log->getStatus('c'));
var_dump($log->cancelCollection(new TaskLogCollection([$e('d'), $e('ok')])));
var_dump($log->getStatus('d'), $log->getStatus('ok'));
var_dump($log->cancelCollection(new TaskLogCollection([$e('e')])));
var_dump($log->cancelCollection(TaskLogCollection::createEmptyCollection()));    // nothing updated
?>
--EXPECT--
archive
run: RuntimeException: Task cannot be archived because it is in progress.
kid: RuntimeException: Task cannot be archived because it is in progress.
string(7) "running"
bool(true)
string(8) "archived"
bool(true)
bool(true)
string(8) "archived"
cancel
deq: RuntimeException: Task cannot be cancelled because it is already dequeued.
ko: RuntimeException: Task cannot be cancelled because it is already dequeued.
bool(true)
string(9) "cancelled"
bool(true)
string(9) "cancelled"
collections
bool(true)
string(8) "archived"
string(8) "archived"
[debug] Task Log: c cannot be archived.
bool(false)
string(8) "archived"
string(7) "running"
bool(true)
string(8) "archived"
[debug] Task Log: ok cannot be cancelled.
bool(false)
string(9) "cancelled"
string(8) "archived"
bool(true)
bool(false)
