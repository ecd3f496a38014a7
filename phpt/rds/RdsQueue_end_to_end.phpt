--TEST--
QueueDispatcher + Queue + RdsQueueBroker + TaskLog(RdsTaskLogBroker) + OneTimeWorker end to end: statuses, reports, cancel, parent/child, statements per task
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\QueueDispatcher;
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\Worker\OneTimeWorker;
use TaskQueue\PersistenceRegistry as R;

$log = new TaskLog(['task_log_broker' => new RdsTaskLogBroker('default', 'rds_e2e_log')]);
$log->createContainer();
$d = new QueueDispatcher(['queues' => [new Queue('rds_e2e', new RdsQueueBroker('default', 1))], 'task_log' => $log]);
$d->initialize();
var_dump($d->isSync());

$t1 = $d->createTask(new RdsJob(), ['n' => 1], 'first');
$t2 = $d->createTask(new RdsJob(), ['n' => 2, 'fail' => true], 'second');
$t3 = $d->createTask(new RdsJob(), ['n' => 3], 'third');
$log->cancel($log->getById($t3->getId()));
$parent = $d->createTask(new RdsJob(), ['n' => 4], 'parent');
$child = $d->createTask(new RdsJob(), ['n' => 5], 'child', $parent);
var_dump($t1->isEnqueued(), count($d), $log->getStatus($t1->getId()));

$w = new OneTimeWorker($d, $log);
for ($i = 0; $i < 5; $i++) { $w->run(); }
echo 'ran: ', implode(',', RdsJob::$ran), "\n";
foreach ([$t1, $t2, $t3, $parent, $child] as $t) {
    $r = $log->getReport($t->getId());
    $r = is_array($r) ? $r : $r->toArray();
    echo $log->getById($t->getId())->getLabel(), ': ', $log->getStatus($t->getId()), ' / ', $r['type'], ' ', str_replace($t->getId(), '<id>', $r['message']), "\n";
}
var_dump(count($d), (int) sql_value("SELECT count(*) FROM tq_rds_e2e"));

// statements per task, worker side (claim + report + ack), with receive 1 and 10
function measure(TaskLog $log, int $receive, int $n): array
{
    $q = new Queue('rds_e2e', new RdsQueueBroker('default', $receive));
    $q->setTaskLog($log);
    for ($i = 0; $i < $n; $i++) { $q->enqueue(rds_task(uniqid("m$receive-", true), ['n' => $i])); }
    $w = new OneTimeWorker($q, $log);
    $w->run();                           // the first claim also sends LISTEN once
    $s0 = R::stats('default');
    for ($i = 1; $i < $n; $i++) { $w->run(); }
    $s1 = R::stats('default');
    return [($s1['statements'] - $s0['statements']) / ($n - 1), $s1['round_trips'] - $s0['round_trips'] - ($s1['prepares'] - $s0['prepares'])];
}
$s0 = R::stats('default');
$q = new Queue('rds_e2e', new RdsQueueBroker('default'));
$q->setTaskLog($log);
for ($i = 0; $i < 20; $i++) { $q->enqueue(rds_task(uniqid('e', true))); }
$s1 = R::stats('default');
// the rows, then the wake-up NOTIFY as a transaction of its own, in one round trip
printf("enqueue: %.1f statements, %.1f round trip per task\n", ($s1['statements'] - $s0['statements']) / 20,
       ($s1['round_trips'] - $s1['prepares'] - $s0['round_trips'] + $s0['prepares']) / 20);
[$r1] = measure($log, 1, 21);
[$r10] = measure($log, 10, 41);
printf("worker, receive 1: %.1f statements per task\n", $r1);
printf("worker, receive 10: %.1f statements per task\n", $r10);
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
drop_tables('tq_rds_e2e', 'tq_rds_e2e_log');
?>
--EXPECT--
bool(false)
bool(true)
int(5)
string(8) "enqueued"
ran: 1,2,4,5
first: completed / info Running task <id>
second: failed / error Executing task <id> failed: RuntimeException: asked to fail
third: cancelled / info Task <id> has been cancelled, message was not processed.
parent: completed / info Running task <id>
child: completed / info Running task <id>
int(0)
int(0)
enqueue: 2.0 statements, 1.0 round trip per task
worker, receive 1: 2.0 statements per task
worker, receive 10: 0.2 statements per task
