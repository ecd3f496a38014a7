--TEST--
RdsQueueBroker: the server restarts while 4 PHP processes drain a queue; they reconnect and no task is lost
--INI--
pcre.jit=0
--CONFLICTS--
all
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\TaskLog;

const N = 4000;

/* tools/pg-cluster.sh restart <dir>. Under run-tests -m every program the test starts runs
 * inside valgrind (--trace-children), where pg_ctl cannot work (it runs as postgres, who cannot
 * write valgrind's log): then the server runs the same pg_ctl restart itself, detached. */
function restart_server(string $tool, string $dir): string
{
    if (strpos((string) getenv('LD_PRELOAD'), 'vgpreload') === false) {
        $p = proc_open([$tool, 'restart', $dir], [1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
        $o = stream_get_contents($pipes[1]);
        return proc_close($p) === 0 ? 'ok' : $o;
    }
    $bin = sql_value("SELECT setting FROM pg_config WHERE name = 'BINDIR'");
    $data = sql_value("SHOW data_directory");
    $started = sql_value("SELECT pg_postmaster_start_time()");
    sql('COPY (SELECT 1) TO PROGRAM $cmd$setsid ' . escapeshellarg("$bin/pg_ctl") . ' -D ' . escapeshellarg($data)
        . ' -l ' . escapeshellarg("$dir/server.log") . ' -m fast -w -t 60 restart </dev/null >/dev/null 2>&1 &$cmd$');
    for ($i = 0; $i < 600; $i++) {
        usleep(100000);
        $c = @pg_connect(rds_conninfo(), PGSQL_CONNECT_FORCE_NEW);
        $now = $c ? @pg_query($c, "SELECT pg_postmaster_start_time()") : false;
        if ($now && pg_fetch_result($now, 0, 0) !== $started) {
            return 'ok';
        }
    }
    return 'the server did not come back';
}
$dir = rds_cluster_dir();
$tool = dirname(__DIR__, 2) . '/tools/pg-cluster.sh';
$lb = new RdsTaskLogBroker('default', 'rds_restart_log');
$lb->createContainer();
$b = new RdsQueueBroker('default');
$q = new Queue('rds_restart', $b);
$q->setTaskLog(new TaskLog(['task_log_broker' => $lb]));
$q->initialize();
sql("CREATE TABLE rds_rds_restart_done (n integer PRIMARY KEY, worker integer NOT NULL);
     CREATE TABLE rds_rds_restart_runs (n integer NOT NULL, worker integer NOT NULL)");
$cb = 'oat\tao\model\taskQueue\Task\CallbackTask';
for ($i = 1; $i <= N; $i += 500) {         // through pushMany: messages and log rows, 500 a statement
    $tasks = [];
    for ($j = $i; $j < $i + 500; $j++) {
        $t = new $cb("http://x/restart.rdf#i$j", '');
        $t->setCallable(new RdsJob())->setParameter(['n' => $j]);
        $t->setMetadata('__callable__', 'DrainJob');
        $tasks[] = $t;
    }
    $b->setTaskLogBroker($lb)->pushMany($tasks);
}
// the body the workers resolve is DrainJob: rewrite the callable in the JSON
sql("UPDATE tq_rds_restart SET message = replace(message, '\"__callable__\":\"RdsJob\"', '\"__callable__\":\"DrainJob\"')");
echo sql_value("SELECT count(*) FROM tq_rds_restart"), " queued, ", sql_value("SELECT count(*) FROM tq_rds_restart_log WHERE status = 'enqueued'"), " enqueued\n";

$script = sys_get_temp_dir() . '/rds_restart_' . getmypid() . '.php';
file_put_contents($script, '<?php require ' . var_export(__DIR__ . '/inc/drain_worker.inc', true) . ';');
$procs = rds_spawn($script, 4, ['RDS_QUEUE' => 'rds_restart', 'RDS_LEASE' => '2']);
for ($i = 0; $i < 600 && (int) sql_value("SELECT count(*) FROM rds_rds_restart_done") < N / 4; $i++) { usleep(50000); }
$done = (int) sql_value("SELECT count(*) FROM rds_rds_restart_done");
echo "restart after a quarter: ", $done >= N / 4 && $done < N ? 'yes' : "no ($done)", "\n";
echo "restart: ", restart_server($tool, $dir), "\n";
pg_close(db());
$outs = rds_wait($procs, $script, 110);
unlink($script);
var_dump($outs !== false);
preg_match_all('/reconnects=(\d+)/', implode('', $outs ?: []), $m);
echo "workers reconnected: ", array_sum($m[1]) >= 4 ? 'yes' : 'no (' . implode(',', $m[1]) . ')', "\n";
$db = pg_connect(rds_conninfo(), PGSQL_CONNECT_FORCE_NEW);
$v = fn($q) => pg_fetch_result(pg_query($db, $q), 0, 0);
echo "tasks done: ", $v("SELECT count(*) FROM rds_rds_restart_done"), " of ", N, "\n";
echo "log: ", $v("SELECT string_agg(status || '=' || c, ',') FROM (SELECT status, count(*) c FROM tq_rds_restart_log GROUP BY status) s"), "\n";
echo "queue rows left: ", $v("SELECT count(*) FROM tq_rds_restart"), "\n";
// a task whose ack was cut by the restart may have run twice (at least once, never lost)
echo "runs >= tasks: ", $v("SELECT count(*) FROM rds_rds_restart_runs") >= N ? 'yes' : 'no', "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
drop_tables('tq_rds_restart', 'tq_rds_restart_log', 'rds_rds_restart_done', 'rds_rds_restart_runs');
?>
--EXPECT--
4000 queued, 4000 enqueued
restart after a quarter: yes
restart: ok
bool(true)
workers reconnected: yes
tasks done: 4000 of 4000
log: completed=4000
queue rows left: 0
runs >= tasks: yes
