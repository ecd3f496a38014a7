--TEST--
RunWorker --processes on PostgreSQL: a pool drains the queues in several forked processes; a killed worker process is replaced; SIGTERM to the pool stops every worker and ends with its report; a killed pool takes its workers along; a bad size is an error report
--SKIPIF--
<?php
if (!function_exists('proc_open')) die('skip proc_open() is disabled');
if (PHP_OS_FAMILY !== 'Linux') die('skip the pool forks; its workers follow a killed parent on Linux');
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
$schema = 'tq_pool_' . getmypid();
function sql(string $q): string
{
    global $psql, $conninfo;
    exec(escapeshellarg($psql) . ' ' . escapeshellarg($conninfo) . ' -XAtq -v ON_ERROR_STOP=1 -c ' . escapeshellarg($q) . ' 2>&1', $out, $rc);
    if ($rc !== 0) {
        exit("FAILED: psql: $q: " . implode("\n", $out) . "\n");
    }
    return implode("\n", $out);
}
sql("DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema");
register_shutdown_function(fn() => sql("DROP SCHEMA IF EXISTS $schema CASCADE"));
$env = ['TASKQUEUE_PERSISTENCE_DEFAULT' => "$conninfo options='-c search_path=$schema'"];

$root = tq_root([]);
tq_copy_tree(__DIR__ . '/../../examples/tao-root', $root);
// A task that records the process it ran in, and an action that enqueues them.
file_put_contents($root . 'src/RecordPid.php', <<<'PHP'
<?php
namespace oat\taskQueueExample;

final class RecordPid
{
    public function __invoke(array $params)
    {
        file_put_contents(ROOT_PATH . 'pids.log', getmypid() . "\n", FILE_APPEND | LOCK_EX);
        usleep(20000);
        return Services::report('success', 'recorded');
    }
}
PHP);
file_put_contents($root . 'src/EnqueuePids.php', <<<'PHP'
<?php
namespace oat\taskQueueExample;

final class EnqueuePids
{
    public function __invoke(array $params)
    {
        $n = (int) substr($params[0] ?? '--count=10', 8);
        for ($i = 0; $i < $n; $i++) {
            Services::get('tao/taskQueue')->createTask(new RecordPid(), [], "pid #$i");
        }
        return Services::report('success', "Enqueued $n");
    }
}
PHP);
$tool = fn(string ...$args) => tq_spawn($root, array_merge(['index.php'], $args), $env, 120);
$atom = fn(string $s) => preg_replace('/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d/', '<ATOM>', trim($s));
function pids(): array
{
    $lines = is_file(ROOT_PATH . 'pids.log') ? file(ROOT_PATH . 'pids.log', FILE_IGNORE_NEW_LINES) : [];
    return $lines;
}
define('ROOT_PATH', $root);
function alive(int $pid): bool
{
    $stat = @file_get_contents("/proc/$pid/stat");
    return $stat !== false && !preg_match('/^\d+ \(.*\) Z /', $stat);
}
/** Waits up to $s seconds for $cond(); false when it never held. */
function until(callable $cond, float $s): bool
{
    for ($end = microtime(true) + $s; microtime(true) < $end; usleep(50000)) {
        if ($cond()) {
            return true;
        }
    }
    return (bool) $cond();
}
/** The pool started in the background: [process, stderr file]. */
function pool(string $root, array $env, string ...$args): array
{
    $err = tempnam(sys_get_temp_dir(), 'tq-pool');
    $p = proc_open(array_merge(tq_php_cmd(), ['index.php', TQ_RUN_WORKER], $args),
                   [0 => ['pipe', 'r'], 1 => ['file', "$err.out", 'w'], 2 => ['file', $err, 'w']], $pipes, $root,
                   $env + ['PATH' => getenv('PATH') ?: '/usr/bin:/bin']);
    fclose($pipes[0]);
    return [$p, $err];
}
function started(string $err): array
{
    preg_match_all('/RunWorker pool: worker process (\d+) started/', (string) file_get_contents($err), $m);
    return array_map('intval', $m[1]);
}

echo "-- a bad size\n";
[$rc, $out] = $tool(TQ_RUN_WORKER, '--processes=0');
echo "exit $rc: ", trim($out), "\n";
[$rc, $out] = $tool(TQ_RUN_WORKER, '--processes=many');
echo "exit $rc: ", trim($out), "\n";

