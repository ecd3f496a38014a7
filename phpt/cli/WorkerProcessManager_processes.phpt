--TEST--
WorkerProcessManager::addProcess()/getProcesses(): processes a PHP caller runs (ReactPHP's Process or any object with getPid()) kept by pid, forgotten when their stdout emits 'close' (TAO's); getPid() answers used as PHP array keys; the listener cannot be built or serialized from PHP
--FILE--
<?php
use oat\taoTaskQueue\model\Worker\WorkerProcessManager;

class Stream   // the part of ReactPHP's event emitter addProcess() uses
{
    public array $listeners = [];
    public function on($event, callable $listener) { $this->listeners[$event][] = $listener; }
    public function emit($event, array $args = []) { foreach ($this->listeners[$event] ?? [] as $l) { $l(...$args); } }
}
class Proc
{
    public ?Stream $stdout;
    public function __construct(public mixed $pid, bool $stream = true) { $this->stdout = $stream ? new Stream() : null; }
    public function getPid() { return $this->pid; }
}

$m = new WorkerProcessManager();
$a = new Proc(101);
$b = new Proc(102);
$c = new Proc(null);          // not started yet: TAO keys it by "" too
$d = new Proc('103', false);  // no stdout: kept until the caller forgets the manager
foreach ([$a, $b, $c, $d] as $p) { $m->addProcess($p); }
var_dump(array_keys($m->getProcesses()));
var_dump(count($a->stdout->listeners['close']), array_keys($a->stdout->listeners));
$a->stdout->emit('close');
$c->stdout->emit('close');
var_dump(array_keys($m->getProcesses()), $m->getProcesses()[102] === $b);
$a->stdout->emit('close');    // twice: nothing more to forget
var_dump(count($m->getProcesses()));

try {
    $m->addProcess(new Proc([1]));
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    $m->addProcess(new stdClass());
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
$l = $b->stdout->listeners['close'][0];
echo get_class($l), "\n";
try {
    new TaskQueue\Internal\WorkerProcessCloseListener();
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    serialize($l);
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
unset($m);                    // the manager lives on in the listeners until the streams go
$b->stdout->emit('close');
echo "done\n";
?>
--EXPECT--
array(4) {
  [0]=>
  int(101)
  [1]=>
  int(102)
  [2]=>
  string(0) ""
  [3]=>
  int(103)
}
int(1)
array(1) {
  [0]=>
  string(5) "close"
}
array(2) {
  [0]=>
  int(102)
  [1]=>
  int(103)
}
bool(true)
int(2)
TypeError: WorkerProcessManager::addProcess(): getPid() returned array, not a process id
TypeError: WorkerProcessManager::addProcess(): stdClass has no getPid(), so it is no process
TaskQueue\Internal\WorkerProcessCloseListener
Error: Call to private TaskQueue\Internal\WorkerProcessCloseListener::__construct() from global scope
Exception: Serialization of 'TaskQueue\Internal\WorkerProcessCloseListener' is not allowed
done
