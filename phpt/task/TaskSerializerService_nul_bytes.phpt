--TEST--
NUL bytes (they were cut: two keys became one, queue "q\0x" was queue "q"): a parameter or metadata key or a queue name holding one is an InvalidArgumentException naming the argument; serialize() refuses a nested key with one
--FILE--
<?php
use oat\tao\model\taskQueue\Task\CallbackTask;
use oat\tao\model\taskQueue\Task\TaskSerializerService;
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker;

class Job { public function __invoke($p) { return null; } }
ini_set('taskqueue.allowed_callables', 'Job');
$t = new CallbackTask('id-1', 'me');
$t->setCallable(new Job());
foreach ([fn () => $t->setParameter(["a\0x" => 1, 'b' => 2]), fn () => $t->setParameter("a\0y", 1),
          fn () => $t->setMetadata("m\0", 1)] as $set) {
    try {
        $set();
        echo "accepted\n";
    } catch (InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump($t->getParameters());
$t->setParameter(['a' => ["k\0" => 1, "k\0z" => 2]]);
$s = new TaskSerializerService();
try {
    $s->serialize($t);
    echo "serialized\n";
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
// a task id: "victim\0x" was task "victim" for every C store (setStatus() failed that task)
try {
    new CallbackTask("victim\0x", 'me');
    echo "accepted\n";
} catch (InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
try {
    $s->deserialize('{"taskFqcn":"oat\\\\tao\\\\model\\\\taskQueue\\\\Task\\\\CallbackTask","metadata":{"__id__":"victim\\u0000x","__owner__":""},"parameters":[]}');
    echo "decoded\n";
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
foreach (["q\0x", "\0"] as $name) {
    try {
        new Queue($name, new InMemoryQueueBroker());
        echo "accepted\n";
    } catch (InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
oat\tao\model\taskQueue\Task\CallbackTask::setParameter(): the parameter key must not contain a NUL byte ("a\0…")
oat\tao\model\taskQueue\Task\CallbackTask::setParameter(): the parameter key must not contain a NUL byte ("a\0…")
oat\tao\model\taskQueue\Task\CallbackTask::setMetadata(): the metadata key must not contain a NUL byte ("m\0…")
array(0) {
}
InvalidArgumentException: Cannot encode as JSON: the key "k…" holds a NUL byte
oat\tao\model\taskQueue\Task\CallbackTask::__construct(): the task id must not contain a NUL byte ("victim\0…")
oat\tao\model\taskQueue\Task\InvalidTaskException: Task class %s could not be constructed (task victim): %sthe task id must not contain a NUL byte%s
oat\tao\model\taskQueue\Queue::__construct(): the queue name must not contain a NUL byte ("q\0…")
oat\tao\model\taskQueue\Queue::__construct(): the queue name must not contain a NUL byte ("\0…")
