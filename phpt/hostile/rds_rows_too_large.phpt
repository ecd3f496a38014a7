--TEST--
Hostile rows by SQL: a message longer than what is left under memory_limit (40 MB here) or one whose values would not fit once decoded (2 million small integers in 4 MB) is set aside with a report naming the sizes, before anything is built: no fatal "memory exhausted" killing the worker (the row would come back after its lease and kill the next); a 4 MB task that fits runs, and so does the good task after them
--INI--
memory_limit=32M
--FILE--
<?php
require __DIR__ . '/inc/hostile_rds.inc';
[$q, $log, $logger] = hostile_queue('hostile_large');
$head = '{"taskFqcn":"oat\\\\tao\\\\model\\\\taskQueue\\\\Task\\\\CallbackTask","metadata":{"__id__":"%s","__owner__":"me","__callable__":"RdsJob"},"parameters":{"n":%d,"p":';
// built by the server: the strings would not fit in this script's memory_limit either
foreach ([['t-long', 2, "'\"' || repeat('a', 40000000) || '\"'"],
          ['t-dense', 3, "'[' || rtrim(repeat('1,', 2000000), ',') || ']'"],
          ['t-fits', 4, "'\"' || repeat('b', 4000000) || '\"'"]] as [$id, $n, $value]) {
    sql("INSERT INTO tq_hostile_large (message, created_at) VALUES ($1 || $value || '}}', now())", [sprintf($head, $id, $n)]);
}
echo 'row bytes: ', implode(', ', array_column(sql("SELECT octet_length(message) AS n FROM tq_hostile_large ORDER BY id"), 'n')), "\n";
hostile_log_row('hostile_large', 't-long', 't-dense', 't-fits');
$q->enqueue(rds_task('good-1', ['n' => 1]));
hostile_drain($q, $log);
hostile_report('hostile_large', 200);
echo 'set aside in the log: ', count($logger->grep('set aside')), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../rds/inc/rds.inc';
drop_tables('tq_hostile_large', 'tq_hostile_large_log');
?>
--EXPECTF--
row bytes: 40000161, 4000161, 4000161
ran: 4,1; visible left: 0
row 1: visible=f no_lease=t
row 2: visible=f no_lease=t
good-1 | completed | Running task good-1
t-dense | failed | Message 2 of queue "hostile_large" cannot be run and was set aside: Invalid task JSON: decoding the message would take about 80000732 bytes, more than the %d bytes left under memory_limit
t-fits | completed | Running task t-fits
t-long | failed | Message 1 of queue "hostile_large" cannot be run and was set aside: Invalid task JSON: the message is 40000161 bytes long, more than the %d bytes left under memory_limit
set aside in the log: 2
