--TEST--
TaskQueue\Cli::run(): resolves the action, passes the parameters, prints the report and returns 1 only when it holds an error (quirk 12)
--FILE--
<?php
require __DIR__ . '/inc/root.inc';
use TaskQueue\Cli;

class Ok
{
    public function __invoke(array $params)
    {
        return ['type' => 'success', 'message' => 'params: ' . json_encode($params), 'data' => null, 'children' => [
            ['type' => 'warning', 'message' => 'a warning is no failure', 'data' => null, 'children' => []],
        ]];
    }
}
class DeepError
{
    public function __invoke(array $params)
    {
        return ['type' => 'info', 'message' => 'root', 'children' => [
            ['type' => 'success', 'message' => 'fine', 'children' => [['type' => 'error', 'message' => 'deep failure']]],
        ]];
    }
}
class Silent { public function __invoke($params) { return null; } }
class EmptyArray { public function __invoke($params) { return []; } }
class Throws
{
    public function __invoke($params)
    {
        throw new RuntimeException('outer', 0, new LogicException('middle', 0, new Exception('inner')));
    }
}
class ThrowsError { public function __invoke($params) { return intdiv(1, 0); } }
class NotAReport { public function __invoke($params) { return 'done'; } }
abstract class AbstractAction { public function __invoke($params) {} }
class NoInvoke {}
class NeedsArgs { public function __construct(int $x) {} public function __invoke($params) {} }

foreach ([
    ['x', 'Ok', '--a=1', 'b'],
    ['x', '\Ok'],
    ['x', 'DeepError'],
    ['x', 'Silent'],
    ['x', 'EmptyArray'],
    ['x', 'Throws'],
    ['x', 'ThrowsError'],
    ['x', 'NotAReport'],
    ['x', 'No\Such\Action'],
    ['x', 'AbstractAction'],
    ['x', 'NoInvoke'],
    ['x', 'NeedsArgs'],
    ['x', ''],
    ['x'],
    [],
] as $argv) {
    echo '> ', implode(' ', $argv), "\n";
    $rc = Cli::run($argv); echo "exit $rc\n";
}
?>
--EXPECT--
> x Ok --a=1 b
params: ["--a=1","b"]
  a warning is no failure
exit 0
> x \Ok
params: []
  a warning is no failure
exit 0
> x DeepError
root
  fine
    deep failure
exit 1
> x Silent
Action 'Silent' ended gracefully with no report returned.
exit 0
> x EmptyArray
Action 'EmptyArray' ended gracefully with no report returned.
exit 0
> x Throws
An exception occured while running "Throws"
  outer
caused by : 
middle
caused by : 
inner
exit 1
> x ThrowsError
An exception occured while running "ThrowsError"
  Division by zero
exit 1
> x NotAReport
The action returned string, which is not a report
exit 1
> x No\Such\Action
Unknown action No\Such\Action
exit 1
> x AbstractAction
Action AbstractAction cannot be run: it is not a class with an __invoke() method
exit 1
> x NoInvoke
Action NoInvoke cannot be run: it is not a class with an __invoke() method
exit 1
> x NeedsArgs
An exception occured while running "NeedsArgs"
  Too few arguments to function NeedsArgs::__construct(), 0 passed and exactly 1 expected
exit 1
> x 
No action given. Usage: php index.php '<action class>' [--option=value ...]
exit 1
> x
No action given. Usage: php index.php '<action class>' [--option=value ...]
exit 1
> 
No action given. Usage: php index.php '<action class>' [--option=value ...]
exit 1
