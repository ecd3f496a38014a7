--TEST--
TaskLog::__toPhpCode(): the code evaluates back to the same options (===): floats stay floats (1.0, -0.0, 1e100), PHP_INT_MIN stays an int, strings with quotes, backslashes and NUL bytes, nested and keyed arrays
--FILE--
<?php
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;

$values = [
    'floats' => [1.0, -0.0, 0.1, 1e100, -2.5e-7, 3.0],
    'ints' => [PHP_INT_MIN, PHP_INT_MAX, 0, -1],
    'strings' => ["it's", 'back\\slash', "nul\0byte", "\\'", '', "new\nline", 'dollar $x'],
    'nested' => ['a' => ['b' => ['c' => [1, [2, [3.0]]]]], 5 => 'five', -3 => 'minus', '07' => 'string key'],
    'scalars' => [true, false, null],
    'empty' => [],
];
$log = new TaskLog([TaskLog::OPTION_TASK_LOG_BROKER => new InMemoryTaskLogBroker()] + $values);
$code = $log->__toPhpCode();
$again = eval('return ' . $code . ';');
foreach ($values as $name => $value) {
    $back = $again->getOption($name);
    echo $name, ': ', $back === $value ? 'same' : 'DIFFERENT: ' . var_export($back, true), "\n";
}
var_dump(str_contains($code, 'PHP_INT_MIN'), str_contains($code, '1.0,'));
var_dump(fdiv(1, $again->getOption('floats')[1]));
?>
--EXPECT--
floats: same
ints: same
strings: same
nested: same
scalars: same
empty: same
bool(true)
bool(true)
float(-INF)
