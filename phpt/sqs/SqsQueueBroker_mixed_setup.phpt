--TEST--
The seed's mixed setup: queue `priority` on SQS (weight 90), `standard` (receive 5, weight 30) and `background` (weight 10) on PostgreSQL via RdsQueueBroker('default'), one RDS Task Log; tasks routed by association, two LongRunningWorker processes (StrictPriorityStrategy: a queue is left only once it is empty, buffer included) drain everything, every task completed exactly once
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/sqs.inc';
if (!getenv('TASKQUEUE_PERSISTENCE_DEFAULT')) {
    echo "FATAL: TASKQUEUE_PERSISTENCE_DEFAULT is not set: run through tests/run-all.sh (it starts PostgreSQL)\n";
    exit(1);
}
$dir = sqs_tmpdir('mixed');
$suffix = getmypid() . '_' . substr(str_replace('.', '', (string) microtime(true)), -6);
file_put_contents("$dir/setup.php", '<?php
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\QueueDispatcher;
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;
use oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker;
use oat\taoTaskQueue\model\TaskSelector\StrictPriorityStrategy;

class SomeImportantAction extends MarkJob {}
class SomeLessImportantTask extends MarkJob {}
class SomeBackgroundJob extends MarkJob {}
ini_set("taskqueue.allowed_callables", "MarkJob,SomeImportantAction,SomeLessImportantTask,SomeBackgroundJob");

function mixed_setup(string $suffix): QueueDispatcher
{
    $log = new TaskLog([TaskLog::OPTION_TASK_LOG_BROKER => new RdsTaskLogBroker("default", "task_log_" . $suffix)]);
    $sqs = new SqsQueueBroker("default", new GenerisCache(), 10);   // the README\'s old form
    $sqs->setWaitTime(0);   // StrictPriorityStrategy asks the top queue first on every poll
    return new QueueDispatcher([
        QueueDispatcher::OPTION_QUEUES => [
            new Queue("priority_" . $suffix, $sqs, 90),
            new Queue("standard_" . $suffix, new RdsQueueBroker("default", 5), 30),
            new Queue("background_" . $suffix, new RdsQueueBroker("default"), 10),
        ],
        QueueDispatcher::OPTION_DEFAULT_QUEUE => "background_" . $suffix,
        QueueDispatcher::OPTION_TASK_TO_QUEUE_ASSOCIATIONS => [
            SomeImportantAction::class => "priority_" . $suffix,
            SomeLessImportantTask::class => "standard_" . $suffix,
        ],
        QueueDispatcher::OPTION_TASK_LOG => $log,
        QueueDispatcher::OPTION_TASK_SELECTOR_STRATEGY => new StrictPriorityStrategy(),
    ]);
}
');
require "$dir/setup.php";

$dispatcher = mixed_setup($suffix);
$dispatcher->getTaskLog()->getBroker()->createContainer();
$dispatcher->initialize();
$ids = [];
foreach ([SomeImportantAction::class, SomeLessImportantTask::class, SomeBackgroundJob::class] as $k => $class) {
    for ($i = 0; $i < 20; $i++) {
        $n = "$k-$i";
        $task = $dispatcher->createTask(new $class(), ['dir' => $dir, 'n' => $n], "job $n");
        $ids[$n] = $task->getId();
    }
}
foreach ($dispatcher->getQueues() as $q) {
    echo $q->getName() === '' ? '' : preg_replace("/_$suffix/", '', $q->getName()), ': ', $q->count(), " waiting\n";
}

$workers = [];
for ($w = 0; $w < 2; $w++) {
    $workers[] = new SqsChild($dir, '
require ' . var_export("$dir/setup.php", true) . ';
$dispatcher = mixed_setup(' . var_export($suffix, true) . ');
$worker = new oat\taoTaskQueue\model\LongRunningWorker($dispatcher, $dispatcher->getTaskLog(), false);
$worker->setLogger(new SqsFileLogger(' . var_export("$dir/worker-$w.log", true) . '));
$worker->stopWhenEmpty(true);
$worker->run();
echo $worker->getProcessedCount(), "\n";
', "w$w");
}
$handled = 0;
foreach ($workers as $w) {
    $w->wait(120);
    $handled += (int) $w->out();
    echo $w->err();
}
echo "handled by the two workers: $handled\n";
$runs = $statuses = [];
foreach ($ids as $n => $id) {
    $runs[] = sqs_runs($dir, $n);
    $statuses[] = $dispatcher->getTaskLog()->getStatus($id);
}
echo "runs: ", implode(',', array_count_values($runs) ? array_keys(array_count_values($runs)) : []), "; statuses: ",
    implode(',', array_unique($statuses)), "\n";
foreach ($dispatcher->getQueues() as $q) {
    echo preg_replace("/_$suffix/", '', $q->getName()), ': ', $q->count(), " waiting\n";
}
sqs_rmdir($dir);
?>
--EXPECT--
priority: 20 waiting
standard: 20 waiting
background: 20 waiting
handled by the two workers: 60
runs: 1; statuses: completed
priority: 0 waiting
standard: 0 waiting
background: 0 waiting
