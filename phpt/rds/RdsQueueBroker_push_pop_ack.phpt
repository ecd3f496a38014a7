--TEST--
RdsQueueBroker: construction, TAO's table plus our columns, push/pop/ack/count, prefetch, __toPhpCode
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;
use oat\tao\model\taskQueue\Queue\Broker\AbstractQueueBroker;

try { new RdsQueueBroker(''); } catch (InvalidArgumentException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }

class MyRds extends RdsQueueBroker { public function table() { return $this->getTableName(); } }
$b = new MyRds('default', 3);
var_dump($b instanceof AbstractQueueBroker, $b->getBrokerId(), $b->getNumberOfTasksToReceive(), $b->getLeaseTime());
echo $b->__toPhpCode(), "\n";
try { $b->count(); } catch (LogicException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$b->setQueueName('Rds_Basic');
echo $b->table(), "\n";
$b->createQueue();
$b->createQueue();   // idempotent
echo implode(',', array_column(sql("SELECT column_name FROM information_schema.columns WHERE table_name = 'tq_rds_basic' ORDER BY ordinal_position"), 'column_name')), "\n";
echo implode(',', array_column(sql("SELECT indexname FROM pg_indexes WHERE tablename = 'tq_rds_basic' ORDER BY 1"), 'indexname')), "\n";

for ($i = 1; $i <= 4; $i++) {
    var_dump($b->push(rds_task("http://x/t.rdf#i$i", ['n' => $i])));
}
var_dump(count($b), $b->hasPreFetchedMessages());
$t1 = $b->pop();
echo get_class($t1), ' ', $t1->getId(), ' row ', $t1->getMetadata('RdsMessageId'), "\n";
var_dump($b->hasPreFetchedMessages(), count($b));                // 3 claimed: 2 buffered, 1 left
echo sql_value("SELECT count(*) FROM tq_rds_basic WHERE NOT visible AND lease_until > now() AND deliveries = 1"), " leased\n";
echo sql_value("SELECT string_agg(task_id, ',' ORDER BY id) FROM tq_rds_basic"), "\n";
$b->delete($t1);
$t2 = $b->pop();
$t3 = $b->pop();
$t4 = $b->pop();                                               // a new claim
echo $t2->getId(), ' ', $t3->getId(), ' ', $t4->getId(), "\n";
var_dump($b->pop());
foreach ([$t2, $t3, $t4] as $t) { $b->delete($t); }
var_dump(count($b), (int) sql_value("SELECT count(*) FROM tq_rds_basic"));
// a clone shares settings, not claims
$c = clone $b;
var_dump($c->getNumberOfTasksToReceive(), $c->hasPreFetchedMessages());
echo $b->setLeaseTime(5)->getLeaseTime(), "\n";
try { $b->setLeaseTime(0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
drop_tables('tq_rds_basic');
?>
--EXPECT--
InvalidArgumentException: Persistence id needs to be set for RdsQueueBroker
bool(true)
string(3) "rds"
int(3)
int(60)
new \MyRds('default', 3)
LogicException: RdsQueueBroker has no queue name: Queue sets it (setQueueName())
tq_rds_basic
id,message,visible,created_at,lease_until,deliveries,task_id,run_at,unique_key
idx_created_at_visible_rds_basic,tq_rds_basic_due,tq_rds_basic_pkey,tq_rds_basic_uniq,tqw_rds_basic
bool(true)
bool(true)
bool(true)
bool(true)
int(4)
bool(false)
oat\tao\model\taskQueue\Task\CallbackTask http://x/t.rdf#i1 row 1
bool(true)
int(1)
3 leased
http://x/t.rdf#i1,http://x/t.rdf#i2,http://x/t.rdf#i3,http://x/t.rdf#i4
http://x/t.rdf#i2 http://x/t.rdf#i3 http://x/t.rdf#i4
NULL
int(0)
int(0)
int(3)
bool(false)
5
oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker::setLeaseTime(): Argument #1 ($seconds) must be between 1 and 43200 seconds, 0 given
