--TEST--
TaskQueue\Cli::run(): colours on a terminal, none when TAO_CONSOLE=nocolor or NO_COLOR is set, none into a pipe
--SKIPIF--
<?php
if (!function_exists('proc_open')) die('skip proc_open() is disabled');
$p = @proc_open([PHP_BINARY, '-r', ''], [0 => ['pty'], 1 => ['pty'], 2 => ['pty']], $pipes);
if (!$p) die('skip no pseudo-terminal support in proc_open()');
proc_close($p);
?>
--FILE--
<?php
$ext = realpath(__DIR__ . '/../../modules/taskqueue.so');
$code = 'class A { function __invoke($p) { return ["type" => "success", "message" => "ok", "children" => [["type" => "error", "message" => "bad"]]]; } }'
      . ' exit(TaskQueue\Cli::run(["x", "A"]));';

function run(array $env, bool $tty): string
{
    global $ext, $code;
    $cmd = [PHP_BINARY, '-n', '-d', "extension=$ext", '-r', $code];
    $out = $tty ? ['pty'] : ['pipe', 'w'];
    $p = proc_open($cmd, [0 => ['pipe', 'r'], 1 => $out, 2 => ['pipe', 'w']], $pipes, null, $env + ['PATH' => getenv('PATH')]);
    $text = '';
    while (($chunk = @fread($pipes[1], 8192)) !== false && $chunk !== '') {
        $text .= $chunk;
    }
    $rc = proc_close($p);
    return json_encode(str_replace("\r\n", "\n", $text)) . " exit $rc";
}
echo 'tty:          ', run([], true), "\n";
echo 'nocolor:      ', run(['TAO_CONSOLE' => 'nocolor'], true), "\n";
echo 'NO_COLOR:     ', run(['NO_COLOR' => '1'], true), "\n";
echo 'TAO_CONSOLE=x:', run(['TAO_CONSOLE' => 'x'], true), "\n";
echo 'pipe:         ', run([], false), "\n";
?>
--EXPECT--
tty:          "\u001b[0;32mok\u001b[0m\n\u001b[1;31m  bad\u001b[0m\n" exit 1
nocolor:      "ok\n  bad\n" exit 1
NO_COLOR:     "ok\n  bad\n" exit 1
TAO_CONSOLE=x:"\u001b[0;32mok\u001b[0m\n\u001b[1;31m  bad\u001b[0m\n" exit 1
pipe:         "ok\n  bad\n" exit 1
