--TEST--
WorkerManagerRunner in its own process on PostgreSQL (RDS queues and Task Log, 10 tasks a claim): every sample run by its own RunTask process to its final status, none twice; while it idles no task process is left unreaped; SIGTERM stops the dequeuing, the running task process finishes its task, the prefetched tasks go back to the queue
--SKIPIF--
<?php
if (!function_exists('proc_open')) die('skip proc_open() is disabled');
if (PHP_OS_FAMILY !== 'Linux') die('skip Linux only');
?>
--INI--
; the PCRE JIT upsets valgrind (-m): uninitialised-value reports from JIT code
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/root.inc';

$conninfo = getenv('TASKQUEUE_PERSISTENCE_DEFAULT');
if (!$conninfo) {
    exit("FAILED: TASKQUEUE_PERSISTENCE_DEFAULT is not set. Start PostgreSQL with eval \"\$(tools/pg-cluster.sh start)\" (tests/run-all.sh does) and run the test again.\n");
}
// A schema of its own, so that tests running at the same time never share a table.
$psql = is_executable('/usr/lib/postgresql/15/bin/psql') ? '/usr/lib/postgresql/15/bin/psql' : 'psql';
$schema = 'tq_wmr_' . getmypid();
function sql(string $q): string
{
    global $psql, $conninfo, $schema;
    exec(escapeshellarg($psql) . ' ' . escapeshellarg("$conninfo options='-c search_path=$schema'") . ' -XAtq -v ON_ERROR_STOP=1 -c '
         . escapeshellarg($q) . ' 2>&1', $out, $rc);
    if ($rc !== 0) {
        exit("FAILED: psql: $q: " . implode("\n", $out) . "\n");
    }
    return implode(' ', $out);
}
sql("DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema");
register_shutdown_function(fn() => sql("DROP SCHEMA IF EXISTS $schema CASCADE"));
$env = ['TASKQUEUE_PERSISTENCE_DEFAULT' => "$conninfo options='-c search_path=$schema'", 'TASKQUEUE_LOG_LEVEL' => 'error'];

$root = tq_root([]);
tq_copy_tree(__DIR__ . '/../../examples/tao-root', $root);
// A task that takes its time and says when it starts and ends (<root>/slow.log).
file_put_contents($root . 'src/SlowJob.php', <<<'PHP'
<?php
namespace oat\taskQueueExample;

final class SlowJob
{
    public function __invoke(array $params)
    {
        file_put_contents(ROOT_PATH . 'slow.log', "start {$params['n']}\n", FILE_APPEND | LOCK_EX);
        usleep($params['ms'] * 1000);
        file_put_contents(ROOT_PATH . 'slow.log', "end {$params['n']}\n", FILE_APPEND | LOCK_EX);
        return Services::report('success', "slow {$params['n']}");
    }
}
PHP);
file_put_contents($root . 'src/EnqueueSlow.php', <<<'PHP'
<?php
namespace oat\taskQueueExample;

final class EnqueueSlow
{
    public function __invoke(array $params)
    {
        $d = Services::get('tao/taskQueue');
        foreach ([1, 2, 3] as $n) {
            $d->createTask(new SlowJob(), ['n' => $n, 'ms' => 1500], "Slow #$n");
        }
        return Services::report('success', 'enqueued 3');
    }
}
PHP);
$cmd = implode(' ', array_map('escapeshellarg', array_merge(tq_php_cmd(), ['index.php', 'oat\taoTaskQueue\scripts\tools\RunTask'])));
@mkdir($root . 'config/taoTaskQueue');
file_put_contents($root . 'config/taoTaskQueue/WorkerProcessManager.conf.php',
    "<?php\nreturn new oat\\taoTaskQueue\\model\\Worker\\WorkerProcessManager(['task_command' => " . var_export($cmd, true) . "]);\n");

