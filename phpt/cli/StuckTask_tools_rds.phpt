--TEST--
StuckTaskSummary / StuckTaskRestart on PostgreSQL, from the example root: a worker killed with SIGKILL mid-task leaves a task "running" that no live worker runs; a restart while its worker lives is refused; once the worker is dead the summary lists it and the restart puts its message back, and a new worker completes it once. Tasks queued longer than --age are listed too (an orphan without its message is recreated and its row cancelled); with -s failed, a message set aside as undecodable is listed and, once mended, put back and run
--EXTENSIONS--
pgsql
--SKIPIF--
<?php
if (!getenv('TASKQUEUE_PERSISTENCE_DEFAULT')) die('skip TASKQUEUE_PERSISTENCE_DEFAULT is not set (tests/run-all.sh starts PostgreSQL)');
if (!function_exists('proc_open')) die('skip proc_open() is disabled');
?>
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/root.inc';

$conninfo = getenv('TASKQUEUE_PERSISTENCE_DEFAULT');
$schema = 'tq_stuck_' . getmypid();
$db = pg_connect($conninfo, PGSQL_CONNECT_FORCE_NEW);
function sql(string $q, array $p = []): array
{
    global $db, $schema;
    pg_query($db, "SET search_path = $schema");
    $r = pg_query_params($db, $q, $p);
    if (!$r) {
        exit("FAILED: $q: " . pg_last_error($db) . "\n");
    }
    return pg_fetch_all($r) ?: [];
}
pg_query($db, "SET client_min_messages = warning; DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema");
register_shutdown_function(fn() => pg_query($db, "DROP SCHEMA IF EXISTS $schema CASCADE"));
$env = ['TASKQUEUE_PERSISTENCE_DEFAULT' => "$conninfo options='-c search_path=$schema'"];

$root = tq_root([]);
tq_copy_tree(__DIR__ . '/../../examples/tao-root', $root);
foreach (glob(__DIR__ . '/inc/stuck/*.inc') as $f) {    // the test's task and actions
    copy($f, $root . 'src/' . basename($f, '.inc') . '.php');
}
$marks = $root . 'marks';
mkdir($marks);
$ids = [];
$names = [];
function tool(string ...$args): array
{
    global $root, $env;
    return tq_spawn($root, array_merge(['index.php'], $args), $env, 120);
}
function show(array $r): void
{
    global $names;
    [$rc, $out, $err] = $r;
    $out = strtr($out, $names);
    $out = preg_replace('/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d/', '<DATE>', $out);
    echo $out, "exit $rc\n";
    if ($rc !== 0 && $err !== '') {
        echo $err, "\n";
    }
}
function enqueue(string $n, int $sleep): string
{
    global $marks, $ids, $names;
    [$rc, $out, $err] = tool('oat\taskQueueExample\EnqueueSlow', "--dir=$marks", "--sleep=$sleep", "--n=$n");
    if ($rc !== 0) {
        exit("FAILED: enqueue $n: $out $err\n");
    }
    $ids[$n] = trim($out);
    $names[$ids[$n]] = "<$n>";
    return $ids[$n];
}
function status(string $id): string
{
    return sql('SELECT status FROM tq_task_log WHERE id = $1', [$id])[0]['status'] ?? 'none';
}
function wait_until(callable $f, int $seconds): bool
{
    for ($t = microtime(true) + $seconds; microtime(true) < $t; usleep(200000)) {
        if ($f()) {
            return true;
        }
    }
    return false;
}
const SUMMARY = 'oat\taoTaskQueue\scripts\tools\StuckTaskSummary';
const RESTART = 'oat\taoTaskQueue\scripts\tools\StuckTaskRestart';
const SLOW = 'oat\taskQueueExample\SlowTask';

[$rc] = tool(TQ_INIT_QUEUE, '--broker=rds', '--persistence=default');
echo "InitializeQueue: exit $rc\n";

