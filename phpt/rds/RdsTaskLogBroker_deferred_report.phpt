--TEST--
RdsTaskLogBroker + RdsQueueBroker: the report of a task claimed here waits for its ack (one statement for both); getStatus/getReport/search answer it meanwhile; a lost worker only means a re-delivery
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;
use oat\tao\model\taskQueue\TaskLog\TaskLogFilter;
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\TaskLog;
use TaskQueue\PersistenceRegistry as R;

$lb = new RdsTaskLogBroker('default', 'rds_defer_log');
$lb->createContainer();
$log = new TaskLog(['task_log_broker' => $lb]);
$q = new Queue('rds_defer', (new RdsQueueBroker('default'))->setLeaseTime(1));
$q->setTaskLog($log);
$q->initialize();
$q->enqueue(rds_task('d1', ['n' => 1]));
$q->enqueue(rds_task('d2', ['n' => 2]));
$report = ['type' => 'success', 'message' => 'all good', 'data' => null, 'children' => []];
$db = fn($id) => sql_value("SELECT status || ' ' || coalesce(report, '-') FROM tq_rds_defer_log WHERE id = $1", [$id]);

$t = $q->dequeue();
$s0 = R::stats('default')['statements'];
$log->setReport('d1', $report, 'completed');
echo "kept: ", R::stats('default')['statements'] - $s0, " statements; in the table: ", $db('d1'), "\n";
echo "this process sees: ", $log->getStatus('d1'), ' / ', json_encode($log->getReport('d1')), "\n";
$q->acknowledge($t);
echo "ack: ", R::stats('default')['statements'] - $s0, " statement; in the table: ", $db('d1'), "; rows left: ",
     sql_value("SELECT count(*) FROM tq_rds_defer"), "\n";

// a search (e.g. updateParent reading the children) stores a kept report first
$t = $q->dequeue();
$log->setReport('d2', $report, 'failed');
echo "search: ", implode(',', array_map(fn($e) => $e->getId() . '=' . $e->getStatus(), iterator_to_array($lb->search((new TaskLogFilter())->setSortBy('id')->setSortOrder('ASC'))))), "\n";
echo "in the table: ", explode(' ', $db('d2'))[0], "\n";
$q->acknowledge($t);
echo "ack after the search: ", explode(' ', $db('d2'))[0], ", rows left: ", sql_value("SELECT count(*) FROM tq_rds_defer"), "\n";

// a worker killed between its report and its ack: nothing of it was stored, the message comes
// back after its lease and runs again
$q->enqueue(rds_task('d3', ['n' => 3]));
$script = sys_get_temp_dir() . '/rds_defer_' . getmypid() . '.php';
file_put_contents($script, '<?php
require ' . var_export(__DIR__ . '/inc/rds.inc', true) . ';
$lb = new oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker("default", "rds_defer_log");
$log = new oat\tao\model\taskQueue\TaskLog(["task_log_broker" => $lb]);
$q = new oat\tao\model\taskQueue\Queue("rds_defer", (new oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker("default"))->setLeaseTime(1));
$q->setTaskLog($log);
$t = $q->dequeue();
$log->setReport($t->getId(), ["type" => "success", "message" => "never stored", "data" => null, "children" => []], "completed");
echo $log->getStatus($t->getId()), "\n";
posix_kill(getmypid(), SIGKILL);
');
$p = proc_open([PHP_BINARY, '-d', 'extension=' . rds_extension(), $script], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, rds_child_env());
echo "killed worker saw: ", trim(stream_get_contents($pipes[1])), "\n";
proc_close($p);
unlink($script);
echo "in the table: ", $db('d3'), "\n";
usleep(1500000);
$t = $q->dequeue();
echo "re-delivered: ", $t->getId(), ", status ", $log->getStatus('d3'), "\n";
(new oat\tao\model\taskQueue\Worker\OneTimeWorker($q, $log))->processTask($t);
echo "now: ", explode(' ', $db('d3'))[0], ", ran: ", implode(',', RdsJob::$ran), ", rows left: ", sql_value("SELECT count(*) FROM tq_rds_defer"), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
drop_tables('tq_rds_defer', 'tq_rds_defer_log');
?>
--EXPECT--
kept: 0 statements; in the table: running -
this process sees: completed / {"type":"success","message":"all good","data":null,"children":[]}
ack: 1 statement; in the table: completed {"type":"success","message":"all good","data":null,"children":[]}; rows left: 1
search: d1=completed,d2=failed
in the table: failed
ack after the search: failed, rows left: 0
killed worker saw: completed
in the table: running -
re-delivered: d3, status running
now: completed, ran: 3, rows left: 0
