--TEST--
RdsQueueBroker leases: renewed while a task waits or runs (also while its body blocks in C), re-delivered and started again after its worker dies
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\Worker\OneTimeWorker;
use TaskQueue\PersistenceRegistry;

$lb = new RdsTaskLogBroker('default', 'rds_lease_log');
$lb->createContainer();
$log = new TaskLog(['task_log_broker' => $lb]);
function queue(TaskLog $log): Queue {
    $q = new Queue('rds_lease', (new RdsQueueBroker('default'))->setLeaseTime(1));
    $q->setTaskLog($log);
    return $q;
}
$qa = queue($log);
$qa->initialize();
$qa->enqueue(rds_task('lease-1', ['n' => 1]));
$qa->enqueue(rds_task('lease-2', ['n' => 2]));

$t = $qa->dequeue();                        // claimed and started in one statement
echo $t->getId(), ' ', $log->getStatus('lease-1'), "\n";
$before = PersistenceRegistry::stats('default');
usleep(2500000);                            // 2.5 leases: only the keeper thread keeps it
$after = PersistenceRegistry::stats('default');
echo "renewed: ", $after['leases_renewed'] - $before['leases_renewed'] >= 5 ? 'yes' : 'no', ", held: ", $after['leases_held'], "\n";

$qb = queue($log);
$w = new OneTimeWorker($qb, $log);
$w->run();                                  // lease-2: lease-1 is still held by A
echo 'ran: ', implode(',', RdsJob::$ran), "\n";
var_dump($qb->dequeue());

// A dies: nothing renews its claim any more; after the lease lease-1 comes back and,
// though its log says running, is started again (its first worker is gone)
unset($qa, $t);
usleep(1600000);
$again = $qb->dequeue();
echo $again->getId(), ' delivered ', sql_value("SELECT deliveries FROM tq_rds_lease WHERE task_id = 'lease-1'"), " times, status ",
     $log->getStatus('lease-1'), "\n";
$w->processTask($again);
echo 'ran: ', implode(',', RdsJob::$ran), "; left: ", sql_value("SELECT count(*) FROM tq_rds_lease"), "\n";

// a task body blocked in a C call (sleep) for 3 leases keeps its lease through the keeper thread
sql("CREATE TABLE rds_lease_runs (id text, at timestamptz DEFAULT clock_timestamp())");
$script = sys_get_temp_dir() . '/rds_lease_child_' . getmypid() . '.php';
file_put_contents($script, '<?php
ini_set("taskqueue.allowed_callables", "SleepyJob");
class SleepyJob { public function __invoke(array $p) {
    $c = pg_connect(getenv("TASKQUEUE_PERSISTENCE_DEFAULT"));
    pg_query($c, "INSERT INTO rds_lease_runs (id) VALUES (\'sleepy\')");
    sleep(3);
    return ["type" => "success", "message" => "slept", "data" => null, "children" => []];
} }
$log = new oat\tao\model\taskQueue\TaskLog(["task_log_broker" => new oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker("default", "rds_lease_log")]);
$q = new oat\tao\model\taskQueue\Queue("rds_lease", (new oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker("default"))->setLeaseTime(1));
$q->setTaskLog($log);
$t = new oat\tao\model\taskQueue\Task\CallbackTask("sleepy", "me");
$t->setCallable(new SleepyJob());
$q->enqueue($t);
(new oat\tao\model\taskQueue\Worker\OneTimeWorker($q, $log))->run();
');
$procs = rds_spawn($script, 1);
for ($i = 0; $i < 100 && !sql_value("SELECT count(*) FROM rds_lease_runs"); $i++) { usleep(50000); }
usleep(2000000);                            // two leases into the sleep
var_dump($qb->dequeue());                   // still leased
var_dump(rds_wait($procs, $script, 30) !== false);
unlink($script);
echo "sleepy ran ", sql_value("SELECT count(*) FROM rds_lease_runs"), " time(s), status ", $log->getStatus('sleepy'), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
drop_tables('tq_rds_lease', 'tq_rds_lease_log', 'rds_lease_runs');
?>
--EXPECT--
lease-1 running
renewed: yes, held: 1
ran: 2
NULL
lease-1 delivered 2 times, status running
ran: 2,1; left: 0
NULL
bool(true)
sleepy ran 1 time(s), status completed
