--TEST--
AddTaskToQueue, RunTask and ReRunTask: an action enqueued with its parameters and its name as label, on the queue its class is associated with; that message (base64 of its JSON) run here to "completed"; a finished task enqueued again under a new id with the same name, parameters and label; TAO's messages for a missing class, a class that is no allowed action, an unknown task id; not base64, a broken task, a missing -t: error reports (exit 1) that enqueue nothing
--INI--
taskqueue.allowed_callables=Job
--FILE--
<?php
require __DIR__ . '/inc/root.inc';
$conf = <<<'PHP'
<?php
use oat\tao\model\taskQueue\{Queue, QueueDispatcher};
return new QueueDispatcher(['queues' => [new Queue('a', new ArrayBroker()), new Queue('b', new ArrayBroker())],
    'task_log' => 'tao/taskLog', QueueDispatcher::OPTION_TASK_TO_QUEUE_ASSOCIATIONS => ['Job' => 'b']]);
PHP;
$root = tq_root(['config/tao/taskQueue.conf.php' => $conf, 'config/tao/taskLog.conf.php' => TQ_TASK_LOG_CONF]);
putenv("TASKQUEUE_ROOT=$root");
$log = require $root . 'config/tao/taskLog.conf.php';
class Job
{
    public static array $ran = [];
    public function __invoke($params)
    {
        self::$ran[] = $params;
        return ['type' => 'success', 'message' => 'job done', 'data' => null, 'children' => []];
    }
}
class NotAllowed { public function __invoke($params) {} }
const ADD = 'oat\taoTaskQueue\scripts\tools\AddTaskToQueue';
const RUN = 'oat\taoTaskQueue\scripts\tools\RunTask';
const RERUN = 'oat\taoTaskQueue\scripts\tools\ReRunTask';
$depth = fn() => count(ArrayBroker::$queues['a'] ?? []) . '/' . count(ArrayBroker::$queues['b'] ?? []);

echo "-- AddTaskToQueue\n";
tq_cli(ADD, 'Job', 'x', 'y');
$msg = json_decode(ArrayBroker::$queues['b'][0], true);
$id = $msg['metadata']['__id__'];
echo "queues a/b: ", $depth(), "; callable ", $msg['metadata']['__callable__'], ", parameters ", json_encode($msg['parameters']),
    ", log: ", $log->getStatus($id), "\n";
tq_cli(ADD);
tq_cli(ADD, 'No\Such\Action');
tq_cli(ADD, 'NotAllowed');
echo "queues a/b: ", $depth(), "\n";

echo "-- RunTask\n";
tq_cli(RUN, '-t', base64_encode(ArrayBroker::$queues['b'][0]));
echo "ran with ", json_encode(Job::$ran), "; log: ", $log->getStatus($id), ", ", $log->getReport($id)['children'][0]['message'] ?? '?', "\n";
tq_cli(RUN, '-t', '%%% not base64 %%%');
tq_cli(RUN, '-t', base64_encode('{"taskFqcn": 42}'));
tq_cli(RUN);
echo "ran ", count(Job::$ran), " time(s)\n";

echo "-- ReRunTask\n";
ob_start();
tq_cli(RERUN, '-t', $id);
$out = ob_get_clean();
echo preg_replace('/new id \S+/', 'new id <new>', $out);
$copy = json_decode(ArrayBroker::$queues['b'][1], true);
$new = $copy['metadata']['__id__'];
var_dump($new !== $id, str_contains($out, $new));
echo "copy: ", $copy['metadata']['__callable__'], ", parameters ", json_encode($copy['parameters']), ", log: ",
    $log->getStatus($new), "; label kept: ", var_export($log->getById($new)->getLabel() === $log->getById($id)->getLabel(), true), "\n";
tq_cli(RERUN, '-t', 'no-such-id');
$ghost = new oat\tao\model\taskQueue\Task\CallbackTask('ghost', 'someone');
$ghost->setCallable(new NotAllowed());
$log->add($ghost, 'failed', 'ghost');
tq_cli(RERUN, '-t', 'ghost');
tq_cli(RERUN);
echo "queues a/b: ", $depth(), "\n";
?>
--EXPECTF--
-- AddTaskToQueue
Task Job has been successfully added to the queue
exit 0
queues a/b: 0/1; callable Job, parameters ["x","y"], log: enqueued
Usage: <Action FQCN> [param ...]
exit 1
Action class does not exist (No\Such\Action)
exit 1
Action in not instance of oat\oatbox\action\Action (NotAllowed; taskqueue.allowed_callables may list it)
exit 1
queues a/b: 0/1
-- RunTask
completed
exit 0
ran with [["x","y"]]; log: completed, job done
The task given with -t/--task is not base64 (18 characters)
exit 1
Invalid task JSON: "taskFqcn" must be a non-empty string, got integer
exit 1
Required argument 'task' is missing.
exit 1
ran 1 time(s)
-- ReRunTask
Original task `http://%s` was added to the queue under new id <new>
exit 0
bool(true)
bool(true)
copy: Job, parameters ["x","y"], log: enqueued; label kept: true
Task with corresponding id not found.
exit 1
Action in not instance of oat\oatbox\action\Action (NotAllowed; taskqueue.allowed_callables may list it)
exit 1
Required argument 'task' is missing.
exit 1
queues a/b: 0/2
