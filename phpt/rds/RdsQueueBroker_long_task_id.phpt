--TEST--
RdsQueueBroker: a row written by TAO whose metadata.__id__ is over 255 characters (the task_id and Task Log id columns) is set aside like an undecodable message; the claim does not fail and the queue goes on
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\Worker\OneTimeWorker;

foreach ([true] as $bound) {
    drop_tables('tq_rds_longid', 'tq_rds_longid_log');
    RdsJob::$ran = [];
    $lb = new RdsTaskLogBroker('default', 'rds_longid_log');
    $lb->createContainer();
    $log = new TaskLog(['task_log_broker' => $lb]);
    $broker = new RdsQueueBroker('default', 10);
    $logger = new RdsLogger();
    $broker->setLogger($logger);
    $q = new Queue('rds_longid', $broker);
    if ($bound) {
        $q->setTaskLog($log);
    }
    $q->initialize();
    $long = 'http://www.taotesting.com/ontologies/tao.rdf#' . str_repeat('é', 256);
    // as TAO's PHP writes it: no task_id column value
    $json = json_encode(['taskFqcn' => 'oat\tao\model\taskQueue\Task\CallbackTask',
        'metadata' => ['__id__' => $long, '__owner__' => '', '__callable__' => 'RdsJob'], 'parameters' => ['n' => 0]]);
    sql("INSERT INTO tq_rds_longid (message, created_at) VALUES ($1, now())", [$json]);
    $q->enqueue(rds_task('good-1', ['n' => 1]));
    try {
        (new OneTimeWorker($q, $log))->run();
        echo 'bound=', (int) $bound, ' ran: ', implode(',', RdsJob::$ran), "\n";
    } catch (Throwable $e) {
        echo 'bound=', (int) $bound, ' ', get_class($e), ': ', $e->getMessage(), "\n";
    }
    foreach (sql("SELECT id, visible, lease_until IS NULL AS no_lease FROM tq_rds_longid ORDER BY id") as $r) {
        echo "kept aside: row {$r['id']} visible={$r['visible']} no_lease={$r['no_lease']}\n";
    }
    foreach (sql("SELECT id, status, report FROM tq_rds_longid_log ORDER BY id") as $r) {
        echo $r['id'], ' | ', $r['status'], ' | ', json_decode($r['report'], true)['message'] ?? '-', "\n";
    }
    foreach ($logger->grep('set aside') as $l) { echo $l, "\n"; }
}
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
drop_tables('tq_rds_longid', 'tq_rds_longid_log');
?>
--EXPECTF--
bound=1 ran: 1
kept aside: row 1 visible=f no_lease=t
RdsQueueBroker:rds_longid:1 | failed | Message 1 of queue "rds_longid" cannot be run and was set aside: the task id is 301 characters long; at most 255 fit in the Task Log
good-1 | completed | Running task good-1
[error] Message 1 of queue "rds_longid" (task RdsQueueBroker:rds_longid:1) cannot be decoded and is set aside (invisible, not deleted): %s
