--TEST--
RdsQueueBroker: 4 PHP processes drain one queue of 10,000 tasks (3,000 in the memory-checked runs) concurrently, every task delivered and run exactly once (checked in SQL)
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;

// The memory-checked runs (valgrind, ASan: USE_ZEND_ALLOC=0) beside other jobs check the same
// property on fewer tasks; the plain run keeps the full size.
define('N', getenv('USE_ZEND_ALLOC') === '0' ? 3000 : 10000);
(new RdsTaskLogBroker('default', 'rds_drain_log'))->createContainer();
$b = new RdsQueueBroker('default');
$b->setQueueName('rds_drain');
$b->createQueue();
sql("CREATE TABLE rds_rds_drain_done (n integer PRIMARY KEY, worker integer NOT NULL);
     CREATE TABLE rds_rds_drain_runs (n integer NOT NULL, worker integer NOT NULL)");
// TAO's message format, written by SQL (no task_id column value: the claim reads the id from the JSON)
sql("INSERT INTO tq_rds_drain (message, created_at)
     SELECT '{\"taskFqcn\":\"oat\\\\tao\\\\model\\\\taskQueue\\\\Task\\\\CallbackTask\",\"metadata\":{\"__id__\":\"http:\\/\\/x\\/drain.rdf#i' || g
            || '\",\"__created_at__\":\"2024-01-01T00:00:00+00:00\",\"__owner__\":\"\",\"__master_status__\":0,\"__callable__\":\"DrainJob\"},\"parameters\":{\"n\":' || g || '}}',
            now() FROM generate_series(1, " . N . ") g;
     INSERT INTO tq_rds_drain_log (id, task_name, parameters, label, status, owner, created_at, updated_at, master_status)
     SELECT 'http://x/drain.rdf#i' || g, 'DrainJob', '{\"n\":' || g || '}', '', 'enqueued', '', now(), now(), false
     FROM generate_series(1, " . N . ") g");
echo "queued: ", sql_value("SELECT count(*) FROM tq_rds_drain") === (string) N ? "all" : "not all", "\n";

$script = sys_get_temp_dir() . '/rds_drain_' . getmypid() . '.php';
file_put_contents($script, '<?php require ' . var_export(__DIR__ . '/inc/drain_worker.inc', true) . ';');
$t0 = microtime(true);
$outs = rds_wait(rds_spawn($script, 4, ['RDS_QUEUE' => 'rds_drain']), $script, 300);
unlink($script);
$secs = microtime(true) - $t0;
var_dump($outs !== false);
preg_match_all('/processed=(\d+)/', implode('', $outs ?: []), $m);
echo "processed by the workers: ", array_sum($m[1]) === N ? "all" : array_sum($m[1]), ", every worker took some: ", count(array_filter($m[1])) === 4 ? 'yes' : 'no', "\n";
$all = fn(string $v) => $v === (string) N ? 'all' : $v;
echo "runs: ", $all(sql_value("SELECT count(*) FROM rds_rds_drain_runs")), ", distinct tasks run: ", $all(sql_value("SELECT count(DISTINCT n) FROM rds_rds_drain_runs")),
     ", done rows: ", $all(sql_value("SELECT count(*) FROM rds_rds_drain_done")), "\n";
echo "log: ", sql_value("SELECT string_agg(status || '=' || (CASE WHEN c = " . N . " THEN 'all' ELSE c::text END), ',') FROM (SELECT status, count(*) c FROM tq_rds_drain_log GROUP BY status) s"), "\n";
echo "queue rows left: ", sql_value("SELECT count(*) FROM tq_rds_drain"), "\n";
echo "every task's number done: ", sql_value("SELECT count(*) FROM generate_series(1, " . N . ") g LEFT JOIN rds_rds_drain_done d ON d.n = g WHERE d.n IS NULL") === '0' ? 'yes' : 'no', "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
drop_tables('tq_rds_drain', 'tq_rds_drain_log', 'rds_rds_drain_done', 'rds_rds_drain_runs');
?>
--EXPECT--
queued: all
bool(true)
processed by the workers: all, every worker took some: yes
runs: all, distinct tasks run: all, done rows: all
log: completed=all
queue rows left: 0
every task's number done: yes