echo "-- set up\n";
[$rc] = $tool(TQ_INIT_QUEUE, '--broker=rds', '--persistence=default', '--receive=1');
echo "InitializeQueue: exit $rc\n";

echo "-- a pool of 3 drains the queues, --stop-when-empty\n";
[$rc, $out] = $tool('oat\taskQueueExample\EnqueuePids', '--count=60');
echo trim($out), "\n";
[$rc, $out, $err] = $tool(TQ_RUN_WORKER, '--processes=3', '--stop-when-empty');
echo "exit $rc: ", $atom($out), "\n";
$ran = pids();
preg_match_all('/RunWorker pool: worker process (\d+) started/', $err, $m);
$children = array_map('intval', $m[1]);
echo count($ran), " tasks ran; in ", count(array_unique($ran)) >= 2 ? 'several' : 'one', " of the pool's processes; ",
     array_diff($ran, $children) ? 'SOME ELSEWHERE' : 'none elsewhere', "\n";
echo count($children), " processes started\n";
echo sql("SELECT status, count(*) FROM $schema.tq_task_log GROUP BY status"), "\n";
@unlink(ROOT_PATH . 'pids.log');

echo "-- a killed worker process is replaced; SIGTERM stops the pool\n";
[$p, $err] = pool($root, $env, '--processes=2');
echo until(fn() => count(started($err)) >= 2, 30) ? "2 started\n" : "NOT STARTED: " . file_get_contents($err) . "\n";
[$first, $second] = started($err);
exec("kill -KILL $first");
echo until(fn() => count(started($err)) >= 3, 30) ? "a third started\n" : "NOT REPLACED: " . file_get_contents($err) . "\n";
echo preg_match("/worker process $first \\(slot 1\\) ended, killed by signal 9, after [\\d.]+ s; another starts in 1.0 s/",
                file_get_contents($err)) ? "the log says so\n" : "NO LOG LINE\n";
$tool('oat\taskQueueExample\EnqueuePids', '--count=20');
echo until(fn() => count(pids()) >= 20, 60) ? "20 tasks ran\n" : "ONLY " . count(pids()) . " RAN\n";
$third = started($err)[2];
echo array_diff(pids(), [$second, $third]) ? "SOME ELSEWHERE\n" : "in the live workers only\n";
proc_terminate($p, 15);
$st = null;
until(function () use ($p, &$st) { return !($st = proc_get_status($p))['running']; }, 30);   // the exit code is told once
echo "pool exit ", $st['running'] ? 'STILL RUNNING' : $st['exitcode'], ": ", $atom(file_get_contents("$err.out")), "\n";
proc_close($p);
echo alive($second) || alive($third) ? "A WORKER IS LEFT\n" : "no worker left\n";
echo preg_match('/signal 15 passed on to the worker processes/', file_get_contents($err)) ? "the stop was passed on\n" : "NOT PASSED ON\n";
echo sql("SELECT status, count(*) FROM $schema.tq_task_log GROUP BY status"), "\n";
@unlink($err);
@unlink("$err.out");

echo "-- a pool killed with SIGKILL takes its workers along\n";
[$p, $err] = pool($root, $env, '--processes=2');
echo until(fn() => count(started($err)) >= 2, 30) ? "2 started\n" : "NOT STARTED\n";
$workers = started($err);
proc_terminate($p, 9);
proc_close($p);
echo until(fn() => !alive($workers[0]) && !alive($workers[1]), 30) ? "both workers ended\n" : "A WORKER IS LEFT\n";
@unlink($err);
@unlink("$err.out");
?>
--EXPECTF--
-- a bad size
exit 1: a pool of 0 processes: the number must be 1 to 256
exit 1: Option "--processes=many": "many" is not a whole number (--processes=<n>)
-- set up
InitializeQueue: exit 0
-- a pool of 3 drains the queues, --stop-when-empty
Enqueued 60
exit 0: Worker pool finished at <ATOM>: 3 worker processes ran, 0 ended by a failure
60 tasks ran; in several of the pool's processes; none elsewhere
3 processes started
completed|60
-- a killed worker process is replaced; SIGTERM stops the pool
2 started
a third started
the log says so
20 tasks ran
in the live workers only
pool exit 0: Worker pool finished at <ATOM>: 3 worker processes ran, 1 ended by a failure
no worker left
the stop was passed on
completed|80
-- a pool killed with SIGKILL takes its workers along
2 started
both workers ended
