--TEST--
AbstractQueueBroker::pop(): pre-fetched tasks first, then the PHP doPop() of the subclass, in FIFO order
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\Queue\Broker\AbstractQueueBroker;
use oat\tao\model\taskQueue\Task\TaskInterface;

/* A backend of N messages handed out in batches of getNumberOfTasksToReceive(). */
class BatchBroker extends AbstractQueueBroker
{
    const ID = 'batch';
    public array $backend = [];
    public int $polls = 0;

    public function createQueue() {}
    public function push(TaskInterface $task) { $this->backend[] = $task; return true; }
    public function count(): int { return count($this->backend); }

    protected function doPop()
    {
        $this->polls++;
        foreach (array_splice($this->backend, 0, $this->getNumberOfTasksToReceive()) as $task) {
            $this->pushPreFetchedMessage($task);
        }
    }

    protected function doDelete(mixed $id, array $logContext = []) {}
}

$b = new BatchBroker(3);
for ($i = 1; $i <= 7; $i++) {
    $b->push(new TaskDouble("t$i", ''));
}
$seen = [];
while ($t = $b->pop()) {
    $seen[] = $t->getId() . '@' . $b->polls . ($b->hasPreFetchedMessages() ? '+' : '');
}
echo implode(' ', $seen), "\n";
var_dump($b->polls, $b->hasPreFetchedMessages());

// an exception from doPop() reaches the caller
class FailingBroker extends BatchBroker
{
    protected function doPop() { throw new \RuntimeException('backend unavailable'); }
}
try {
    (new FailingBroker())->pop();
} catch (\RuntimeException $e) {
    echo $e->getMessage(), "\n";
}

// pushPreFetchedMessage() only takes tasks
class WrongBroker extends BatchBroker
{
    protected function doPop() { $this->pushPreFetchedMessage(new \stdClass()); }
}
try {
    (new WrongBroker())->pop();
} catch (\TypeError $e) {
    echo get_class($e), "\n";
}
?>
--EXPECT--
t1@1+ t2@1+ t3@1 t4@2+ t5@2+ t6@2 t7@3
int(4)
bool(false)
backend unavailable
TypeError
