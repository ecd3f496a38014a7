--TEST--
TaskQueue\Http\Server::handle(): /metrics on PostgreSQL: managers only, depth counted at scrape time, a LongRunningWorker's tasks counted once each (started, completed, failed) with their durations when its heartbeat ends, Prometheus' text format; an in-memory Task Log has no metrics
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';
require __DIR__ . '/../http/inc/http.inc';
use oat\taoTaskQueue\model\LongRunningWorker;

rds_conninfo();
sql('DROP TABLE IF EXISTS tq_metricsphpt_log, tq_metricsphpt_q');
// tq_metrics_counts and tq_workers are shared with the tests beside this one: only this queue counts
sql("DO \$\$ BEGIN DELETE FROM tq_metrics_counts WHERE queue = 'metricsphpt_q'; EXCEPTION WHEN undefined_table THEN NULL; END \$\$");
$root = sys_get_temp_dir() . '/metricsphpt_root_' . getmypid();
@mkdir("$root/config/tao", 0777, true);
ini_set('taskqueue.root', $root);
file_put_contents("$root/config/tao/taskQueue.conf.php", <<<'PHP'
<?php
return new oat\tao\model\taskQueue\QueueDispatcher([
    'queues' => [new oat\tao\model\taskQueue\Queue('metricsphpt_q', new oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker('default', 2), 7)],
    'default_queue' => 'metricsphpt_q',
    'task_log' => 'tao/taskLog',
]);
PHP);
file_put_contents("$root/config/tao/taskLog.conf.php", <<<'PHP'
<?php
return new oat\tao\model\taskQueue\TaskLog(['task_log_broker' => new oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker('default', 'metricsphpt_log')]);
PHP);
$log = require "$root/config/tao/taskLog.conf.php";
$log->createContainer();
$d = require "$root/config/tao/taskQueue.conf.php";
$d->initialize();
foreach ([1, 2, 3] as $n) {
    $d->createTask(new RdsJob(), ['n' => $n], "ok $n");
}
$d->createTask(new RdsJob(), ['n' => 4, 'fail' => true], 'fails');

/* GET /metrics: the status, the content type, and the lines of this test's queue */
function metrics(...$handleArgs): void
{
    ob_start();
    request('GET', '/metrics', '', [], ...$handleArgs);
    [$status, $body] = explode(' ', ob_get_clean(), 2);
    echo "$status\n";
    if ($status !== '200') {
        echo $body;
        return;
    }
    foreach (explode("\n", $body) as $line) {
        if (str_contains($line, 'metricsphpt_q') && !preg_match('/_bucket\{.*le="(?!\+Inf)/', $line)) {
            echo preg_replace(['/(oldest_age_seconds\{[^}]*\}) [0-9.e-]+/', '/(_sum\{[^}]*\}) [0-9.e-]+/'],
                              ['$1 AGE', '$1 SUM'], $line), "\n";
        }
    }
}
$m = ['TaskQueueManager'];
echo "-- a plain user, then the manager before any worker ran\n";
metrics($log, 'u1');
metrics($log, 'm', $m);
echo "-- after a worker ran the four tasks\n";
$w = new LongRunningWorker($d, $log, false);
$w->setLogger(new class {
    public function __call($level, $args) {}      // the worker's lines are not what this test is about
});
$w->stopWhenEmpty(true);
$w->run();
metrics($log, 'm', $m);
$sum = (float) sql("SELECT value FROM tq_metrics_counts WHERE queue = 'metricsphpt_q' AND name = 'duration_sum'")[0]['value'];
var_dump($sum > 0 && $sum < 30);
echo "-- an in-memory Task Log\n";
metrics(http_log(), 'm', $m);
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
sql('DROP TABLE IF EXISTS tq_metricsphpt_log, tq_metricsphpt_q');
sql("DO \$\$ BEGIN DELETE FROM tq_metrics_counts WHERE queue = 'metricsphpt_q'; EXCEPTION WHEN undefined_table THEN NULL; END \$\$");
$root = sys_get_temp_dir() . '/metricsphpt_root_' . getmypid();
@unlink("$root/config/tao/taskQueue.conf.php");
@unlink("$root/config/tao/taskLog.conf.php");
@rmdir("$root/config/tao");
@rmdir("$root/config");
@rmdir($root);
?>
--EXPECT--
-- a plain user, then the manager before any worker ran
403
{"success":false,"errorCode":403,"errorMsg":"Access denied","version":"taskqueue-0.1.0"}
200
taskqueue_queue_depth{queue="metricsphpt_q"} 4
taskqueue_queue_oldest_age_seconds{queue="metricsphpt_q"} AGE
taskqueue_tasks_total{queue="metricsphpt_q",status="started"} 0
taskqueue_tasks_total{queue="metricsphpt_q",status="completed"} 0
taskqueue_tasks_total{queue="metricsphpt_q",status="failed"} 0
taskqueue_tasks_total{queue="metricsphpt_q",status="retried"} 0
taskqueue_task_duration_seconds_bucket{queue="metricsphpt_q",le="+Inf"} 0
taskqueue_task_duration_seconds_sum{queue="metricsphpt_q"} SUM
taskqueue_task_duration_seconds_count{queue="metricsphpt_q"} 0
taskqueue_workers{queue="metricsphpt_q"} 0
-- after a worker ran the four tasks
200
taskqueue_queue_depth{queue="metricsphpt_q"} 0
taskqueue_queue_oldest_age_seconds{queue="metricsphpt_q"} AGE
taskqueue_tasks_total{queue="metricsphpt_q",status="started"} 4
taskqueue_tasks_total{queue="metricsphpt_q",status="completed"} 3
taskqueue_tasks_total{queue="metricsphpt_q",status="failed"} 1
taskqueue_tasks_total{queue="metricsphpt_q",status="retried"} 0
taskqueue_task_duration_seconds_bucket{queue="metricsphpt_q",le="+Inf"} 4
taskqueue_task_duration_seconds_sum{queue="metricsphpt_q"} SUM
taskqueue_task_duration_seconds_count{queue="metricsphpt_q"} 4
taskqueue_workers{queue="metricsphpt_q"} 0
bool(true)
-- an in-memory Task Log
400
{"success":false,"errorCode":400,"errorMsg":"\/metrics needs a Task Log on PostgreSQL (RdsTaskLogBroker)","version":"taskqueue-0.1.0"}
