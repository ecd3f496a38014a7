--TEST--
RdsQueueBroker: a message whose workers all died before finishing it (memory_limit, a crash, a kill) is set aside once it has been delivered taskqueue.max_deliveries times, its Task Log entry failed with a report; below the bound it runs again; 0 turns the bound off
--INI--
taskqueue.max_deliveries=3
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\Worker\OneTimeWorker;

$lb = new RdsTaskLogBroker('default', 'rds_maxdel_log');
$lb->createContainer();
$log = new TaskLog(['task_log_broker' => $lb]);
$broker = new RdsQueueBroker('default', 10);
$logger = new RdsLogger();
$broker->setLogger($logger);
$q = new Queue('rds_maxdel', $broker);
$q->setTaskLog($log);
$q->initialize();

foreach (['dies-3' => 3, 'dies-2' => 2, 'fresh' => 0] as $id => $d) {
    $q->enqueue(rds_task($id, ['n' => $id]));
    // what a worker that died holding it leaves: claimed d times, running, its lease over
    if ($d > 0) {
        sql("UPDATE tq_rds_maxdel SET visible = false, deliveries = $d, lease_until = now() - interval '1 second'
             WHERE task_id = $1", [$id]);
        sql("UPDATE tq_rds_maxdel_log SET status = 'running' WHERE id = $1", [$id]);
    }
}
for ($i = 0; $i < 3; $i++) {
    (new OneTimeWorker($q, $log))->run();
}
echo 'ran: ', implode(',', RdsJob::$ran), "\n";
foreach (sql("SELECT task_id, visible, lease_until IS NULL AS no_lease, deliveries FROM tq_rds_maxdel ORDER BY id") as $r) {
    echo "kept aside: {$r['task_id']} visible={$r['visible']} no_lease={$r['no_lease']} deliveries={$r['deliveries']}\n";
}
foreach (sql("SELECT id, status, report FROM tq_rds_maxdel_log ORDER BY id") as $r) {
    $rep = json_decode($r['report'], true);
    echo $r['id'], ' | ', $r['status'], ' | ', $rep['type'] ?? '-', ': ', $rep['message'] ?? '-', "\n";
}
foreach ($logger->grep('set aside') as $l) { echo $l, "\n"; }

// 0: no bound (the row comes back however often it was delivered)
ini_set('taskqueue.max_deliveries', '0');
$q->enqueue(rds_task('dies-50', ['n' => 'dies-50']));
sql("UPDATE tq_rds_maxdel SET visible = false, deliveries = 50, lease_until = now() - interval '1 second'
     WHERE task_id = 'dies-50'");
RdsJob::$ran = [];
(new OneTimeWorker($q, $log))->run();
echo 'ran: ', implode(',', RdsJob::$ran), "\n";

foreach (['-1', 'x', '1000001', '1', '1000000'] as $v) {
    $old = @ini_set('taskqueue.max_deliveries', $v);
    echo "$v: ", var_export($old !== false, true), ' now ', ini_get('taskqueue.max_deliveries'), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
drop_tables('tq_rds_maxdel', 'tq_rds_maxdel_log');
?>
--EXPECTF--
ran: dies-2,fresh
kept aside: dies-3 visible=f no_lease=t deliveries=4
dies-2 | completed | info: %s
dies-3 | failed | error: Message 1 of queue "rds_maxdel" cannot be run and was set aside: it was delivered 4 times and no worker finished it (each one died or gave it back first: killed, crashed, out of memory); taskqueue.max_deliveries is 3
fresh | completed | info: %s
[error] Message 1 of queue "rds_maxdel" (task dies-3) has been delivered too often and is set aside (invisible, not deleted): it was delivered 4 times and no worker finished it (each one died or gave it back first: killed, crashed, out of memory); taskqueue.max_deliveries is 3
ran: dies-50
-1: false now 0
x: false now 0
1000001: false now 0
1: true now 1
1000000: true now 1000000
