--TEST--
Hostile arguments to every public method of every class of the extension (wrong types, -1, PHP_INT_MAX, huge and NUL-holding strings, empty and deep arrays, odd objects): only Error/Exception subclasses escape, no warning, no crash; methods that run workers, exit or serve are skipped with the reason
--INI--
pcre.jit=0
--ENV--
TASKQUEUE_PERSISTENCE_DEFAULT=
AWS_ENDPOINT_URL_SQS=http://127.0.0.1:9
AWS_REGION=eu-west-1
AWS_ACCESS_KEY_ID=x
AWS_SECRET_ACCESS_KEY=y
AWS_CONFIG_FILE=/nonexistent
AWS_SHARED_CREDENTIALS_FILE=/nonexistent
TASKQUEUE_ROOT=/nonexistent
--FILE--
<?php
/* No server is reachable from here (no PostgreSQL conninfo, SQS on a closed port, no TAO
 * root): every method must fail cleanly with an exception, never warn or crash. */
$skip = [
    'oat\taoTaskQueue\model\LongRunningWorker::run' => 'runs the worker loop until stopped (covered in phpt/long_running_worker)',
    'oat\taoTaskQueue\scripts\tools\RunWorker::__invoke' => 'runs a worker (phpt/cli/RunWorker_*)',
    'oat\taoTaskQueue\scripts\tools\InitializeQueue::__invoke' => 'writes the TAO config (phpt/cli/InitializeQueue_*)',
    'TaskQueue\Cli::run' => 'runs a CLI command that may exit (phpt/cli/Cli_run_*)',
    'TaskQueue\Http\Server::handle' => 'serves the request of this process and writes headers (phpt/http)',
];
foreach (['emergency', 'alert', 'critical', 'error', 'warning', 'notice', 'info', 'debug', 'log'] as $level) {
    $skip["oat\\taoTaskQueue\\model\\Log\\StderrLogger::$level"] = 'writes the message to stderr (phpt/long_running_worker/StderrLogger_log.phpt)';
}

class Stringy { public function __toString(): string { throw new RuntimeException('no string'); } }
class Countless implements Countable { public function count(): int { return -1; } }
$deep = [];
for ($i = 0; $i < 600; $i++) { $deep = [$deep]; }
$values = [
    'null' => null, 'true' => true, 'false' => false, '-1' => -1, '0' => 0,
    'PHP_INT_MAX' => PHP_INT_MAX, 'PHP_INT_MIN' => PHP_INT_MIN, '-1.5' => -1.5, 'NAN' => NAN, 'INF' => INF,
    "''" => '', 'NUL string' => "victim\0x", 'invalid UTF-8' => "\xff\xfe\xc3", '1 MiB string' => str_repeat('x', 1 << 20),
    '[]' => [], '[[]]' => [[]], 'deep array' => $deep, 'list of NUL keys' => ["a\0b" => 1, "a" => 2],
    'stdClass' => new stdClass(), 'Closure' => function () { return 1; }, 'Stringy' => new Stringy(),
    'Countless' => new Countless(), 'resource' => fopen('php://memory', 'r'),
];

/* PHP's own conversions of a wrong type, which TAO's PHP code (casts, typed internal
 * parameters) raises the same way: counted by kind. Anything else is printed. */
$expected = [
    '/^Passing null to parameter #\d+ \(\$\w+\) of type \w+ is deprecated$/' => 'null to a typed parameter (deprecated)',
    '/^Array to string conversion$/' => 'array to string',
    '/^Implicit conversion from float -?[\d.]+ to int loses precision$/' => 'float to int',
    '/^Object of class \w+ could not be converted to int$/' => 'object to int',
];
set_error_handler(function ($no, $str) use (&$where, $expected) {
    global $warnings, $kinds;
    $msg = preg_replace('/^[\w\\\\]+::\w+\(\): /', '', $str);
    foreach ($expected as $re => $kind) {
        if (preg_match($re, $msg)) {
            $kinds[$kind] = true;
            return true;
        }
    }
    $warnings[] = "$where: [$no] $str";
    return true;
});
$warnings = [];
$kinds = [];
$calls = 0;
$traitCalls = 0;
$escaped = [];
$skipped = [];

function instance(ReflectionClass $c)
{
    if ($c->isTrait()) {     // a userland class that uses it
        return eval('return new class { use \\' . $c->getName() . '; };');
    }
    foreach ([fn() => $c->newInstance(), fn() => $c->newInstanceWithoutConstructor()] as $make) {
        try {
            return $make();
        } catch (Throwable $e) {
        }
    }
    return null;
}

