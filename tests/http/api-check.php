<?php
/*
 * The task HTTP API tests: `php api-check.php ROOT BASE_URL [OPENAPI_JSON]` sends every
 * route, as two users, a manager, a REST publisher and strangers, to a server that
 * serves the fixture ROOT (fixture.php), and checks status, envelope and data; with
 * OPENAPI_JSON (doc/taskApi.yml as JSON) every response body is also checked against
 * the schema the document gives for its route and status (schema.inc). No response may
 * hold a PHP warning or a stack trace. Prints one line per check and, last,
 * "<N> passed, <M> failed". Needs no PHP extension (streams only).
 */
require __DIR__ . '/schema.inc';

[$root, $base] = [$argv[1] ?? null, rtrim($argv[2] ?? '', '/')];
if (!$root || !$base) {
    exit("usage: php api-check.php ROOT BASE_URL [OPENAPI_JSON]\n");
}
$fx = json_decode(file_get_contents("$root/fixture.json"), true);
$spec = isset($argv[3]) ? json_decode(file_get_contents($argv[3]), true) : null;
$ids = $fx['ids'];
$passed = $failed = 0;

function check(bool $ok, string $what, string $detail = ''): void
{
    global $passed, $failed;
    $ok ? $passed++ : $failed++;
    echo ($ok ? 'ok' : 'not ok'), " - $what", ($ok || $detail === '' ? '' : "\n    $detail"), "\n";
}

/* One request: [status, headers (lower-case names), body]. */
function request(string $method, string $path, string $query = '', ?string $who = null, bool $xhr = true,
                 ?string $body = null, array $extra = []): array
{
    global $base, $fx;
    $headers = $extra;
    if ($who !== null) {
        $headers[] = 'Authorization: Bearer ' . ($fx['tokens'][$who] ?? $who);
    }
    if ($xhr) {
        $headers[] = 'X-Requested-With: XMLHttpRequest';
    }
    if ($body !== null) {
        $headers[] = 'Content-Type: application/x-www-form-urlencoded';
    }
    $ctx = stream_context_create(['http' => ['method' => $method, 'header' => implode("\r\n", $headers),
        'content' => $body ?? '', 'ignore_errors' => true, 'timeout' => 20, 'follow_location' => 0]]);
    $url = $base . $path . ($query !== '' ? "?$query" : '');
    $res = @file_get_contents($url, false, $ctx);
    $h = [];
    $status = 0;
    foreach ($http_response_header ?? [] as $line) {
        if (preg_match('#^HTTP/\S+ (\d+)#', $line, $m)) {
            $status = (int) $m[1];
        } elseif (str_contains($line, ':')) {
            [$k, $v] = explode(':', $line, 2);
            $h[strtolower(trim($k))] = trim($v);
        }
    }
    return [$status, $h, $res === false ? '' : $res];
}

/* Sends, checks status, cleanliness and schema; returns the decoded JSON (or null). */
function api(string $what, int $want, string $method, string $path, string $query = '', ?string $who = 'u1',
             bool $xhr = true, ?string $body = null, bool $documented = true): mixed
{
    global $spec;
    [$status, $h, $res] = request($method, $path, $query, $who, $xhr, $body);
    $json = json_decode($res, true);
    $clean = !preg_match('/(Warning|Notice|Deprecated|Fatal error|Stack trace|#0 )/', $res);
    check($status === $want && $json !== null && $clean && str_starts_with($h['content-type'] ?? '', 'application/json'),
          "$what: $want JSON", "got $status " . ($h['content-type'] ?? '-') . ' ' . substr($res, 0, 300));
    if ($spec !== null && $json !== null && $documented) {
        $errors = schema_check_response($spec, $path, strtolower($method), $status, $json);
        check($errors === [], "$what: matches doc/taskApi.yml", implode('; ', array_slice($errors, 0, 5)));
    }
    return $json;
}

$web = '/tao/TaskQueueWebApi';
$rest = '/tao/TaskQueue';
$legacy = '/taoTaskQueue/TaskQueueRestApi';
$q = fn(string $name, string $key = 'taskId') => $key . '=' . rawurlencode($ids[$name]);

