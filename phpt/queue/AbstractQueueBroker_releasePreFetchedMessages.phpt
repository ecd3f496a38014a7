--TEST--
AbstractQueueBroker::releasePreFetchedMessages() gives buffered tasks back through doRelease()
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\Queue\Broker\AbstractQueueBroker;
use oat\tao\model\taskQueue\Task\TaskInterface;

class ThreeAtATime extends AbstractQueueBroker
{
    const ID = 'three';
    public array $released = [];
    public function createQueue() {}
    public function push(TaskInterface $task) { return true; }
    public function count(): int { return 0; }
    protected function doPop()
    {
        foreach (['a', 'b', 'c'] as $id) {
            $this->pushPreFetchedMessage(new TaskDouble("t#$id", 'o'));
        }
    }
    protected function doDelete($id, array $logContext = []) {}
    protected function doRelease(TaskInterface $task): bool
    {
        if ($task->getId() === 't#c') {
            return false;   // this backend cannot give c back: it stays buffered
        }
        $this->released[] = $task->getId();
        return true;
    }
}

$b = new ThreeAtATime(3);
echo $b->pop()->getId(), "\n";
var_dump($b->releasePreFetchedMessages());
var_dump($b->released, $b->hasPreFetchedMessages());
echo $b->pop()->getId(), "\n";

// the default of a broker without leases releases nothing
$m = new oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker();
var_dump($m->releasePreFetchedMessages());
?>
--EXPECT--
t#a
int(1)
array(1) {
  [0]=>
  string(3) "t#b"
}
bool(true)
t#c
int(0)
