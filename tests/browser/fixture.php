<?php
/*
 * The browser test's fixture: `php fixture.php ROOT` makes ROOT a TAO root on the
 * PostgreSQL of TASKQUEUE_PERSISTENCE_DEFAULT: one RDS queue "browser" (tables
 * tq_browser_q and tq_browser_log, dropped first), its Task Log, an index.php for the
 * CLI (RunWorker) that loads tasks.php, a storage directory, a token file for two users
 * and a manager, and ROOT/fixture.json with the clear tokens and user ids.
 */
$root = $argv[1] ?? exit("usage: php fixture.php ROOT\n");
@mkdir("$root/config/tao", 0777, true);
@mkdir("$root/data/taskQueueStorage", 0777, true);
$db = pg_connect(getenv('TASKQUEUE_PERSISTENCE_DEFAULT') ?: exit("TASKQUEUE_PERSISTENCE_DEFAULT is not set\n"));
pg_query($db, 'DROP TABLE IF EXISTS tq_browser_q, tq_browser_log, tq_workers');
$here = __DIR__;
file_put_contents("$root/config/tao/taskLog.conf.php", <<<'PHP'
<?php
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;

return new TaskLog([
    TaskLog::OPTION_TASK_LOG_BROKER => new RdsTaskLogBroker('default', 'browser_log'),
    TaskLog::OPTION_TASK_TO_CATEGORY_ASSOCIATIONS => ['BrowserTest\ExportTask' => 'export'],
    TaskLog::OPTION_DEFAULT_BATCH_SIZE => 100,
]);
PHP);
file_put_contents("$root/config/tao/taskQueue.conf.php", <<<'PHP'
<?php
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\QueueDispatcher;
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;

return new QueueDispatcher([
    QueueDispatcher::OPTION_QUEUES => [new Queue('browser_q', new RdsQueueBroker('default', 1), 10)],
    QueueDispatcher::OPTION_DEFAULT_QUEUE => 'browser_q',
    QueueDispatcher::OPTION_TASK_LOG => 'tao/taskLog',
]);
PHP);
file_put_contents("$root/index.php", "<?php\ndefine('ROOT_PATH', __DIR__ . '/');\nrequire '$here/tasks.php';\n"
    . "ini_set('taskqueue.allowed_callables', 'BrowserTest\\\\');\n"
    . "exit(\\TaskQueue\\Cli::run(\$argv));\n");
file_put_contents("$root/data/taskQueueStorage/results.csv", "id,score\n1,10\n");

$users = ['u1' => 'http://tao.test/ontology#browser-u1', 'u2' => 'http://tao.test/ontology#browser-u2',
          'manager' => 'browser-manager'];
$roles = ['u1' => '-', 'u2' => '-', 'manager' => 'TaskQueueManager'];
$tokens = [];
$lines = "# dashboard browser test users\n";
foreach ($users as $k => $id) {
    $tokens[$k] = bin2hex(random_bytes(16));
    $lines .= hash('sha256', $tokens[$k]) . " $id {$roles[$k]}\n";
}
file_put_contents("$root/tokens", $lines);

define('ROOT_PATH', "$root/");
$dispatcher = require "$root/config/tao/taskQueue.conf.php";
$dispatcher->initialize();
$log = require "$root/config/tao/taskLog.conf.php";
$log->createContainer();
file_put_contents("$root/fixture.json", json_encode(['users' => $users, 'tokens' => $tokens], JSON_PRETTY_PRINT));
echo "fixture ready\n";