$tool = fn(string ...$args) => tq_spawn($root, array_merge(['index.php'], $args), $env, 120);
function show(array $r, string $mask = ''): void
{
    [$rc, $out, $err] = $r;
    echo preg_replace(['/in \d+\.\d\d s/', '/at \d{4}-\S+/'], ['in N s', 'at <ATOM>'], $out), "exit $rc\n";
    if ($rc !== 0) {
        echo $err, "\n";
    }
}
const WMR = 'oat\taoTaskQueue\scripts\tools\WorkerManagerRunner';
/** The manager in the background: [process, pid, stdout file]. */
function start_manager(string ...$args): array
{
    global $root, $env;
    $out = tempnam(sys_get_temp_dir(), 'tq-wmr');
    $p = proc_open(array_merge(tq_php_cmd(), ['index.php', WMR], $args), [0 => ['pipe', 'r'], 1 => ['file', $out, 'w'], 2 => ['file', '/dev/null', 'w']],
                   $pipes, $root, $env + ['PATH' => getenv('PATH') ?: '/usr/bin:/bin']);
    fclose($pipes[0]);
    return [$p, proc_get_status($p)['pid'], $out];
}
function finish_manager(array $m, int $timeout = 30): void
{
    [$p, , $out] = $m;
    $deadline = microtime(true) + $timeout;
    // the exit status is told once, by the first proc_get_status() after the end
    while (($st = proc_get_status($p))['running'] && microtime(true) < $deadline) {
        usleep(50000);
    }
    if ($st['running']) {
        proc_terminate($p, 9);
        echo "(killed after $timeout s)\n";
    }
    proc_close($p);
    echo preg_replace('/at \d{4}-\S+/', 'at <ATOM>', file_get_contents($out)), "exit {$st['exitcode']}\n";
    unlink($out);
}
/** The processes whose parent is $pid, as "pid:state". */
function children_of(int $pid): array
{
    $out = [];
    foreach (glob('/proc/[0-9]*/stat') as $f) {
        $stat = @file_get_contents($f);
        if ($stat && preg_match('/\) (\S) (\d+) /', $stat, $m) && (int) $m[2] === $pid) {
            $out[] = basename(dirname($f)) . ':' . $m[1];
        }
    }
    return $out;
}
function wait_for(callable $cond, int $seconds): bool
{
    $deadline = microtime(true) + $seconds;
    while (!$cond()) {
        if (microtime(true) > $deadline) {
            return false;
        }
        usleep(50000);
    }
    return true;
}
$waiting = fn() => (int) sql("SELECT (SELECT count(*) FROM tq_priority) + (SELECT count(*) FROM tq_standard) + (SELECT count(*) FROM tq_background)");
$statuses = fn() => sql("SELECT string_agg(status || '=' || n, ' ' ORDER BY status) FROM (SELECT status, count(*) n FROM tq_task_log GROUP BY status) s");

echo "-- set up\n";
show($tool(TQ_INIT_QUEUE, '--broker=rds', '--persistence=default', '--receive=10'));
show($tool('oat\taskQueueExample\EnqueueSamples', '--count=12'));

echo "-- every sample in its own process\n";
show($tool(WMR, '-i', '0', '-cpu', '1000000', '-m', '101', '--stop-when-empty'));
echo "waiting: ", $waiting(), "; ", $statuses(), "\n";

echo "-- idle with the tasks done: nothing left unreaped\n";
show($tool('oat\taskQueueExample\EnqueueSamples', '--count=4'));
$m = start_manager('-i', '0', '-cpu', '1000000', '-m', '101');
var_dump(wait_for(fn() => $waiting() === 0 && !str_contains($statuses(), 'running') && !str_contains($statuses(), 'dequeued'), 60));
usleep(600000);       // the manager reaps every 200 ms when idle
echo "children of the manager: ", json_encode(children_of($m[1])), "\n";
proc_terminate($m[0], 15);
finish_manager($m);
echo "waiting: ", $waiting(), "; ", $statuses(), "\n";

echo "-- SIGTERM while a task runs\n";
show($tool('oat\taskQueueExample\EnqueueSlow'));
$m = start_manager('-i', '5', '-cpu', '1000000', '-m', '101');
var_dump(wait_for(fn() => is_file($root . 'slow.log'), 30));
$t = microtime(true);
proc_terminate($m[0], 15);
finish_manager($m);
echo "took >= 1 s (the task was let finish): ", var_export(microtime(true) - $t > 1.0, true), "\n";
echo file_get_contents($root . 'slow.log');
echo "waiting: ", $waiting(), "; ", $statuses(), "\n";
?>
--EXPECT--
-- set up
Running command...
  Queue(s) initialized.
  Queue service re-registered.
  Task Log container created.
exit 0
Enqueued 12 tasks in N s
  priority      5 waiting
  standard      4 waiting
  background    3 waiting
exit 0
-- every sample in its own process
Worker manager finished at <ATOM>
  12 task process(es) started: 12 exited with 0, 0 otherwise.
exit 0
waiting: 0; completed=11 failed=1
-- idle with the tasks done: nothing left unreaped
Enqueued 4 tasks in N s
  priority      2 waiting
  standard      2 waiting
  background    0 waiting
exit 0
bool(true)
children of the manager: []
Worker manager finished at <ATOM>
  4 task process(es) started: 4 exited with 0, 0 otherwise.
exit 0
waiting: 0; completed=14 failed=2
-- SIGTERM while a task runs
enqueued 3
exit 0
bool(true)
Worker manager finished at <ATOM>
  1 task process(es) started: 1 exited with 0, 0 otherwise.
exit 0
took >= 1 s (the task was let finish): true
start 1
end 1
waiting: 2; completed=15 enqueued=2 failed=2
