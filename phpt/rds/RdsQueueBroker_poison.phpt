--TEST--
RdsQueueBroker: messages that do not decode are set aside (not deleted) with a failed Task Log entry saying why; the queue goes on
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\Worker\OneTimeWorker;

$lb = new RdsTaskLogBroker('default', 'rds_poison_log');
$lb->createContainer();
$log = new TaskLog(['task_log_broker' => $lb]);
$broker = new RdsQueueBroker('default', 10);
$logger = new RdsLogger();
$broker->setLogger($logger);
$q = new Queue('rds_poison', $broker);
$q->setTaskLog($log);
$q->initialize();

$cb = 'oat\tao\model\taskQueue\Task\CallbackTask';
$bad = [
    '{not json',
    json_encode(['taskFqcn' => 'No\Such\Task', 'metadata' => ['__id__' => 'p-class'], 'parameters' => []]),
    json_encode(['taskFqcn' => $cb, 'metadata' => ['__id__' => 'p-callable', '__callable__' => 'No\Such\Action'], 'parameters' => []]),
    json_encode(['taskFqcn' => $cb, 'metadata' => ['__owner__' => ''], 'parameters' => []]),
];
foreach ($bad as $m) {
    sql("INSERT INTO tq_rds_poison (message, created_at) VALUES ($1, now())", [$m]);
}
// p-class was enqueued through a Queue: its log row exists
sql("INSERT INTO tq_rds_poison_log (id, task_name, parameters, label, status, owner, created_at, master_status)
     VALUES ('p-class', 'No\\Such\\Task', '[]', '', 'enqueued', '', now(), false)");
$q->enqueue(rds_task('good-1', ['n' => 1]));

$w = new OneTimeWorker($q, $log);
$w->run();
echo 'ran: ', implode(',', RdsJob::$ran), "\n";
foreach (sql("SELECT id, visible, lease_until IS NULL AS no_lease FROM tq_rds_poison ORDER BY id") as $r) {
    echo "kept aside: row {$r['id']} visible={$r['visible']} no_lease={$r['no_lease']}\n";
}
var_dump(count($q), $q->dequeue());
foreach (sql("SELECT id, task_name, status, report FROM tq_rds_poison_log ORDER BY id") as $r) {
    $rep = json_decode($r['report'], true);
    echo $r['id'], ' | ', $r['task_name'], ' | ', $r['status'], ' | ', $rep['type'] ?? '-', ': ', $rep['message'] ?? '-', "\n";
}
foreach ($logger->grep('set aside') as $l) { echo $l, "\n"; }
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
drop_tables('tq_rds_poison', 'tq_rds_poison_log');
?>
--EXPECTF--
ran: 1
kept aside: row 1 visible=f no_lease=t
kept aside: row 2 visible=f no_lease=t
kept aside: row 3 visible=f no_lease=t
kept aside: row 4 visible=f no_lease=t
int(0)
NULL
RdsQueueBroker:rds_poison:1 | unknown | failed | error: Message 1 of queue "rds_poison" cannot be run and was set aside: Invalid task JSON: not JSON: invalid JSON at line 1, column 4: string or '}' expected near 'not'
RdsQueueBroker:rds_poison:4 | oat\tao\model\taskQueue\Task\CallbackTask | failed | error: Message 4 of queue "rds_poison" cannot be run and was set aside: Invalid task JSON: "metadata.__id__" is missing
good-1 | RdsJob | completed | info: Running task good-1
p-callable | oat\tao\model\taskQueue\Task\CallbackTask | failed | error: Message 3 of queue "rds_poison" cannot be run and was set aside: Callable/Action class No\Such\Action does not exist (task p-callable)
p-class | No\Such\Task | failed | error: Message 2 of queue "rds_poison" cannot be run and was set aside: Task class No\Such\Task does not exist (task p-class)
[error] Message 1 of queue "rds_poison" (task RdsQueueBroker:rds_poison:1) cannot be decoded and is set aside (invisible, not deleted): %s
[error] Message 2 of queue "rds_poison" (task p-class) cannot be decoded and is set aside (invisible, not deleted): %s
[error] Message 3 of queue "rds_poison" (task p-callable) cannot be decoded and is set aside (invisible, not deleted): %s
[error] Message 4 of queue "rds_poison" (task RdsQueueBroker:rds_poison:4) cannot be decoded and is set aside (invisible, not deleted): %s
