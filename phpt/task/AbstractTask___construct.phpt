--TEST--
AbstractTask::__construct() stores the id, a created-at DateTime of now in UTC and the owner cast to string, in that key order
--FILE--
<?php
use oat\tao\model\taskQueue\Task\AbstractTask;

class MyTask extends AbstractTask
{
    public function __invoke() { return 'done'; }
}

$before = time();
$t = new MyTask('http://host/tao.rdf#i1', 42);
$after = time();
var_dump($t->getId());
var_dump($t->getOwner());           // cast to string
$at = $t->getCreatedAt();
var_dump(get_class($at), $at->getTimezone()->getName());
var_dump($at->getTimestamp() >= $before && $at->getTimestamp() <= $after);
var_dump(array_keys($t->jsonSerialize()['metadata']));
var_dump($t instanceof oat\tao\model\taskQueue\Task\TaskInterface, $t());
var_dump((new MyTask('x', null))->getOwner());
try {
    new MyTask('x', new stdClass());
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    new oat\tao\model\taskQueue\Task\CallbackTask('x');
} catch (ArgumentCountError $e) {
    echo "ArgumentCountError\n";
}
?>
--EXPECT--
string(22) "http://host/tao.rdf#i1"
string(2) "42"
string(8) "DateTime"
string(3) "UTC"
bool(true)
array(3) {
  [0]=>
  string(6) "__id__"
  [1]=>
  string(14) "__created_at__"
  [2]=>
  string(9) "__owner__"
}
bool(true)
string(4) "done"
string(0) ""
Error: Object of class stdClass could not be converted to string
ArgumentCountError