echo "-- a worker dies mid-task\n";
touch("$marks/hold");      // A runs until the file goes: it must still run when its worker is killed
$a = enqueue('A', 120);
$cmd = array_merge(tq_php_cmd(), ['index.php', TQ_RUN_WORKER, '--queue=background']);
$w = proc_open($cmd, [0 => ['pipe', 'r'], 1 => ['file', "$marks/w1.out", 'w'], 2 => ['file', "$marks/w1.err", 'w']],
               $pipes, $root, $env + ['PATH' => getenv('PATH')]);
fclose($pipes[0]);
var_dump(wait_until(fn() => glob("$marks/started-*") !== [], 90));
echo "status: ", status($a), "\n";
show(tool('oat\taskQueueExample\TryRestart', "--id=$a"));
proc_terminate($w, SIGKILL);
proc_close($w);
unlink("$marks/hold");
echo "after SIGKILL: ", status($a), ", done: ", var_export(is_file("$marks/done-A"), true), "\n";
// the worker's heartbeat goes stale (8 s), the row stays untouched (10 s)
var_dump(wait_until(fn() => str_contains(tool(SUMMARY, '-q', 'background', '-w', SLOW)[1], 'Total = 1'), 90));
show(tool(SUMMARY, '-q', 'background', '-w', SLOW));
show(tool(SUMMARY, '-q', 'background', '-w', 'oat\taskQueueExample\ImportItems'));
show(tool(RESTART, '--queue', 'background', '--whitelist', SLOW . ',oat\taskQueueExample\ImportItems'));
echo "after restart: ", status($a), ", visible messages: ", sql('SELECT count(*) AS n FROM tq_background WHERE visible')[0]['n'], "\n";
show(tool(SUMMARY, '-q', 'background', '-w', SLOW));
[$rc, $out] = tool(TQ_RUN_WORKER, '--queue=background', '--stop-when-empty', '--time-limit=60');
echo "second worker: exit $rc; ", status($a), ", ran to the end once: ", var_export(is_file("$marks/done-A"), true),
    ", starts: ", count(glob("$marks/started-*")), "\n";

echo "-- queued too long\n";
$b = enqueue('B', 0);
$c = enqueue('C', 0);
sql("UPDATE tq_task_log SET created_at = created_at - interval '400 seconds', updated_at = updated_at - interval '400 seconds' WHERE id IN ($1, $2)", [$b, $c]);
sql('DELETE FROM tq_background WHERE task_id = $1', [$c]);
show(tool(SUMMARY, '-q', 'background', '-w', SLOW, '-s', 'enqueued', '--age', '500'));
show(tool(SUMMARY, '-q', 'background', '-w', SLOW, '-s', 'enqueued', '--age', '300'));
show(tool(RESTART, '-q', 'background', '-w', SLOW, '-s', 'enqueued', '--age', '300'));
echo "B: ", status($b), ", C: ", status($c), "\n";
$new = sql("SELECT id, status, label FROM tq_task_log WHERE label = 'Slow C' AND id <> $1", [$c]);
echo "C recreated: ", count($new), " ", $new[0]['status'] ?? '', "\n";
echo "messages: ", sql('SELECT count(*) AS n FROM tq_background WHERE visible')[0]['n'], "\n";

echo "-- set aside\n";
$d = enqueue('D', 0);
$message = sql('SELECT message FROM tq_background WHERE task_id = $1', [$d])[0]['message'];
sql("UPDATE tq_background SET message = '{\"broken\": ' WHERE task_id = $1", [$d]);
[$rc] = tool(TQ_RUN_WORKER, '--queue=background', '--stop-when-empty', '--time-limit=60');
echo "worker: exit $rc; D ", status($d), ", set aside: ",
    sql('SELECT count(*) AS n FROM tq_background WHERE task_id = $1 AND NOT visible AND lease_until IS NULL', [$d])[0]['n'], "\n";
