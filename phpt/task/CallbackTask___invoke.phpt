--TEST--
CallbackTask::__invoke() calls the callable with one argument, the parameters array, and returns its result
--FILE--
<?php
use oat\tao\model\taskQueue\Task\CallbackTask;

class Action
{
    public function __invoke($params) { return 'action:' . json_encode($params) . ':' . func_num_args(); }
    public static function run(array $params) { return 'static:' . $params['n']; }
    public function method($params) { return 'method:' . count($params); }
}

function plain_function($params) { return 'function:' . implode('+', $params); }

$t = new CallbackTask('id', 'owner');
$t->setParameter(['n' => 3, 'm' => 'x']);

$t->setCallable(new Action());
var_dump($t());
$t->setCallable('Action::run');
var_dump($t());
$t->setCallable([new Action(), 'method']);
var_dump($t());
$t->setCallable(['Action', 'run']);
var_dump($t());
$t->setCallable('plain_function');
var_dump($t());
$seen = null;
$t->setCallable(function ($params) use (&$seen) { $seen = $params; return ['report' => true]; });
var_dump($t(), $seen);

// an exception from the callable goes through unchanged
$t->setCallable(function () { throw new RuntimeException('boom'); });
try {
    $t();
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n";
}

// no callable at all
try {
    (new CallbackTask('lonely', ''))();
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
string(24) "action:{"n":3,"m":"x"}:1"
string(8) "static:3"
string(8) "method:2"
string(8) "static:3"
string(12) "function:3+x"
array(1) {
  ["report"]=>
  bool(true)
}
array(2) {
  ["n"]=>
  int(3)
  ["m"]=>
  string(1) "x"
}
boom
Task lonely has no valid callable, null given
