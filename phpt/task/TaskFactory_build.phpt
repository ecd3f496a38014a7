--TEST--
TaskFactory::build(): the array a task's JSON decodes to gives the task (id, owner, metadata, parameters, created-at), the callable stays a name; a missing or wrong class and malformed data are InvalidTaskException naming the problem
--FILE--
<?php
use oat\tao\model\taskQueue\Task\{TaskFactory, CallbackTask, InvalidTaskException, AbstractTask};

class Import extends AbstractTask { public function __invoke() { return null; } }
class Job { public function __invoke() { return null; } }
$t = new Import('id-1', 'owner-1');
$t->setParameter(['file' => 'items.zip', 'n' => 3]);
$t->setLabel('Import items');
$data = json_decode(json_encode($t), true);
$b = TaskFactory::build($data);
var_dump(get_class($b), $b->getId(), $b->getOwner(), $b->getParameters(), $b->getLabel(),
         $b->getCreatedAt()->format('c') === $t->getCreatedAt()->format('c'), json_encode($b) === json_encode($t));

$c = new CallbackTask('cb-1', 'me');
$c->setCallable(new Job());
$bc = TaskFactory::build(json_decode(json_encode($c), true));
var_dump(get_class($bc), $bc->getCallable());

foreach ([
    'no class' => ['metadata' => $data['metadata'], 'parameters' => []],
    'unknown class' => ['taskFqcn' => 'No\Such\Task'] + $data,
    'not a task' => ['taskFqcn' => 'stdClass'] + $data,
    'metadata not an object' => ['metadata' => 'x'] + $data,
    'a string' => 'x',
] as $case => $in) {
    try {
        TaskFactory::build($in);
        echo "$case: built\n";
    } catch (InvalidTaskException $e) {
        echo "$case: ", $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
string(6) "Import"
string(4) "id-1"
string(7) "owner-1"
array(2) {
  ["file"]=>
  string(9) "items.zip"
  ["n"]=>
  int(3)
}
string(12) "Import items"
bool(true)
bool(true)
string(%d) "oat\tao\model\taskQueue\Task\CallbackTask"
string(3) "Job"
no class: %s
unknown class: Task class No\Such\Task does not exist (task id-1)
not a task: Task class stdClass does not implement %s (task id-1)
metadata not an object: %s
a string: TaskFactory::build(): the task data must be an array, string given
