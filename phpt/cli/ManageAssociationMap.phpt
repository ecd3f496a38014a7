--TEST--
ManageAssociationMap / QueueAssociationService: a task class moved to an existing queue or to a new RDS queue (persistence "default", 1 task a poll, weight 30), the queue service saved and InitializeQueue's report returned; TAO's message for a class that is no task; a missing -t/-q, an unknown option: error reports (exit 1) that change nothing; associateBulk(), guessDefaultBrokerType(), deleteAndRemoveAssociations(); with generis' Action interface loaded, an Action or one of the extension's own tools is accepted, another class is not
--EXTENSIONS--
pgsql
--SKIPIF--
<?php
if (!getenv('TASKQUEUE_PERSISTENCE_DEFAULT')) die('skip TASKQUEUE_PERSISTENCE_DEFAULT is not set (tests/run-all.sh starts PostgreSQL)');
?>
--FILE--
<?php
require __DIR__ . '/inc/root.inc';
$conf = <<<'PHP'
<?php
use oat\tao\model\taskQueue\{Queue, QueueDispatcher};
return new QueueDispatcher(['queues' => [new Queue('a', new ArrayBroker()), new Queue('b', new ArrayBroker())], 'task_log' => 'tao/taskLog']);
PHP;
$root = tq_root(['config/tao/taskQueue.conf.php' => $conf, 'config/tao/taskLog.conf.php' => TQ_TASK_LOG_CONF]);
define('ROOT_PATH', $root);
const MAP = 'oat\taoTaskQueue\scripts\tools\ManageAssociationMap';
$queue = 'tq_assoc_' . getmypid();
$db = pg_connect(getenv('TASKQUEUE_PERSISTENCE_DEFAULT'), PGSQL_CONNECT_FORCE_NEW);
register_shutdown_function(fn() => pg_query($db, "DROP TABLE IF EXISTS tq_$queue"));
class Job { public function __invoke($params) { return null; } }
class NotATask {}
$saved = fn() => file_get_contents($root . 'config/tao/taskQueue.conf.php');
$links = function () use ($root) {
    $d = include $root . 'config/tao/taskQueue.conf.php';
    return json_encode($d->getLinkedTasks()) . ' queues ' . implode(',', $d->getQueueNames());
};

echo "-- bad input\n";
tq_cli(MAP, '-t', 'Job');
tq_cli(MAP, '-q', 'a');
tq_cli(MAP, '-t', 'NotATask', '-q', 'a');
tq_cli(MAP, '-t', 'No\Such\Task', '-q', 'a');
tq_cli(MAP, '-t', 'Job', '-q', 'a', '--force');
var_dump($saved() === $conf);
echo "-- existing queue\n";
tq_cli(MAP, '-t', 'Job', '-q', 'b');
echo $links(), "\n";
echo "-- new queue\n";
tq_cli(MAP, '--taskClass', 'Job', '--queue', $queue);
echo str_replace($queue, '<new>', $links()), "\n";
var_dump(str_contains($saved(), "new \\oat\\taoTaskQueue\\model\\QueueBroker\\RdsQueueBroker('default', 1)"),
         (int) pg_fetch_result(pg_query($db, "SELECT count(*) FROM pg_tables WHERE tablename = 'tq_$queue'"), 0, 0));
echo "-- the service\n";
$s = new oat\taoTaskQueue\model\Service\QueueAssociationService();
echo $s->guessDefaultBrokerType(), "\n";
var_dump($s->associateBulk('a', ['Other' => 'x', 'Job' => 'x']));
echo str_replace($queue, '<new>', $links()), "\n";
$s->deleteAndRemoveAssociations($queue);
echo $links(), "\n";
try {
    $s->associate('NotATask', 'a');
} catch (InvalidArgumentException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($s->associate('Job', 'b') instanceof oat\taoTaskQueue\scripts\tools\InitializeQueue);
echo "-- help\n";
tq_cli(MAP, '-h');
echo "-- generis' Action interface loaded: an Action, or one of the extension's tools (Actions in TAO)\n";
eval('namespace oat\oatbox\action; interface Action { public function __invoke($params); }');
eval('class RealAction implements oat\oatbox\action\Action { public function __invoke($params) { return null; } }');
foreach (['Job', 'RealAction', 'oat\taoTaskQueue\scripts\tools\AddTaskToQueue', 'oat\tao\model\taskQueue\Queue',
          // the extension's own invokable classes that are no operator tool: no Actions in TAO either
          'oat\tao\model\taskQueue\Task\CallbackTask', 'oat\tao\model\taskQueue\Task\AbstractTask',
          'oat\tao\model\taskQueue\Task\TaskInterface', 'TaskQueue\Internal\WorkerProcessCloseListener'] as $cls) {
    try {
        $s->associate($cls, 'a');
        echo "$cls: associated\n";
    } catch (InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}
echo $links(), "\n";
?>
--EXPECTF--
-- bad input
Required argument 'queue' is missing.
exit 1
Required argument 'taskClass' is missing.
exit 1
NotATask - Task must extend oat\oatbox\action\Action
exit 1
No\Such\Task - Task must extend oat\oatbox\action\Action
exit 1
Unknown option "--force". Valid options: -t, --taskClass <task class>; -q, --queue <queue>; -h, --help
exit 1
bool(true)
-- existing queue
Running command...
  Queue(s) initialized.
  Task Log container created.
exit 0
{"Job":"b"} queues a,b
-- new queue
Running command...
  Queue(s) initialized.
  Task Log container created.
exit 0
{"Job":"<new>"} queues a,b,<new>
bool(true)
int(1)
-- the service
array
NULL
{"Job":"a","Other":"a"} queues a,b,<new>
{"Job":"a","Other":"a"} queues a,b
InvalidArgumentException: NotATask - Task must extend oat\oatbox\action\Action
bool(true)
-- help
Command will define association for a task to specific queue.
Required Arguments:
  -t, --taskClass <task class>
  -q, --queue <queue>
Optional Arguments:
  -h, --help
exit 0
-- generis' Action interface loaded: an Action, or one of the extension's tools (Actions in TAO)
Job - Task must extend oat\oatbox\action\Action
RealAction: associated
oat\taoTaskQueue\scripts\tools\AddTaskToQueue: associated
oat\tao\model\taskQueue\Queue - Task must extend oat\oatbox\action\Action
oat\tao\model\taskQueue\Task\CallbackTask - Task must extend oat\oatbox\action\Action
oat\tao\model\taskQueue\Task\AbstractTask - Task must extend oat\oatbox\action\Action
oat\tao\model\taskQueue\Task\TaskInterface - Task must extend oat\oatbox\action\Action
TaskQueue\Internal\WorkerProcessCloseListener - Task must extend oat\oatbox\action\Action
{"Job":"b","Other":"a","RealAction":"a","oat\\taoTaskQueue\\scripts\\tools\\AddTaskToQueue":"a"} queues a,b
