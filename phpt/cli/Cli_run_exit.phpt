--TEST--
TaskQueue\Cli::run(): exit() inside an action ends the script (nothing printed after it)
--FILE--
<?php
class Quits { public function __invoke($params) { echo "quitting\n"; exit(3); } }
register_shutdown_function(fn() => print("shutdown\n"));
$rc = TaskQueue\Cli::run(['x', 'Quits']);
echo "not reached $rc\n";
?>
--EXPECT--
quitting
shutdown
