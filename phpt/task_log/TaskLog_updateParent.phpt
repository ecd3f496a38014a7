--TEST--
TaskLog::updateParent(): the parent completes or fails once every (non-archived) child has finished
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;

$log = new TaskLog(['task_log_broker' => new InMemoryTaskLogBroker()]);
function child($log, $id, $parent, $status) {
    $t = TaskLogTest\task($id);
    $t->setParentId($parent);
    $log->add($t, $status);
}

$log->add(TaskLogTest\task('p'), 'child_running');
child($log, 'c1', 'p', 'completed');
child($log, 'c2', 'p', 'running');
child($log, 'c3', 'p', 'enqueued');

var_dump($log->updateParent('p') === $log);
var_dump($log->getStatus('p'));                  // c2 runs, c3 waits
$log->setStatus('c2', 'completed');
$log->updateParent('p');
var_dump($log->getStatus('p'));                  // c3 still waits
$log->setStatus('c3', 'failed');
$log->updateParent('p');
var_dump($log->getStatus('p'));                  // all done, one failed

$log->add(TaskLogTest\task('q'), 'child_running');
child($log, 'd1', 'q', 'completed');
child($log, 'd2', 'q', 'archived');              // archived children do not count
child($log, 'd3', 'q', 'completed');
$log->updateParent('q');
var_dump($log->getStatus('q'));

$log->add(TaskLogTest\task('r'), 'child_running');
$log->updateParent('r');                         // no children: nothing to decide
var_dump($log->getStatus('r'));

$log->add(TaskLogTest\task('s'), 'child_running');
child($log, 'e1', 's', 'completed');
child($log, 'e2', 's', 'cancelled');             // neither finished nor running: never counted
$log->updateParent('s');
var_dump($log->getStatus('s'));

$log->updateParent('nobody');
var_dump($log->getStatus('nobody'));

// a subclass sees its own search() and setStatus() used
class TracingLog extends TaskLog {
    public function search(TaskLog\TaskLogFilter $filter) { echo "search\n"; return parent::search($filter); }
    public function setStatus(mixed $id, mixed $new, mixed $prev = null) { echo "setStatus($id, $new)\n"; return parent::setStatus($id, $new, $prev); }
}
$t = new TracingLog(['task_log_broker' => $log->getBroker()]);
$t->setStatus('q', 'child_running');
$t->updateParent('q');
?>
--EXPECT--
bool(true)
string(13) "child_running"
string(13) "child_running"
string(6) "failed"
string(9) "completed"
string(13) "child_running"
string(13) "child_running"
string(7) "unknown"
setStatus(q, child_running)
search
setStatus(q, completed)
