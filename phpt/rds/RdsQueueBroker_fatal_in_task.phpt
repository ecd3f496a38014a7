--TEST--
RdsQueueBroker: a task that ends its worker with a fatal error (memory_limit exhausted) fails at once with a report naming the error, in one statement with its row's deletion; it does not come back to kill the next worker; the tasks after it run
--INI--
; the PCRE JIT upsets valgrind (-m): uninitialised-value reports from JIT code
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\TaskLog;

$lb = new RdsTaskLogBroker('default', 'rds_fatal_log');
$lb->createContainer();
$log = new TaskLog(['task_log_broker' => $lb]);
$q = new Queue('rds_fatal', new RdsQueueBroker('default', 10));
$q->setTaskLog($log);
$q->initialize();

$script = sys_get_temp_dir() . '/rds_fatal_child_' . getmypid() . '.php';
file_put_contents($script, '<?php
require ' . var_export(__DIR__ . '/inc/rds.inc', true) . ';
ini_set("taskqueue.allowed_callables", "RdsJob,Hog");
ini_set("taskqueue.lease_time", "1");
ini_set("memory_limit", "32M");
class Hog { public function __invoke(array $p) {
    file_put_contents(getenv("RDS_FATAL_RUNS"), "hog\n", FILE_APPEND);
    for ($keep = []; count($keep) < 256;) { $keep[] = str_repeat("x", 1 << 20); }
    return ["type" => "success", "message" => "memory_limit was not enforced", "data" => null, "children" => []];
} }
use oat\tao\model\taskQueue\Task\CallbackTask;
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;
use oat\tao\model\taskQueue\Queue;
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;
use oat\taoTaskQueue\model\LongRunningWorker;
$log = new TaskLog(["task_log_broker" => new RdsTaskLogBroker("default", "rds_fatal_log")]);
$q = new Queue("rds_fatal", new RdsQueueBroker("default", 10));
$q->setTaskLog($log);
if ($argv[1] === "0") {
    $q->enqueue((new CallbackTask("hog", "me"))->setCallable(new Hog()));
    $q->enqueue(rds_task("after-1", ["n" => 1]));
    $q->enqueue(rds_task("after-2", ["n" => 2]));
}
$w = new LongRunningWorker($q, $log, false);
$w->stopWhenEmpty();
$w->run();
echo "ran: ", implode(",", RdsJob::$ran), "\n";
');
$runs = $script . '.runs';
// USE_ZEND_ALLOC=0 (run-tests -m) would bypass memory_limit: the children use Zend's allocator
$env = ['RDS_FATAL_RUNS' => $runs, 'TASKQUEUE_LOG_LEVEL' => 'error', 'USE_ZEND_ALLOC' => '1'];

// the first worker dies in the hog
$p = rds_spawn($script, 1, $env);
while (proc_get_status($p[0])['running']) { usleep(50000); }
$st = proc_get_status($p[0]);
proc_close($p[0]);
echo 'first worker: ', preg_replace('/\s+/', ' ', trim(file_get_contents("$script.0.err"))), "\n";
foreach (sql("SELECT id, status, report FROM tq_rds_fatal_log ORDER BY id") as $r) {
    $rep = json_decode((string) $r['report'], true);
    echo $r['id'], ' | ', $r['status'], ' | ', $rep['type'] ?? '-', ': ', $rep['message'] ?? '-', "\n";
}
echo 'rows: ', implode(',', array_column(sql("SELECT task_id FROM tq_rds_fatal ORDER BY id"), 'task_id')), "\n";

// the next worker: after the lease the tasks it had buffered come back; the hog does not
usleep(1200000);
$outs = rds_wait(rds_spawn($script, 1, $env), $script);
echo 'second worker: ', trim($outs[0] ?? 'failed'), "\n";
echo 'hog ran ', substr_count((string) @file_get_contents($runs), 'hog'), " time(s)\n";
foreach (sql("SELECT id, status FROM tq_rds_fatal_log ORDER BY id") as $r) {
    echo $r['id'], ' | ', $r['status'], "\n";
}
echo 'rows left: ', sql_value("SELECT count(*) FROM tq_rds_fatal"), "\n";
@unlink($script);
@unlink("$script.0.out");
@unlink("$script.0.err");
@unlink($runs);
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
drop_tables('tq_rds_fatal', 'tq_rds_fatal_log');
?>
--EXPECTF--
first worker: PHP Fatal error: Allowed memory size of 33554432 bytes exhausted %s
after-1 | running | -: -
after-2 | running | -: -
hog | failed | error: The worker process ended with a fatal error while running task hog: Allowed memory size of 33554432 bytes exhausted %s
rows: after-1,after-2
second worker: ran: 1,2
hog ran 1 time(s)
after-1 | completed
after-2 | completed
hog | failed
rows left: 0
