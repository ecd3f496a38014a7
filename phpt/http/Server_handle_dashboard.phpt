--TEST--
TaskQueue\Http\Server::handle(): the operator routes (tao/TaskQueueDashboard) and requests from another site (in-memory Task Log)
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/http.inc';
$log = http_log();
$xhr = ['HTTP_X_REQUESTED_WITH' => 'XMLHttpRequest'];
$m = ['TaskQueueManager'];
$d = '/tao/TaskQueueDashboard';
echo "-- roles and methods\n";
request('GET', "$d/queues", '', [], $log, 'u1');
request('GET', "$d/retry", 'taskId=a4', [], $log, 'm', $m);
request('POST', "$d/workers", '', [], $log, 'm', $m);
echo "-- an in-memory Task Log has no operator figures\n";
request('GET', "$d/workers", '', [], $log, 'm', $m);
request('GET', "$d/failed", 'limit=101', [], $log, 'm', $m);
echo "-- failed and the actions that need no PostgreSQL\n";
request('GET', "$d/failed", '', [], $log, 'm', $m);
request('POST', "$d/retry", 'taskId=a1', [], $log, 'm', $m);
request('POST', "$d/cancel", 'taskId=nope', [], $log, 'm', $m);
request('POST', "$d/cancel", 'taskId=a2', [], $log, 'm', $m);
request('POST', "$d/cancel", 'taskId=a2', [], $log, 'm', $m);
echo "-- another site\n";
request('GET', '/tao/TaskQueueWebApi/stats', '', $xhr + ['HTTP_ORIGIN' => 'http://evil.example', 'HTTP_HOST' => 'tasks.test'], $log, 'u1');
request('GET', '/tao/TaskQueueWebApi/stats', '', $xhr + ['HTTP_SEC_FETCH_SITE' => 'cross-site'], $log, 'u1');
request('GET', '/tao/TaskQueueWebApi/stats', '', $xhr + ['HTTP_ORIGIN' => 'http://tasks.test', 'HTTP_HOST' => 'tasks.test',
        'HTTP_SEC_FETCH_SITE' => 'same-origin'], $log, 'u1');
request('POST', "$d/archiveFinished", '', ['HTTP_ORIGIN' => 'http://evil.example', 'HTTP_HOST' => 'tasks.test'], $log, 'm', $m);
?>
--EXPECT--
-- roles and methods
403 {"success":false,"errorCode":403,"errorMsg":"Access denied","version":"taskqueue-0.1.0"}
405 {"success":false,"errorCode":405,"errorMsg":"Method GET not allowed","version":"taskqueue-0.1.0"}
405 {"success":false,"errorCode":405,"errorMsg":"Method POST not allowed","version":"taskqueue-0.1.0"}
-- an in-memory Task Log has no operator figures
400 {"success":false,"errorCode":400,"errorMsg":"The operator view needs a Task Log on PostgreSQL (RdsTaskLogBroker)","version":"taskqueue-0.1.0"}
400 {"success":false,"errorCode":400,"errorMsg":"Invalid parameter limit: at most 100","version":"taskqueue-0.1.0"}
-- failed and the actions that need no PostgreSQL
200 {"success":true,"data":[{"id":"a4","taskName":"TaskLogTest\\TaskDouble","status":"failed","masterStatus":false,"statusLabel":"Failed","createdAt":N,"createdAtElapsed":N,"updatedAt":N,"updatedAtElapsed":N,"owner":"u1","label":"","age":N}],"version":"taskqueue-0.1.0"}
400 {"success":false,"errorCode":400,"errorMsg":"Task \"a1\" has not failed: only a failed task is retried.","version":"taskqueue-0.1.0"}
404 {"success":false,"errorCode":404,"errorMsg":"Task \"nope\" not found.","version":"taskqueue-0.1.0"}
200 {"success":true,"data":{"action":"cancel","taskId":"a2","message":"Task \"a2\" cancelled"},"version":"taskqueue-0.1.0"}
400 {"success":false,"errorCode":400,"errorMsg":"Task cannot be cancelled because it is already dequeued.","version":"taskqueue-0.1.0"}
-- another site
403 {"success":false,"code":403,"message":"Cross-origin request refused","data":[]}
403 {"success":false,"code":403,"message":"Cross-origin request refused","data":[]}
200 {"success":true,"data":{"numberOfTasksCompleted":2,"numberOfTasksFailed":1,"numberOfTasksInProgress":1,"numberOfTasksEnqueued":0}}
403 {"success":false,"errorCode":403,"errorMsg":"Cross-origin request refused","version":"taskqueue-0.1.0"}