--TEST--
LongRunningWorker::run(): signals in the worker's own process: SIGUSR2 from a task pauses after it, SIGCONT from another process resumes, SIGTERM from a task ends run() once that task is done; the previous handlers are back afterwards
--EXTENSIONS--
pcntl
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../dispatcher/inc/doubles.inc';
use oat\taoTaskQueue\model\LongRunningWorker;

$log = new MemTaskLog();
$queue = new FakeQueue('q');
$queue->taskLog = $log;
$me = getmypid();
$queue->enqueue(TestTask::make('t1', function () use ($me) {
    posix_kill($me, SIGUSR2);
    // another process resumes the worker a little later
    if (pcntl_fork() === 0) {
        usleep(300000);
        posix_kill($me, SIGCONT);
        posix_kill(getmypid(), SIGKILL);
    }
    return ['type' => 'success', 'message' => 'paused the worker'];
}));
$queue->enqueue(TestTask::make('t2', fn() => ['type' => 'success', 'message' => 'ran after SIGCONT']));
$queue->enqueue(TestTask::make('t3', function () use ($me) {
    posix_kill($me, SIGTERM);
    usleep(100000);
    return ['type' => 'success', 'message' => 'finished after SIGTERM'];
}));
$queue->enqueue(TestTask::make('t4', fn() => ['type' => 'success', 'message' => 'never runs']));

// handlers that were there before run()
pcntl_signal(SIGTERM, function () { echo "pcntl: SIGTERM\n"; });
pcntl_signal(SIGUSR2, function () { echo "pcntl: SIGUSR2\n"; });

$w = new LongRunningWorker($queue, $log);
$w->setLogger($logger = new ArrayLogger());
$w->run();
pcntl_waitpid(-1, $status);
echo "handled ", $w->getProcessedCount(), "\n";
foreach (['t1', 't2', 't3', 't4'] as $id) {
    echo "$id: ", $log->rows[$id]['status'], ', ', $log->rows[$id]['report']['children'][0]['message'] ?? '-', "\n";
}
echo implode(' | ', $queue->calls), "\n";
foreach ($logger->lines as $l) {
    echo preg_replace('/ \{.*/', '', $l), "\n";
}

// ours are gone: the signals reach the previous handlers only
posix_kill($me, SIGUSR2);
posix_kill($me, SIGTERM);
pcntl_signal_dispatch();
echo "done\n";
?>
--EXPECT--
pcntl: SIGUSR2
pcntl: SIGTERM
handled 3
t1: completed, paused the worker
t2: completed, ran after SIGCONT
t3: completed, finished after SIGTERM
t4: enqueued, -
enqueue t1 | enqueue t2 | enqueue t3 | enqueue t4 | dequeue | acknowledge t1 | dequeue | acknowledge t2 | dequeue | acknowledge t3
info: Starting LongRunningWorker.
info: Processing task  [t1]
info: Task t1 has been processed.
info: USR2 received; pausing task processing...
info: CONT received; resuming task processing...
info: Processing task  [t2]
info: Task t2 has been processed.
info: Processing task  [t3]
info: Task t3 has been processed.
info: TERM/INT/QUIT received; shutting down gracefully...
info: LongRunningWorker finished.
pcntl: SIGUSR2
pcntl: SIGTERM
done
