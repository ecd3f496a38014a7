--TEST--
RdsQueueBroker: unique tasks. Two processes racing to create the same 30 uniqueness keys leave one row and one Task Log entry per key and both get the same task id back; a key is held while its task waits and while it runs, and is free again once it is done; with a Task Log elsewhere (push path) the duplicate's log row is removed
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\QueueDispatcher;
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\Worker\OneTimeWorker;

drop_tables('tq_rds_uniq', 'tq_rds_uniq_log');
$lb = new RdsTaskLogBroker('default', 'rds_uniq_log');
$lb->createContainer();
$log = new TaskLog(['task_log_broker' => $lb]);
$d = new QueueDispatcher(['queues' => [new Queue('rds_uniq', new RdsQueueBroker('default', 1))], 'task_log' => $log]);
$d->initialize();

$script = sys_get_temp_dir() . '/rds_uniq_child_' . getmypid() . '.php';
file_put_contents($script, '<?php
require ' . var_export(__DIR__ . '/inc/rds.inc', true) . ';
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\QueueDispatcher;
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;
$log = new TaskLog(["task_log_broker" => new RdsTaskLogBroker("default", "rds_uniq_log")]);
$d = new QueueDispatcher(["queues" => [new Queue("rds_uniq", new RdsQueueBroker("default", 1))], "task_log" => $log]);
time_sleep_until((float) getenv("RDS_START"));
$ids = [];
for ($i = 0; $i < 30; $i++) {
    $ids[] = $d->createTask(new RdsJob(), ["n" => $i], null, null, false, ["uniqueKey" => "import:$i"])->getId();
}
echo json_encode($ids);
');
$outs = rds_wait(rds_spawn($script, 2, ['RDS_START' => (string) (microtime(true) + 1.0)]), $script);
@unlink($script);
[$one, $two] = array_map(fn ($o) => json_decode($o, true), $outs ?: ['[]', '[]']);
echo 'both processes got the same ids: ', $one && $one === $two ? 'yes' : 'no', "\n";
echo 'queue rows: ', sql_value("SELECT count(*) FROM tq_rds_uniq"), ', distinct keys: ',
     sql_value("SELECT count(DISTINCT unique_key) FROM tq_rds_uniq"), ', log rows: ', sql_value("SELECT count(*) FROM tq_rds_uniq_log"), "\n";
echo 'the ids are the rows\': ', sql_value("SELECT count(*) FROM tq_rds_uniq WHERE task_id = ANY($1::text[])",
     ['{"' . implode('","', $one ?: ['-']) . '"}']), "\n";

// waiting: the same key gives the task already there
$again = $d->createTask(new RdsJob(), ['n' => 100], null, null, false, ['uniqueKey' => 'import:0']);
echo 'waiting: same task ', $again->getId() === $one[0] ? 'yes' : 'no', "\n";

// running: a worker holds it (claimed, not done)
$q = $d->getQueue('rds_uniq');
$popped = $q->dequeue();
echo 'popped: ', $popped->getId() === $one[0] ? 'import:0' : 'another', "\n";
$again = $d->createTask(new RdsJob(), ['n' => 101], null, null, false, ['uniqueKey' => 'import:0']);
echo 'running: same task ', $again->getId() === $one[0] ? 'yes' : 'no', "\n";

// done: the key is free again
(new OneTimeWorker($d, $log))->processTask($popped);
echo 'status: ', $log->getStatus($one[0]), "\n";
$fresh = $d->createTask(new RdsJob(), ['n' => 102], null, null, false, ['uniqueKey' => 'import:0']);
echo 'done: a new task ', $fresh->getId() !== $one[0] ? 'yes' : 'no', ', ', $log->getStatus($fresh->getId()), "\n";
echo 'queue rows: ', sql_value("SELECT count(*) FROM tq_rds_uniq"), "\n";

// push path: the Task Log is not on the database, so Queue writes the log row first
$mem = new TaskLog(['task_log_broker' => new InMemoryTaskLogBroker()]);
$q2 = new Queue('rds_uniq', new RdsQueueBroker('default', 1));
$q2->setTaskLog($mem);
$t = rds_task('dup-1')->setUniqueKey('import:1');
var_dump($q2->enqueue($t));
echo 'push path: same task ', $t->getId() === $one[1] ? 'yes' : 'no', ', log rows: ', count($mem->search(new \oat\tao\model\taskQueue\TaskLog\TaskLogFilter())), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
drop_tables('tq_rds_uniq', 'tq_rds_uniq_log');
?>
--EXPECT--
both processes got the same ids: yes
queue rows: 30, distinct keys: 30, log rows: 30
the ids are the rows': 30
waiting: same task yes
popped: import:0
running: same task yes
status: completed
done: a new task yes, enqueued
queue rows: 30
bool(true)
push path: same task yes, log rows: 0
