--TEST--
QueueDispatcher::getTaskLog(): a service id resolves through the service locator, else the TAO root's config
--INI--
taskqueue.root=
--ENV--
TASKQUEUE_ROOT=
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\QueueDispatcher;

$log = new MemTaskLog();

// 1. through the service locator
$d = new QueueDispatcher(['queues' => [new FakeQueue('q1')], 'task_log' => 'tao/taskLog']);
$d->setServiceLocator(new ArrayLocator(['tao/taskLog' => $log]));
var_dump($d->getTaskLog() === $log);

// the locator's own exception when it does not know the id
$d = new QueueDispatcher(['queues' => [new FakeQueue('q1')], 'task_log' => 'tao/otherLog']);
$d->setServiceLocator(new ArrayLocator([]));
tq_try(fn() => $d->getTaskLog());

// a service that is not a task log
$d = new QueueDispatcher(['queues' => [new FakeQueue('q1')], 'task_log' => 'tao/taskLog']);
$d->setServiceLocator(new ArrayLocator(['tao/taskLog' => new stdClass()]));
tq_try(fn() => $d->getTaskLog());

// 2. no locator and no TAO root
$d = new QueueDispatcher(['queues' => [new FakeQueue('q1')], 'task_log' => 'tao/taskLog']);
tq_try(fn() => $d->getTaskLog());

// 3. the TAO root's config/tao/taskLog.conf.php
$root = sys_get_temp_dir() . '/tq_dispatcher_root_' . getmypid();
@mkdir("$root/config/tao", 0777, true);
file_put_contents("$root/config/tao/taskLog.conf.php", "<?php\nreturn new MemTaskLog();\n");
ini_set('taskqueue.root', $root);
$q = new FakeQueue('q1', null, 1, true);
$d = new QueueDispatcher(['queues' => [$q], 'task_log' => 'tao/taskLog']);
$tl = $d->getTaskLog();
var_dump(get_class($tl), $d->getTaskLog() === $tl);
// the sync path uses it
$d->enqueue(TestTask::make('t1', fn() => ['type' => 'success', 'message' => 'ok']));
var_dump($tl->rows['t1']['status'], $q->taskLog === $tl);
tq_try(fn() => (new QueueDispatcher(['queues' => [$q], 'task_log' => 'tao/missing']))->getTaskLog());
?>
--CLEAN--
<?php
$root = sys_get_temp_dir() . '/tq_dispatcher_root_*';
foreach (glob($root) as $dir) {
    @unlink("$dir/config/tao/taskLog.conf.php");
    @rmdir("$dir/config/tao");
    @rmdir("$dir/config");
    @rmdir($dir);
}
?>
--EXPECTF--
bool(true)
RuntimeException: no service tao/otherLog
LogicException: Task Log service "tao/taskLog" must implement oat\tao\model\taskQueue\TaskLogInterface, stdClass given.
RuntimeException: Service "tao/taskLog" cannot be found: no service locator was set and no TAO root is known (define ROOT_PATH, set taskqueue.root or TASKQUEUE_ROOT)
string(10) "MemTaskLog"
bool(true)
string(9) "completed"
bool(true)
RuntimeException: Service "tao/missing" cannot be found: no service locator was set and config file %s/config/tao/missing.conf.php does not exist
