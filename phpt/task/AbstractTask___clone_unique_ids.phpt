--TEST--
Task ids stay unique across processes: 4 PHP processes clone a task 20,000 times each at the same time; no id repeats and each ends in #i + 24 digits
--SKIPIF--
<?php
if (!is_readable('/proc/self/maps')) die('skip needs /proc/self/maps to find the loaded extension');
if (!function_exists('proc_open')) die('skip proc_open() is disabled');
?>
--FILE--
<?php
// the children load the very .so this process runs with
$so = null;
foreach (file('/proc/self/maps') as $line) {
    if (preg_match('~\s(/\S*/taskqueue\.so)$~', rtrim($line), $m)) {
        $so = $m[1];
        break;
    }
}
var_dump($so !== null);

$code = <<<'PHP'
$t = new oat\tao\model\taskQueue\Task\CallbackTask('seed', '');
$out = [];
for ($i = 0; $i < 20000; $i++) {
    $out[] = (clone $t)->getId();
}
echo implode("\n", $out), "\n";
PHP;

$procs = [];
for ($p = 0; $p < 4; $p++) {
    $proc = proc_open([PHP_BINARY, '-n', '-d', "extension=$so", '-r', $code],
                      [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    $procs[] = [$proc, $pipes];
}
$all = [];
$perProcess = [];
foreach ($procs as [$proc, $pipes]) {
    $ids = explode("\n", trim(stream_get_contents($pipes[1])));
    $err = stream_get_contents($pipes[2]);
    fclose($pipes[1]);
    fclose($pipes[2]);
    $rc = proc_close($proc);
    if ($rc !== 0 || $err !== '') {
        echo "child failed ($rc): $err\n";
    }
    $perProcess[] = count($ids);
    array_push($all, ...$ids);
}
echo implode(',', $perProcess), "\n";
var_dump(count($all), count(array_unique($all)));
$bad = array_filter($all, fn ($id) => !preg_match('/#i\d{24}$/', $id));
var_dump(count($bad));
?>
--EXPECT--
bool(true)
20000,20000,20000,20000
int(80000)
int(80000)
int(0)
