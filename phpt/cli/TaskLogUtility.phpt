--TEST--
TaskLogUtility: stats, --available (limit, offset, report and category/hasFile included), --get-task, --archive and --cancel (refused without --force with TAO's hint, done with it), TAO's examples text for --help and no option; bad options name the token (exit 1) and change nothing
--FILE--
<?php
require __DIR__ . '/inc/root.inc';
require __DIR__ . '/../task_log/inc/task_double.inc';
$root = tq_root(['config/tao/taskLog.conf.php' => TQ_TASK_LOG_CONF]);
putenv("TASKQUEUE_ROOT=$root");
$log = require $root . 'config/tao/taskLog.conf.php';
foreach (['enq' => ['enqueued', 'alice'], 'run' => ['running', 'bob'], 'ok' => ['completed', 'alice'],
          'ko' => ['failed', 'carol']] as $id => [$status, $owner]) {
    $log->add(TaskLogTest\task($id, $owner), $status, "Label $id");
}
$log->setReport('ok', ['type' => 'success', 'message' => 'all good', 'data' => null, 'children' => []], 'completed');
const TLU = 'oat\taoTaskQueue\scripts\tools\TaskLogUtility';

echo "-- stats (every owner)\n";
ob_start();
$rc = \TaskQueue\Cli::run(['index.php', TLU, '--stats']);
$out = ob_get_clean();
$stats = json_decode($out, true);
echo "exit $rc, pretty: ", var_export(str_contains($out, "{\n    \""), true), ", completed ", $stats['numberOfTasksCompleted'],
    ", failed ", $stats['numberOfTasksFailed'], ", in progress ", $stats['numberOfTasksInProgress'], "\n";
echo "-- available, 2 from offset 1\n";
ob_start();
$rc = \TaskQueue\Cli::run(['index.php', TLU, '--available', '--limit=2', '--offset=1']);
$rows = json_decode(ob_get_clean(), true);
echo "exit $rc, ", count($rows), " rows: ", implode(',', array_column($rows, 'id')), "\n";
echo "category and hasFile: ", var_export(array_key_exists('category', $rows[0]) && array_key_exists('hasFile', $rows[0]), true), "\n";
ob_start();
\TaskQueue\Cli::run(['index.php', TLU, '--available']);
$all = json_decode(ob_get_clean(), true);
echo "all: ", implode(',', array_column($all, 'id')), "; ok's report: ", json_encode(array_column($all, 'report', 'id')['ok']['message'] ?? null), "\n";
echo "-- get-task\n";
ob_start();
$rc = \TaskQueue\Cli::run(['index.php', TLU, '--get-task=ko']);
$one = json_decode(ob_get_clean(), true);
echo "exit $rc: ", $one['id'], ' ', $one['status'], ' category ', json_encode($one['category']), ' hasFile ', json_encode($one['hasFile']), "\n";
tq_cli(TLU, '--get-task=nope');
echo "-- archive / cancel\n";
tq_cli(TLU, '--archive=run');
echo $log->getStatus('run'), "\n";
tq_cli(TLU, '--force', '--archive=run');
echo $log->getStatus('run'), "\n";
tq_cli(TLU, '--archive=ok');
tq_cli(TLU, '--cancel=ko');
tq_cli(TLU, '--cancel=enq');
echo $log->getStatus('enq'), "\n";
echo "-- bad options\n";
tq_cli(TLU, '--archive=ko', '--bogus');
tq_cli(TLU, '--limit=5');
tq_cli(TLU, '--force');
tq_cli(TLU, '--get-task=');
tq_cli(TLU, '--available', '--limit=ten');
tq_cli(TLU, 'stats');
echo $log->getStatus('ko'), "\n";
echo "-- help\n";
tq_cli(TLU, '--help');
ob_start();
tq_cli(TLU);
$plain = ob_get_clean();
ob_start();
tq_cli(TLU, '--help');
$same = $plain === ob_get_clean();
echo "no option = --help: ", var_export($same, true), "\n";
?>
--EXPECTF--
-- stats (every owner)
exit 0, pretty: true, completed 1, failed 1, in progress 1
-- available, 2 from offset 1
exit 0, 2 rows: %s,%s
category and hasFile: true
all: %s; ok's report: "all good"
-- get-task
exit 0: ko failed category "unknown" hasFile false
Task log for task "nope" not found
exit 1
-- archive / cancel
Task cannot be archived because it is in progress.
Please use --force to force archive of an in-progress task.
exit 1
running
Archived: 1
exit 0
archived
Archived: 1
exit 0
%s
Please use --force to force cancellation of a created task.
exit 1
Cancelled: 1
exit 0
cancelled
-- bad options
Unknown option "--bogus". Valid options: --stats, --available, --limit=<n>, --offset=<n>, --get-task=<taskId>, --archive=<taskId>, --cancel=<taskId>, --force, --help, --prune-archived=<date>, --batch=<n>
exit 1
Arg --available argument must be use
exit 1
--archive=[taskId] or --cancel=[taskId] argument must be set
exit 1
--get-task=[taskId] argument must be set
exit 1
Option "--limit=ten": "ten" is not a whole number (--limit=<n>)
exit 1
Unexpected argument "stats": options are written --name=value
exit 1
failed
-- help
Examples
 1. Stats
	 Description: 	 Return stats about the tasks logs statuses
	 Example: 	 sudo -u www-data php index.php 'oat\taoTaskQueue\scripts\tools\TaskLogUtility' --stats
 2. List Task Logs
	 Description: 	 List All the tasks that are not archived will be retrived, default limit is 20
	 Example: 	 sudo -u www-data php index.php 'oat\taoTaskQueue\scripts\tools\TaskLogUtility' --available --limit[optional]=20 --offset[optional]=10
 3. Get Task Log
	 Description: 	 Get an specific task log by id
	 Example: 	 sudo -u www-data php index.php 'oat\taoTaskQueue\scripts\tools\TaskLogUtility' --get-task=[taskdId]
 4. Archive a Task Log
	 Description: 	 Archive a task log
	 Example: 	 sudo -u www-data php index.php 'oat\taoTaskQueue\scripts\tools\TaskLogUtility' --archive=[taskdId] --force[optional]
 5. Cancel a Task Log
	 Description: 	 Cancel a task log
	 Example: 	 sudo -u www-data php index.php 'oat\taoTaskQueue\scripts\tools\TaskLogUtility' --cancel=[taskdId] --force[optional]
exit 0
no option = --help: true
