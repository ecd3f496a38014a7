--TEST--
CallbackTask: applyWorkerContext() is forwarded to a WorkerContextAwareInterface callable; hasChildren()/getChildren() delegate to a ChildTaskAwareInterface callable
--FILE--
<?php
use oat\tao\model\taskQueue\Task\CallbackTask;
use oat\tao\model\taskQueue\Task\ChildTaskAwareInterface;
use oat\tao\model\taskQueue\Task\WorkerContextAwareInterface;

class CtxAction implements WorkerContextAwareInterface
{
    public $ctx = false;
    public function applyWorkerContext() { $this->ctx = true; }
    public function isWorkerContext() { return $this->ctx; }
    public function __invoke($p) {}
}

class ParentAction implements ChildTaskAwareInterface
{
    private $ids = [];
    public function addChildId($taskId) { $this->ids[] = $taskId; return $this; }
    public function hasChildren() { return (bool) $this->ids; }
    public function getChildren() { return $this->ids; }
    public function __invoke($p) { $this->addChildId('child-1'); }
}

$t = new CallbackTask('id', '');
$a = new CtxAction();
$t->setCallable($a);
var_dump($t->applyWorkerContext() === $t, $t->isWorkerContext(), $a->ctx);

$p = new CallbackTask('p', '');
$action = new ParentAction();
$p->setCallable($action);
$p->addChildId('own-child');          // the task's own list is shadowed by the callable's
var_dump($p->hasChildren(), $p->getChildren());
$p();
var_dump($p->hasChildren(), $p->getChildren());

$q = new CallbackTask('q', '');
$q->setCallable(fn ($x) => null);
$q->addChildId('own');
var_dump($q->hasChildren(), $q->getChildren(), $q->applyWorkerContext()->isWorkerContext());
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
array(0) {
}
bool(true)
array(1) {
  [0]=>
  string(7) "child-1"
}
bool(true)
array(1) {
  [0]=>
  string(3) "own"
}
bool(true)
