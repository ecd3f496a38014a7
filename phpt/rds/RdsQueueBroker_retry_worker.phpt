--TEST--
RdsQueueBroker: retries in a real LongRunningWorker process (receive 10: retried, completed and dead tasks in one claimed batch). Four tasks that fail twice with a RuntimeException and then succeed each run exactly three times, never before their backoff (0.3 s, then 0.6 s) is over, and end 'completed' with their own id; a fifth that always fails ends 'failed' after its three attempts with the three errors in its report, kept aside; the worker idles between due times instead of polling
--EXTENSIONS--
pgsql
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;
use oat\tao\model\taskQueue\{Queue, QueueDispatcher, TaskLog};
use TaskQueue\RetryPolicy;

drop_tables('tq_rds_retry_w', 'rds_retry_w_log', 'rds_retry_w_runs');
sql("CREATE TABLE rds_retry_w_runs (name text NOT NULL, ran_at timestamptz NOT NULL DEFAULT clock_timestamp())");
$lb = new RdsTaskLogBroker('default', 'rds_retry_w_log');
$lb->createContainer();
$log = new TaskLog(['task_log_broker' => $lb]);
$d = new QueueDispatcher(['queues' => [new Queue('rds_retry_w', new RdsQueueBroker('default', 1))], 'task_log' => $log,
                          QueueDispatcher::OPTION_RETRY_POLICIES => ['queues' => ['rds_retry_w' => (new RetryPolicy(3, 0.3, 10, 2, 0))->toArray()]]]);
$d->initialize();

$job = '
class RetryJob { public function __invoke(array $p) {
    $c = pg_connect(getenv("TASKQUEUE_PERSISTENCE_DEFAULT"), PGSQL_CONNECT_FORCE_NEW);
    pg_query_params($c, "INSERT INTO rds_retry_w_runs (name) VALUES ($1)", [$p["name"]]);
    $n = (int) pg_fetch_result(pg_query_params($c, "SELECT count(*) FROM rds_retry_w_runs WHERE name = $1", [$p["name"]]), 0, 0);
    if ($p["always"] || $n < 3) { throw new RuntimeException("run $n of " . $p["name"]); }
    return ["type" => "success", "message" => "ran", "data" => null, "children" => []];
} }';
eval($job);
$script = sys_get_temp_dir() . '/rds_retry_w_child_' . getmypid() . '.php';
file_put_contents($script, '<?php
ini_set("taskqueue.allowed_callables", "RetryJob");
use oat\tao\model\taskQueue\{Queue, TaskLog};
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;
use oat\taoTaskQueue\model\LongRunningWorker;
' . $job . '
$log = new TaskLog(["task_log_broker" => new RdsTaskLogBroker("default", "rds_retry_w_log")]);
$q = new Queue("rds_retry_w", new RdsQueueBroker("default", 10));
$q->setTaskLog($log);
$w = new LongRunningWorker($q, $log, false);
$w->setTimeLimit(4);
$w->run();
echo "processed ", $w->getProcessedCount(), "\n";
');
$ids = [];
foreach (['a', 'b', 'c', 'd', 'e'] as $n) {
    $ids[$n] = $d->createTask(new RetryJob(), ['name' => $n, 'always' => $n === 'e'], "job $n")->getId();
}
$p = rds_spawn($script, 1);
$outs = rds_wait([$p[0]], $script);
echo 'worker: ', trim($outs[0] ?? 'failed'), "\n";
foreach ($ids as $n => $id) {
    $runs = array_column(sql("SELECT extract(epoch FROM ran_at) AS t FROM rds_retry_w_runs WHERE name = $1 ORDER BY ran_at", [$n]), 't');
    $gaps = [];
    for ($i = 1; $i < count($runs); $i++) {
        $gaps[] = $runs[$i] - $runs[$i - 1];
    }
    $early = array_filter($gaps, fn($g, $i) => $g < 0.3 * (2 ** $i) - 0.005, ARRAY_FILTER_USE_BOTH);
    echo "$n: ", $log->getStatus($id), ', runs ', count($runs), ', ', $early ? 'EARLY ' . json_encode($gaps) : 'never early', "\n";
}
$report = $log->getReport($ids['e']);
echo "e: ", $report['message'] === "Task {$ids['e']} failed on attempt 3 of 3; no attempt is left." ? 'last attempt' : $report['message'],
     ', ', implode(' / ', array_map(fn($c) => $c['message'], $report['children'])), "\n";
echo 'rows left: ', sql_value("SELECT count(*) FROM tq_rds_retry_w"), ', kept aside: ',
     sql_value("SELECT count(*) FROM tq_rds_retry_w WHERE task_id = $1 AND NOT visible AND lease_until IS NULL", [$ids['e']]), "\n";
@unlink($script);
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
drop_tables('tq_rds_retry_w', 'rds_retry_w_log', 'rds_retry_w_runs');
?>
--EXPECT--
worker: processed 15
a: completed, runs 3, never early
b: completed, runs 3, never early
c: completed, runs 3, never early
d: completed, runs 3, never early
e: failed, runs 3, never early
e: last attempt, Attempt 1: RuntimeException: run 1 of e / Attempt 2: RuntimeException: run 2 of e / Attempt 3: RuntimeException: run 3 of e
rows left: 1, kept aside: 1
