--TEST--
RdsQueueBroker: a claimed message whose task refuses its metadata (setMetadata() throws) is set aside like one that does not decode, and its row is no longer registered with the lease keeper
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\Task\AbstractTask;
use TaskQueue\PersistenceRegistry;

class MetaRefusingTask extends AbstractTask
{
    public function __invoke() { return null; }
    public function setMetadata(mixed $spec, mixed $value = null)
    {
        if ($spec === 'RdsMessageId') {
            throw new RuntimeException('metadata refused');
        }
        return parent::setMetadata($spec, $value);
    }
}

$lb = new RdsTaskLogBroker('default', 'rds_meta_refused_log');
$lb->createContainer();
$log = new TaskLog(['task_log_broker' => $lb]);
$broker = new RdsQueueBroker('default', 5);
$logger = new RdsLogger();
$broker->setLogger($logger);
$q = new Queue('rds_meta_refused', $broker);
$q->setTaskLog($log);
$q->initialize();
$q->enqueue(new MetaRefusingTask('refused-1', 'me'));
$q->enqueue(rds_task('good-1', ['n' => 1]));

$held = fn() => PersistenceRegistry::stats('default')['leases_held'] ?? 0;
$before = $held();
$t = $q->dequeue();
echo $t->getId(), "\n";
echo 'leases held: ', $held() - $before, "\n";     // good-1 only
foreach (sql("SELECT task_id, visible, lease_until IS NULL AS no_lease FROM tq_rds_meta_refused ORDER BY id") as $r) {
    echo "{$r['task_id']}: visible={$r['visible']} no_lease={$r['no_lease']}\n";
}
echo 'refused-1: ', $log->getStatus('refused-1'), "\n";
foreach ($logger->grep('set aside') as $l) { echo $l, "\n"; }
$q->acknowledge($t);
echo 'after the ack: ', $held() - $before, "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
drop_tables('tq_rds_meta_refused', 'tq_rds_meta_refused_log');
?>
--EXPECTF--
good-1
leases held: 1
refused-1: visible=f no_lease=t
good-1: visible=f no_lease=f
refused-1: failed
[error] Message 1 of queue "rds_meta_refused" (task refused-1) cannot be decoded and is set aside (invisible, not deleted): metadata refused
after the ack: 0
