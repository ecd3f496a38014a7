<?php
/* tests/chaos/chaos.php: the PHP side of the chaos scenes (tests/chaos/run.sh), over the RDS
 * queue `chaos` (or, with CHAOS_SQS_QUEUE set, an SQS queue of that name on the endpoint the
 * AWS_* variables name) and the RDS Task Log of persistence `default`
 * (TASKQUEUE_PERSISTENCE_DEFAULT).
 *   php chaos.php setup                       create the Task Log and the queue (empty)
 *   php chaos.php enqueue --count=N           N tasks, parameter n = 0..N-1, in batches
 *   php chaos.php worker --receive=R          a LongRunningWorker that waits until SIGTERM
 *   php chaos.php count                       prints the messages the queue still holds
 *   php chaos.php push --count=N [--from=K] [--pad=B] [--hog=1]
 *       (tests/chaos/resources.sh) tasks one by one, parameter n = K.., each with B random hex
 *       characters of padding, the first a Hog with --hog, until N are queued or a push throws;
 *       prints "pushed=<n>" and on a failure "error=<class>: <message>", then tries TAO's own
 *       path once (Queue::enqueue(), which returns false and logs why) and prints its result
 * A task body appends "n pid start-time" to CHAOS_RUNS (one line a start, O_APPEND) and sleeps
 * CHAOS_BODY_US microseconds, so that a kill can land in the middle of one. A Hog body appends
 * "hog pid" and allocates until memory_limit ends the process (PHP's fatal error). */
namespace oat\taskQueueChaos;

use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\Task\CallbackTask;
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;
use oat\taoTaskQueue\model\Log\StderrLogger;
use oat\taoTaskQueue\model\LongRunningWorker;
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;
use oat\taoTaskQueue\model\QueueBroker\SqsQueueBroker;

// this scene's task class may be decoded from a message (README: taskqueue.allowed_callables)
ini_set('taskqueue.allowed_callables', __NAMESPACE__ . '\\');

final class RecordRun
{
    public function __invoke(array $params)
    {
        file_put_contents(getenv('CHAOS_RUNS'), sprintf("%d %d %.3f\n", $params['n'], getmypid(), microtime(true)), FILE_APPEND);
        usleep((int) (getenv('CHAOS_BODY_US') ?: 2000));
        return ['type' => 'success', 'message' => 'ran', 'data' => null, 'children' => []];
    }
}

final class Hog
{
    public function __invoke(array $params)
    {
        file_put_contents(getenv('CHAOS_RUNS'), sprintf("hog %d\n", getmypid()), FILE_APPEND);
        for ($keep = []; count($keep) < 1024;) {   // bounded, should memory_limit be off
            $keep[] = str_repeat('x', 1 << 20);
        }
        return ['type' => 'success', 'message' => 'memory_limit was not enforced', 'data' => null, 'children' => []];
    }
}

/* generis' cache shape, in memory: where the SQS broker keeps the queue's URL. */
final class ArrayCache
{
    private array $data = [];
    public function put($mixed, $serial, $ttl = null) { $this->data[$serial] = $mixed; return true; }
    public function has($serial) { return array_key_exists($serial, $this->data); }
    public function get($serial) { return $this->data[$serial] ?? throw new \RuntimeException("$serial not cached"); }
    public function remove($serial) { unset($this->data[$serial]); return true; }
}

function opt(array $argv, string $name, int $default): int
{
    foreach ($argv as $a) {
        if (str_starts_with($a, "--$name=")) {
            return (int) substr($a, strlen($name) + 3);
        }
    }
    return $default;
}

$log = new TaskLog([TaskLog::OPTION_TASK_LOG_BROKER => new RdsTaskLogBroker('default')]);
$sqs = getenv('CHAOS_SQS_QUEUE');
if ($sqs) {
    $broker = new SqsQueueBroker(new ArrayCache(), opt($argv, 'receive', 1));
    $broker->setWaitTime(1);
    $queue = new Queue($sqs, $broker);
} else {
    $queue = new Queue('chaos', new RdsQueueBroker('default', opt($argv, 'receive', 1)));
}
$queue->setTaskLog($log);

switch ($argv[1] ?? '') {
    case 'setup':
        $log->createContainer();
        $queue->initialize();
        break;
    case 'enqueue':
        $n = opt($argv, 'count', 1000);
        $template = (new CallbackTask('http://chaos.tao.local/tao.rdf#t', 'chaos'))
            ->setCallable(new RecordRun())->setLabel('chaos task')->setMasterStatus(false);
        $broker = $queue->getBroker();
        if (!$sqs) {
            $broker->setTaskLogBroker($log->getBroker());   // log rows in the same statement
        }
        for ($done = 0; $done < $n; $done += 1000) {
            $tasks = [];
            for ($i = $done; $i < min($n, $done + 1000); $i++) {
                $t = clone $template;
                $t->setParameter('n', $i);
                $tasks[] = $t;
                if ($sqs) {
                    $log->add($t, 'enqueued');
                }
            }
            $broker->pushMany($tasks);
        }
        break;
    case 'push':
        $broker = $queue->getBroker();
        $broker->setTaskLogBroker($log->getBroker());
        $from = opt($argv, 'from', 0);
        for ($i = 0; $i < opt($argv, 'count', 1000); $i++) {
            $hog = $i === 0 && opt($argv, 'hog', 0);
            $task = (new CallbackTask("http://chaos.tao.local/tao.rdf#p$from-$i", 'chaos'))
                ->setCallable($hog ? new Hog() : new RecordRun())->setLabel($hog ? 'hog' : 'chaos task')
                ->setMasterStatus(false)->setParameter('n', $hog ? -1 : $from + $i);
            if (opt($argv, 'pad', 0) > 0) {
                $task->setParameter('pad', bin2hex(random_bytes(intdiv(opt($argv, 'pad', 0), 2))));
            }
            try {
                $broker->pushMany([$task]);     // the queue row and its log row: one statement
            } catch (\Throwable $e) {
                echo "pushed=$i\nerror=", get_class($e), ': ', str_replace("\n", ' | ', $e->getMessage()), "\n";
                $queue->setLogger(new StderrLogger());
                echo 'enqueue=', var_export($queue->enqueue($task), true), "\n";
                exit(1);
            }
        }
        echo "pushed=$i\n";
        break;
    case 'count':
        echo $queue->count(), "\n";
        break;
    case 'worker':
        $worker = new LongRunningWorker($queue, $log, true);
        $worker->run();
        break;
    default:
        fwrite(STDERR, "usage: chaos.php setup|enqueue --count=N|worker --receive=R|count|push --count=N ...\n");
        exit(2);
}