$t0 = microtime(true);
foreach ((new ReflectionExtension('taskqueue'))->getClasses() as $class) {
    if ($class->isInterface() || $class->isAbstract()) {
        continue;
    }
    foreach ($class->getMethods(ReflectionMethod::IS_PUBLIC) as $m) {
        $name = $class->getName() . '::' . $m->getName();
        if (isset($skip[$name])) {
            $skipped[$name] = $skip[$name];
            continue;
        }
        if ($m->getDeclaringClass()->getExtensionName() !== 'taskqueue') {
            continue;   /* PHP's own methods (StuckTaskCollection extends \ArrayIterator, as TAO's) */
        }
        $shapes = [[]];
        foreach ($values as $label => $v) {
            $shapes[$label . ' x1'] = [$v];
            if ($m->getNumberOfParameters() > 1) {
                $shapes[$label . ' xN'] = array_fill(0, $m->getNumberOfParameters(), $v);
            }
        }
        foreach ($shapes as $label => $args) {
            $where = "$name($label)";
            $obj = $m->isStatic() ? null : instance($class);
            if (!$m->isStatic() && !$obj) {
                continue;
            }
            $calls++;
            $traitCalls += $class->isTrait();
            try {
                if ($m->isConstructor()) {
                    $class->newInstanceArgs($args);
                } elseif ($class->isTrait()) {
                    (new ReflectionMethod($obj, $m->getName()))->invokeArgs($obj, $args);
                } else {
                    $m->invokeArgs($obj, $args);
                }
            } catch (Error | Exception $e) {
                // refused: fine
            } catch (Throwable $e) {
                $escaped[] = "$where: " . get_class($e);
            }
            $obj = null;
        }
    }
}
gc_collect_cycles();
$secs = microtime(true) - $t0;
echo "calls over 1000: ", var_export($calls > 1000, true), "\n";
echo "trait methods called over 50: ", var_export($traitCalls > 50, true), "\n";
echo "not Error/Exception: ", count($escaped), "\n", implode("\n", array_slice($escaped, 0, 20)), "\n";
echo "unexpected warnings: ", count($warnings), "\n", implode("\n", array_slice($warnings, 0, 40)), "\n";
ksort($kinds);
echo "PHP's conversion notices seen: ", implode(', ', array_keys($kinds)), "\n";
echo "skipped:\n";
foreach ($skipped as $n => $why) { echo "  $n: $why\n"; }
echo "under 20 s: ", var_export($secs < 20 || getenv('USE_ZEND_ALLOC') === '0', true), "\n";
?>
--EXPECT--
calls over 1000: true
trait methods called over 50: true
not Error/Exception: 0

unexpected warnings: 0

PHP's conversion notices seen: array to string, float to int, null to a typed parameter (deprecated), object to int
skipped:
  oat\taoTaskQueue\scripts\tools\RunWorker::__invoke: runs a worker (phpt/cli/RunWorker_*)
  oat\taoTaskQueue\scripts\tools\InitializeQueue::__invoke: writes the TAO config (phpt/cli/InitializeQueue_*)
  TaskQueue\Cli::run: runs a CLI command that may exit (phpt/cli/Cli_run_*)
  oat\taoTaskQueue\model\LongRunningWorker::run: runs the worker loop until stopped (covered in phpt/long_running_worker)
  oat\taoTaskQueue\model\Log\StderrLogger::emergency: writes the message to stderr (phpt/long_running_worker/StderrLogger_log.phpt)
  oat\taoTaskQueue\model\Log\StderrLogger::alert: writes the message to stderr (phpt/long_running_worker/StderrLogger_log.phpt)
  oat\taoTaskQueue\model\Log\StderrLogger::critical: writes the message to stderr (phpt/long_running_worker/StderrLogger_log.phpt)
  oat\taoTaskQueue\model\Log\StderrLogger::error: writes the message to stderr (phpt/long_running_worker/StderrLogger_log.phpt)
  oat\taoTaskQueue\model\Log\StderrLogger::warning: writes the message to stderr (phpt/long_running_worker/StderrLogger_log.phpt)
  oat\taoTaskQueue\model\Log\StderrLogger::notice: writes the message to stderr (phpt/long_running_worker/StderrLogger_log.phpt)
  oat\taoTaskQueue\model\Log\StderrLogger::info: writes the message to stderr (phpt/long_running_worker/StderrLogger_log.phpt)
  oat\taoTaskQueue\model\Log\StderrLogger::debug: writes the message to stderr (phpt/long_running_worker/StderrLogger_log.phpt)
  oat\taoTaskQueue\model\Log\StderrLogger::log: writes the message to stderr (phpt/long_running_worker/StderrLogger_log.phpt)
  TaskQueue\Http\Server::handle: serves the request of this process and writes headers (phpt/http)
under 20 s: true
