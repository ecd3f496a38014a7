--TEST--
TAO's traits, native: ChildTaskAwareTrait, WorkerContextAwareTrait, TaskAwareTrait and TaskLogAwareTrait used by userland classes (also renamed, made protected, inherited); state in the using class's private property; TAO's messages and return values
--FILE--
<?php
use oat\tao\model\taskQueue\Task\{ChildTaskAwareTrait, ChildTaskAwareInterface, WorkerContextAwareTrait,
    WorkerContextAwareInterface, TaskAwareTrait, TaskAwareInterface, CallbackTask};
use oat\tao\model\taskQueue\TaskLog\{TaskLogAwareTrait, TaskLogAwareInterface};
use oat\tao\model\taskQueue\TaskLog;

class Action implements ChildTaskAwareInterface, WorkerContextAwareInterface, TaskAwareInterface, TaskLogAwareInterface
{
    use ChildTaskAwareTrait, WorkerContextAwareTrait, TaskAwareTrait, TaskLogAwareTrait;
    public function peek(): array { return [$this->children, $this->isWorkerContext, $this->task, $this->taskLog]; }
}
class SubAction extends Action {}
class Renamed { use ChildTaskAwareTrait { addChildId as protected add; } public function addTwo($a, $b) { return $this->add($a)->add($b); } }

foreach (['oat\tao\model\taskQueue\Task\ChildTaskAwareTrait', 'oat\tao\model\taskQueue\TaskLog\TaskLogAwareTrait'] as $t) {
    echo $t, ': trait ', var_export((new ReflectionClass($t))->isTrait(), true), "\n";
}
echo 'uses: ', implode(',', array_map(fn($n) => substr(strrchr($n, '\\'), 1), class_uses('Action'))), "\n";

$a = new SubAction();
var_dump($a->hasChildren(), $a->getChildren(), $a->isWorkerContext(), $a->getTask(), $a->getTaskLog());
$kept = $a->getChildren();
var_dump($a->addChildId('c1') === $a, $a->addChildId(2)->hasChildren(), $a->getChildren(), $kept);
try { $a->addChildId('c1'); } catch (InvalidArgumentException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { $a->addChildId('2'); } catch (InvalidArgumentException $e) { echo 'loose: ', $e->getMessage(), "\n"; }
var_dump($a->applyWorkerContext() === $a, $a->isWorkerContext());

$task = new CallbackTask('t1', 'me');
$log = new TaskLog(["task_log_broker" => new oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker()]);
var_dump($a->setTask($task) === $a, $a->getTask() === $task, $a->setTaskLog($log) === $a, $a->getTaskLog() === $log);
[$c, $w, $t, $l] = $a->peek();
echo 'private state: ', json_encode($c), ' ', var_export($w, true), ' ', $t->getId(), ' ', get_class($l), "\n";
try { $a->setTask(new stdClass()); } catch (TypeError $e) { echo 'TypeError: ', $e->getMessage(), "\n"; }
try { $a->setTaskLog($task); } catch (TypeError $e) { echo 'TypeError: ', $e->getMessage(), "\n"; }

$r = new Renamed();
var_dump($r->addTwo('x', 'y')->getChildren());
try { $r->add('z'); } catch (Error $e) { echo 'Error: ', $e->getMessage(), "\n"; }
// a second object keeps its own state
var_dump((new Action())->getChildren());
?>
--EXPECT--
oat\tao\model\taskQueue\Task\ChildTaskAwareTrait: trait true
oat\tao\model\taskQueue\TaskLog\TaskLogAwareTrait: trait true
uses: ChildTaskAwareTrait,WorkerContextAwareTrait,TaskAwareTrait,TaskLogAwareTrait
bool(false)
array(0) {
}
bool(false)
NULL
NULL
bool(true)
bool(true)
array(2) {
  [0]=>
  string(2) "c1"
  [1]=>
  int(2)
}
array(0) {
}
InvalidArgumentException: Child c1 has been added.
loose: Child 2 has been added.
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
private state: ["c1",2] true t1 oat\tao\model\taskQueue\TaskLog
TypeError: Action::setTask(): Argument #1 ($task) must be of type oat\tao\model\taskQueue\Task\TaskInterface, stdClass given
TypeError: Action::setTaskLog(): Argument #1 ($taskLog) must be of type oat\tao\model\taskQueue\TaskLogInterface, oat\tao\model\taskQueue\Task\CallbackTask given
array(2) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
}
Error: Call to protected method Renamed::add() from global scope
array(0) {
}
