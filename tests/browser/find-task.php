<?php
/* `php find-task.php LABEL`: the id of the newest task with that label in the browser
 * test's Task Log (tq_browser_log). */
$db = pg_connect(getenv('TASKQUEUE_PERSISTENCE_DEFAULT'));
$r = pg_query_params($db, 'SELECT id FROM tq_browser_log WHERE label = $1 ORDER BY created_at DESC LIMIT 1', [$argv[1]]);
echo pg_fetch_result($r, 0, 0), "\n";