// --- who may call: 401 and 403 -------------------------------------------------------
foreach (["$web/getAll", "$web/get", "$web/stats", "$web/archive", "$web/cancel", "$web/download",
          "$rest/get", "$rest/getAll", "$rest/getStatus", "$legacy/get", "$legacy/getStatus"] as $path) {
    $r = api("$path without a token", 401, 'GET', $path, '', null);
    check(is_array($r) && $r['success'] === false, "$path without a token: success false");
    api("$path with an unknown token", 401, 'GET', $path, '', 'not-a-token');
}
api('a token in the wrong scheme', 401, 'GET', "$web/stats", '', null, true, null);
[$s] = request('GET', "$web/stats", '', null, true, null, ['Authorization: Basic dTE6eA==']);
check($s === 401, 'Basic authorization: 401');
foreach (['u1', 'u2', 'publisher'] as $who) {
    api("$who on $rest/getAll", 403, 'GET', "$rest/getAll", '', $who);
    api("$who on $legacy/get", 403, 'GET', "$legacy/get", $q('u1_done', 'id'), $who);
    api("$who on $legacy/getStatus", 403, 'GET', "$legacy/getStatus", $q('u1_done', 'id'), $who);
}
foreach (['u1', 'u2'] as $who) {
    api("$who on $rest/get", 403, 'GET', "$rest/get", $q('u1_done', 'id'), $who);
    api("$who on $rest/getStatus", 403, 'GET', "$rest/getStatus", $q('u1_done', 'id'), $who);
}

// --- routing and parameters: 404, 405, 400 -------------------------------------------
api('unknown route', 404, 'GET', '/tao/TaskQueueWebApi/nope', '', 'u1');
api('unknown route, no token', 404, 'GET', '/index.php/../etc/passwd', '', null);
api('unknown controller', 404, 'GET', '/tao/Other/getAll', '', 'u1');
[$s, $h] = request('DELETE', "$web/get", $q('u1_done'), 'u1');
check($s === 405 && ($h['allow'] ?? '') === 'GET, POST', 'DELETE on a browser route: 405 with Allow');
api('PUT on a browser route', 405, 'PUT', "$web/getAll", '', 'u1');
api('POST on a REST route', 405, 'POST', "$rest/get", $q('u1_done', 'id'), 'manager', false, '');
api('browser route without XMLHttpRequest', 400, 'GET', "$web/getAll", '', 'u1', false);
foreach (['limit=101', 'limit=1000000', 'limit=0', 'limit=-5', 'limit=abc', 'limit=', 'limit[]=3', 'offset=-1',
          'offset=x', 'offset=99999999999'] as $bad) {
    $r = api("getAll?$bad", 400, 'GET', "$web/getAll", $bad, 'u1');
    check(is_array($r) && ($r['code'] ?? null) === 400 && $r['data'] === [], "getAll?$bad: the browser error envelope");
}
api('REST getAll above the limit cap', 400, 'GET', "$rest/getAll", 'limit=101', 'manager');
api('get without taskId', 400, 'GET', "$web/get", '', 'u1');
api('get with a malformed escape', 400, 'GET', "$web/get", 'taskId=%zz', 'u1');
api('get with a control character', 400, 'GET', "$web/get", 'taskId=a%0Ab', 'u1');
api('get with an oversized id', 400, 'GET', "$web/get", 'taskId=' . str_repeat('x', 300), 'u1');
api('get with nested brackets', 400, 'GET', "$web/get", 'taskId[a][b]=1', 'u1');
api('query over 8 KiB', 400, 'GET', "$web/getAll", 'pad=' . str_repeat('p', 5000) . str_repeat('&x=1', 900), 'u1');
// (behind nginx, nginx answers these itself: its JSON is not the route's envelope)
api('query over 16 KiB', 400, 'GET', "$web/getAll", 'pad=' . str_repeat('p', 20000), 'u1', true, null, false);
api('form body over 64 KiB', 400, 'POST', "$web/get", '', 'u1', true, 'taskId=' . str_repeat('y', 70000), false);
api('form body over 8 KiB', 400, 'POST', "$web/get", '', 'u1', true, 'taskId=' . str_repeat('y', 9000));
api('too many taskId[]', 400, 'GET', "$web/archive", implode('&', array_fill(0, 101, 'taskId[]=x')), 'u1');
api('REST get without id', 400, 'GET', "$rest/get", '', 'manager');
api('legacy getStatus without id', 400, 'GET', "$legacy/getStatus", '', 'manager');