show(tool(SUMMARY, '-q', 'background', '-w', SLOW));
sql('UPDATE tq_background SET message = $2 WHERE task_id = $1', [$d, $message]);    // the cause mended
show(tool(SUMMARY, '-q', 'background', '-w', SLOW, '-s', 'failed'));
show(tool(RESTART, '-q', 'background', '-w', SLOW, '-s', 'failed'));
[$rc] = tool(TQ_RUN_WORKER, '--queue=background', '--stop-when-empty', '--time-limit=60');
echo "worker: exit $rc; D ", status($d), ", ran: ", var_export(is_file("$marks/done-D"), true), "\n";
?>
--EXPECT--
InitializeQueue: exit 0
-- a worker dies mid-task
bool(true)
status: running
RuntimeException: Task <A> is not stuck (a live worker runs it, it changed in the last 10 s, or it is delayed and not due yet): not restarted
exit 1
after SIGKILL: running, done: false
bool(true)
Total = 1, Age <= <DATE>, TasksName = oat\taskQueueExample\SlowTask
  [<A>][<DATE>/<DATE>]: Label = Slow A, TaskName = oat\taskQueueExample\SlowTask, IsOrphan = No, TaskId = <A>, TaskCreatedAt = <DATE>
exit 0
Total = 0, Age <= <DATE>, TasksName = oat\taskQueueExample\ImportItems
exit 0
Rescheduling tasks for: age <= <DATE>, tasks names IN oat\taskQueueExample\SlowTask,oat\taskQueueExample\ImportItems
  Restarting: TaskLogId = <A>, Label = Slow A, TaskName = oat\taskQueueExample\SlowTask
  Total: 1, Restarted: 1, Errors: 0
exit 0
after restart: enqueued, visible messages: 1
Total = 0, Age <= <DATE>, TasksName = oat\taskQueueExample\SlowTask
exit 0
second worker: exit 0; completed, ran to the end once: true, starts: 2
-- queued too long
Total = 0, Age <= <DATE>, TasksName = oat\taskQueueExample\SlowTask
exit 0
Total = 2, Age <= <DATE>, TasksName = oat\taskQueueExample\SlowTask
  [<B>][<DATE>/<DATE>]: Label = Slow B, TaskName = oat\taskQueueExample\SlowTask, IsOrphan = No, TaskId = <B>, TaskCreatedAt = <DATE>
  [<C>][<DATE>/<DATE>]: Label = Slow C, TaskName = oat\taskQueueExample\SlowTask, IsOrphan = Yes, TaskId = None, TaskCreatedAt = None
exit 0
Rescheduling tasks for: age <= <DATE>, tasks names IN oat\taskQueueExample\SlowTask
  Restarting: TaskLogId = <B>, Label = Slow B, TaskName = oat\taskQueueExample\SlowTask
  Restarting: TaskLogId = <C>, Label = Slow C, TaskName = oat\taskQueueExample\SlowTask
  Total: 2, Restarted: 2, Errors: 0
exit 0
B: enqueued, C: cancelled
C recreated: 1 enqueued
messages: 2
-- set aside
worker: exit 0; D failed, set aside: 1
Total = 0, Age <= <DATE>, TasksName = oat\taskQueueExample\SlowTask
exit 0
Total = 1, Age <= <DATE>, TasksName = oat\taskQueueExample\SlowTask
  [<D>][<DATE>/<DATE>]: Label = Slow D, TaskName = oat\taskQueueExample\SlowTask, IsOrphan = No, TaskId = <D>, TaskCreatedAt = <DATE>
exit 0
Rescheduling tasks for: age <= <DATE>, tasks names IN oat\taskQueueExample\SlowTask
  Restarting: TaskLogId = <D>, Label = Slow D, TaskName = oat\taskQueueExample\SlowTask
  Total: 1, Restarted: 1, Errors: 0
exit 0
worker: exit 0; D completed, ran: true
