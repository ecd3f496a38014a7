--TEST--
InitializeQueue with a service locator: the services come from it, the changed dispatcher is still written to the TAO root's config file; failures to save are error reports
--INI--
; the PCRE JIT upsets valgrind (-m): uninitialised-value reports from JIT code
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/root.inc';
use oat\tao\model\taskQueue\{Queue, QueueDispatcher, TaskLog};
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;
use oat\taoTaskQueue\scripts\tools\InitializeQueue;

class Locator
{
    public array $asked = [];
    public function __construct(public array $services) {}
    public function get($id) { $this->asked[] = $id; return $this->services[$id]; }
}
function locator(): Locator
{
    $log = new TaskLog(['task_log_broker' => new InMemoryTaskLogBroker()]);
    return new Locator([
        'tao/taskQueue' => new QueueDispatcher(['queues' => [new Queue('only', new ArrayBroker(), 5), new Queue('other', new ArrayBroker(), 1)], 'task_log' => $log]),
        'tao/taskLog' => $log,
    ]);
}

$root = tq_root(['config/tao/.keep' => '']);
putenv("TASKQUEUE_ROOT=$root");
$tool = new InitializeQueue();
$tool->setServiceLocator($l = locator());
echo TaskQueue\Cli::renderReport($tool(['--broker=memory', '--receive=4', '--queue=only']));
echo implode(' ', $l->asked), "\n";
echo file_get_contents($root . 'config/tao/taskQueue.conf.php');

// no TAO root known: the change cannot last, so it is an error
putenv('TASKQUEUE_ROOT');
$tool->setServiceLocator(locator());
echo TaskQueue\Cli::renderReport($tool(['--broker=memory']));
// a root without config/tao
putenv('TASKQUEUE_ROOT=' . tq_root([]));
echo preg_replace('/tmp-\d+-\d+/', 'tmp-PID-N', TaskQueue\Cli::renderReport($tool(['--broker=memory'])));
?>
--EXPECTF--
Running command...
  Queue(s) initialized.
  Queue service re-registered.
  Task Log container created.
tao/taskQueue tao/taskLog
<?php
return new \oat\tao\model\taskQueue\QueueDispatcher(array(
    'queues' => array(
        new \oat\tao\model\taskQueue\Queue('only', new \oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker(4), 5),
        new \oat\tao\model\taskQueue\Queue('other', new \ArrayBroker(1), 1)
    ),
    'task_log' => new \oat\tao\model\taskQueue\TaskLog(array(
    'task_log_broker' => new \oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker('task_log')
))
));
Cannot save the queue service: no TAO root is known (define ROOT_PATH, set taskqueue.root or TASKQUEUE_ROOT).
Cannot save the queue service: cannot create %sconfig/tao/taskQueue.conf.php.tmp-PID-N: No such file or directory