// --- the browser API, across owners -------------------------------------------------------
$r = api('u1 getAll', 200, 'GET', "$web/getAll", 'limit=100', 'u1');
$rows = $r['data'] ?? [];
$seen = array_column($rows, 'id');
check(in_array($ids['u1_done'], $seen) && !in_array($ids['u2_done'], $seen) && count($seen) === 11,
      'u1 getAll: only u1 tasks', json_encode($seen));
$row = array_values(array_filter($rows, fn($t) => $t['id'] === $ids['u1_done']))[0] ?? [];
check(($row['category'] ?? null) === 'export' && ($row['hasFile'] ?? null) === true && !isset($row['report'])
      && $row['status'] === 'completed' && $row['statusLabel'] === 'Completed' && $row['taskLabel'] === 'label of u1_done'
      && is_int($row['createdAt']) && is_int($row['createdAtElapsed']) && !isset($row['owner'], $row['parameters'])
      && !isset($row['redirectUrl']), 'u1 getAll: the entity JSON with category and hasFile, no report', json_encode($row));
$imp = array_values(array_filter($rows, fn($t) => $t['id'] === $ids['u1_imported']))[0] ?? [];
check(str_ends_with($imp['redirectUrl'] ?? '', 'taoBackOffice/Redirector/redirectTaskToInstance?taskId='
      . rawurlencode($ids['u1_imported'])) && $imp['hasFile'] === false, 'a completed import gets a redirectUrl', json_encode($imp));
$missing = array_values(array_filter($rows, fn($t) => $t['id'] === $ids['u1_missing']))[0] ?? [];
check(($missing['hasFile'] ?? null) === false, 'hasFile is false when the file is missing');
$link = array_values(array_filter($rows, fn($t) => $t['id'] === $ids['u1_link']))[0] ?? [];
check(($link['hasFile'] ?? null) === false, 'hasFile is false for a link out of the storage');
$r = api('u1 getAll limit 2 offset 1', 200, 'GET', "$web/getAll", 'limit=2&offset=1', 'u1');
check(array_column($r['data'] ?? [], 'id') === array_slice($seen, 1, 2), 'getAll pages like findAvailableByUser');
$r = api('getAll as a form POST', 200, 'POST', "$web/getAll", '', 'u1', true, 'limit=1');
check(count($r['data'] ?? []) === 1, 'form parameters are read');
$r = api('u2 getAll', 200, 'GET', "$web/getAll", '', 'u2');
check(array_column($r['data'] ?? [], 'id') !== [] && !array_intersect(array_column($r['data'], 'id'), $seen), 'u2 sees none of u1');
$r = api('manager getAll (own tasks only)', 200, 'GET', "$web/getAll", '', 'manager');
check(($r['data'] ?? null) === [], 'a manager has no tasks of his own in the browser API');

$r = api('u1 get own', 200, 'GET', "$web/get", $q('u1_done'), 'u1');
check(($r['data']['report']['children'][0]['data'] ?? null) === 'u1-export.csv' && $r['data']['hasFile'] === true,
      'get: entity with report, category, hasFile');
$other = api('u1 get u2 task', 400, 'GET', "$web/get", $q('u2_done'), 'u1');
$none = api('u1 get nonexistent task', 400, 'GET', "$web/get", 'taskId=' . rawurlencode('http://tao.test/ontology#nope'), 'u1');
check(($other['code'] ?? 0) === 404 && ($none['code'] ?? 0) === 404
      && str_replace($ids['u2_done'], 'X', $other['message']) === str_replace('http://tao.test/ontology#nope', 'X', $none['message']),
      "another user's task is answered as a nonexistent one");
