--TEST--
RdsQueueBroker: TAO's own table and rows (plain SQL, TAO's columns only) are popped, run and acked; rows TAO's workers hold stay theirs
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\Worker\OneTimeWorker;

// what DBAL creates for TAO on PostgreSQL (spec 4.1 / 4.2)
sql("CREATE TABLE tq_rds_tao (id SERIAL NOT NULL, message TEXT NOT NULL, visible BOOLEAN DEFAULT true NOT NULL,
     created_at TIMESTAMP(0) WITHOUT TIME ZONE NOT NULL, PRIMARY KEY(id));
     CREATE INDEX IDX_created_at_visible_Rds_Tao ON tq_rds_tao (created_at, visible);
     CREATE TABLE tq_rds_tao_log (id VARCHAR(255) NOT NULL, parent_id VARCHAR(255) DEFAULT NULL, task_name VARCHAR(255) NOT NULL,
     parameters TEXT DEFAULT NULL, label VARCHAR(255) DEFAULT NULL, status VARCHAR(50) NOT NULL, master_status BOOLEAN DEFAULT false NOT NULL,
     owner VARCHAR(255) DEFAULT NULL, report TEXT DEFAULT NULL, created_at TIMESTAMP(0) WITHOUT TIME ZONE NOT NULL,
     updated_at TIMESTAMP(0) WITHOUT TIME ZONE DEFAULT NULL, PRIMARY KEY(id))");

// TAO's Queue::enqueue: INSERT message + created_at, then the log row
function tao_enqueue(int $n, bool $visible = true): string
{
    $id = "http://www.taotesting.com/ontologies/tao.rdf#i15402228521886$n";
    $json = json_encode(['taskFqcn' => 'oat\tao\model\taskQueue\Task\CallbackTask',
        'metadata' => ['__id__' => $id, '__created_at__' => '2018-10-22T15:40:52+00:00', '__owner__' => '',
                       '__master_status__' => 0, '__label__' => "tao $n", '__callable__' => 'RdsJob'],
        'parameters' => ['n' => $n]]);
    sql("INSERT INTO tq_rds_tao (message, visible, created_at) VALUES ($1, $2, $3)", [$json, $visible ? 't' : 'f', gmdate('Y-m-d H:i:s')]);
    sql("INSERT INTO tq_rds_tao_log (id, parent_id, task_name, parameters, label, status, owner, created_at, updated_at, master_status)
         VALUES ($1, NULL, 'RdsJob', $2, $3, 'enqueued', '', '2018-10-22 15:40:52', $4, false)",
        [$id, json_encode(['n' => $n]), "tao $n", gmdate('Y-m-d H:i:s')]);
    return $id;
}
tao_enqueue(1);
tao_enqueue(2);
tao_enqueue(3, false);        // popped by one of TAO's own workers: invisible, no lease

$log = new TaskLog(['task_log_broker' => new RdsTaskLogBroker('default', 'rds_tao_log')]);
$q = new Queue('Rds_Tao', new RdsQueueBroker('default'));
$q->setTaskLog($log);
$q->initialize();                                  // adds our columns, keeps every row
$log->createContainer();                           // exists: untouched
echo sql_value("SELECT count(*) FROM tq_rds_tao"), " rows kept; columns: ",
     implode(',', array_column(sql("SELECT column_name FROM information_schema.columns WHERE table_name = 'tq_rds_tao' ORDER BY ordinal_position"), 'column_name')), "\n";
tao_enqueue(4);                                    // TAO's PHP code still writes only its columns
var_dump(count($q));

$w = new OneTimeWorker($q, $log);
for ($i = 0; $i < 4; $i++) { $w->run(); }
echo 'ran: ', implode(',', RdsJob::$ran), "\n";
foreach (sql("SELECT id, status, report IS NOT NULL AS has_report FROM tq_rds_tao_log ORDER BY id") as $r) {
    echo substr($r['id'], -2), ' ', $r['status'], ' ', $r['has_report'], "\n";
}
echo json_encode($log->getReport('http://www.taotesting.com/ontologies/tao.rdf#i154022285218861')), "\n";
foreach (sql("SELECT id, visible, lease_until IS NULL AS no_lease, deliveries FROM tq_rds_tao") as $r) {
    echo "left: row ", $r['id'], ' visible=', $r['visible'], ' no_lease=', $r['no_lease'], ' deliveries=', $r['deliveries'], "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
drop_tables('tq_rds_tao', 'tq_rds_tao_log');
?>
--EXPECT--
3 rows kept; columns: id,message,visible,created_at,lease_until,deliveries,task_id,run_at,unique_key
int(3)
ran: 1,2,4
61 completed t
62 completed t
63 enqueued f
64 completed t
{"type":"info","message":"Running task http:\/\/www.taotesting.com\/ontologies\/tao.rdf#i154022285218861","data":null,"children":[{"type":"success","message":"done {\"n\":1}","data":null,"children":[]}]}
left: row 3 visible=f no_lease=t deliveries=0
