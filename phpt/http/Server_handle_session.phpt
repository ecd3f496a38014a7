--TEST--
TaskQueue\Http\Server::handle(): every route for a TAO session user, across owners and roles (in-memory Task Log)
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/http.inc';
$log = http_log();
$xhr = ['HTTP_X_REQUESTED_WITH' => 'XMLHttpRequest'];
$web = '/tao/TaskQueueWebApi';
echo "-- browser API, u1\n";
request('GET', "$web/getAll", 'limit=2', $xhr, $log, 'u1');
request('GET', "$web/getAll", 'limit=2&offset=2', $xhr, $log, 'u1');
request('GET', "$web/get", 'taskId=e1', $xhr, $log, 'u1');
request('GET', "$web/get", 'taskId=b1', $xhr, $log, 'u1');          // u2's: as if it did not exist
request('GET', "$web/get", 'taskId=zz', $xhr, $log, 'u1');
request('GET', "$web/stats", '', $xhr, $log, 'u1');
request('GET', "$web/stats", '', [], $log, 'u1');                  // no XMLHttpRequest
echo "-- bad requests\n";
request('GET', "$web/getAll", 'limit=101', $xhr, $log, 'u1');
request('GET', "$web/getAll", 'offset=x', $xhr, $log, 'u1');
request('GET', "$web/get", '', $xhr, $log, 'u1');
request('GET', "$web/get", 'taskId=%zz', $xhr, $log, 'u1');
request('DELETE', "$web/get", 'taskId=a1', $xhr, $log, 'u1');
request('GET', "$web/unknown", '', $xhr, $log, 'u1');
request('GET', '/somewhere', '', [], $log, 'u1');
echo "-- roles\n";
request('GET', '/tao/TaskQueue/get', 'id=b1', [], $log, 'u1');
request('GET', '/tao/TaskQueue/get', 'id=b1', [], $log, 'p', ['REST_PUBLISHER']);
request('GET', '/tao/TaskQueue/getStatus', 'id=a3', [], $log, 'p', ['REST_PUBLISHER']);
request('GET', '/tao/TaskQueue/getAll', '', [], $log, 'p', ['REST_PUBLISHER']);
request('GET', '/tao/TaskQueue/getAll', '', [], $log, 'm', ['TAO_MANAGER']);
request('GET', '/tao/TaskQueue/get', 'id=nope', [], $log, 'm', ['TAO_MANAGER']);
request('POST', '/tao/TaskQueue/get', 'id=b1', [], $log, 'm', ['TAO_MANAGER']);
request('GET', '/taoTaskQueue/TaskQueueRestApi/get', 'id=b2', [], $log, 'm', ['TaskQueueManager']);
request('GET', '/taoTaskQueue/TaskQueueRestApi/getStatus', 'id=b2', [], $log, 'p', ['REST_PUBLISHER']);
echo "-- changes\n";
request('GET', "$web/archive", 'taskId=b1', $xhr, $log, 'u1');
request('GET', "$web/archive", 'taskId=a3', $xhr, $log, 'u1');
request('GET', "$web/archive", 'taskId=a1', $xhr, $log, 'u1');
request('GET', "$web/cancel", 'taskId[]=a2&taskId[]=b2', $xhr, $log, 'u1');
request('GET', "$web/archive", 'taskId=all', $xhr, $log, 'u1');
request('GET', "$web/cancel", 'taskId=all', $xhr, $log, 'u2');
request('GET', "$web/getAll", '', $xhr, $log, 'u1');
request('GET', "$web/stats", '', $xhr, $log, 'u2');
?>
--EXPECT--
-- browser API, u1
200 {"success":true,"data":[{"id":"a4","taskName":"TaskLogTest\\TaskDouble","status":"failed","masterStatus":false,"statusLabel":"Failed","createdAt":N,"createdAtElapsed":N,"updatedAt":N,"updatedAtElapsed":N,"category":"unknown","hasFile":false},{"id":"a3","taskName":"TaskLogTest\\TaskDouble","status":"in_progress","masterStatus":false,"statusLabel":"In Progress","createdAt":N,"createdAtElapsed":N,"updatedAt":N,"updatedAtElapsed":N,"category":"unknown","hasFile":false}]}
200 {"success":true,"data":[{"id":"a2","taskName":"TaskLogTest\\TaskDouble","status":"created","masterStatus":false,"statusLabel":"Queued","createdAt":N,"createdAtElapsed":N,"updatedAt":N,"updatedAtElapsed":N,"category":"unknown","hasFile":false},{"id":"a1","taskName":"TaskLogTest\\TaskDouble","status":"completed","masterStatus":false,"statusLabel":"Completed","createdAt":N,"createdAtElapsed":N,"updatedAt":N,"updatedAtElapsed":N,"category":"unknown","hasFile":false}]}
200 {"success":true,"data":{"id":"e1","taskName":"ExportTask","status":"completed","masterStatus":false,"statusLabel":"Completed","createdAt":N,"createdAtElapsed":N,"updatedAt":N,"updatedAtElapsed":N,"report":{"type":"info","message":"m","data":null,"children":[{"type":"success","message":"file","data":"export.csv","children":[]}]},"category":"export","hasFile":false}}
400 {"success":false,"code":404,"message":"Task \"b1\" not found.","data":[]}
400 {"success":false,"code":404,"message":"Task \"zz\" not found.","data":[]}
200 {"success":true,"data":{"numberOfTasksCompleted":2,"numberOfTasksFailed":1,"numberOfTasksInProgress":1,"numberOfTasksEnqueued":1}}
400 {"success":false,"code":400,"message":"Only ajax call allowed.","data":[]}
-- bad requests
400 {"success":false,"code":400,"message":"Invalid parameter limit: at most 100","data":[]}
400 {"success":false,"code":400,"message":"Invalid parameter offset: a whole number from 0 to 10000000 is expected","data":[]}
400 {"success":false,"code":400,"message":"Missing parameter taskId","data":[]}
400 {"success":false,"code":400,"message":"Malformed parameter taskId: bad percent escape","data":[]}
405 {"success":false,"code":405,"message":"Method DELETE not allowed","data":[]}
404 {"success":false,"code":404,"message":"Not found","data":[]}
404 {"success":false,"errorCode":404,"errorMsg":"Not found","version":"taskqueue-0.1.0"}
-- roles
403 {"success":false,"errorCode":403,"errorMsg":"Access denied","version":"taskqueue-0.1.0"}
200 {"success":true,"data":{"id":"b1","status":"finished","report":null},"version":"taskqueue-0.1.0"}
200 {"success":true,"data":"in_progress","version":"taskqueue-0.1.0"}
403 {"success":false,"errorCode":403,"errorMsg":"Access denied","version":"taskqueue-0.1.0"}
200 {"success":true,"data":[],"version":"taskqueue-0.1.0"}
404 {"success":false,"errorCode":404,"errorMsg":"Task \"nope\" not found.","version":"taskqueue-0.1.0"}
405 {"success":false,"errorCode":405,"errorMsg":"Method POST not allowed","version":"taskqueue-0.1.0"}
200 {"success":true,"data":{"id":"b2","taskName":"TaskLogTest\\TaskDouble","status":"created","masterStatus":false,"statusLabel":"Queued","createdAt":N,"createdAtElapsed":N,"updatedAt":N,"updatedAtElapsed":N},"version":"taskqueue-0.1.0"}
403 {"success":false,"errorCode":403,"errorMsg":"Access denied","version":"taskqueue-0.1.0"}
-- changes
400 {"success":false,"code":404,"message":"Task \"b1\" not found.","data":[]}
400 {"success":false,"code":400,"message":"Task cannot be archived because it is in progress.","data":[]}
200 {"success":true}
200 {"success":true}
200 {"success":true}
200 {"success":true}
200 {"success":true,"data":[{"id":"a3","taskName":"TaskLogTest\\TaskDouble","status":"in_progress","masterStatus":false,"statusLabel":"In Progress","createdAt":N,"createdAtElapsed":N,"updatedAt":N,"updatedAtElapsed":N,"category":"unknown","hasFile":false}]}
200 {"success":true,"data":{"numberOfTasksCompleted":1,"numberOfTasksFailed":0,"numberOfTasksInProgress":0,"numberOfTasksEnqueued":0}}