--TEST--
TaskQueue\Http\Server::handle(): the operator routes on PostgreSQL (queues, workers, stuck, failed, retry, restart, cancel, archiveFinished)
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';
require __DIR__ . '/../http/inc/http.inc';
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;

rds_conninfo();
sql('DROP TABLE IF EXISTS tq_dashphpt_log, tq_dashphpt_q');
$root = sys_get_temp_dir() . '/dashphpt_root_' . getmypid();
@mkdir("$root/config/tao", 0777, true);
ini_set('taskqueue.root', $root);
file_put_contents("$root/config/tao/taskQueue.conf.php", <<<'PHP'
<?php
return new oat\tao\model\taskQueue\QueueDispatcher([
    'queues' => [new oat\tao\model\taskQueue\Queue('dashphpt_q', new oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker('default', 1), 7)],
    'default_queue' => 'dashphpt_q',
    'task_log' => 'tao/taskLog',
]);
PHP);
file_put_contents("$root/config/tao/taskLog.conf.php", <<<'PHP'
<?php
return new oat\tao\model\taskQueue\TaskLog(['task_log_broker' => new oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker('default', 'dashphpt_log')]);
PHP);
$log = require "$root/config/tao/taskLog.conf.php";
$log->createContainer();
(require "$root/config/tao/taskQueue.conf.php")->initialize();
$log->add(TaskLogTest\task('f1', 'u1', '2024-01-01 10:00:00'), 'enqueued');
$log->setReport('f1', ['type' => 'error', 'message' => 'boom <b>', 'data' => null, 'children' => []], 'failed');
$log->add(TaskLogTest\task('r1', 'u2', '2024-01-01 10:00:00'), 'enqueued');
sql("UPDATE tq_dashphpt_log SET status = 'running', updated_at = '2024-01-01 10:00:01' WHERE id = 'r1'");

$m = ['TaskQueueManager'];
$d = '/tao/TaskQueueDashboard';
request('GET', "$d/queues", '', [], $log, 'm', $m);
request('GET', "$d/failed", '', [], $log, 'm', $m);
// a delayed task not due yet: enqueued in the log for long, yet not stuck
$log->add(TaskLogTest\task('d1', 'u2', '2024-01-01 10:00:00'), 'enqueued');
sql("INSERT INTO tq_dashphpt_q (message, visible, created_at, lease_until, deliveries, task_id) "
    . "VALUES ('{}', false, now(), now() + interval '1 hour', 0, 'd1')");
ob_start();
request('GET', "$d/stuck", '', [], $log, 'm', $m);
echo preg_replace('/"age":N\.\d+/', '"age":N', ob_get_clean());   // seconds: masked
request('POST', "$d/restart", 'taskId=d1', [], $log, 'm', $m);
sql("DELETE FROM tq_dashphpt_q WHERE task_id = 'd1'");
sql("DELETE FROM tq_dashphpt_log WHERE id = 'd1'");
// a dead letter (failed its last attempt, its message kept aside): listed, and restarted on its own row
$log->add(TaskLogTest\task('x1', 'u2', '2024-01-01 10:00:00'), 'enqueued');
$log->setReport('x1', ['type' => 'error', 'message' => 'no attempt is left', 'data' => null, 'children' => []], 'failed');
sql("INSERT INTO tq_dashphpt_q (message, visible, created_at, lease_until, deliveries, task_id) "
    . "VALUES ('{}', false, now(), NULL, 0, 'x1')");