api('manager get u1 task in the browser API', 400, 'GET', "$web/get", $q('u1_done'), 'manager');

$r = api('u1 stats', 200, 'GET', "$web/stats", '', 'u1');
check(($r['data'] ?? null) == ['numberOfTasksCompleted' => 8, 'numberOfTasksFailed' => 1, 'numberOfTasksInProgress' => 1,
      'numberOfTasksEnqueued' => 1], 'u1 stats count u1 only', json_encode($r['data'] ?? null));
$r = api('u2 stats', 200, 'GET', "$web/stats", '', 'u2');
check(($r['data']['numberOfTasksCompleted'] ?? null) == 1, 'u2 stats');

// --- downloads ---------------------------------------------------------------------------
[$s, $h, $body] = request('GET', "$web/download", $q('u1_done'), 'u1', false);
check($s === 200 && $body === "id,score\n1,10\n" && ($h['content-disposition'] ?? '') === 'attachment; filename="u1-export.csv"'
      && str_contains($h['set-cookie'] ?? '', 'fileDownload=true') && str_starts_with($h['content-type'] ?? '', 'text/csv'),
      'download streams the file with TAO\'s headers', "$s " . json_encode($h));
[$s, $h, $body] = request('POST', "$web/download", '', 'u2', false, $q('u2_done'));
check($s === 200 && $body === "u2 data\n" && ($h['content-disposition'] ?? '') === 'attachment; filename="u2-export.csv"',
      'download as a form POST from a subdirectory');
[$s, $h, $body] = request('GET', "$web/download", $q('u1_big'), 'u1', false);
check($s === 200 && strlen($body) === 4 * 1048576 && ($h['content-length'] ?? '') === (string) (4 * 1048576), 'download of 4 MiB');
foreach (['u1_dotdot' => '..', 'u1_absolute' => 'an absolute path', 'u1_link' => 'a symbolic link out',
          'u1_missing' => 'a missing file'] as $name => $what) {
    $r = api("download refuses $what", 400, 'GET', "$web/download", $q($name), 'u1', false);
    check(($r['message'] ?? '') === 'File not found.', "download of $what: File not found.");
}
$r = api('download without a file in the report', 400, 'GET', "$web/download", $q('u1_nofile'), 'u1', false);
check(($r['message'] ?? '') === 'Filename not found in report.', 'download: Filename not found in report.');
$r = api('download of an unfinished task', 400, 'GET', "$web/download", $q('u1_running'), 'u1', false);
check(str_contains($r['message'] ?? '', 'is not downloadable'), 'download: not downloadable');
api("download of another user's file", 400, 'GET', "$web/download", $q('u2_done'), 'u1', false);

// --- the REST APIs --------------------------------------------------------------------------
foreach (['manager', 'publisher'] as $who) {
    $r = api("$who REST get of a u1 task", 200, 'GET', "$rest/get", $q('u1_done', 'id'), $who);
    check(($r['data']['status'] ?? null) === 'finished' && $r['data']['id'] === $ids['u1_done']
          && is_array($r['data']['report']) && is_string($r['version']), "$who REST get: legacy vocabulary and envelope");
    $r = api("$who REST getStatus", 200, 'GET', "$rest/getStatus", $q('u2_queued', 'id'), $who);
    check(($r['data'] ?? null) === 'created', "$who REST getStatus: categorized status");
    $r = api("$who REST get of a nonexistent task", 404, 'GET', "$rest/get", 'id=nope', $who);
    check(($r['errorCode'] ?? 0) === 404 && $r['success'] === false, "$who REST 404 envelope");
}
$r = api('REST get of a running task', 200, 'GET', "$rest/get", $q('u1_running', 'id'), 'manager');
check(($r['data']['status'] ?? null) === 'running', 'REST get: in_progress is running');
$r = api('REST get of a queued task', 200, 'GET', "$rest/get", $q('u2_queued', 'id'), 'manager');
check(($r['data']['status'] ?? null) === 'created' && array_key_exists('report', $r['data']) && $r['data']['report'] === null,
      'REST get: created, report null');
