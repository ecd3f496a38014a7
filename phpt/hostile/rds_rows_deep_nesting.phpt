--TEST--
Hostile rows by SQL: parameters nested 100,000 levels deep (arrays, objects) and an unclosed 100,000-level prefix are set aside with a report naming the depth; no stack overflow, and the good task after them runs
--FILE--
<?php
require __DIR__ . '/inc/hostile_rds.inc';
[$q, $log, $logger] = hostile_queue('hostile_deep');
$cb = 'oat\tao\model\taskQueue\Task\CallbackTask';
$head = fn(string $id) => '{"taskFqcn":' . json_encode($cb) . ',"metadata":{"__id__":"' . $id
    . '","__owner__":"me","__callable__":"RdsJob"},"parameters":';
$n = 100000;
hostile_plant('hostile_deep', [
    $head('t-arrays') . '{"p":' . str_repeat('[', $n) . str_repeat(']', $n) . '}}',
    $head('t-objects') . str_repeat('{"a":', $n) . '1' . str_repeat('}', $n) . '}',
    str_repeat('[', $n),
]);
$q->enqueue(rds_task('good-1', ['n' => 1]));
hostile_drain($q, $log);
hostile_report('hostile_deep');
echo 'set aside in the log: ', count($logger->grep('set aside')), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../rds/inc/rds.inc';
drop_tables('tq_hostile_deep', 'tq_hostile_deep_log');
?>
--EXPECT--
ran: 1; visible left: 0
row 1: visible=f no_lease=t
row 2: visible=f no_lease=t
row 3: visible=f no_lease=t
RdsQueueBroker:hostile_deep:3 | failed | Message 3 of queue "hostile_deep" cannot be run and was set aside: Invalid task JSON: not JSON: invalid JSON at line 1, column 2049: maximum parsing depth reach
good-1 | completed | Running task good-1
t-arrays | failed | Message 1 of queue "hostile_deep" cannot be run and was set aside: Invalid task JSON: not JSON: invalid JSON at line 1, column 2200: maximum parsing depth reach
t-objects | failed | Message 2 of queue "hostile_deep" cannot be run and was set aside: Invalid task JSON: not JSON: invalid JSON at line 1, column 10385: maximum parsing depth reac
set aside in the log: 3