ob_start();
request('GET', "$d/stuck", '', [], $log, 'm', $m);
echo preg_replace('/"age":N\.\d+/', '"age":N', ob_get_clean());
request('POST', "$d/restart", 'taskId=f1', [], $log, 'm', $m);      // failed, but nothing kept aside
request('POST', "$d/restart", 'taskId=x1', [], $log, 'm', $m);
echo 'x1: ', $log->getStatus('x1'), ', visible ', sql_value("SELECT visible FROM tq_dashphpt_q WHERE task_id = 'x1'"), "\n";
sql("DELETE FROM tq_dashphpt_q WHERE task_id = 'x1'");
sql("DELETE FROM tq_dashphpt_log WHERE id = 'x1'");
// tq_workers is shared with the tests that run beside this one: only this test's queues count
ob_start();
request('GET', "$d/workers", '', [], $log, 'm', $m);
[$st, $json] = explode(' ', trim(ob_get_clean()), 2);
$j = json_decode($json, true);
$j['data'] = array_values(array_filter($j['data'], fn($w) => str_starts_with((string) $w['queue'], 'dashphpt')));
echo "$st ", json_encode($j, JSON_UNESCAPED_SLASHES), "\n";
ob_start();
request('POST', "$d/retry", 'taskId=f1', [], $log, 'm', $m);
$out = ob_get_clean();
echo preg_replace('/#i\d+/', '#iN', $out);
$new = json_decode(substr($out, 4), true)['data']['newTaskId'];
var_dump(sql('SELECT owner, status, task_name FROM tq_dashphpt_log WHERE id = $1', [$new])[0]);
var_dump(count(sql('SELECT 1 FROM tq_dashphpt_q')));
request('POST', "$d/restart", 'taskId=r1', [], $log, 'm', $m);      // its message is gone
ob_start();
request('POST', "$d/restart", 'taskId=' . urlencode($new), [], $log, 'm', $m);
request('POST', "$d/cancel", 'taskId=' . urlencode($new), [], $log, 'm', $m);
echo preg_replace('/#i\d+/', '#iN', ob_get_clean());
request('POST', "$d/archiveFinished", '', [], $log, 'm', $m);
var_dump(sql("SELECT id, status FROM tq_dashphpt_log WHERE id IN ('f1', 'r1') ORDER BY id"));
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
sql('DROP TABLE IF EXISTS tq_dashphpt_log, tq_dashphpt_q');
$root = sys_get_temp_dir() . '/dashphpt_root_' . getmypid();
@unlink("$root/config/tao/taskQueue.conf.php");
@unlink("$root/config/tao/taskLog.conf.php");
@rmdir("$root/config/tao");
@rmdir("$root/config");
@rmdir($root);
?>
--EXPECT--
200 {"success":true,"data":[{"name":"dashphpt_q","weight":7,"broker":"rds","depth":0,"oldestWaitingAge":null,"tasksPerSecond":0.0033333333333333335,"failures":1}],"version":"taskqueue-0.1.0"}
200 {"success":true,"data":[{"id":"f1","taskName":"TaskLogTest\\TaskDouble","status":"failed","masterStatus":false,"statusLabel":"Failed","createdAt":N,"createdAtElapsed":N,"updatedAt":N,"updatedAtElapsed":N,"report":{"type":"error","message":"boom <b>","data":null,"children":[]},"owner":"u1","label":"","age":N}],"version":"taskqueue-0.1.0"}
200 {"success":true,"data":[{"id":"r1","label":"","taskName":"TaskLogTest\\TaskDouble","owner":"u2","status":"running","age":N,"reason":"no live worker runs it"}],"version":"taskqueue-0.1.0"}
400 {"success":false,"errorCode":400,"errorMsg":"Task \"d1\" is delayed and not due yet: it is not stuck","version":"taskqueue-0.1.0"}
200 {"success":true,"data":[{"id":"r1","label":"","taskName":"TaskLogTest\\TaskDouble","owner":"u2","status":"running","age":N,"reason":"no live worker runs it"},{"id":"x1","label":"","taskName":"TaskLogTest\\TaskDouble","owner":"u2","status":"failed","age":N,"reason":"kept aside: it failed its last attempt (a dead letter) or cannot be decoded"}],"version":"taskqueue-0.1.0"}
400 {"success":false,"errorCode":400,"errorMsg":"Task \"f1\" is neither queued, running nor kept aside: nothing to restart.","version":"taskqueue-0.1.0"}
200 {"success":true,"data":{"action":"restart","taskId":"x1","message":"Task \"x1\" put back in queue dashphpt_q"},"version":"taskqueue-0.1.0"}
x1: enqueued, visible t
200 {"success":true,"data":[],"version":"taskqueue-0.1.0"}
200 {"success":true,"data":{"action":"retry","taskId":"f1","message":"Task \"f1\" enqueued again on queue dashphpt_q as http:\/\/www.tao.lu\/Ontologies\/taskqueue.rdf#iN","newTaskId":"http:\/\/www.tao.lu\/Ontologies\/taskqueue.rdf#iN","queue":"dashphpt_q"},"version":"taskqueue-0.1.0"}
array(3) {
  ["owner"]=>
  string(2) "u1"
  ["status"]=>
  string(8) "enqueued"
  ["task_name"]=>
  string(22) "TaskLogTest\TaskDouble"
}
int(1)
400 {"success":false,"errorCode":400,"errorMsg":"Task \"r1\" has no message left in a queue on PostgreSQL: retry it instead.","version":"taskqueue-0.1.0"}
200 {"success":true,"data":{"action":"restart","taskId":"http:\/\/www.tao.lu\/Ontologies\/taskqueue.rdf#iN","message":"Task \"http:\/\/www.tao.lu\/Ontologies\/taskqueue.rdf#iN\" put back in queue dashphpt_q"},"version":"taskqueue-0.1.0"}
200 {"success":true,"data":{"action":"cancel","taskId":"http:\/\/www.tao.lu\/Ontologies\/taskqueue.rdf#iN","message":"Task \"http:\/\/www.tao.lu\/Ontologies\/taskqueue.rdf#iN\" cancelled"},"version":"taskqueue-0.1.0"}
200 {"success":true,"data":{"action":"archiveFinished","message":"Archived 1 finished task","archived":1},"version":"taskqueue-0.1.0"}
array(2) {
  [0]=>
  array(2) {
    ["id"]=>
    string(2) "f1"
    ["status"]=>
    string(8) "archived"
  }
  [1]=>
  array(2) {
    ["id"]=>
    string(2) "r1"
    ["status"]=>
    string(7) "running"
  }
}