--TEST--
CallbackTask::setCallable() tells a TaskAwareInterface callable its task; getCallable() falls back to metadata __callable__; markAsEnqueued()/isEnqueued()
--FILE--
<?php
use oat\tao\model\taskQueue\Task\CallbackTask;
use oat\tao\model\taskQueue\Task\TaskAwareInterface;
use oat\tao\model\taskQueue\Task\TaskInterface;

class AwareAction implements TaskAwareInterface
{
    private $task;
    public function setTask(TaskInterface $task) { $this->task = $task; }
    public function getTask() { return $this->task; }
    public function __invoke($params) { return $this->task->getId(); }
}

$t = new CallbackTask('the-id', '');
var_dump($t->getCallable());
$a = new AwareAction();
var_dump($t->setCallable($a) === $t);
var_dump($a->getTask() === $t, $t->getCallable() === $a, $t());

try {
    $t->setCallable('no_such_function_anywhere');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
var_dump($t->getCallable() === $a);

$u = new CallbackTask('u', '');
$u->setMetadata('__callable__', 'Some\\ClassName');
var_dump($u->getCallable());
$u->setMetadata('__callable__', '');
var_dump($u->getCallable());

var_dump($u->isEnqueued());
var_dump($u->markAsEnqueued() === $u, $u->isEnqueued());
?>
--EXPECT--
NULL
bool(true)
bool(true)
bool(true)
string(6) "the-id"
oat\tao\model\taskQueue\Task\CallbackTask::setCallable(): Argument #1 ($callable) must be a valid callback, string given
bool(true)
string(14) "Some\ClassName"
NULL
bool(false)
bool(true)
bool(true)
