--TEST--
TaskQueue\Http\Server::handle(): download streams a stored file and refuses names that leave the storage directory
--ENV--
TASKQUEUE_API_STORAGE={PWD}/Server_handle_download.tmp/storage
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/http.inc';
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;

$dir = __DIR__ . '/Server_handle_download.tmp';
@mkdir("$dir/storage/sub", 0777, true);
@mkdir("$dir/outside", 0777, true);
file_put_contents("$dir/storage/sub/result.csv", "a,b\n1,2\n");
file_put_contents("$dir/outside/secret.txt", "secret\n");
@unlink("$dir/storage/out");
symlink("$dir/outside/secret.txt", "$dir/storage/out");

$log = new TaskLog(['task_log_broker' => new InMemoryTaskLogBroker()]);
$names = ['ok' => 'sub/result.csv', 'dots' => '../outside/secret.txt', 'abs' => "$dir/outside/secret.txt",
          'link' => 'out', 'gone' => 'missing.csv', 'dir' => 'sub'];
foreach ($names as $id => $file) {
    $log->add(new ExportTask($id, 'u1'), 'enqueued');
    $log->setReport($id, ['type' => 'info', 'message' => 'm', 'data' => null, 'children' => [
        ['type' => 'success', 'message' => 'f', 'data' => $file, 'children' => []]]], 'completed');
}
$log->add(new ExportTask('running', 'u1'), 'running');
$log->add(new ExportTask('theirs', 'u2'), 'completed');
foreach (array_merge(array_keys($names), ['running', 'theirs', 'none']) as $id) {
    echo "$id: ";
    request('GET', '/tao/TaskQueueWebApi/download', "taskId=$id", [], $log, 'u1');
}
request('GET', '/tao/TaskQueueWebApi/getAll', '', ['HTTP_X_REQUESTED_WITH' => 'XMLHttpRequest'], $log, 'u1');
?>
--CLEAN--
<?php
$dir = __DIR__ . '/Server_handle_download.tmp';
@unlink("$dir/storage/out");
@unlink("$dir/storage/sub/result.csv");
@unlink("$dir/outside/secret.txt");
@rmdir("$dir/storage/sub");
@rmdir("$dir/storage");
@rmdir("$dir/outside");
@rmdir($dir);
?>
--EXPECT--
ok: 200 a,b
1,2

dots: 400 {"success":false,"code":400,"message":"File not found.","data":[]}
abs: 400 {"success":false,"code":400,"message":"File not found.","data":[]}
link: 400 {"success":false,"code":400,"message":"File not found.","data":[]}
gone: 400 {"success":false,"code":400,"message":"File not found.","data":[]}
dir: 400 {"success":false,"code":400,"message":"File not found.","data":[]}
running: 400 {"success":false,"code":400,"message":"Task \"running\" is not downloadable.","data":[]}
theirs: 400 {"success":false,"code":404,"message":"Task \"theirs\" not found.","data":[]}
none: 400 {"success":false,"code":404,"message":"Task \"none\" not found.","data":[]}
200 {"success":true,"data":[{"id":"ok","taskName":"ExportTask","status":"completed","masterStatus":false,"statusLabel":"Completed","createdAt":N,"createdAtElapsed":N,"updatedAt":N,"updatedAtElapsed":N,"category":"unknown","hasFile":true},{"id":"dots","taskName":"ExportTask","status":"completed","masterStatus":false,"statusLabel":"Completed","createdAt":N,"createdAtElapsed":N,"updatedAt":N,"updatedAtElapsed":N,"category":"unknown","hasFile":false},{"id":"abs","taskName":"ExportTask","status":"completed","masterStatus":false,"statusLabel":"Completed","createdAt":N,"createdAtElapsed":N,"updatedAt":N,"updatedAtElapsed":N,"category":"unknown","hasFile":false},{"id":"link","taskName":"ExportTask","status":"completed","masterStatus":false,"statusLabel":"Completed","createdAt":N,"createdAtElapsed":N,"updatedAt":N,"updatedAtElapsed":N,"category":"unknown","hasFile":false},{"id":"gone","taskName":"ExportTask","status":"completed","masterStatus":false,"statusLabel":"Completed","createdAt":N,"createdAtElapsed":N,"updatedAt":N,"updatedAtElapsed":N,"category":"unknown","hasFile":false},{"id":"dir","taskName":"ExportTask","status":"completed","masterStatus":false,"statusLabel":"Completed","createdAt":N,"createdAtElapsed":N,"updatedAt":N,"updatedAtElapsed":N,"category":"unknown","hasFile":false},{"id":"running","taskName":"ExportTask","status":"in_progress","masterStatus":false,"statusLabel":"In Progress","createdAt":N,"createdAtElapsed":N,"updatedAt":N,"updatedAtElapsed":N,"category":"unknown","hasFile":false}]}