--TEST--
RdsQueueBroker: retries with backoff and dead letters. A task under a policy that throws runs again on its own row (same id, same row, delivery count back to 0, due after backoff × multiplier^(n-1) by the server's clock, Task Log 'enqueued' with the attempt and its error); after its last attempt it is 'failed' with every attempt's error and kept aside (invisible, no lease), where the stuck-task classes list and restart it; an exception the policy does not retry ends it at once; the dispatcher's option gives a policy to tasks without one, and a bad entry queues nothing
--EXTENSIONS--
pgsql
--INI--
taskqueue.allowed_callables=Flaky
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;
use oat\tao\model\taskQueue\{Queue, QueueDispatcher, TaskLog};
use oat\taoTaskQueue\model\LongRunningWorker;
use oat\taoTaskQueue\model\Repository\{StuckTaskQuery, StuckTaskRepository};
use oat\taoTaskQueue\model\Service\RestartStuckTaskService;
use TaskQueue\RetryPolicy;

// fails with $p['throw'] until it has run $p['ok_on'] times (0: always)
class Flaky
{
    public static array $runs = [];
    public function __invoke(array $p)
    {
        $n = self::$runs[$p['name']] = (self::$runs[$p['name']] ?? 0) + 1;
        if ($p['ok_on'] === 0 || $n < $p['ok_on']) {
            throw new $p['throw']("boom $n");
        }
        return ['type' => 'success', 'message' => "ran $n times", 'data' => null, 'children' => []];
    }
}
class Locator
{
    public function __construct(private array $services) {}
    public function get($id) { return $this->services[$id]; }
    public function has($id) { return isset($this->services[$id]); }
}

drop_tables('tq_rds_retry', 'rds_retry_log');
$lb = new RdsTaskLogBroker('default', 'rds_retry_log');
$lb->createContainer();
$log = new TaskLog(['task_log_broker' => $lb]);
$d = new QueueDispatcher(['queues' => [new Queue('rds_retry', new RdsQueueBroker('default', 1))], 'task_log' => $log]);
$d->initialize();
$w = new LongRunningWorker($d, $log, false);

/* The row; with $since (the server's clock before the task ran), its due time as
 * [earliest, latest] backoff: the retry was written between $since and this query. */
function row(string $id, ?string $since = null): array
{
    $r = sql("SELECT visible, lease_until IS NULL AS no_lease, deliveries, message,
                     extract(epoch FROM run_at - clock_timestamp()) AS due_min,
                     extract(epoch FROM run_at - $2::timestamptz) AS due_max
              FROM tq_rds_retry WHERE task_id = $1", [$id, $since ?? 'now']);
    return $r[0] ?? [];
}
/* The backoff the report names, if the row's due time bears it out (timing-proof: under
 * valgrind the worker takes a while between $since and its write); else what the row says. */
function due(array $r, ?string $message): string
{
    if ($r['due_min'] === null) {
        return '-';
    }
    if (preg_match('/runs again in ([0-9.]+) s/', $message ?? '', $m)
        && (float) $r['due_min'] - 0.05 <= (float) $m[1] && (float) $m[1] <= (float) $r['due_max'] + 0.05) {
        return $m[1];
    }
    return sprintf('%.2f..%.2f (report: %s)', $r['due_min'], $r['due_max'], $message ?? '-');
}
function due_now(): void
{
    sql("UPDATE tq_rds_retry SET lease_until = now() - interval '1 ms', run_at = now() - interval '1 ms' WHERE run_at IS NOT NULL");
}
function step(string $id): void
{
    global $d, $w, $log;
    $t = $d->dequeue();
    if (!$t || $t->getId() !== $id) {
        echo "dequeued: ", $t ? $t->getId() : 'nothing', "\n";
        return;
    }
    $since = sql_value("SELECT clock_timestamp()");
    $status = $w->processTask($t);
    $r = row($id, $since);
    $md = $r ? json_decode($r['message'], true)['metadata'] : [];
    $report = $log->getReport($id);
    echo "$status | log ", $log->getStatus($id), " | ", $report['message'] ?? '-', "\n";
    if ($r) {
        printf("  row: visible %s, lease %s, deliveries %d, due in %s s, attempt %s, errors %s\n", $r['visible'],
               $r['no_lease'] === 't' ? 'none' : 'set', $r['deliveries'], due($r, $report['message'] ?? null),
               json_encode($md['__attempt__'] ?? null), json_encode($md['__errors__'] ?? null));
    } else {
        echo "  row: gone\n";
    }
}

echo "-- three attempts, then a dead letter\n";
$policy = new RetryPolicy(3, 1.0, 60.0, 2.0, 0.0, ['RuntimeException']);
$a = $d->createTask(new Flaky(), ['name' => 'a', 'ok_on' => 0, 'throw' => 'RuntimeException'], 'A', null, false,
                    ['retry' => $policy]);
$id = $a->getId();
$row_id = sql_value("SELECT id FROM tq_rds_retry WHERE task_id = $1", [$id]);
step($id);
echo "  not due yet: ", var_export($d->dequeue(), true), "\n";
due_now();
step($id);
due_now();
step($id);
$children = array_map(fn($c) => $c['message'], $log->getReport($id)['children']);
echo "  report: ", implode(' / ', $children), "\n";
echo "  same row throughout: ", var_export(sql_value("SELECT id FROM tq_rds_retry WHERE task_id = $1", [$id]) === $row_id, true), "\n";
echo "  nothing to dequeue: ", var_export($d->dequeue(), true), "\n";
echo "  the dispatcher's dequeue records: ", count((new ReflectionProperty($d, 'dequeuedFrom'))->getValue($d)), "\n";

echo "-- listed and sent back by the stuck-task classes\n";
$locator = new Locator(['tao/taskQueue' => $d, 'tao/taskLog' => $log]);
$repo = new StuckTaskRepository();
$repo->setServiceLocator($locator);
$found = $repo->findAll(new StuckTaskQuery('rds_retry', ['Flaky'], ['failed'], 0));
foreach ($found as $s) {
    echo "  stuck: ", $s->getTaskLog()->getId() === $id ? 'A' : $s->getTaskLog()->getId(), ", orphan ", var_export($s->isOrphan(), true), "\n";
}
$restart = new RestartStuckTaskService();
$restart->setServiceLocator($locator);
foreach ($found as $s) {
    $restart->restart($s);
}
echo "  after restart: log ", $log->getStatus($id), ", row visible ", row($id)['visible'], "\n";
Flaky::$runs['a'] = 0;
sql("UPDATE tq_rds_retry SET message = replace(message, '\"ok_on\":0', '\"ok_on\":2') WHERE task_id = $1", [$id]);
step($id);
due_now();
step($id);

echo "-- an exception the policy does not retry\n";
$b = $d->createTask(new Flaky(), ['name' => 'b', 'ok_on' => 0, 'throw' => 'LogicException'], 'B', null, false,
                    ['retry' => ['attempts' => 5, 'retry_on' => ['RuntimeException']]]);
step($b->getId());

echo "-- the dispatcher's policies\n";
$d->setOption(QueueDispatcher::OPTION_RETRY_POLICIES, ['tasks' => ['Flaky' => ['attempts' => 2, 'backoff' => 5, 'jitter' => 0]],
                                                        'queues' => ['rds_retry' => ['attempts' => 7]]]);
$c = $d->createTask(new Flaky(), ['name' => 'c', 'ok_on' => 0, 'throw' => 'RuntimeException'], 'C');
echo "  task's policy: ", json_encode($c->getMetadata('__retry__')), "\n";
step($c->getId());
$d->setTaskRetryPolicy('Flaky', null);
echo "  queue's policy now: ", $d->getRetryPolicyFor(new oat\tao\model\taskQueue\Task\CallbackTask('x', 'me'), 'rds_retry')->getAttempts(), "\n";
$before = sql_value("SELECT count(*) FROM tq_rds_retry");
$d->setOption(QueueDispatcher::OPTION_RETRY_POLICIES, ['tasks' => ['Flaky' => ['attempts' => 0]]]);
try {
    $d->createTask(new Flaky(), ['name' => 'd', 'ok_on' => 1, 'throw' => 'RuntimeException'], 'D');
} catch (InvalidArgumentException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo "  rows before and after: $before ", sql_value("SELECT count(*) FROM tq_rds_retry"), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
drop_tables('tq_rds_retry', 'rds_retry_log');
?>
--EXPECTF--
-- three attempts, then a dead letter
enqueued | log enqueued | Attempt 1 of 3 of task %s failed; it runs again in 1.0 s.
  row: visible f, lease set, deliveries 0, due in 1.0 s, attempt 2, errors ["RuntimeException: boom 1"]
  not due yet: NULL
enqueued | log enqueued | Attempt 2 of 3 of task %s failed; it runs again in 2.0 s.
  row: visible f, lease set, deliveries 0, due in 2.0 s, attempt 3, errors ["RuntimeException: boom 1","RuntimeException: boom 2"]
failed | log failed | Task %s failed on attempt 3 of 3; no attempt is left.
  row: visible f, lease none, deliveries 0, due in - s, attempt null, errors null
  report: Attempt 1: RuntimeException: boom 1 / Attempt 2: RuntimeException: boom 2 / Attempt 3: RuntimeException: boom 3
  same row throughout: true
  nothing to dequeue: NULL
  the dispatcher's dequeue records: 0
-- listed and sent back by the stuck-task classes
  stuck: A, orphan false
  after restart: log enqueued, row visible t
enqueued | log enqueued | Attempt 1 of 3 of task %s failed; it runs again in 1.0 s.
  row: visible f, lease set, deliveries 0, due in 1.0 s, attempt 2, errors ["RuntimeException: boom 1"]
completed | log completed | Running task %s
  row: gone
-- an exception the policy does not retry
failed | log failed | Task %s failed on attempt 1 of 5 with LogicException, which its retry policy does not retry.
  row: visible f, lease none, deliveries 0, due in - s, attempt null, errors null
-- the dispatcher's policies
  task's policy: {"attempts":2,"backoff":5,"multiplier":2,"max_backoff":300,"jitter":0,"retry_on":[]}
enqueued | log enqueued | Attempt 1 of 2 of task %s failed; it runs again in 5.0 s.
  row: visible f, lease set, deliveries 0, due in 5.0 s, attempt 2, errors ["RuntimeException: boom 1"]
  queue's policy now: 7
InvalidArgumentException: QueueDispatcher option retry_policies[tasks][Flaky]: retry policy: attempts must be an integer from 1 to 100
  rows before and after: 2 2
