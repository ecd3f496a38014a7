--TEST--
RunWorker in its own process: drains every queue with --stop-when-empty, --limit ends it after that many tasks, the limits are accepted, TAO's success message
--SKIPIF--
<?php
if (!function_exists('proc_open')) die('skip proc_open() is disabled');
?>
--INI--
; the PCRE JIT upsets valgrind (-m): uninitialised-value reports from JIT code
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/root.inc';

$task = <<<'PHP'
<?php
/* Goes to the queue its parameters name; each run appends its name to <root>/ran.log. */
class RecordRun implements oat\tao\model\taskQueue\Task\QueueAssociableInterface
{
    public function getQueueName(array $params = []) { return $params['queue']; }

    public function __invoke(array $params)
    {
        file_put_contents(ROOT_PATH . 'ran.log', $params['name'] . "\n", FILE_APPEND | LOCK_EX);
        return ['type' => 'success', 'message' => 'ran ' . $params['name'], 'data' => null, 'children' => []];
    }
}
PHP;
$queues = <<<'PHP'
<?php
use oat\tao\model\taskQueue\{Queue, QueueDispatcher};
return new QueueDispatcher([
    'queues' => [new Queue('a', new FileBroker(), 10), new Queue('b', new FileBroker(2), 1)],
    'default_queue' => 'a',
    'task_log' => 'tao/taskLog',
]);
PHP;
$root = tq_root([
    'index.php' => TQ_INDEX_PHP,
    'src/RecordRun.php' => $task,
    'config/tao/taskQueue.conf.php' => $queues,
    'config/tao/taskLog.conf.php' => TQ_FILE_TASK_LOG_CONF,
]);
define('ROOT_PATH', $root);
require $root . 'src/RecordRun.php';
$env = ['TQ_TEST_INC' => __DIR__ . '/inc/root.inc'];

function enqueue(string $queue, int $n): void
{
    $d = require ROOT_PATH . 'config/tao/taskQueue.conf.php';
    for ($i = 1; $i <= $n; $i++) {
        $d->createTask(new RecordRun(), ['queue' => $queue, 'name' => "$queue$i"], "$queue$i");
    }
}
function runs(): string
{
    $lines = is_file(ROOT_PATH . 'ran.log') ? file(ROOT_PATH . 'ran.log', FILE_IGNORE_NEW_LINES) : [];
    @unlink(ROOT_PATH . 'ran.log');
    sort($lines);
    return 'ran: ' . implode(' ', $lines);
}
function left(): string
{
    $d = require ROOT_PATH . 'config/tao/taskQueue.conf.php';
    $statuses = array_count_values($d->getTaskLog()->getBroker()->statuses());
    ksort($statuses);
    return 'left: a=' . $d->getQueue('a')->count() . ' b=' . $d->getQueue('b')->count() . ', task log: ' . json_encode($statuses);
}
function show(array $r): void
{
    [$rc, $out, $err] = $r;
    echo 'exit ', $rc, ': ', preg_replace('/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d/', '<ATOM>', trim($out)), "\n";
    if ($rc !== 0) {
        echo $err, "\n";
    }
}

echo "-- every queue, until they are empty\n";
enqueue('a', 3);
enqueue('b', 4);
echo left(), "\n";
show(tq_spawn($root, ['index.php', TQ_RUN_WORKER, '--stop-when-empty', '--time-limit=60', '--memory-limit=512'], $env));
echo runs(), "\n", left(), "\n";

echo "-- one queue, --limit=2\n";
enqueue('a', 5);
show(tq_spawn($root, ['index.php', TQ_RUN_WORKER, '--queue=a', '--limit=2'], $env));
echo runs(), "\n", left(), "\n";

echo "-- one queue, until it is empty; the other is left alone\n";
enqueue('b', 2);
show(tq_spawn($root, ['index.php', TQ_RUN_WORKER, '--queue=a', '--stop-when-empty'], $env));
echo runs(), "\n", left(), "\n";
?>
--EXPECT--
-- every queue, until they are empty
left: a=3 b=4, task log: {"enqueued":7}
exit 0: Worker finished at <ATOM>
ran: a1 a2 a3 b1 b2 b3 b4
left: a=0 b=0, task log: {"completed":7}
-- one queue, --limit=2
exit 0: Worker finished at <ATOM>
ran: a1 a2
left: a=3 b=0, task log: {"completed":9,"enqueued":3}
-- one queue, until it is empty; the other is left alone
exit 0: Worker finished at <ATOM>
ran: a3 a4 a5
left: a=0 b=2, task log: {"completed":12,"enqueued":2}
