<?php
/*
 * The browser test's fixture: `php fixture.php ROOT` makes ROOT a TAO root on the
 * PostgreSQL of TASKQUEUE_PERSISTENCE_DEFAULT: one RDS queue "browser" (tables
 * tq_browser_q and tq_browser_log, dropped first), its Task Log, an index.php for the
 * CLI (RunWorker) that loads tasks.php, a storage directory, a token file for two users
 * and a manager, and ROOT/fixture.json with the clear tokens and user ids.
 */
$root = $argv[1] ?? exit("usage: php fixture.php ROOT\n");
require __DIR__ . '/../lib/tao_root.php';
$db = pg_connect(getenv('TASKQUEUE_PERSISTENCE_DEFAULT') ?: exit("TASKQUEUE_PERSISTENCE_DEFAULT is not set\n"));
pg_query($db, 'DROP TABLE IF EXISTS tq_browser_q, tq_browser_log, tq_workers');
$here = __DIR__;
tq_fixture_tao_root($root, 'browser_log', ['BrowserTest\\ExportTask' => 'export'], 100, 'browser_q');
file_put_contents("$root/index.php", "<?php\ndefine('ROOT_PATH', __DIR__ . '/');\nrequire '$here/tasks.php';\n"
    . "ini_set('taskqueue.allowed_callables', 'BrowserTest\\\\');\n"
    . "exit(\\TaskQueue\\Cli::run(\$argv));\n");
file_put_contents("$root/data/taskQueueStorage/results.csv", "id,score\n1,10\n");

$users = ['u1' => 'http://tao.test/ontology#browser-u1', 'u2' => 'http://tao.test/ontology#browser-u2',
          'manager' => 'browser-manager'];
$roles = ['u1' => '-', 'u2' => '-', 'manager' => 'TaskQueueManager'];
$tokens = tq_fixture_tokens($root, $users, $roles, 'dashboard browser test users');

define('ROOT_PATH', "$root/");
$dispatcher = require "$root/config/tao/taskQueue.conf.php";
$dispatcher->initialize();
$log = require "$root/config/tao/taskLog.conf.php";
$log->createContainer();
file_put_contents("$root/fixture.json", json_encode(['users' => $users, 'tokens' => $tokens], JSON_PRETTY_PRINT));
echo "fixture ready\n";
