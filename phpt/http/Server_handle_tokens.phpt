--TEST--
TaskQueue\Http\Server::handle(): bearer tokens from TASKQUEUE_API_TOKENS (401 without, sha256 lines, roles, no cli-user)
--ENV--
TASKQUEUE_API_TOKENS={PWD}/Server_handle_tokens.tokens.tmp
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/http.inc';
$log = http_log();
$file = __DIR__ . '/Server_handle_tokens.tokens.tmp';
file_put_contents($file, "# users\n" . hash('sha256', 'tok-u1') . " u1 -\n"
    . hash('sha256', 'tok-m') . " m TaskQueueManager\n" . hash('sha256', 'tok-root') . " cli-user TaskQueueManager\n");
$xhr = ['HTTP_X_REQUESTED_WITH' => 'XMLHttpRequest'];
$as = fn($t) => $xhr + ['HTTP_AUTHORIZATION' => "Bearer $t"];
request('GET', '/tao/TaskQueueWebApi/stats', '', $xhr, $log);
request('GET', '/tao/TaskQueueWebApi/stats', '', $as('nope'), $log);
request('GET', '/tao/TaskQueueWebApi/stats', '', $as(hash('sha256', 'tok-u1')), $log);   // the stored hash is no token
request('GET', '/tao/TaskQueueWebApi/stats', '', $as('tok-root'), $log);                 // TAO's super user: refused
request('GET', '/tao/TaskQueueWebApi/stats', '', $as('tok-u1'), $log);
request('GET', '/tao/TaskQueue/getStatus', 'id=b1', $as('tok-u1'), $log);
request('GET', '/tao/TaskQueue/getStatus', 'id=b1', $as('tok-m'), $log);
request('GET', '/tao/TaskQueue/getStatus', 'id=b1', ['HTTP_AUTHORIZATION' => 'Basic dTE6eA=='], $log);
request('GET', '/nowhere', '', [], $log);                                              // 404 before 401
unlink($file);
request('GET', '/tao/TaskQueue/getStatus', 'id=b1', $as('tok-m'), $log);               // unreadable file
?>
--CLEAN--
<?php @unlink(__DIR__ . '/Server_handle_tokens.tokens.tmp'); ?>
--EXPECTF--
401 {"success":false,"code":401,"message":"Authentication required: Authorization: Bearer <token>","data":[]}
401 {"success":false,"code":401,"message":"Invalid token","data":[]}
401 {"success":false,"code":401,"message":"Invalid token","data":[]}
401 {"success":false,"code":401,"message":"Invalid token","data":[]}
200 {"success":true,"data":{"numberOfTasksCompleted":2,"numberOfTasksFailed":1,"numberOfTasksInProgress":1,"numberOfTasksEnqueued":1}}
403 {"success":false,"errorCode":403,"errorMsg":"Access denied","version":"taskqueue-0.1.0"}
200 {"success":true,"data":"completed","version":"taskqueue-0.1.0"}
401 {"success":false,"errorCode":401,"errorMsg":"Authentication required: Authorization: Bearer <token>","version":"taskqueue-0.1.0"}
404 {"success":false,"errorCode":404,"errorMsg":"Not found","version":"taskqueue-0.1.0"}
500 {"success":false,"errorCode":500,"errorMsg":"Cannot read the API token file %s: No such file or directory","version":"taskqueue-0.1.0"}
