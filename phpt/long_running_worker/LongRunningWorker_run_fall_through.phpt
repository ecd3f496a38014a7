--TEST--
LongRunningWorker::run() over a dispatcher with one empty and one full queue never sleeps: WeightStrategy and StrictPriorityStrategy take from the full queue when the heavier one is empty, one task per iteration (TAO sleeps getWaitTime() after every empty pick)
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../dispatcher/inc/doubles.inc';
use oat\taoTaskQueue\model\LongRunningWorker;
use oat\tao\model\taskQueue\Queue\TaskSelector\WeightStrategy;
use oat\taoTaskQueue\model\TaskSelector\StrictPriorityStrategy;

const TASKS = 30;

foreach ([new WeightStrategy(), new StrictPriorityStrategy()] as $strategy) {
    $log = new MemTaskLog();
    // the empty queue weighs 1000 times more: TAO picks it almost every time and sleeps
    $empty = new FakeQueue('empty', null, 1000);
    $full = new FakeQueue('full', null, 1);
    $empty->taskLog = $full->taskLog = $log;
    for ($i = 1; $i <= TASKS; $i++) {
        $full->enqueue(TestTask::make("t$i"));
    }
    $dispatcher = dispatcherWith([$empty, $full], ['task_selector_strategy' => $strategy]);
    $w = new LongRunningWorker($dispatcher, $log);
    $w->setLogger($logger = new ArrayLogger());
    // a dispatcher takes no task limit (TAO): the time limit ends the run, the queues being
    // empty long before (TASKS x 1 s of sleeps, as in TAO, would not be)
    $w->setTimeLimit(3)->run();
    // what was logged up to the last task: sleeps and the iteration it came in
    $sleeps = 0;
    $iteration = '?';
    foreach ($logger->lines as $l) {
        if (str_contains($l, 'Processing task  [t' . TASKS . ']')) {
            preg_match('/"Iteration":(\d+)/', $l, $m);
            $iteration = $m[1];
            break;
        }
        $sleeps += str_contains($l, 'Sleeping');
    }
    printf("%s: handled %d, tasks left %d, sleeps before the last task %d, its iteration %s, empty queue polled %s\n",
        (new ReflectionClass($strategy))->getShortName(), $w->getProcessedCount(), count($full), $sleeps, $iteration,
        count(array_filter($empty->calls, fn($c) => $c === 'dequeue')) > 0 ? 'too' : 'never');
}
?>
--EXPECT--
WeightStrategy: handled 30, tasks left 0, sleeps before the last task 0, its iteration 30, empty queue polled too
StrictPriorityStrategy: handled 30, tasks left 0, sleeps before the last task 0, its iteration 30, empty queue polled too
