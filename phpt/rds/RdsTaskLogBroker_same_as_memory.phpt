--TEST--
RdsTaskLogBroker: the PHP surface and behaviour of InMemoryTaskLogBroker, over TAO's table (same calls, same answers)
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';
require __DIR__ . '/../task_log/inc/broker_suite.inc';
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBrokerInterface;

$rds = new RdsTaskLogBroker('default', 'rds_tlb_log');
$rds->createContainer();
$rds->createContainer();
var_dump($rds instanceof RdsTaskLogBrokerInterface, $rds->getTableName(), $rds->__toPhpCode());
$mem = tq_log_broker_suite(new InMemoryTaskLogBroker());
$sql = tq_log_broker_suite($rds);
echo $mem === $sql ? "same answers\n" : "DIFFERENT:\n" . implode("\n", array_map(fn($m, $s) => $m === $s ? "  $s" : "- $m\n+ $s", $mem, $sql)) . "\n";
echo implode("\n", $sql), "\n";
echo implode(',', array_column(sql("SELECT column_name || ':' || data_type AS c FROM information_schema.columns WHERE table_name = 'tq_rds_tlb_log' ORDER BY ordinal_position"), 'c')), "\n";
echo implode(',', array_column(sql("SELECT indexname FROM pg_indexes WHERE tablename = 'tq_rds_tlb_log' ORDER BY 1"), 'indexname')), "\n";
echo sql_value("SELECT created_at || ' ' || (updated_at IS NOT NULL) FROM tq_rds_tlb_log WHERE id = 'c'"), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
drop_tables('tq_rds_tlb_log');
?>
--EXPECT--
bool(true)
string(14) "tq_rds_tlb_log"
string(86) "new \oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker('default', 'rds_tlb_log')"
same answers
duplicate id refused
InvalidArgumentException: Status "bogus" is not a valid task queue status.
search 0: f,e,d,c,b,a
search 1: f,e,d,c,b,a
search 2: d,f,e,c,b,a
search 3: a,b,c,e,f,d
search 4: d,c
search 5: (none)
search 6: c,b
search 7: b,a
search 8: c,b,a
search 9: f,e,d
search 10: b,a
search 11: c
search 12: f,e,d,b,a
search 13: e,c
search 14: c
search 15: f,d
search 16: d
search 17: d,c
search 18: f,e,b,a
search 19: b
search 20: (none)
search 21: c,b
search 22: b,a
search 23: e,d
search 24: (none)
search 25: a
search 26: b,a
search 27: d,c
count 4 6 0
entity c a TaskLogTest\TaskDouble {"n":"c"} Export_1 u2 2024-01-01T10:02:00+00:00 completed true true
deselected   null []
stats {"numberOfTasksCompleted":1,"numberOfTasksFailed":1,"numberOfTasksInProgress":1,"numberOfTasksEnqueued":1} {"numberOfTasksCompleted":0,"numberOfTasksFailed":0,"numberOfTasksInProgress":1,"numberOfTasksEnqueued":1}
InvalidArgumentException: Task log filter: "nope" is not a column of the task log
InvalidArgumentException: Task log filter: cannot sort by "nope", not a column of the task log
InvalidArgumentException: Task log filter on "created_at": "yesterday" is not a date ('Y-m-d H:i:s' UTC or unix seconds)
InvalidArgumentException: Task log filter on "id": a list of values needs the IN or NOT IN operator
status completed unknown
guarded 0 1 1 failed 0
InvalidArgumentException: Status "done" is not a valid task queue status.
report 1 completed 0
read back {"type":"success","message":"ok \"quoted\" \/ \u00e9","data":{"x":1},"children":[{"type":"warning","message":"careful","data":null,"children":[]}]}
no report null null 1 enqueued
InvalidArgumentException: Invalid task report: "type" must be one of info, success, warning, error
archive true archived true cancelled
collections 2 0 4
exec times ["b","c","d"]
deep report 100 int
"wide ok"
delete true true unknown 5
InvalidArgumentException: Status "bogus" is not a valid task queue status.
gone row false false null 0 0 unknown
listed twice 1 archived
container again 4 true
no exec times []
id:character varying,parent_id:character varying,task_name:character varying,parameters:text,label:character varying,status:character varying,master_status:boolean,owner:character varying,report:text,created_at:timestamp without time zone,updated_at:timestamp without time zone
tq_rds_tlb_log_pkey,tq_rds_tlb_logidx_archived_at,tq_rds_tlb_logidx_created_at,tq_rds_tlb_logidx_owner_created_at,tq_rds_tlb_logidx_owner_live,tq_rds_tlb_logidx_owner_status,tq_rds_tlb_logidx_status,tq_rds_tlb_logidx_task_name_owner
2024-01-01 10:02:00 true
