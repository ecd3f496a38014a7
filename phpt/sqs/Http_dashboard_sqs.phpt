--TEST--
TaskQueue\Http\Server::handle(): the operator view over an SQS queue. A message kept in TQ_<name>_poison (a dead letter) shows in stuck with its Task Log entry, and restart sends it back to the queue (its entry enqueued, the poison queue empty); a failed task with nothing kept is refused
--EXTENSIONS--
pgsql
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/sqs.inc';
require __DIR__ . '/../rds/inc/rds.inc';
require __DIR__ . '/../http/inc/http.inc';
use oat\tao\model\taskQueue\Task\CallbackTask;

rds_conninfo();
sql('DROP TABLE IF EXISTS tq_dashsqs_log');
$name = sqs_queue('dash');
$root = sys_get_temp_dir() . '/dashsqs_root_' . getmypid();
@mkdir("$root/config/tao", 0777, true);
ini_set('taskqueue.root', $root);
file_put_contents("$root/config/tao/taskQueue.conf.php", "<?php\nreturn new oat\\tao\\model\\taskQueue\\QueueDispatcher([
    'queues' => [new oat\\tao\\model\\taskQueue\\Queue('$name', new oat\\taoTaskQueue\\model\\QueueBroker\\SqsQueueBroker(\$GLOBALS['dash_cache'] ??= new GenerisCache(), 1))],
    'task_log' => 'tao/taskLog',
]);\n");
file_put_contents("$root/config/tao/taskLog.conf.php", <<<'PHP'
<?php
return $GLOBALS['dash_log'] ??= new oat\tao\model\taskQueue\TaskLog(['task_log_broker' => new oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker('default', 'dashsqs_log')]);
PHP);
$log = require "$root/config/tao/taskLog.conf.php";
$log->createContainer();
$d = require "$root/config/tao/taskQueue.conf.php";
$d->initialize();
// a dead letter: its entry failed, its message in the poison queue
$task = new CallbackTask('x1', 'u1');
$log->add($task, 'enqueued');
$log->setReport('x1', ['type' => 'error', 'message' => 'no attempt is left', 'data' => null, 'children' => []], 'failed');
$log->add(new CallbackTask('f1', 'u1'), 'enqueued');
$log->setReport('f1', ['type' => 'error', 'message' => 'boom', 'data' => null, 'children' => []], 'failed');
sqs_raw('CreateQueue', ['QueueName' => "TQ_{$name}_poison"]);
sqs_raw('SendMessage', ['QueueUrl' => sqs_url("TQ_{$name}_poison"), 'MessageBody' => json_encode($task)]);

$m = ['TaskQueueManager'];
$dash = '/tao/TaskQueueDashboard';
ob_start();
request('GET', "$dash/stuck", '', [], $log, 'm', $m);
echo preg_replace('/"age":N\.\d+/', '"age":N', ob_get_clean());
ob_start();
request('POST', "$dash/restart", 'taskId=x1', [], $log, 'm', $m);
request('POST', "$dash/restart", 'taskId=f1', [], $log, 'm', $m);
echo str_replace($name, 'NAME', ob_get_clean());
$broker = $d->getQueue($name)->getBroker();
echo 'x1: ', $log->getStatus('x1'), ', queue ', $broker->count(), ', poison ', count($broker->getPoisonMessages()), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../rds/inc/rds.inc';
sql('DROP TABLE IF EXISTS tq_dashsqs_log');
$root = sys_get_temp_dir() . '/dashsqs_root_' . getmypid();
@unlink("$root/config/tao/taskQueue.conf.php");
@unlink("$root/config/tao/taskLog.conf.php");
@rmdir("$root/config/tao");
@rmdir("$root/config");
@rmdir($root);
?>
--EXPECT--
200 {"success":true,"data":[{"id":"x1","label":"","taskName":"oat\\tao\\model\\taskQueue\\Task\\CallbackTask","owner":"u1","status":"failed","age":N,"reason":"kept aside: it failed its last attempt (a dead letter) or cannot be decoded"}],"version":"taskqueue-0.1.0"}
200 {"success":true,"data":{"action":"restart","taskId":"x1","message":"Task \"x1\" put back in queue NAME"},"version":"taskqueue-0.1.0"}
400 {"success":false,"errorCode":400,"errorMsg":"Task \"f1\" is neither queued, running nor kept aside: nothing to restart.","version":"taskqueue-0.1.0"}
x1: enqueued, queue 1, poison 0
