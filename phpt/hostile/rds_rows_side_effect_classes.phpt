--TEST--
Hostile rows by SQL: a message naming a class whose constructor, __wakeup or __destruct has side effects (as taskFqcn when it is no task, or as __callable__ when it is neither an Action nor allowed), a plain function, a static method or a serialized object is set aside; no such class is ever instantiated or unserialized, no function runs
--FILE--
<?php
require __DIR__ . '/inc/hostile_rds.inc';
class Noisy
{
    public static array $events = [];
    public function __construct() { self::$events[] = 'construct'; }
    public function __wakeup() { self::$events[] = 'wakeup'; }
    public function __destruct() { self::$events[] = 'destruct'; }
    public function __invoke($p = []) { self::$events[] = 'invoke'; }
    public static function boom() { self::$events[] = 'static'; }
}
function noisy_function() { Noisy::$events[] = 'function'; }

[$q, $log, $logger] = hostile_queue('hostile_classes');
$cb = 'oat\tao\model\taskQueue\Task\CallbackTask';
$row = fn(string $id, string $fqcn, $callable = null) => json_encode(['taskFqcn' => $fqcn,
    'metadata' => ['__id__' => $id, '__owner__' => 'me'] + ($callable === null ? [] : ['__callable__' => $callable]),
    'parameters' => []]);
hostile_plant('hostile_classes', [
    $row('t-fqcn-noisy', 'Noisy'),
    $row('t-fqcn-stdclass', 'stdClass'),
    $row('t-fqcn-exception', 'RuntimeException'),
    $row('t-callable-noisy', $cb, 'Noisy'),
    $row('t-callable-function', $cb, 'noisy_function'),
    $row('t-callable-phpinfo', $cb, 'phpinfo'),
    $row('t-callable-tls', $cb, 'stream_context_set_default'),
    $row('t-callable-static', $cb, 'Noisy::boom'),
    $row('t-callable-serialized', $cb, serialize(new ArrayObject([1]))),
    $row('t-callable-serialized-noisy', $cb, 'O:5:"Noisy":0:{}'),
]);
Noisy::$events = [];   // the serialize() above built nothing of Noisy; start clean anyway
$q->enqueue(rds_task('good-1', ['n' => 1]));
hostile_drain($q, $log);
hostile_report('hostile_classes', 200);
echo 'Noisy events: ', json_encode(Noisy::$events), "\n";
echo 'set aside in the log: ', count($logger->grep('set aside')), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../rds/inc/rds.inc';
drop_tables('tq_hostile_classes', 'tq_hostile_classes_log');
?>
--EXPECT--
ran: 1; visible left: 0
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
good-1 | completed | Running task good-1
t-callable-function | failed | Message 5 of queue "hostile_classes" cannot be run and was set aside: Callable/Action noisy_function names a function or a static method, which a task read from a message may not run (task t-callable-
t-callable-noisy | failed | Message 4 of queue "hostile_classes" cannot be run and was set aside: Callable/Action class Noisy is not allowed: it is not an oat\oatbox\action\Action and taskqueue.allowed_callables does not list it
t-callable-phpinfo | failed | Message 6 of queue "hostile_classes" cannot be run and was set aside: Callable/Action phpinfo names a function or a static method, which a task read from a message may not run (task t-callable-phpinfo
t-callable-serialized | failed | Message 9 of queue "hostile_classes" cannot be run and was set aside: Callable/Action class O:11:"ArrayObject":4:{i:0;i:0;i:1;a:1:{i:0;i:1;}i:2;a:0:{}i:3;N;} does not exist (task t-callable-serialized
t-callable-serialized-noisy | failed | Message 10 of queue "hostile_classes" cannot be run and was set aside: Callable/Action class O:5:"Noisy":0:{} does not exist (task t-callable-serialized-noisy)
t-callable-static | failed | Message 8 of queue "hostile_classes" cannot be run and was set aside: Callable/Action Noisy::boom names a function or a static method, which a task read from a message may not run (task t-callable-sta
t-callable-tls | failed | Message 7 of queue "hostile_classes" cannot be run and was set aside: Callable/Action stream_context_set_default names a function or a static method, which a task read from a message may not run (task
t-fqcn-exception | failed | Message 3 of queue "hostile_classes" cannot be run and was set aside: Task class RuntimeException does not implement oat\tao\model\taskQueue\Task\TaskInterface (task t-fqcn-exception)
t-fqcn-noisy | failed | Message 1 of queue "hostile_classes" cannot be run and was set aside: Task class Noisy does not implement oat\tao\model\taskQueue\Task\TaskInterface (task t-fqcn-noisy)
t-fqcn-stdclass | failed | Message 2 of queue "hostile_classes" cannot be run and was set aside: Task class stdClass does not implement oat\tao\model\taskQueue\Task\TaskInterface (task t-fqcn-stdclass)
Noisy events: []
set aside in the log: 10
