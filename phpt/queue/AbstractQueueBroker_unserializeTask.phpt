--TEST--
AbstractQueueBroker::unserializeTask()/serializeTask()
--DESCRIPTION--
Goes through php_tq_task_serialize()/php_tq_task_deserialize() (ext/task). The expectations only use what TAO's
TaskSerializerService guarantees (json_encode($task); TaskFactory's rebuild; any failure
deletes the message), with %s for the serialiser's own error texts.
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\Queue\Broker\AbstractQueueBroker;
use oat\tao\model\taskQueue\Task\TaskInterface;

class JsonBroker extends AbstractQueueBroker
{
    const ID = 'json';
    public mixed $deleteThrows = null;
    public function createQueue() {}
    public function push(TaskInterface $task) { return true; }
    public function count(): int { return 0; }
    protected function doPop() {}
    protected function doDelete(mixed $id, array $logContext = [])
    {
        echo 'doDelete(', var_export($id, true), ', ', json_encode($logContext), ")\n";
        if ($this->deleteThrows) {
            throw $this->deleteThrows;
        }
    }
    public function ser(TaskInterface $t) { return $this->serializeTask($t); }
    public function unser($json, $id, array $ctx = []) { return $this->unserializeTask($json, $id, $ctx); }
}
$logger = new class {
    public function __call($level, $args) { echo "[$level] {$args[0]} ", json_encode($args[1]), "\n"; }
};
$b = new JsonBroker();
$b->setLogger($logger);

$t = new TaskDouble('http://tao/#i1', 'owner-1');
$t->setParameter(['a' => 1, 'b' => 'x/y']);
$json = $b->ser($t);
var_dump($json === json_encode($t));

$back = $b->unser($json, 'msg-0');
var_dump(get_class($back), $back->getId(), $back->getOwner(), $back->getParameters(), $back->getCreatedAt()->format('c'));

echo "poison messages are deleted and give null:\n";
foreach (['{not json', '{"metadata":{}}', '{"taskFqcn":"NoSuchClass","metadata":{},"parameters":[]}',
          '{"taskFqcn":"stdClass","metadata":{},"parameters":[]}'] as $i => $bad) {
    var_dump($b->unser($bad, "msg-$i", ['QueueName' => 'q']));
}
var_dump($b->unser(null, 42));

echo "an exception from doDelete() reaches the caller:\n";
$b->deleteThrows = new \RuntimeException('cannot delete');
try {
    $b->unser('[]', 'msg-x');
} catch (\RuntimeException $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
bool(true)
string(10) "TaskDouble"
string(14) "http://tao/#i1"
string(7) "owner-1"
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  string(3) "x/y"
}
string(25) "2026-11-27T10:00:00+00:00"
poison messages are deleted and give null:
[error] Task message "msg-0" cannot be deserialised and is deleted: %s {"QueueName":"q"}
doDelete('msg-0', {"QueueName":"q"})
NULL
[error] Task message "msg-1" cannot be deserialised and is deleted: %s {"QueueName":"q"}
doDelete('msg-1', {"QueueName":"q"})
NULL
[error] Task message "msg-2" cannot be deserialised and is deleted: %s {"QueueName":"q"}
doDelete('msg-2', {"QueueName":"q"})
NULL
[error] Task message "msg-3" cannot be deserialised and is deleted: %s {"QueueName":"q"}
doDelete('msg-3', {"QueueName":"q"})
NULL
[error] Task message "42" cannot be deserialised and is deleted: the message is null, not a JSON string []
doDelete(42, [])
NULL
an exception from doDelete() reaches the caller:
[error] Task message "msg-x" cannot be deserialised and is deleted: %s []
doDelete('msg-x', [])
cannot delete
