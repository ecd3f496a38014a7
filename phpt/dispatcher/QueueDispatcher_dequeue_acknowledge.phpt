--TEST--
QueueDispatcher: acknowledge() goes to the queue the task was dequeued from, even after the associations changed (quirk 5)
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\Queue\DispatchedQueue;

$q1 = new FakeQueue('q1');
$q2 = new FakeQueue('q2');
$selector = new FirstSelector();
$d = dispatcherWith([$q1, $q2], ['task_selector_strategy' => $selector]);
$d->enqueue(new TestTask('t1'));            // default queue: q1
$d->enqueue(new TestTask('t2'));
$d->linkTaskToQueue(TestTask::class, 'q2'); // routing now says q2

$task = $d->dequeue();
var_dump($task->getId());
// the selector saw views of the registered queues
var_dump($selector->seen);
$d->acknowledge($task);
echo "q1: ", implode(', ', $q1->calls), "\n";
echo "q2: ", implode(', ', $q2->calls), "\n";

// acknowledged once: a second acknowledge() of the same task routes again
$d->acknowledge($task);
echo "q2: ", implode(', ', $q2->calls), "\n";

// nothing to dequeue
$d->dequeue();
var_dump($d->dequeue());

// one queue: no selector involved, the source is remembered as well
$q3 = new FakeQueue('only');
$sel = new FirstSelector();
$one = dispatcherWith([$q3], ['task_selector_strategy' => $sel]);
$one->enqueue(new TestTask('t3'));
$t3 = $one->dequeue();
$one->acknowledge($t3);
echo "only: ", implode(', ', $q3->calls), "\n";
var_dump($sel->seen);
var_dump($one->dequeue());

// a selector may keep the views; they forward everything to the queue
$views = [];
$keeper = new class($views) extends FirstSelector {
    public function __construct(private array &$keep) {}
    public function pickNextTask(array $queues) { $this->keep = $queues; return parent::pickNextTask($queues); }
};
$d2 = dispatcherWith([$q1, $q2], ['task_selector_strategy' => $keeper]);
$d2->dequeue();
$v = $views[1];
var_dump($v instanceof DispatchedQueue, $v instanceof \oat\tao\model\taskQueue\QueueInterface);
var_dump($v->getQueue() === $q2, (string) $v, $v->getName(), $v->getWeight(), $v->isSync(), count($v));
var_dump($v->setWeight(5) === $v, $q2->getWeight());
var_dump($v->getTaskLog() === $q2->taskLog);      // through __call
tq_try(fn() => $v->noSuchMethod());
tq_try(fn() => new DispatchedQueue('x', new NullBroker()));
?>
--EXPECTF--
string(2) "t1"
array(2) {
  [0]=>
  string(48) "oat\tao\model\taskQueue\Queue\DispatchedQueue:q1"
  [1]=>
  string(48) "oat\tao\model\taskQueue\Queue\DispatchedQueue:q2"
}
q1: setTaskLog MemTaskLog, enqueue t1, enqueue t2, dequeue, acknowledge t1
q2: setTaskLog MemTaskLog
q2: setTaskLog MemTaskLog, acknowledge t1
NULL
only: setTaskLog MemTaskLog, enqueue t3, dequeue, acknowledge t3
array(0) {
}
NULL
bool(true)
bool(true)
bool(true)
string(2) "q2"
string(2) "q2"
int(1)
bool(false)
int(0)
bool(true)
int(5)
bool(true)
Error: Call to undefined method FakeQueue::noSuchMethod()
Error: oat\tao\model\taskQueue\Queue\DispatchedQueue cannot be constructed directly: QueueDispatcher::dequeue() creates it