$r = api('manager REST getAll', 200, 'GET', "$rest/getAll", '', 'manager');
check(($r['data'] ?? null) === [], 'REST getAll: the caller\'s own tasks');
$r = api('manager legacy get', 200, 'GET', "$legacy/get", $q('u2_done', 'id'), 'manager');
check(($r['data']['id'] ?? null) === $ids['u2_done'] && !isset($r['data']['category']), 'legacy get: plain entity JSON');
$r = api('manager legacy getStatus', 200, 'GET', "$legacy/getStatus", $q('u1_failed', 'id'), 'manager');
check(($r['data'] ?? null) === 'failed', 'legacy getStatus');
api('legacy get of a nonexistent task', 404, 'GET', "$legacy/get", 'id=nope', 'manager');

// --- changes: archive and cancel across owners ---------------------------------------------
$r = api('u1 archive u2 task', 400, 'GET', "$web/archive", $q('u2_done'), 'u1');
check(($r['code'] ?? 0) === 404, "archive of another user's task: not found");
$r = api('u1 cancel u2 task', 400, 'GET', "$web/cancel", $q('u2_queued'), 'u1');
check(($r['code'] ?? 0) === 404, "cancel of another user's task: not found");
$r = api('u1 archive of a running task', 400, 'GET', "$web/archive", $q('u1_running'), 'u1');
check(str_contains($r['message'] ?? '', 'in progress'), 'archive refuses a task in progress', json_encode($r));
$r = api('u1 cancel of a running task', 400, 'GET', "$web/cancel", $q('u1_running'), 'u1');
$r = api('u1 archive own task', 200, 'GET', "$web/archive", $q('u1_failed'), 'u1');
check(($r ?? null) === ['success' => true], 'archive: {"success":true}');
$r = api('u1 archive taskId[] with a u2 id', 200, 'GET', "$web/archive",
         $q('u1_imported', 'taskId[]') . '&' . $q('u2_failed', 'taskId[]'), 'u1');
check(($r['success'] ?? null) === true, 'archive taskId[]: only u1 tasks are selected');
$r = api('u2 getStatus of its failed task (still there)', 200, 'GET', "$legacy/getStatus", $q('u2_failed', 'id'), 'manager');
check(($r['data'] ?? null) === 'failed', "u1's archive left u2's task alone");
$r = api('u1 cancel own queued task', 200, 'POST', "$web/cancel", '', 'u1', true, $q('u1_queued'));
check(($r ?? null) === ['success' => true], 'cancel: {"success":true}');
$r = api('u2 cancel all', 200, 'GET', "$web/cancel", 'taskId=all', 'u2');
check(($r['success'] ?? null) === true, 'cancel all');
$r = api('u1 archive all (batches of 2)', 200, 'GET', "$web/archive", 'taskId=all', 'u1');
$r = api('u1 getAll after archive all', 200, 'GET', "$web/getAll", '', 'u1');
check(array_column($r['data'] ?? [], 'id') === [$ids['u1_running']], 'archive all: only the running task is left',
      json_encode(array_column($r['data'] ?? [], 'id')));
$r = api('u2 stats after', 200, 'GET', "$web/stats", '', 'u2');
check(($r['data']['numberOfTasksCompleted'] ?? null) == 1 && ($r['data']['numberOfTasksEnqueued'] ?? null) == 0,
      "u2 kept its completed task, its queued one was cancelled");

// --- requests from another site ---------------------------------------------------------
foreach (['Origin: http://evil.example', 'Origin: null', 'Sec-Fetch-Site: cross-site'] as $hdr) {
    [$s, $h, $body] = request('POST', "$web/archive", '', 'u1', true, 'taskId=all', [$hdr]);
    $j = json_decode($body, true);
    check($s === 403 && ($j['message'] ?? '') === 'Cross-origin request refused', "archive with $hdr: 403", "$s $body");
    if ($spec !== null) {
        check(schema_check_response($spec, "$web/archive", 'post', $s, $j) === [], "archive with $hdr: matches doc/taskApi.yml");
    }
}
$self = 'Origin: ' . preg_replace('#^(https?://[^/]+).*$#', '$1', $base);
[$s] = request('GET', "$web/stats", '', 'u1', true, null, [$self, 'Sec-Fetch-Site: same-origin']);
check($s === 200, 'a same-origin browser request is answered', "$s");
[$s, $h, $body] = request('GET', "$rest/getAll", '', 'manager', false, null, ['Origin: http://evil.example']);
check($s === 403 && str_contains($body, '"errorMsg":"Cross-origin request refused"'), 'REST route from another site: 403');

