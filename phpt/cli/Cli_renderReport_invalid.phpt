--TEST--
TaskQueue\Cli::renderReport(): what is not a report is refused with a message; exceptions of the report object go through
--FILE--
<?php
use TaskQueue\Cli;

function attempt($value)
{
    try {
        echo Cli::renderReport($value);
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
attempt('done');
attempt(null);
attempt([]);
attempt(['message' => 'no type']);
attempt(['type' => 'info']);
attempt(['type' => 'info', 'message' => ['x']]);
attempt(['type' => 'info', 'message' => 'm', 'children' => 'x']);
attempt(['type' => 'info', 'message' => 'm', 'children' => [['type' => 'info']]]);
attempt(new stdClass());
class Throwing { public function toArray() { throw new DomainException('toArray failed'); } }
attempt(new Throwing());
class Scalar { public function toArray() { return 'x'; } }
attempt(new Scalar());
// too deep
$deep = ['type' => 'info', 'message' => 'leaf'];
for ($i = 0; $i < 600; $i++) {
    $deep = ['type' => 'info', 'message' => 'm', 'children' => [$deep]];
}
attempt($deep);
?>
--EXPECT--
InvalidArgumentException: Not a report: expected an array {type, message, data, children} or a Report object, string given
InvalidArgumentException: Not a report: expected an array {type, message, data, children} or a Report object, null given
InvalidArgumentException: Not a report: expected an array {type, message, data, children} or a Report object, array given
InvalidArgumentException: Not a report: expected an array {type, message, data, children} or a Report object, array given
InvalidArgumentException: Not a report: expected an array {type, message, data, children} or a Report object, array given
InvalidArgumentException: Not a report: expected an array {type, message, data, children} or a Report object, array given
InvalidArgumentException: Not a report: expected an array {type, message, data, children} or a Report object, array given
InvalidArgumentException: Not a report: expected an array {type, message, data, children} or a Report object, array given
InvalidArgumentException: Not a report: expected an array {type, message, data, children} or a Report object, stdClass given
DomainException: toArray failed
InvalidArgumentException: Not a report: expected an array {type, message, data, children} or a Report object, Scalar given
InvalidArgumentException: Not a report: expected an array {type, message, data, children} or a Report object, array given
