--TEST--
WorkerManagerRunner in this process: every task of both queues run by its own RunTask process (task_command of WorkerProcessManager's config, split into words), reaped, the Task Log completed; -cpu 0 starts nothing and SIGTERM ends it; a task whose process cannot start is pushed back onto its queue (error report, exit 1); missing options, a sync dispatcher, a task_command with a shell operator: error reports
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

$job = <<<'PHP'
<?php
/* Goes to the queue its parameters name; each run appends "<name> <pid>" to <root>/ran.log. */
class PidJob implements oat\tao\model\taskQueue\Task\QueueAssociableInterface
{
    public function getQueueName(array $params = []) { return $params['queue']; }

    public function __invoke(array $params)
    {
        file_put_contents(ROOT_PATH . 'ran.log', $params['name'] . ' ' . getmypid() . "\n", FILE_APPEND | LOCK_EX);
        return ['type' => 'success', 'message' => 'ran ' . $params['name'], 'data' => null, 'children' => []];
    }
}
/* TAO's limits, and a SIGTERM to the manager on the third question. */
class StoppingManager extends oat\taoTaskQueue\model\Worker\WorkerProcessManager
{
    private int $calls = 0;
    public function canRun(): bool
    {
        if (++$this->calls === 3) {
            exec('kill -TERM ' . getmypid());
        }
        return parent::canRun();
    }
}
PHP;
$queues = <<<'PHP'
<?php
use oat\tao\model\taskQueue\{Queue, QueueDispatcher};
return new QueueDispatcher([
    'queues' => [new Queue('a', new FileBroker(), 10), new Queue('b', new FileBroker(), 1)],
    'default_queue' => 'a',
    'task_log' => 'tao/taskLog',
]);
PHP;
// the task processes' output (their RunTask reports, on the manager's stderr) is not this test's
$cmd = implode(' ', array_map('escapeshellarg', array_merge(['sh', '-c', 'exec "$0" "$@" >/dev/null 2>&1'], tq_php_cmd(),
                                                            ['index.php', 'oat\taoTaskQueue\scripts\tools\RunTask'])));
putenv('TASKQUEUE_LOG_LEVEL=error');
$wpm = fn(string $class, string $command) => "<?php\nreturn new $class(['task_command' => " . var_export($command, true) . "]);\n";
$root = tq_root([
    'index.php' => TQ_INDEX_PHP,
    'src/PidJob.php' => $job,
    'config/tao/taskQueue.conf.php' => $queues,
    'config/tao/taskLog.conf.php' => TQ_FILE_TASK_LOG_CONF,
]);
define('ROOT_PATH', $root);
require $root . 'src/PidJob.php';
putenv('TQ_TEST_INC=' . __DIR__ . '/inc/root.inc');
ini_set('taskqueue.allowed_callables', 'PidJob');
const WMR = 'oat\taoTaskQueue\scripts\tools\WorkerManagerRunner';
const WPM = 'oat\taoTaskQueue\model\Worker\WorkerProcessManager';
$setManager = fn(string $class, string $command) => file_put_contents($root . 'config/taoTaskQueue/WorkerProcessManager.conf.php', $wpm($class, $command));
@mkdir($root . 'config/taoTaskQueue');

function enqueue(array $names): array
{
    $d = require ROOT_PATH . 'config/tao/taskQueue.conf.php';
    $ids = [];
    foreach ($names as $name) {
        $ids[$name] = $d->createTask(new PidJob(), ['queue' => $name[0], 'name' => $name], $name)->getId();
    }
    return $ids;
}
function depth(): string
{
    $d = require ROOT_PATH . 'config/tao/taskQueue.conf.php';
    return 'queues a/b: ' . $d->getQueue('a')->count() . '/' . $d->getQueue('b')->count();
}
function ran(): array
{
    $lines = is_file(ROOT_PATH . 'ran.log') ? file(ROOT_PATH . 'ran.log', FILE_IGNORE_NEW_LINES) : [];
    @unlink(ROOT_PATH . 'ran.log');
    $out = [];
    foreach ($lines as $l) {
        [$name, $pid] = explode(' ', $l);
        $out[$name] = (int) $pid;
    }
    ksort($out);
    return $out;
}
function statuses(array $ids): string
{
    $log = new FileTaskLogBroker();
    return implode(' ', array_map(fn($id) => $log->getStatus($id), $ids));
}
/** The manager's report with its date masked. */
function run(string ...$args): void
{
    ob_start();
    $rc = \TaskQueue\Cli::run(array_merge(['index.php', WMR], $args));
    echo preg_replace('/at \d{4}-\S+/', 'at <ATOM>', ob_get_clean()), "exit $rc\n";
}

echo "-- no WorkerProcessManager config: TAO's defaults (php index.php ...RunTask)\n";
$m = new oat\taoTaskQueue\model\Worker\WorkerProcessManager();
echo $m->getCommand(), "\n";
$m->setLimitOfCpu(1000000);
$m->setLimitOfMemory(101);
var_dump($m->getLimitOfCpu(), $m->getLimitOfMemory(), $m->canRun(), $m->getCpuUsage() >= 0, $m->getMemoryUsage() > 0);
$m->setLimitOfMemory(0);
var_dump($m->canRun());

echo "-- four tasks, each in its own process\n";
$setManager(WPM, $cmd);
$ids = enqueue(['a1', 'a2', 'b1', 'b2']);
echo depth(), "; ", statuses($ids), "\n";
run('-i', '0', '-cpu', '1000000', '-m', '101', '--stop-when-empty');
$ran = ran();
echo "ran: ", implode(' ', array_keys($ran)), "; ", count(array_unique($ran)), " processes, none of them this one: ",
    var_export(!in_array(getmypid(), $ran, true), true), "\n";
echo depth(), "; ", statuses($ids), "\n";
// every task process was reaped: none is left a child of this process
var_dump(pcntl_waitpid(-1, $st, WNOHANG));

echo "-- -cpu 0: nothing starts; SIGTERM stops it\n";
$setManager('StoppingManager', $cmd);
$ids = enqueue(['a3']);
$t = microtime(true);
run('-i', '1', '-cpu', '0', '-m', '101');
echo "stopped within 5 s: ", var_export(microtime(true) - $t < 5, true), "; ", depth(), "; ", statuses($ids), "; ran: ", count(ran()), "\n";

echo "-- a process that cannot start: the task goes back\n";
$setManager(WPM, '/nonexistent/php index.php RunTask');
run('-i', '0', '-cpu', '1000000', '-m', '101', '--stop-when-empty');
echo depth(), "; ", statuses($ids), "; ran: ", count(ran()), "\n";
$setManager(WPM, $cmd . ' -t x; rm -rf /');
run('-i', '0', '-cpu', '1000000', '-m', '101');
echo depth(), "\n";

echo "-- options, a sync dispatcher\n";
$setManager(WPM, $cmd);
run('-i', '0', '-cpu', '1');
run('-i', 'x', '-cpu', '1', '-m', '1');
run('-h');
file_put_contents($root . 'config/tao/taskQueue.conf.php', "<?php\nreturn new oat\\tao\\model\\taskQueue\\QueueDispatcher(['queues' => [new oat\\tao\\model\\taskQueue\\Queue('s', new oat\\tao\\model\\taskQueue\\Queue\\Broker\\InMemoryQueueBroker())], 'task_log' => 'tao/taskLog']);\n");
run('-i', '0', '-cpu', '1', '-m', '1');
?>
--EXPECTF--
-- no WorkerProcessManager config: TAO's defaults (php index.php ...RunTask)
php index.php "\oat\taoTaskQueue\scripts\tools\RunTask"
int(1000000)
int(101)
bool(true)
bool(true)
bool(true)
bool(false)
-- four tasks, each in its own process
queues a/b: 2/2; enqueued enqueued enqueued enqueued
Worker manager finished at <ATOM>
  4 task process(es) started: 4 exited with 0, 0 otherwise.
exit 0
ran: a1 a2 b1 b2; 4 processes, none of them this one: true
queues a/b: 0/0; completed completed completed completed
int(-1)
-- -cpu 0: nothing starts; SIGTERM stops it
Worker manager finished at <ATOM>
  0 task process(es) started: 0 exited with 0, 0 otherwise.
exit 0
stopped within 5 s: true; queues a/b: 1/0; enqueued; ran: 0
-- a process that cannot start: the task goes back
Worker manager finished at <ATOM>
  0 task process(es) started: 0 exited with 0, 0 otherwise.
  Task http://%s could not be started: cannot start /nonexistent/php: No such file or directory
  Task http://%s was pushed again onto queue a.
exit 1
queues a/b: 1/0; dequeued; ran: 0
WorkerProcessManager's task_command cannot be used: the task command holds the shell operator ';', and it is not run through a shell: %s
exit 1
queues a/b: 1/0
-- options, a sync dispatcher
Required argument 'limitOfMemory' is missing.
exit 1
%s
exit 1
Run tasks as a new fork process
Required Arguments:
  -i, --interval <seconds>
  -cpu, --limitOfCpu <1-minute load average>
  -m, --limitOfMemory <memory in use, %>
Optional Arguments:
  --stop-when-empty
  -h, --help
exit 0
No worker is needed because all registered queue is a Sync Queue.
exit 1
