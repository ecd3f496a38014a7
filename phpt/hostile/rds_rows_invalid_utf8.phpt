--TEST--
Hostile rows by SQL: JSON escapes that are not Unicode (lone surrogates) and escaped NUL bytes in the task id, a parameter key or value are set aside with a report; a NUL in an id never becomes another task's id (no update of task "victim"); the good task runs
--FILE--
<?php
require __DIR__ . '/inc/hostile_rds.inc';
[$q, $log, $logger] = hostile_queue('hostile_utf8');
$cb = json_encode('oat\tao\model\taskQueue\Task\CallbackTask');
$row = fn(string $id, string $params) => '{"taskFqcn":' . $cb . ',"metadata":{"__id__":' . $id
    . ',"__owner__":"me","__callable__":"RdsJob"},"parameters":' . $params . '}';
// the victim: a real task, enqueued, not to be touched by the hostile rows
hostile_log_row('hostile_utf8', 'victim');
hostile_plant('hostile_utf8', [
    $row('"t-surrogate-\ud800"', '{}'),
    $row('"t-param-surrogate"', '{"v":"\udc00x"}'),
    $row('"victim\u0000x"', '{}'),
    $row('"t-nul-key"', '{"a\u0000b":1,"a":2}'),
    $row('"t-nul-value"', '{"n":5,"v":"a\u0000b"}'),
]);
hostile_log_row('hostile_utf8', 't-param-surrogate', 't-nul-key', 't-nul-value');
$q->enqueue(rds_task('good-1', ['n' => 1]));
hostile_drain($q, $log);
hostile_report('hostile_utf8');
echo 'victim: ', $log->getStatus('victim'), "\n";
echo 'set aside in the log: ', count($logger->grep('set aside')), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../rds/inc/rds.inc';
drop_tables('tq_hostile_utf8', 'tq_hostile_utf8_log');
?>
--EXPECT--
ran: 5,1; visible left: 0
row 1: visible=f no_lease=t
row 2: visible=f no_lease=t
row 3: visible=f no_lease=t
row 4: visible=f no_lease=t
good-1 | completed | Running task good-1
t-nul-key | failed | Message 4 of queue "hostile_utf8" cannot be run and was set aside: Invalid task JSON: not JSON: invalid JSON at line 1, column 160: NUL byte in object key not s
t-nul-value | completed | Running task t-nul-value
t-param-surrogate | failed | Message 2 of queue "hostile_utf8" cannot be run and was set aside: Invalid task JSON: not JSON: invalid JSON at line 1, column 171: invalid Unicode '\uDC00' nea
t-surrogate-\ud800 | failed | Message 1 of queue "hostile_utf8" cannot be run and was set aside: Invalid task JSON: not JSON: invalid JSON at line 1, column 102: invalid Unicode '\uD800' nea
victim | enqueued | -
victim\u0000x | failed | Message 3 of queue "hostile_utf8" cannot be run and was set aside: Task class oat\tao\model\taskQueue\Task\CallbackTask could not be constructed (task victim): 
victim: enqueued
set aside in the log: 4
