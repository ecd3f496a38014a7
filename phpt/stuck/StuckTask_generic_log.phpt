--TEST--
StuckTaskRepository / RestartStuckTaskService with an RDS queue and a Task Log not on PostgreSQL (a caller's TaskLog): TAO's way through the Task Log's methods: search() asked for enqueued rows of the listed names older than the age, entries created since left out, a delayed message not due yet never listed; restart makes the message visible and sets the row back to enqueued by its log id, refuses a message whose lease runs (a worker holds it), takes one whose lease ran out, recreates an orphan and cancels its row, once (a second restart of it, or of a task a worker took since, is refused); a broker's PHP override of changeTaskVisibility() is what restart calls, never on a message a worker holds
--EXTENSIONS--
pgsql
--SKIPIF--
<?php
if (!getenv('TASKQUEUE_PERSISTENCE_DEFAULT')) die('skip TASKQUEUE_PERSISTENCE_DEFAULT is not set (tests/run-all.sh starts PostgreSQL)');
?>
--FILE--
<?php
require __DIR__ . '/../rds/inc/rds.inc';
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;
use oat\taoTaskQueue\model\Repository\{StuckTaskQuery, StuckTaskRepository};
use oat\taoTaskQueue\model\Service\RestartStuckTaskService;
use oat\tao\model\taskQueue\{Queue, QueueDispatcher, TaskLog};
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;
use oat\tao\model\taskQueue\TaskLog\{CategorizedStatus, TaskLogFilter};
use oat\tao\model\taskQueue\TaskLog\Entity\TaskLogEntity;

/* A Task Log of the caller's: its rows are what search() gives (created and changed an hour
 * ago unless told otherwise); setStatus() is recorded. */
class HandLog extends TaskLog
{
    public array $rows = [];
    public array $calls = [];
    public function search(TaskLogFilter $filter, $limit = null, $offset = null, $sortBy = null, $sortOrder = null)
    {
        $this->calls[] = 'search ' . json_encode(array_map(fn($f) => [$f['column'], $f['operator'], $f['value']],
                                                           $filter->getFilters()));
        $out = [];
        foreach ($this->rows as $id => $created) {
            $out[] = new TaskLogEntity($id, null, 'RdsJob', CategorizedStatus::createFromString('enqueued'), [], "label $id",
                                       'me', new DateTime($created), new DateTime('-1 hour'));
        }
        return $out;
    }
    public function setStatus($taskId, $newStatus, $prevStatus = null)
    {
        $this->calls[] = "setStatus $taskId $newStatus";
        return parent::setStatus($taskId, $newStatus, $prevStatus);
    }
}
class SpyBroker extends RdsQueueBroker
{
    public array $calls = [];
    public function changeTaskVisibility(string $taskId, bool $visible): void
    {
        $this->calls[] = "changeTaskVisibility $taskId " . var_export($visible, true);
        parent::changeTaskVisibility($taskId, $visible);
    }
}
class Locator
{
    public function __construct(private array $services) {}
    public function get($id) { return $this->services[$id]; }
    public function has($id) { return isset($this->services[$id]); }
}

$name = 'tq_stg_' . getmypid();
$table = "tq_$name";
register_shutdown_function(fn() => drop_tables($table));
$log = new HandLog(['task_log_broker' => new InMemoryTaskLogBroker()]);
$broker = new RdsQueueBroker('default', 1);
$d = new QueueDispatcher(['queues' => [new Queue($name, $broker)], 'task_log' => $log]);
$d->initialize();
$task = fn(string $label, array $opts = []) => $d->createTask(new RdsJob(), ['n' => $label], $label, null, false, $opts)->getId();
$waiting = $task('waiting');
$held = $task('held');                       // claimed below: its lease runs
$lapsed = $task('lapsed');                   // claimed, its lease ran out
$delayed = $task('delayed', ['delay' => 3600]);
$young = $task('young');                     // changed long ago, created since
$q = new Queue($name, new RdsQueueBroker('default', 1));
$q->setTaskLog($log);
$claimed = [$q->dequeue()->getId(), $q->dequeue()->getId()];
var_dump($claimed === [$waiting, $held] || $claimed === [$held, $waiting]);
// the first claim was "waiting": give it back; keep "held"; claim "lapsed", then its lease runs out
sql("UPDATE $table SET visible = true, lease_until = NULL WHERE task_id = $1", [$waiting]);
var_dump($q->dequeue()->getId() === $lapsed);
sql("UPDATE $table SET lease_until = now() - interval '1 second' WHERE task_id = $1", [$lapsed]);
$orphan = 'orphan-' . getmypid();            // a row whose message is gone
$log->rows = [$waiting => '-1 hour', $held => '-1 hour', $lapsed => '-1 hour', $delayed => '-1 hour',
              $young => '-1 minute', $orphan => '-1 hour'];
$log->getBroker()->add((new oat\tao\model\taskQueue\Task\CallbackTask($orphan, 'me'))->setCallable(new RdsJob()),
                       'enqueued', 'orphan');

$locator = new Locator(['tao/taskQueue' => $d, 'tao/taskLog' => $log]);
$repo = new StuckTaskRepository();
$repo->setServiceLocator($locator);
$restart = new RestartStuckTaskService();
$restart->setServiceLocator($locator);

echo "-- found\n";
$found = $repo->findAll(new StuckTaskQuery($name, ['RdsJob'], ['enqueued', 'running'], 200));
$label = [$waiting => 'waiting', $held => 'held', $lapsed => 'lapsed', $orphan => 'orphan'];
foreach ($found as $st) {
    echo $label[$st->getTaskLog()->getId()] ?? $st->getTaskLog()->getId(), ': ', $st->isOrphan() ? 'orphan' : 'message ' . (ctype_digit($st->getTaskId()) ? 'row' : '?'), "\n";
}
echo preg_replace('/"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d"/', '"<date>"', $log->calls[0]), "\n";
$log->calls = [];
echo count($repo->findAll(new StuckTaskQuery($name, ['RdsJob'], ['running'], 200))), " without enqueued\n";
var_dump($log->calls);

echo "-- restarted\n";
foreach ($found as $st) {
    $id = $st->getTaskLog()->getId();
    $log->calls = [];
    try {
        $restart->restart($st);
        echo $label[$id], ": restarted";
    } catch (Exception $e) {
        echo $label[$id], ': ', get_class($e), ': ', str_replace($id, '<id>', $e->getMessage());
    }
    echo $log->calls ? ' (' . str_replace($id, '<id>', implode(', ', $log->calls)) . ')' : '', "\n";
}
$rows = sql("SELECT task_id, visible, lease_until IS NULL AS no_lease FROM $table ORDER BY id");
foreach ($rows as $r) {
    echo $label[$r['task_id']] ?? ($r['task_id'] === $delayed ? 'delayed' : ($r['task_id'] === $young ? 'young' : 'new')),
         ': visible ', $r['visible'], ', lease ', $r['no_lease'] === 't' ? 'none' : 'set', "\n";
}
echo "orphan's row: ", $log->getBroker()->getStatus($orphan), "\n";

echo "-- again\n";
foreach ($found as $st) {
    $id = $st->getTaskLog()->getId();
    if ($id !== $orphan && $id !== $lapsed) {
        continue;
    }
    if ($id === $lapsed) {
        $log->getBroker()->updateStatus($lapsed, 'running');   // a worker took it since
    }
    try {
        $restart->restart($st);
        echo $label[$id], ": restarted again\n";
    } catch (Exception $e) {
        echo $label[$id], ': ', get_class($e), ': ', str_replace($id, '<id>', $e->getMessage()), "\n";
    }
}
echo sql("SELECT count(*) AS n FROM $table")[0]['n'], " messages, orphan's row ", $log->getBroker()->getStatus($orphan), "\n";

echo "-- a broker's override of changeTaskVisibility()\n";
$spy = new SpyBroker('default', 1);
$d2 = new QueueDispatcher(['queues' => [new Queue($name, $spy)], 'task_log' => $log]);
$restart->setServiceLocator(new Locator(['tao/taskQueue' => $d2, 'tao/taskLog' => $log]));
$msg = $spy->getTaskByTaskLogId($young);
$entity = new TaskLogEntity($young, null, 'RdsJob', CategorizedStatus::createFromString('enqueued'), [], 'young', 'me');
$log->calls = [];
$restart->restart(new oat\taoTaskQueue\model\StuckTask($entity, $name, $msg->getTask(), $msg->getTaskId()));
echo str_replace([$young, ' ' . $msg->getTaskId() . ' '], ['<id>', ' <row> '], implode(', ', array_merge($spy->calls, $log->calls))), "\n";
// the override would call its parent on a message a worker holds: refused before it runs
$spy->calls = [];
$msg = $spy->getTaskByTaskLogId($held);
$entity = new TaskLogEntity($held, null, 'RdsJob', CategorizedStatus::createFromString('enqueued'), [], 'held', 'me');
try {
    $restart->restart(new oat\taoTaskQueue\model\StuckTask($entity, $name, $msg->getTask(), $msg->getTaskId()));
} catch (Exception $e) {
    echo get_class($e), ': ', str_replace($held, '<id>', $e->getMessage()), "\n";
}
var_dump($spy->calls);
$r = sql("SELECT visible, lease_until > now() AS leased FROM $table WHERE task_id = $1", [$held])[0];
echo "held: visible {$r['visible']}, leased {$r['leased']}\n";
?>
--EXPECT--
bool(true)
bool(true)
-- found
waiting: message row
held: message row
lapsed: message row
orphan: orphan
search [["task_name","IN",["RdsJob"]],["status","=","enqueued"],["updated_at","<=","<date>"]]
0 without enqueued
array(0) {
}
-- restarted
waiting: restarted (setStatus <id> enqueued)
held: RuntimeException: RestartStuckTaskService::restart(): Task "<id>" is held by a worker (its message's lease runs): it is not stuck (setStatus <id> enqueued)
lapsed: restarted (setStatus <id> enqueued)
orphan: restarted (setStatus <id> cancelled)
waiting: visible t, lease none
held: visible f, lease set
lapsed: visible t, lease none
delayed: visible f, lease set
young: visible t, lease none
new: visible t, lease none
orphan's row: cancelled
-- again
lapsed: RuntimeException: Task <id> is no longer enqueued (a worker took it, or the Task Log failed: see the log): not restarted
orphan: RuntimeException: Task <id> was not restarted: its Task Log row could not be moved from enqueued to cancelled (another restart or a worker changed it, or the Task Log failed: see the log)
6 messages, orphan's row cancelled
-- a broker's override of changeTaskVisibility()
changeTaskVisibility <row> true, setStatus <id> enqueued
RuntimeException: RestartStuckTaskService::restart(): Task "<id>" is held by a worker (its message's lease runs): it is not stuck
array(0) {
}
held: visible f, leased t
