--TEST--
AbstractQueueBroker::releasePreFetchedMessages(): a doRelease() that changes the buffer (grows it past its table, replaces it, hands a task out) does not disturb the walk; only tasks still buffered are given back
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\Queue\Broker\AbstractQueueBroker;
use oat\tao\model\taskQueue\Task\TaskInterface;

class ChangingBuffer extends AbstractQueueBroker
{
    const ID = 'changing';
    public array $released = [];
    public array $handedOut = [];
    public ?Closure $onRelease = null;
    public function createQueue() {}
    public function push(TaskInterface $task) { return true; }
    public function count(): int { return 0; }
    protected function doPop()
    {
        foreach (range(1, 8) as $n) {
            $this->pushPreFetchedMessage(new TaskDouble("t#$n", 'o'));
        }
    }
    public function pushMore(int $n, string $prefix): void
    {
        for ($i = 1; $i <= $n; $i++) {
            $this->pushPreFetchedMessage(new TaskDouble("$prefix#$i", 'o'));
        }
    }
    protected function doDelete($id, array $logContext = []) {}
    protected function doRelease(TaskInterface $task): bool
    {
        if ($this->onRelease) {
            $f = $this->onRelease;
            $this->onRelease = null;
            $f($this, $task);
        }
        $this->released[] = $task->getId();
        return true;
    }
    public function drain(): array
    {
        $ids = [];
        while ($this->hasPreFetchedMessages()) {
            $ids[] = $this->pop()->getId();
        }
        return $ids;
    }
}

// 1. the first release pushes 20 more tasks: the buffer's table grows (moves) under the walk;
//    the tasks pushed meanwhile stay buffered
$b = new ChangingBuffer(8);
echo $b->pop()->getId(), "\n";
$b->onRelease = function (ChangingBuffer $b) { $b->pushMore(20, 'new'); };
var_dump($b->releasePreFetchedMessages());
echo implode(',', $b->released), "\n";
$left = $b->drain();
echo count($left), ' left: ', $left[0], ' .. ', end($left), "\n";

// 2. the first release replaces the whole buffer: the old array is gone, the tasks it held
//    are no longer buffered and are not given back
$b = new ChangingBuffer(8);
echo $b->pop()->getId(), "\n";
$b->onRelease = function (ChangingBuffer $b) {
    (new ReflectionProperty(AbstractQueueBroker::class, 'preFetchedQueue'))->setValue($b, []);
    $b->pushMore(2, 'other');
};
var_dump($b->releasePreFetchedMessages());
echo implode(',', $b->released), "\n";
echo implode(',', $b->drain()), "\n";

// 3. the first release hands the next two tasks out (pop()): those are the worker's now
$b = new ChangingBuffer(8);
echo $b->pop()->getId(), "\n";
$b->onRelease = function (ChangingBuffer $b, TaskInterface $t) {
    $b->pop();                                   // the task being released itself (oldest)
    $b->handedOut[] = $b->pop()->getId();
    $b->handedOut[] = $b->pop()->getId();
};
var_dump($b->releasePreFetchedMessages());
echo implode(',', $b->released), "\n";
echo implode(',', $b->handedOut), "\n";
var_dump($b->hasPreFetchedMessages());
?>
--EXPECT--
t#1
int(7)
t#2,t#3,t#4,t#5,t#6,t#7,t#8
20 left: new#1 .. new#20
t#1
int(1)
t#2
other#1,other#2
t#1
int(5)
t#2,t#5,t#6,t#7,t#8
t#3,t#4
bool(false)