// --- the dashboard page -------------------------------------------------------------------
[$s, $h, $body] = request('GET', '/taskqueue/', '', null, false);
check($s === 200 && str_contains($body, '<label for="token">Token</label>')
      && str_contains($h['content-security-policy'] ?? '', "script-src 'self'") && ($h['x-content-type-options'] ?? '') === 'nosniff',
      'the dashboard page: served with its CSP', "$s " . json_encode($h));
[$s, $h] = request('GET', '/taskqueue/js/main.js', '', null, false);
check($s === 200 && str_starts_with($h['content-type'] ?? '', 'text/javascript'), 'a dashboard module: text/javascript');
foreach (['/taskqueue/../index.php', '/taskqueue/.hidden.js', '/taskqueue/nope.js', '/taskqueue/js/main.php'] as $bad) {
    [$s] = request('GET', $bad, '', null, false);
    check($s === 404, "dashboard file $bad: 404", "$s");
}

// --- /metrics (Prometheus' text format, managers) ------------------------------------------
api('u1 on /metrics', 403, 'GET', '/metrics', '', 'u1', false);
api('/metrics without a token', 401, 'GET', '/metrics', '', null, false);
api('POST /metrics', 405, 'POST', '/metrics', '', 'manager', false, '');
[$s, $h, $body] = request('GET', '/metrics', '', 'manager', false);
check($s === 200 && ($h['content-type'] ?? '') === 'text/plain; version=0.0.4; charset=utf-8'
      && str_contains($body, "# TYPE taskqueue_tasks_total counter\n")
      && preg_match('/^taskqueue_queue_depth\{queue="http_api_q"\} \d+$/m', $body),
      '/metrics for a manager: the text format with the fixture\'s queue', "$s " . json_encode($h) . ' ' . substr($body, 0, 200));
if ($spec !== null) {
    check(isset($spec['paths']['/metrics']['get']['responses']['200']['content']['text/plain']),
          '/metrics: its text answer is in doc/taskApi.yml');
}

// --- the operator routes (tao/TaskQueueDashboard) -------------------------------------------
$dash = '/tao/TaskQueueDashboard';
foreach (['queues', 'workers', 'stuck', 'failed'] as $a) {
    api("u1 on $dash/$a", 403, 'GET', "$dash/$a", '', 'u1');
    api("$dash/$a without a token", 401, 'GET', "$dash/$a", '', null);
}
foreach (['retry', 'restart', 'cancel', 'archiveFinished'] as $a) {
    [$s, $h] = request('GET', "$dash/$a", $q('u1_done'), 'manager', false);
    check($s === 405 && ($h['allow'] ?? '') === 'POST', "GET on $dash/$a: 405, Allow: POST");
    api("publisher on $dash/$a", 403, 'POST', "$dash/$a", '', 'publisher', false, $q('u1_done'));
}
$r = api('manager workers (none beat on this database yet, or some)', 200, 'GET', "$dash/workers", '', 'manager');
check(is_array($r['data'] ?? null), 'workers: a list');
$r = api('manager stuck', 200, 'GET', "$dash/stuck", '', 'manager');
check(is_array($r['data'] ?? null), 'stuck: a list');
$r = api('manager failed', 200, 'GET', "$dash/failed", 'limit=100', 'manager');
$failedIds = array_column($r['data'] ?? [], 'id');
check(in_array($ids['u2_failed'], $failedIds) && !in_array($ids['u1_done'], $failedIds)
      && ($r['data'][0]['report']['type'] ?? null) !== null && isset($r['data'][0]['owner']),
      'failed: every owner\'s failed tasks with report and owner', json_encode($failedIds));
