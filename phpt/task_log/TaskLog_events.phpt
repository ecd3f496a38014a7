--TEST--
TaskLog: archive() and cancel() trigger TaskLogArchivedEvent / TaskLogCancelledEvent through the locator's generis/event manager, only when something changed; the events' getters
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\Event\TaskLogArchivedEvent;
use oat\tao\model\taskQueue\Event\TaskLogCancelledEvent;
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;

/* generis' EventManager and a service locator, as small as TaskLog needs them */
final class Events
{
    public array $seen = [];
    public function trigger($event, $params = []) { $this->seen[] = $event; }
}
final class Locator
{
    public function __construct(private array $services) {}
    public function has($id) { return isset($this->services[$id]); }
    public function get($id) { return $this->services[$id] ?? throw new RuntimeException("no $id"); }
}

$events = new Events();
$log = new TaskLog(['task_log_broker' => new InMemoryTaskLogBroker()]);
$log->setServiceLocator(new Locator(['generis/event' => $events]));
foreach (['ok' => 'completed', 'run' => 'running', 'enq' => 'enqueued', 'deq' => 'dequeued'] as $id => $status) {
    $log->add(TaskLogTest\task($id), $status);
}

var_dump($log->archive($log->getById('ok')));
var_dump($log->archive($log->getById('run'), true));
var_dump($log->cancel($log->getById('enq')));
try {
    $log->cancel($log->getById('deq'));              // refused: no event
} catch (Exception $e) {
    echo $e->getMessage(), "\n";
}
foreach ($events->seen as $ev) {
    printf("%s %s forced=%s name=%s\n", get_class($ev), $ev->getTaskLogEntity()->getId(),
           var_export($ev->isForced(), true), $ev->getName());
}

echo "-- without an event manager, or without a locator: nothing to trigger\n";
$log->setServiceLocator(new Locator([]));
$log->add(TaskLogTest\task('ok2'), 'completed');
var_dump($log->archive($log->getById('ok2')));
$bare = new TaskLog(['task_log_broker' => new InMemoryTaskLogBroker()]);
$bare->add(TaskLogTest\task('ok3'), 'failed');
var_dump($bare->archive($bare->getById('ok3')));

echo "-- a listener's exception reaches the caller; the change is made\n";
$log->setServiceLocator(new Locator(['generis/event' => new class {
    public function trigger($event) { throw new LogicException('listener failed'); }
}]));
$log->add(TaskLogTest\task('ok4'), 'completed');
try {
    $log->archive($log->getById('ok4'));
} catch (LogicException $e) {
    echo $e->getMessage(), "; status: ", $log->getStatus('ok4'), "\n";
}

echo "-- the events by hand\n";
$entity = $log->getById('ok');
$a = new TaskLogArchivedEvent($entity);
$c = new TaskLogCancelledEvent($entity, 1);
var_dump($a->isForced(), $c->isForced(), $a->getTaskLogEntity() === $entity, $c->getName());
try {
    new TaskLogArchivedEvent('ok');
} catch (TypeError $e) {
    echo get_class($e), "\n";
}
$blank = (new ReflectionClass(TaskLogCancelledEvent::class))->newInstanceWithoutConstructor();
try {
    $blank->getTaskLogEntity();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
Task cannot be cancelled because it is already dequeued.
oat\tao\model\taskQueue\Event\TaskLogArchivedEvent ok forced=false name=oat\tao\model\taskQueue\Event\TaskLogArchivedEvent
oat\tao\model\taskQueue\Event\TaskLogArchivedEvent run forced=true name=oat\tao\model\taskQueue\Event\TaskLogArchivedEvent
oat\tao\model\taskQueue\Event\TaskLogCancelledEvent enq forced=false name=oat\tao\model\taskQueue\Event\TaskLogCancelledEvent
-- without an event manager, or without a locator: nothing to trigger
bool(true)
bool(true)
-- a listener's exception reaches the caller; the change is made
listener failed; status: archived
-- the events by hand
bool(false)
bool(true)
bool(true)
string(51) "oat\tao\model\taskQueue\Event\TaskLogCancelledEvent"
TypeError
oat\tao\model\taskQueue\Event\TaskLogCancelledEvent has no task log entity: its constructor did not run
