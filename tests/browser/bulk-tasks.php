<?php
/*
 * `php bulk-tasks.php OWNER N`: N finished tasks of OWNER in the browser test's Task Log
 * (tq_browser_log), in one statement: the "10,000 tasks in the log" the page must still
 * load in under a second with.
 */
[, $owner, $n] = $argv + [null, null, 10000];
$db = pg_connect(getenv('TASKQUEUE_PERSISTENCE_DEFAULT'));
$r = pg_query_params($db, "INSERT INTO tq_browser_log (id, parent_id, task_name, parameters, label, status, master_status,
        owner, report, created_at, updated_at)
    SELECT 'http://tao.test/ontology#bulk-' || g, NULL, 'BrowserTest\\StepTask', '[]', 'Bulk task ' || g,
           CASE WHEN g % 10 = 0 THEN 'failed' ELSE 'completed' END, false, $1,
           '{\"type\":\"info\",\"message\":\"bulk\",\"data\":null,\"children\":[]}',
           date_trunc('second', (now() at time zone 'utc') - g * interval '1 minute'),
           date_trunc('second', (now() at time zone 'utc') - g * interval '1 minute')
    FROM generate_series(1, $2::int) g", [$owner, (int) $n]);
echo $r ? pg_affected_rows($r) : pg_last_error($db), "\n";
