<?php
/*
 * The large Task Log of bench/http-scale.sh.
 *
 *   php http_scale.php fill ROOT ROWS OWNERS   makes ROOT a TAO root whose tao/taskLog is an
 *       RdsTaskLogBroker on TASKQUEUE_PERSISTENCE_DEFAULT (table tq_task_log), calls
 *       createContainer(), fills the table with ROWS tasks spread evenly over OWNERS owners
 *       (one INSERT ... generate_series, owners interleaved as tasks arrive), writes a token
 *       file with one user per owner and a manager, and ROOT/scale.json (tokens, ids).
 *   php http_scale.php time ROOT CALLS         times TaskQueue\Http\Server::handle() (no
 *       arguments, as public/index.php calls it) for getAll (limit 20), stats and get of one
 *       owner, CALLS times each after a warm-up; prints JSON {route: {median_ms, p90_ms, ...}}.
 */
use oat\tao\model\taskQueue\TaskLog;

[, $cmd, $root] = $argv + [null, null, null];
$root ?? exit("usage: php http_scale.php fill ROOT ROWS OWNERS | time ROOT CALLS\n");

function owner_id(int $n): string
{
    return sprintf('http://tao.test/ontology#owner%04d', $n);
}

if ($cmd === 'fill') {
    $rows = (int) ($argv[3] ?? 1000000);
    $owners = (int) ($argv[4] ?? 1000);
    require __DIR__ . '/../tests/lib/tao_root.php';
    tq_fixture_tao_root($root, 'task_log', ['HttpBench\\ExportTask' => 'export', 'HttpBench\\ImportTask' => 'import']);
    $log = require "$root/config/tao/taskLog.conf.php";
    $log->createContainer();

    // A task every 30 s from 2026-01-01. In the first half of that time all OWNERS owners
    // submit tasks in turn (task g: owner g % OWNERS), in the second half only the first
    // half of them: the other half are quiet owners whose latest task is old (the worst case
    // for a scan of the created_at index). Statuses cycle with g / OWNERS (six in ten
    // completed, then failed, archived, enqueued, running), task names (three classes) with
    // g / (10 OWNERS).
    $pg = pg_connect(getenv('TASKQUEUE_PERSISTENCE_DEFAULT')) ?: exit("no PostgreSQL\n");
    pg_query($pg, 'TRUNCATE tq_task_log');
    $t = microtime(true);
    pg_query_params($pg, <<<'SQL'
        INSERT INTO tq_task_log (id, parent_id, task_name, parameters, label, status, master_status,
                                 owner, report, created_at, updated_at)
        SELECT 'http://tao.test/ontology#task' || g, NULL,
               (ARRAY['HttpBench\ExportTask', 'HttpBench\ImportTask', 'HttpBench\OtherTask'])[(g / $2 / 10) % 3 + 1],
               '[]', 'Task ' || g,
               (ARRAY['completed', 'completed', 'completed', 'completed', 'completed', 'completed',
                      'failed', 'archived', 'enqueued', 'running'])[(g / $2) % 10 + 1],
               false, 'http://tao.test/ontology#owner'
                      || lpad((CASE WHEN g < $1 / 2 THEN g % $2 ELSE g % ($2 / 2) END)::text, 4, '0'),
               CASE WHEN (g / $2) % 10 < 6 THEN
                   '{"type":"info","message":"Running task","data":null,"children":[{"type":"success","message":"Exported","data":"export-' || g || '.csv","children":[]}]}'
               END,
               timestamp '2026-01-01' + g * interval '30 seconds',
               timestamp '2026-01-01' + g * interval '30 seconds' + interval '1 minute'
        FROM generate_series(0, $1 - 1) AS g
        SQL, [$rows, $owners]);
    pg_query($pg, 'VACUUM ANALYZE tq_task_log');
    fprintf(STDERR, "filled tq_task_log: %d rows over %d owners in %.1f s\n", $rows, $owners, microtime(true) - $t);

    $users = ['manager' => 'bench-manager'];
    for ($n = 0; $n < $owners; $n++) {
        $users[$n] = owner_id($n);
    }
    $tokens = tq_fixture_tokens($root, $users, ['manager' => 'TaskQueueManager'],
                                'bench/http-scale.sh users: one per owner and a manager');
    $manager = $tokens['manager'];
    // an active owner (tasks until the end) and a quiet one (none in the second half)
    $pick = fn(int $n) => ['id' => owner_id($n), 'token' => $tokens[$n],
                           'task' => 'http://tao.test/ontology#task' . ($owners * 5 + $n)];   // completed, with a report
    file_put_contents("$root/scale.json", json_encode([
        'rows' => $rows, 'owners' => $owners, 'manager' => $manager,
        'active' => $pick(intdiv($owners, 4)), 'quiet' => $pick(intdiv($owners * 3, 4)),
    ], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n");
    exit(0);
}

/* Server::handle() for one request, CALLS times after 10 untimed calls: milliseconds. */
function time_route(string $path, string $query, string $token, int $calls): array
{
    $_SERVER['REQUEST_METHOD'] = 'GET';
    $_SERVER['REQUEST_URI'] = $path . ($query !== '' ? "?$query" : '');
    $_SERVER['QUERY_STRING'] = $query;
    $_SERVER['HTTP_X_REQUESTED_WITH'] = 'XMLHttpRequest';
    $_SERVER['HTTP_AUTHORIZATION'] = "Bearer $token";
    $ms = [];
    for ($i = -10; $i < $calls; $i++) {
        ob_start();
        $t = hrtime(true);
        $status = \TaskQueue\Http\Server::handle();
        $t = hrtime(true) - $t;
        $body = ob_get_clean();
        if ($status !== 200 || !str_starts_with($body, '{"success":true')) {
            fprintf(STDERR, "%s answered %d: %.200s\n", $path, $status, $body);
            exit(1);
        }
        if ($i >= 0) {
            $ms[] = $t / 1e6;
        }
    }
    sort($ms);
    $at = fn(float $q) => round($ms[min(count($ms) - 1, (int) floor($q * count($ms)))], 3);
    return ['calls' => $calls, 'median_ms' => $at(0.5), 'p90_ms' => $at(0.9), 'p99_ms' => $at(0.99),
            'answer_bytes' => strlen($body)];
}

if ($cmd === 'time') {
    $calls = (int) ($argv[3] ?? 200);
    $f = json_decode(file_get_contents("$root/scale.json"), true);
    $out = [];
    foreach (['active', 'quiet'] as $who) {
        $routes = [
            'getAll (limit 20)' => ['/tao/TaskQueueWebApi/getAll', 'limit=20'],
            'stats' => ['/tao/TaskQueueWebApi/stats', ''],
            'get' => ['/tao/TaskQueueWebApi/get', 'taskId=' . rawurlencode($f[$who]['task'])],
        ];
        foreach ($routes as $name => [$path, $query]) {
            $out["$name, $who owner"] = time_route($path, $query, $f[$who]['token'], $calls);
        }
    }
    echo json_encode($out, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n";
    exit(0);
}
/* The handler table: median (p90) ms per route, TAO's indexes only and with ours. */
function handler_table(array $tao, array $ours): string
{
    $t = sprintf("| %-32s | %27s | %24s |\n|%s|%s|%s|\n", 'route (in the handler)', "TAO's indexes: median (p90)",
                 'with ours: median (p90)', str_repeat('-', 34), str_repeat("-", 28) . ":", str_repeat("-", 25) . ":");
    foreach ($ours as $route => $r) {
        $t .= sprintf("| %-32s | %27s | %24s |\n", $route,
                      sprintf('%.2f (%.2f) ms', $tao[$route]['median_ms'], $tao[$route]['p90_ms']),
                      sprintf('%.2f (%.2f) ms', $r['median_ms'], $r['p90_ms']));
    }
    return $t;
}

if ($cmd === 'table') {
    echo handler_table(json_decode(file_get_contents($argv[2]), true), json_decode(file_get_contents($argv[3]), true));
    exit(0);
}

/* report TAO.json OURS.json LOAD.txt INDEX_SECONDS FPM_CHILDREN CONC N OUT: OUT.txt and OUT.json */
if ($cmd === 'report') {
    [, , $taoFile, $oursFile, $loadFile, $indexS, $children, $conc, $n, $out] = $argv;
    $tao = json_decode(file_get_contents($taoFile), true);
    $ours = json_decode(file_get_contents($oursFile), true);
    $http = [];
    $t = sprintf("| %-26s | %9s | %15s | %6s | %8s | %11s | %13s |\n|%s|%s|%s|%s|%s|%s|%s|\n", 'route (HTTP)', 'answers/s',
                 'p50 / p99 ms', 'non-2xx', 'errors', 'server CPU', 'load average',
                 str_repeat('-', 28), str_repeat('-', 10) . ':', str_repeat('-', 16) . ':', str_repeat('-', 8) . ':',
                 str_repeat('-', 9) . ':', str_repeat('-', 12) . ':', str_repeat('-', 15));
    foreach (file($loadFile, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $line) {
        [$label, $res, $cpu, $l0, $l1] = explode("\t", $line);
        preg_match('/answers (\d+) in ([\d.]+) s: (\d+)\/s; 2xx (\d+), 3xx (\d+), 4xx (\d+), 5xx (\d+); errors (\d+); '
                   . 'latency p50 ([\d.]+) ms, p99 ([\d.]+) ms/', $res, $m);
        preg_match('/^([\d.]+) ms/', $cpu, $c);
        $row = ['answers' => (int) $m[1], 'seconds' => (float) $m[2], 'answers_per_s' => (int) $m[3],
                'non_2xx' => (int) $m[5] + (int) $m[6] + (int) $m[7], 'errors' => (int) $m[8],
                'p50_ms' => (float) $m[9], 'p99_ms' => (float) $m[10], 'server_cpu_ms' => (float) ($c[1] ?? 0),
                'load_before' => (float) $l0, 'load_after' => (float) $l1];
        $http[$label] = $row;
        $t .= sprintf("| %-26s | %9s | %15s | %7d | %8d | %8.3f ms | %13s |\n", $label,
                      number_format($row['answers_per_s']), "{$row['p50_ms']} / {$row['p99_ms']}", $row['non_2xx'],
                      $row['errors'], $row['server_cpu_ms'], "$l0 -> $l1");
    }
    $f = json_decode(file_get_contents(dirname($taoFile) . '/root/scale.json'), true);
    $head = sprintf("bench/http.sh --scale, %s UTC, %d cores (%s), load average %s at the start\n%s rows in tq_task_log over %s owners; "
                    . "createContainer() added the owner indexes in %s s\nHTTP: nginx + php-fpm (%d workers), "
                    . "%d keep-alive clients (bench/http_load.c), %s requests per route\n\n",
                    gmdate('Y-m-d H:i'), (int) shell_exec('nproc'), trim(shell_exec("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2")),
                    getenv('BENCH_LOAD0') ?: '?',
                    number_format($f['rows']), number_format($f['owners']), $indexS, $children, $conc, number_format((int) $n));
    file_put_contents("$out.txt", $head . handler_table($tao, $ours) . "\n" . $t);
    file_put_contents("$out.json", json_encode([
        'date' => gmdate('c'), 'cores' => (int) shell_exec('nproc'), 'load_at_start' => (float) getenv('BENCH_LOAD0'), 'rows' => $f['rows'], 'owners' => $f['owners'],
        'index_seconds' => (float) $indexS, 'fpm_children' => (int) $children, 'clients' => (int) $conc,
        'requests_per_route' => (int) $n, 'handler_tao_indexes' => $tao, 'handler' => $ours, 'http' => $http,
    ], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n");
    echo file_get_contents("$out.txt");
    exit(0);
}
exit("usage: php http_scale.php fill ROOT ROWS OWNERS | time ROOT CALLS | table TAO.json OURS.json | report ...\n");
