--TEST--
LongRunningWorker::setTimeLimit(): the worker ends after the task running when the time is up, gives its buffered claims back (of every queue of a dispatcher), and an idle wait never outlasts the limit
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\{Queue, QueueDispatcher};
use oat\taoTaskQueue\model\LongRunningWorker;

// a dedicated queue claiming 5 at a time, tasks of 300 ms, 1 s
$dir = tq_tmpdir('time');
[$queue, $log] = tq_dir_queue($dir, 5);
tq_enqueue($queue, $dir, 10, ['ms' => 300]);
$logger = new ArrayLogger();
$w = new LongRunningWorker($queue, $log);
$w->setLogger($logger);
var_dump($w->setTimeLimit(1) === $w);
$t = microtime(true);
$w->run();
$took = microtime(true) - $t;
$n = $w->getProcessedCount();
echo "handled at least one, fewer than 5: ", var_export($n >= 1 && $n < 5, true), "\n";
echo "ended after the task running at the limit: ", var_export($took >= 1.0 && $took < 1.0 + 0.3 + 0.5 * tq_slack(), true), "\n";
echo "acknowledged = handled: ", var_export(tq_files($dir, 'done') === $n, true), ", still claimed: ", tq_files($dir, 'claimed'),
    ", waiting + acknowledged: ", tq_files($dir, 'ready') + tq_files($dir, 'done'), "\n";
echo "given back: ", count(tq_lines("$dir/releases.log")) === 5 - $n ? '5 - handled' : 'wrong', "\n";
foreach ($logger->lines as $l) {
    if (preg_match('/Time limit|given back/', $l)) {
        echo preg_replace(['/ \{.*/', '/after \d+ task/', '/^info: \d+ buffered/'], ['', 'after N task', 'info: N buffered'], $l), "\n";
    }
}
tq_rmdir($dir);

// a dispatcher over two such queues: both give their buffers back
$dirA = tq_tmpdir('time-a');
$dirB = tq_tmpdir('time-b');
[$qa, $log] = tq_dir_queue($dirA, 4);
$qb = new Queue('other', new DirQueueBroker($dirB, 4));
$qb->initialize();
tq_enqueue($qa, $dirA, 4, ['ms' => 300]);
tq_enqueue($qb, $dirB, 4, ['ms' => 300], 11);
// round robin: each queue claims 4 at its first pick and hands them out one by one
$strategy = new class implements oat\tao\model\taskQueue\Queue\TaskSelector\SelectorStrategyInterface {
    private int $i = 0;
    public function pickNextTask(array $queues) { return $queues[$this->i++ % count($queues)]->dequeue(); }
    public function getWaitTime() { return 0; }
    public function __toPhpCode() { return ''; }
};
$dispatcher = new QueueDispatcher(['queues' => [$qa, $qb], 'task_log' => $log]);
$dispatcher->setTaskSelector($strategy);
$w = new LongRunningWorker($dispatcher, $log);
$w->setLogger($logger = new ArrayLogger());
$w->setTimeLimit(1)->run();
$released = array_filter($logger->lines, fn($l) => str_contains($l, 'given back'));
echo "dispatcher: still claimed ", tq_files($dirA, 'claimed') + tq_files($dirB, 'claimed'), ", handled + given back ",
    $w->getProcessedCount() + count(tq_lines("$dirA/releases.log")) + count(tq_lines("$dirB/releases.log")),
    ", both queues gave back: ", var_export(count(tq_lines("$dirA/releases.log")) > 0 && count(tq_lines("$dirB/releases.log")) > 0, true),
    ", lines: ", count($released), "\n";

// idle: the back-off (1 s, then 2 s) is cut at the limit
[$queue, $log] = tq_dir_queue($dirA);
$w = new LongRunningWorker($queue, $log);
$w->setLogger(new ArrayLogger());
$t = microtime(true);
$w->setTimeLimit(2)->run();
$took = microtime(true) - $t;
echo "idle worker ended at its limit: ", var_export($took >= 2.0 && $took < 2.0 + 0.5 * tq_slack(), true), "\n";
tq_rmdir($dirA);
tq_rmdir($dirB);
?>
--EXPECT--
bool(true)
handled at least one, fewer than 5: true
ended after the task running at the limit: true
acknowledged = handled: true, still claimed: 0, waiting + acknowledged: 10
given back: 5 - handled
info: Time limit of 1 s reached after N task(s); stopping.
info: N buffered task(s) given back to the queue.
dispatcher: still claimed 0, handled + given back 8, both queues gave back: true, lines: 2
idle worker ended at its limit: true