api('failed?limit=101', 400, 'GET', "$dash/failed", 'limit=101', 'manager');
$r = api('manager queues', 200, 'GET', "$dash/queues", '', 'manager');
$qrow = $r['data'][0] ?? [];
check(($qrow['name'] ?? null) === 'http_api_q' && $qrow['broker'] === 'rds' && $qrow['weight'] === 10 && $qrow['depth'] === 0
      && $qrow['oldestWaitingAge'] === null && is_numeric($qrow['tasksPerSecond']) && $qrow['failures'] >= 1,
      'queues: name, broker, weight, depth, oldest, rate, failures', json_encode($r['data'] ?? null));
$r = api('retry of a completed task', 400, 'POST', "$dash/retry", '', 'manager', false, $q('u1_done'));
check(str_contains($r['errorMsg'] ?? '', 'only a failed task is retried'), 'retry refuses a task that did not fail');
api('retry of an unknown task', 404, 'POST', "$dash/retry", '', 'manager', false, 'taskId=nope');
api('retry without taskId', 400, 'POST', "$dash/retry", '', 'manager', false, '');
$r = api("retry of u2's failed task", 200, 'POST', "$dash/retry", '', 'manager', false, $q('u2_failed'));
$newId = $r['data']['newTaskId'] ?? '';
check(($r['data']['queue'] ?? null) === 'http_api_q' && $newId !== '' && $newId !== $ids['u2_failed'],
      'retry: a new task on the queue its name goes to', json_encode($r));
$r = api('u2 sees the retried task queued', 200, 'GET', "$web/get", 'taskId=' . rawurlencode($newId), 'u2');
check(($r['data']['status'] ?? null) === 'created' && ($r['data']['taskLabel'] ?? null) === 'label of u2_failed'
      && ($r['data']['taskName'] ?? null) === 'HttpTest\\ImportTask', 'the retried task keeps owner, label and task name', json_encode($r));
$r = api('queues count the retried task', 200, 'GET', "$dash/queues", '', 'manager');
check(($r['data'][0]['depth'] ?? null) === 1 && is_numeric($r['data'][0]['oldestWaitingAge']), 'queues: depth 1 and its age');
$r = api('restart of a queued task', 200, 'POST', "$dash/restart", '', 'manager', false, 'taskId=' . rawurlencode($newId));
check(str_contains($r['data']['message'] ?? '', 'put back in queue http_api_q'), 'restart answers where it put the task', json_encode($r));
$r = api('restart of a task with no message', 400, 'POST', "$dash/restart", '', 'manager', false, $q('u1_running'));
check(str_contains($r['errorMsg'] ?? '', 'retry it instead'), 'restart without a message says to retry', json_encode($r));
$r = api('cancel of the retried task', 200, 'POST', "$dash/cancel", '', 'manager', false, 'taskId=' . rawurlencode($newId));
$r = api('restart of a completed task', 400, 'POST', "$dash/restart", '', 'manager', false, $q('u1_done'));
check(str_contains($r['errorMsg'] ?? '', 'nothing to restart'), 'restart refuses a finished task');
$r = api('cancel of a completed task', 400, 'POST', "$dash/cancel", '', 'manager', false, $q('u2_done'));
$r = api("manager cancels another user's queued task", 200, 'POST', "$dash/cancel", '', 'manager', false, $q('p_queued'));
check(($r['data']['action'] ?? null) === 'cancel' && str_contains($r['data']['message'] ?? '', 'cancelled'),
      'cancel (any owner) answers what it did');
$r = api('manager archives every finished task', 200, 'POST', "$dash/archiveFinished", '', 'manager', false, '');
check(($r['data']['action'] ?? null) === 'archiveFinished' && ($r['data']['archived'] ?? -1) >= 2,
      'archiveFinished answers how many', json_encode($r));
$r = api('u2 getAll after archiveFinished', 200, 'GET', "$web/getAll", '', 'u2');
check(($r['data'] ?? null) === [], 'archiveFinished archived every owner\'s finished tasks', json_encode($r['data'] ?? null));

echo "$passed passed, $failed failed\n";
exit($failed ? 1 : 0);
