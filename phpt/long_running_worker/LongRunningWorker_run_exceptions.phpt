--TEST--
LongRunningWorker::run(): an \Exception from dequeue() is logged (TAO's message) and the worker backs off and goes on; an item that is not a task is skipped; an \Error ends run() after buffered tasks are given back and the signal handlers restored
--EXTENSIONS--
pcntl
posix
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\Queue;
use oat\taoTaskQueue\model\LongRunningWorker;

class FlakyQueue extends FakeQueue
{
    public array $script = [];
    public array $at = [];
    public function dequeue()
    {
        $this->at[] = microtime(true);
        $next = array_shift($this->script);
        if ($next instanceof Throwable) {
            throw $next;
        }
        return $next === 'task' ? parent::dequeue() : $next;
    }
}

$log = new MemTaskLog();
$q = new FlakyQueue('flaky');
$q->taskLog = $log;
$q->enqueue(TestTask::make('t1', fn() => ['type' => 'success', 'message' => 'ok']));
$q->script = [new RuntimeException('database gone'), 'not a task', new stdClass(), 'task', null];
$w = new LongRunningWorker($q, $log);
$w->setLogger($logger = new ArrayLogger());
$w->setTimeLimit(2)->run();
echo "handled ", $w->getProcessedCount(), ", t1 ", $log->rows['t1']['status'], ", backed off 1 s after the error: ",
    var_export($q->at[1] - $q->at[0] >= 0.99, true), "\n";
foreach ($logger->lines as $l) {
    echo preg_replace('/ \{.*/', '', $l), "\n";
}

// an \Error goes up; what was buffered goes back first; our handlers are gone
$dir = tq_tmpdir('error');
[$queue, $flog] = tq_dir_queue($dir, 3);
tq_enqueue($queue, $dir, 3);
class BrokenQueue extends Queue
{
    public int $calls = 0;
    public function dequeue()
    {
        if (++$this->calls === 2) {
            throw new Error('broken');
        }
        return parent::dequeue();
    }
}
$broken = new BrokenQueue('shared', $queue->getBroker());
$broken->setTaskLog($flog);
pcntl_signal(SIGUSR2, function () { echo "pcntl handler: SIGUSR2\n"; });
$w = new LongRunningWorker($broken, $flog);
$w->setLogger(new ArrayLogger());
try {
    $w->run();
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo "handled ", $w->getProcessedCount(), ", still claimed ", tq_files($dir, 'claimed'), ", given back ", count(tq_lines("$dir/releases.log")), "\n";
posix_kill(getmypid(), SIGUSR2);
pcntl_signal_dispatch();
tq_rmdir($dir);
?>
--EXPECT--
handled 1, t1 completed, backed off 1 s after the error: true
info: Starting LongRunningWorker.
error: Fetching data from queue failed with MSG: database gone
warning: The received queue item (string) not processable.
warning: The received queue item (stdClass) not processable.
info: Processing task  [t1]
info: Task t1 has been processed.
debug: No tasks found. Sleeping for 1 sec
info: Time limit of 2 s reached after 1 task(s); stopping.
info: LongRunningWorker finished.
Error: broken
handled 1, still claimed 0, given back 2
pcntl handler: SIGUSR2
