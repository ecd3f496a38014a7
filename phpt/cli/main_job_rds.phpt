--TEST--
The main job on PostgreSQL: the example root's three queues set up by InitializeQueue --broker=rds, sample tasks enqueued, two RunWorker processes drain them, ShowStats agrees
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

$conninfo = getenv('TASKQUEUE_PERSISTENCE_DEFAULT');
if (!$conninfo) {
    exit("FAILED: TASKQUEUE_PERSISTENCE_DEFAULT is not set. Start PostgreSQL with eval \"\$(tools/pg-cluster.sh start)\" (tests/run-all.sh does) and run the test again.\n");
}
// A schema of its own, so that tests running at the same time never share a table.
$psql = is_executable('/usr/lib/postgresql/15/bin/psql') ? '/usr/lib/postgresql/15/bin/psql' : 'psql';
$schema = 'tq_main_job_' . getmypid();
function sql(string $q): void
{
    global $psql, $conninfo;
    exec(escapeshellarg($psql) . ' ' . escapeshellarg($conninfo) . ' -XAtq -v ON_ERROR_STOP=1 -c ' . escapeshellarg($q) . ' 2>&1', $out, $rc);
    if ($rc !== 0) {
        exit("FAILED: psql: $q: " . implode("\n", $out) . "\n");
    }
}
sql("DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema");
register_shutdown_function(fn() => sql("DROP SCHEMA IF EXISTS $schema CASCADE"));
$env = ['TASKQUEUE_PERSISTENCE_DEFAULT' => "$conninfo options='-c search_path=$schema'"];

$root = tq_root([]);
tq_copy_tree(__DIR__ . '/../../examples/tao-root', $root);
$tool = fn(string ...$args) => tq_spawn($root, array_merge(['index.php'], $args), $env, 120);
function show(array $r): void
{
    [$rc, $out, $err] = $r;
    echo preg_replace('/in \d+\.\d\d s/', 'in N s', $out), "exit $rc\n";
    if ($rc !== 0) {
        echo $err, "\n";
    }
}

echo "-- InitializeQueue\n";
show($tool(TQ_INIT_QUEUE, '--broker=rds', '--persistence=default', '--receive=10'));
show($tool(TQ_INIT_QUEUE, '--queue=standard', '--broker=rds', '--persistence=default', '--receive=5'));
echo file_get_contents($root . 'config/tao/taskQueue.conf.php');
// again without options: idempotent
show($tool(TQ_INIT_QUEUE));

echo "-- EnqueueSamples\n";
show($tool('oat\taskQueueExample\EnqueueSamples', '--count=60'));

echo "-- two workers\n";
$worker = [$root, ['index.php', TQ_RUN_WORKER, '--stop-when-empty', '--time-limit=100'], $env];
foreach (tq_spawn_all([$worker, $worker], 120) as $i => [$rc, $out, $err]) {
    echo "worker $i: exit $rc, ", preg_replace('/at \S+/', 'at <ATOM>', trim($out)), "\n";
    if ($rc !== 0) {
        echo $err, "\n";
    }
}

echo "-- ShowStats\n";
show($tool('oat\taskQueueExample\ShowStats'));
?>
--EXPECT--
-- InitializeQueue
Running command...
  Queue(s) initialized.
  Queue service re-registered.
  Task Log container created.
exit 0
Running command...
  Queue(s) initialized.
  Queue service re-registered.
  Task Log container created.
exit 0
<?php
return new \oat\tao\model\taskQueue\QueueDispatcher(array(
    'queues' => array(
        new \oat\tao\model\taskQueue\Queue('priority', new \oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker('default', 10), 90),
        new \oat\tao\model\taskQueue\Queue('standard', new \oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker('default', 5), 30),
        new \oat\tao\model\taskQueue\Queue('background', new \oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker('default', 10), 10)
    ),
    'default_queue' => 'background',
    'task_to_queue_associations' => array(
        'oat\\taskQueueExample\\ImportItems' => 'priority',
        'oat\\taskQueueExample\\ExportResults' => 'standard'
    ),
    'task_log' => 'tao/taskLog',
    'task_selector_strategy' => new \oat\tao\model\taskQueue\Queue\TaskSelector\WeightStrategy()
));
Running command...
  Queue(s) initialized.
  Task Log container created.
exit 0
-- EnqueueSamples
Enqueued 60 tasks in N s
  priority     25 waiting
  standard     20 waiting
  background   15 waiting
exit 0
-- two workers
worker 0: exit 0, Worker finished at <ATOM>
worker 1: exit 0, Worker finished at <ATOM>
-- ShowStats
The queues are drained
  Queues
    priority   weight 90, 0 waiting
    standard   weight 30, 0 waiting
    background weight 10, 0 waiting
  Task Log: {"numberOfTasksCompleted":59,"numberOfTasksFailed":1,"numberOfTasksInProgress":0,"numberOfTasksEnqueued":0}
    enqueued  0
    dequeued  0
    running   0
    completed 59
    failed    1
exit 0
