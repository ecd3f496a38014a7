<?php
/*
 * The task HTTP API tests' fixture: `php fixture.php ROOT` makes ROOT a TAO root whose
 * Task Log (tao/taskLog) is an RdsTaskLogBroker on the PostgreSQL of
 * TASKQUEUE_PERSISTENCE_DEFAULT (table tq_http_api_test; a queue tq_http_api_q for the
 * operator routes), fills it with tasks of two
 * users, writes a token file for them, a manager and a REST publisher, a storage
 * directory with files (and a symbolic link out of it), and ROOT/fixture.json: the clear
 * tokens and task ids the checks use. Every run uses fresh ids.
 */
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;

$root = $argv[1] ?? exit("usage: php fixture.php ROOT\n");
require __DIR__ . '/../lib/tao_root.php';
tq_fixture_tao_root($root, 'http_api_test', ['HttpTest\ExportTask' => 'export', 'HttpTest\ImportTask' => 'import'], 2,
                    'http_api_q');
@mkdir("$root/data/taskQueueStorage/sub", 0777, true);
@mkdir("$root/outside", 0777, true);

$storage = "$root/data/taskQueueStorage";
file_put_contents("$storage/u1-export.csv", "id,score\n1,10\n");
file_put_contents("$storage/sub/u2-export.csv", "u2 data\n");
file_put_contents("$root/outside/secret.txt", "secret\n");
@unlink("$storage/link-out");
symlink("$root/outside/secret.txt", "$storage/link-out");
file_put_contents("$storage/big.bin", str_repeat("0123456789abcdef", 65536 * 4));   // 4 MiB

$run = bin2hex(random_bytes(4));
$users = ['u1' => 'http://tao.test/ontology#u1-' . $run, 'u2' => 'http://tao.test/ontology#u2-' . $run,
          'manager' => 'manager-' . $run, 'publisher' => 'publisher-' . $run];
$roles = ['u1' => '-', 'u2' => '-', 'manager' => 'TaskQueueManager', 'publisher' => 'REST_PUBLISHER'];
$tokens = tq_fixture_tokens($root, $users, $roles, 'task HTTP API test users');

$log = require "$root/config/tao/taskLog.conf.php";
$log->createContainer();
defined('ROOT_PATH') || define('ROOT_PATH', "$root/");
pg_query(pg_connect(getenv("TASKQUEUE_PERSISTENCE_DEFAULT")), "DROP TABLE IF EXISTS tq_http_api_q");   // each run starts empty
(require "$root/config/tao/taskQueue.conf.php")->initialize();     // the operator routes' queue

require __DIR__ . '/tasks.inc';

function fileReport(string $file): array
{
    return ['type' => 'info', 'message' => 'Running task', 'data' => null, 'children' => [
        ['type' => 'success', 'message' => 'Exported', 'data' => $file, 'children' => []]]];
}

// name => [owner, class, status, file in the report]
$spec = [
    'u1_done'     => ['u1', 'HttpTest\ExportTask', 'completed', 'u1-export.csv'],
    'u1_queued'   => ['u1', 'HttpTest\ImportTask', 'enqueued', null],
    'u1_running'  => ['u1', 'HttpTest\ImportTask', 'running', null],
    'u1_failed'   => ['u1', 'HttpTest\ImportTask', 'failed', null],
    'u1_imported' => ['u1', 'HttpTest\ImportTask', 'completed', null],
    'u1_dotdot'   => ['u1', 'HttpTest\ExportTask', 'completed', '../outside/secret.txt'],
    'u1_absolute' => ['u1', 'HttpTest\ExportTask', 'completed', "$root/outside/secret.txt"],
    'u1_link'     => ['u1', 'HttpTest\ExportTask', 'completed', 'link-out'],
    'u1_missing'  => ['u1', 'HttpTest\ExportTask', 'completed', 'nothing-here.csv'],
    'u1_nofile'   => ['u1', 'HttpTest\ExportTask', 'completed', null],
    'u1_big'      => ['u1', 'HttpTest\ExportTask', 'completed', 'big.bin'],
    'u2_done'     => ['u2', 'HttpTest\ExportTask', 'completed', 'sub/u2-export.csv'],
    'u2_queued'   => ['u2', 'HttpTest\ImportTask', 'enqueued', null],
    'u2_failed'   => ['u2', 'HttpTest\ImportTask', 'failed', null],
    'p_queued'    => ['publisher', 'HttpTest\ImportTask', 'enqueued', null],   // the operator cancels it
];
$ids = [];
foreach ($spec as $name => [$owner, $class, $status, $file]) {
    $id = "http://tao.test/ontology#i-$run-$name";
    $ids[$name] = $id;
    $task = new $class($id, $users[$owner]);
    $task->setLabel("label of $name");
    $log->add($task, 'enqueued');
    if ($status !== 'enqueued') {
        $log->setReport($id, $file !== null ? fileReport($file)
            : ['type' => 'info', 'message' => "Task $name", 'data' => null, 'children' => []], $status);
    }
}
file_put_contents("$root/fixture.json", json_encode(
    ['users' => $users, 'tokens' => $tokens, 'ids' => $ids, 'storage' => $storage], JSON_PRETTY_PRINT));
echo "fixture: ", count($ids), " tasks, run $run\n";
