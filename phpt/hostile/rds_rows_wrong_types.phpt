--TEST--
Hostile rows by SQL: text that is not JSON, JSON of the wrong shape and every envelope field of the wrong type are set aside (invisible, not deleted) with a failed Task Log entry naming the field; the good task after them runs
--FILE--
<?php
require __DIR__ . '/inc/hostile_rds.inc';
[$q, $log, $logger] = hostile_queue('hostile_types');
$cb = 'oat\tao\model\taskQueue\Task\CallbackTask';
$md = fn(array $over) => array_merge(['__id__' => 'x', '__owner__' => 'me', '__callable__' => 'RdsJob'], $over);
$env = fn(array $over) => json_encode(array_merge(['taskFqcn' => $cb, 'metadata' => $md([]), 'parameters' => []], $over));
hostile_plant('hostile_types', [
    '',
    'null',
    '42',
    '"a string"',
    '[]',
    '{"taskFqcn": ',
    $env(['taskFqcn' => 42, 'metadata' => $md(['__id__' => 't-fqcn'])]),
    $env(['taskFqcn' => null, 'metadata' => $md(['__id__' => 't-fqcn-null'])]),
    $env(['metadata' => 'a string']),
    $env(['metadata' => [1, 2]]),
    $env(['metadata' => $md(['__id__' => 't-params']), 'parameters' => 'a string']),
    $env(['metadata' => $md(['__id__' => 't-params-int']), 'parameters' => 7]),
    $env(['metadata' => $md(['__id__' => ['an', 'array']])]),
    $env(['metadata' => $md(['__id__' => 12.5])]),
    $env(['metadata' => $md(['__id__' => true])]),
    $env(['metadata' => $md(['__id__' => 't-owner', '__owner__' => ['x' => 1]])]),
    $env(['metadata' => $md(['__id__' => 't-created', '__created_at__' => 'yesterday-ish'])]),
    $env(['metadata' => $md(['__id__' => 't-created-int', '__created_at__' => ['date' => 5]])]),
    $env(['metadata' => $md(['__id__' => 't-callable-array', '__callable__' => ['RdsJob', '__invoke']])]),
    $env(['metadata' => $md(['__id__' => 't-callable-int', '__callable__' => 3])]),
]);
hostile_log_row('hostile_types', 't-callable-array', 't-callable-int');
$q->enqueue(rds_task('good-1', ['n' => 1]));
hostile_drain($q, $log);
$rows = sql("SELECT count(*) AS n, sum(CASE WHEN visible THEN 1 ELSE 0 END) AS visible FROM tq_hostile_types");
echo "rows kept: {$rows[0]['n']}, visible: {$rows[0]['visible']}\n";
hostile_report('hostile_types');
echo 'set aside in the log: ', count($logger->grep('set aside')), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../rds/inc/rds.inc';
drop_tables('tq_hostile_types', 'tq_hostile_types_log');
?>
--EXPECT--
ran: 1; visible left: 0
rows kept: 18, visible: 0
row 1: visible=f no_lease=t
row 2: visible=f no_lease=t
row 3: visible=f no_lease=t
row 4: visible=f no_lease=t
row 5: visible=f no_lease=t
row 6: visible=f no_lease=t
row 7: visible=f no_lease=t
row 8: visible=f no_lease=t
row 9: visible=f no_lease=t
row 10: visible=f no_lease=t
row 11: visible=f no_lease=t
row 12: visible=f no_lease=t
row 13: visible=f no_lease=t
row 14: visible=f no_lease=t
row 15: visible=f no_lease=t
row 16: visible=f no_lease=t
row 17: visible=f no_lease=t
row 18: visible=f no_lease=t
RdsQueueBroker:hostile_types:1 | failed | Message 1 of queue "hostile_types" cannot be run and was set aside: Invalid task JSON: not JSON: invalid JSON at line 1, column 0: unexpected token near end of 
RdsQueueBroker:hostile_types:10 | failed | Message 10 of queue "hostile_types" cannot be run and was set aside: Invalid task JSON: "metadata" must be an object, got array
RdsQueueBroker:hostile_types:13 | failed | Message 13 of queue "hostile_types" cannot be run and was set aside: Invalid task JSON: "metadata.__id__" must be a non-empty string, got array
RdsQueueBroker:hostile_types:14 | failed | Message 14 of queue "hostile_types" cannot be run and was set aside: Invalid task JSON: "metadata.__id__" must be a non-empty string, got float
RdsQueueBroker:hostile_types:15 | failed | Message 15 of queue "hostile_types" cannot be run and was set aside: Invalid task JSON: "metadata.__id__" must be a non-empty string, got boolean
RdsQueueBroker:hostile_types:2 | failed | Message 2 of queue "hostile_types" cannot be run and was set aside: Invalid task JSON: the top level must be an object, got null
RdsQueueBroker:hostile_types:3 | failed | Message 3 of queue "hostile_types" cannot be run and was set aside: Invalid task JSON: the top level must be an object, got integer
RdsQueueBroker:hostile_types:4 | failed | Message 4 of queue "hostile_types" cannot be run and was set aside: Invalid task JSON: the top level must be an object, got string
RdsQueueBroker:hostile_types:5 | failed | Message 5 of queue "hostile_types" cannot be run and was set aside: Invalid task JSON: the top level must be an object, got array
RdsQueueBroker:hostile_types:6 | failed | Message 6 of queue "hostile_types" cannot be run and was set aside: Invalid task JSON: not JSON: invalid JSON at line 1, column 13: unexpected token near end of
RdsQueueBroker:hostile_types:9 | failed | Message 9 of queue "hostile_types" cannot be run and was set aside: Invalid task JSON: "metadata" must be an object, got string
good-1 | completed | Running task good-1
t-callable-array | failed | Executing task t-callable-array failed: TypeError: Task t-callable-array has no valid callable, array given
t-callable-int | failed | Executing task t-callable-int failed: TypeError: Task t-callable-int has no valid callable, int given
t-created | failed | Message 17 of queue "hostile_types" cannot be run and was set aside: Invalid task JSON: "metadata.__created_at__" is not an ISO-8601 date-time: "yesterday-ish" 
t-created-int | failed | Message 18 of queue "hostile_types" cannot be run and was set aside: Invalid task JSON: "metadata.__created_at__" must be an ISO-8601 date-time string, got obje
t-fqcn | failed | Message 7 of queue "hostile_types" cannot be run and was set aside: Invalid task JSON: "taskFqcn" must be a non-empty string, got integer (task t-fqcn)
t-fqcn-null | failed | Message 8 of queue "hostile_types" cannot be run and was set aside: Invalid task JSON: "taskFqcn" must be a non-empty string, got null (task t-fqcn-null)
t-owner | failed | Message 16 of queue "hostile_types" cannot be run and was set aside: Invalid task JSON: "metadata.__owner__" must be a string, got object (task t-owner)
t-params | failed | Message 11 of queue "hostile_types" cannot be run and was set aside: Invalid task JSON: "parameters" must be an object or an array, got string (task t-params)
t-params-int | failed | Message 12 of queue "hostile_types" cannot be run and was set aside: Invalid task JSON: "parameters" must be an object or an array, got integer (task t-params-i
set aside in the log: 18
