--TEST--
QueueDispatcher: a subclass overriding the protected getQueueForTask() decides where enqueue() and acknowledge() go
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\QueueDispatcher;
use oat\tao\model\taskQueue\Task\TaskInterface;

class RoutingDispatcher extends QueueDispatcher
{
    public array $asked = [];

    protected function getQueueForTask(TaskInterface $task)
    {
        $this->asked[] = $task->getId();
        return $this->getQueue(str_starts_with($task->getId(), 'b') ? 'q2' : parent::getQueueForTask($task)->getName());
    }
}

class BadDispatcher extends QueueDispatcher
{
    protected function getQueueForTask(TaskInterface $task) { return 'q1'; }
}

$q1 = new FakeQueue('q1');
$q2 = new FakeQueue('q2');
$d = new RoutingDispatcher(['queues' => [$q1, $q2], 'task_log' => new MemTaskLog()]);
$d->enqueue(new TestTask('a1'));
$d->enqueue(new TestTask('b1'));
// not dequeued through the dispatcher: acknowledge() routes
$d->acknowledge(new TestTask('b2'));
echo implode(', ', $q1->calls), "\n", implode(', ', $q2->calls), "\n";
var_dump($d->asked);

$bad = new BadDispatcher(['queues' => [$q1], 'task_log' => new MemTaskLog()]);
tq_try(fn() => $bad->enqueue(new TestTask('c1')));
?>
--EXPECT--
setTaskLog MemTaskLog, enqueue a1
setTaskLog MemTaskLog, enqueue b1, acknowledge b2
array(3) {
  [0]=>
  string(2) "a1"
  [1]=>
  string(2) "b1"
  [2]=>
  string(2) "b2"
}
UnexpectedValueException: BadDispatcher::getQueueForTask() must return a oat\tao\model\taskQueue\QueueInterface, string given
