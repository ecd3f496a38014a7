--TEST--
RdsTaskLogBroker: archived entries pruned in batches. createContainer() adds the index of archived rows by last change (also to a big table made before it, built CONCURRENTLY: valid, no lock held); pruneArchived() deletes only archived rows changed before the date, batch by batch, up to its bound; TaskLogUtility --prune-archived=<date> [--batch=n] does it from the command line (an in-memory Task Log is refused with a message); an idle LongRunningWorker applies taskqueue.log_prune_days
--EXTENSIONS--
pgsql
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';
require __DIR__ . '/../cli/inc/root.inc';
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;
use oat\tao\model\taskQueue\{Queue, TaskLog};
use oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker;
use oat\taoTaskQueue\model\LongRunningWorker;

drop_tables('tq_prune_log', 'tq_prune_big');
$lb = new RdsTaskLogBroker('default', 'prune_log');
$lb->createContainer();
function index_ok(string $table): string
{
    $r = sql("SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = $1",
             [strtolower($table) . 'idx_archived_at']);
    return $r ? ($r[0]['indisvalid'] === 't' ? 'valid' : 'INVALID') : 'missing';
}
function fill(string $table, int $n, string $status, string $at, string $prefix): void
{
    sql("INSERT INTO $table (id, task_name, status, owner, created_at, updated_at)
         SELECT '$prefix' || g, 'Job', '$status', 'me', timestamp '$at' - interval '1 day', timestamp '$at'
         FROM generate_series(1, $n) g");
}
function left(string $table): string
{
    return implode(', ', array_map(fn($r) => "{$r['status']} {$r['n']}",
        sql("SELECT status, count(*) AS n FROM $table GROUP BY status ORDER BY status")));
}
echo 'index: ', index_ok('tq_prune_log'), "\n";
fill('tq_prune_log', 2500, 'archived', '2020-06-01 00:00:00', 'old');
fill('tq_prune_log', 10, 'archived', '2026-06-01 00:00:00', 'new');
fill('tq_prune_log', 10, 'completed', '2020-06-01 00:00:00', 'done');
sql("INSERT INTO tq_prune_log (id, task_name, status, owner, created_at) VALUES ('nul', 'Job', 'archived', 'me', '2019-01-01')");
echo 'pruned: ', $lb->pruneArchived(new DateTimeImmutable('2021-01-01'), 1000), "; left: ", left('tq_prune_log'), "\n";
fill('tq_prune_log', 500, 'archived', '2020-06-01 00:00:00', 'more');
echo 'bounded: ', $lb->pruneArchived(new DateTimeImmutable('2021-01-01'), 100, 250), "; left: ", left('tq_prune_log'), "\n";
foreach ([fn() => $lb->pruneArchived(new DateTime(), 0), fn() => $lb->pruneArchived(new DateTime(), 10, -1)] as $bad) {
    try {
        $bad();
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}

echo "-- a big table made before the index\n";
sql("CREATE TABLE tq_prune_big (LIKE tq_prune_log INCLUDING DEFAULTS)");
sql("ALTER TABLE tq_prune_big ADD PRIMARY KEY (id)");
fill('tq_prune_big', 20000, 'archived', '2020-06-01 00:00:00', 'b');
sql("ANALYZE tq_prune_big");
$big = new RdsTaskLogBroker('default', 'prune_big');
$big->createContainer();
echo 'index: ', index_ok('tq_prune_big'), "\n";
echo 'pruned: ', $big->pruneArchived(new DateTimeImmutable('2021-01-01'), 5000), "\n";

echo "-- TaskLogUtility\n";
$root = tq_root(['config/tao/taskLog.conf.php' => "<?php\nreturn new oat\\tao\\model\\taskQueue\\TaskLog(['task_log_broker' => new oat\\tao\\model\\taskQueue\\TaskLog\\Broker\\RdsTaskLogBroker('default', 'prune_log')]);\n"]);
putenv("TASKQUEUE_ROOT=$root");
const TLU = 'oat\taoTaskQueue\scripts\tools\TaskLogUtility';
tq_cli(TLU, '--prune-archived=2027-01-01', '--batch=4');
echo 'left: ', left('tq_prune_log'), "\n";
tq_cli(TLU, '--prune-archived=someday');
tq_cli(TLU, '--batch=5');
tq_cli(TLU, '--prune-archived=');
file_put_contents($root . 'config/tao/taskLog.conf.php', "<?php\nreturn new oat\\tao\\model\\taskQueue\\TaskLog(['task_log_broker' => new oat\\tao\\model\\taskQueue\\TaskLog\\Broker\\InMemoryTaskLogBroker()]);\n");
tq_cli(TLU, '--prune-archived=2027-01-01');

echo "-- an idle worker with taskqueue.log_prune_days\n";
fill('tq_prune_log', 30, 'archived', date('Y-m-d H:i:s', time() - 40 * 86400), 'w');
fill('tq_prune_log', 5, 'archived', date('Y-m-d H:i:s', time() - 5 * 86400), 'y');
class Lines { public array $l = []; public function __call($lvl, $a) { $this->l[] = "[$lvl] " . $a[0]; } }
ini_set('taskqueue.log_prune_days', '30');
$log = new TaskLog(['task_log_broker' => new RdsTaskLogBroker('default', 'prune_log')]);
$q = new Queue('prune_idle', new InMemoryQueueBroker());
$w = new LongRunningWorker($q, $log, false);
$w->setLogger($lines = new Lines());
$w->setTimeLimit(1);
$w->run();
echo implode("\n", array_filter($lines->l, fn($l) => str_contains($l, 'runed'))), "\n";
echo 'left: ', left('tq_prune_log'), "\n";
try {
    ini_set('taskqueue.log_prune_days', '-1');
} catch (Throwable $e) {
}
echo 'ini after -1: ', ini_get('taskqueue.log_prune_days'), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/inc/rds.inc';
drop_tables('tq_prune_log', 'tq_prune_big');
?>
--EXPECTF--
index: valid
pruned: 2501; left: archived 10, completed 10
bounded: 250; left: archived 260, completed 10
%SRdsTaskLogBroker::pruneArchived(): Argument #2 ($batchSize) must be from 1 to 100000
%SRdsTaskLogBroker::pruneArchived(): Argument #3 ($maxRows) must be 0 (no bound) or more
-- a big table made before the index
index: valid
pruned: 20000
-- TaskLogUtility
Pruned 260 archived task log entries last changed before 2027-01-01 00:00:00 UTC
exit 0
left: completed 10
--prune-archived=someday is not a date
exit 1
--batch=<n> (1..100000) goes with --prune-archived=<date>
exit 1
--prune-archived=<date> argument must be set
exit 1
--prune-archived needs a Task Log on PostgreSQL (RdsTaskLogBroker); this one's broker is oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker
exit 1
-- an idle worker with taskqueue.log_prune_days
[info] Pruned 30 archived task log entries older than 30 days (taskqueue.log_prune_days).
left: archived 5, completed 10
%Aini after -1: 30
