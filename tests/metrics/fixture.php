<?php
/*
 * The metrics test's fixture: `php fixture.php ROOT` makes ROOT a TAO root on the PostgreSQL
 * of TASKQUEUE_PERSISTENCE_DEFAULT with two RDS queues, metrics_a and metrics_b, and their
 * Task Log (tables dropped first, with tq_workers and tq_metrics_counts: counters start at
 * zero), an index.php for the CLI (RunWorker) that loads tasks.php, and a token file for a
 * manager and a plain user (ROOT/fixture.json: the clear tokens).
 */
$root = $argv[1] ?? exit("usage: php fixture.php ROOT\n");
require __DIR__ . '/../lib/tao_root.php';
$db = pg_connect(getenv('TASKQUEUE_PERSISTENCE_DEFAULT') ?: exit("TASKQUEUE_PERSISTENCE_DEFAULT is not set\n"));
pg_query($db, 'DROP TABLE IF EXISTS tq_metrics_a, tq_metrics_b, tq_metrics_log, tq_workers, tq_metrics_counts');
tq_fixture_tao_root($root, 'metrics_log', []);
file_put_contents("$root/config/tao/taskQueue.conf.php", <<<'PHP'
<?php
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\QueueDispatcher;
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;

return new QueueDispatcher([
    QueueDispatcher::OPTION_QUEUES => [new Queue('metrics_a', new RdsQueueBroker('default', 5), 10),
                                       new Queue('metrics_b', new RdsQueueBroker('default', 5), 10)],
    QueueDispatcher::OPTION_DEFAULT_QUEUE => 'metrics_a',
    QueueDispatcher::OPTION_TASK_TO_QUEUE_ASSOCIATIONS => ['MetricsTest\Fail' => 'metrics_b'],
    QueueDispatcher::OPTION_TASK_LOG => 'tao/taskLog',
]);
PHP);
$here = __DIR__;
file_put_contents("$root/index.php", "<?php\ndefine('ROOT_PATH', __DIR__ . '/');\nrequire '$here/tasks.php';\n"
    . "ini_set('taskqueue.allowed_callables', 'MetricsTest\\\\');\n"
    . "exit(\\TaskQueue\\Cli::run(\$argv));\n");
$tokens = tq_fixture_tokens($root, ['manager' => 'metrics-manager', 'user' => 'metrics-user'],
                            ['manager' => 'TaskQueueManager', 'user' => '-'], 'metrics test users');
define('ROOT_PATH', "$root/");
(require "$root/config/tao/taskQueue.conf.php")->initialize();
(require "$root/config/tao/taskLog.conf.php")->createContainer();
file_put_contents("$root/fixture.json", json_encode(['tokens' => $tokens], JSON_PRETTY_PRINT));
echo "fixture ready\n";
