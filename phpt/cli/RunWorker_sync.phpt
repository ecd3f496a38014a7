--TEST--
RunWorker: a dispatcher of sync queues needs no worker (TAO's message, exit 0); services come from the root's config or from the locator
--FILE--
<?php
require __DIR__ . '/inc/root.inc';
$sync = <<<'PHP'
<?php
use oat\tao\model\taskQueue\{Queue, QueueDispatcher};
use oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker;
return new QueueDispatcher([
    'queues' => [new Queue('a', new InMemoryQueueBroker()), new Queue('b', new InMemoryQueueBroker())],
    'task_log' => 'tao/taskLog',
]);
PHP;
define('ROOT_PATH', tq_root(['config/tao/taskQueue.conf.php' => $sync, 'config/tao/taskLog.conf.php' => TQ_TASK_LOG_CONF]));
tq_cli(TQ_RUN_WORKER);
// options are still checked; --queue is not looked at for a sync dispatcher, as in TAO
tq_cli(TQ_RUN_WORKER, '--queue=nope', '--limit=5', '--stop-when-empty');

// with a locator, the dispatcher comes from it
class Locator
{
    public array $asked = [];
    public function __construct(private object $dispatcher) {}
    public function get($id) { $this->asked[] = $id; return $this->dispatcher; }
}
$locator = new Locator(eval(substr($sync, 5)));
$tool = new oat\taoTaskQueue\scripts\tools\RunWorker();
$tool->setServiceLocator($locator);
var_dump($tool([])['message'], $locator->asked, $tool->getServiceLocator() === $locator);
?>
--EXPECT--
No worker is needed because all registered queue is a Sync Queue.
exit 0
No worker is needed because all registered queue is a Sync Queue.
exit 0
string(65) "No worker is needed because all registered queue is a Sync Queue."
array(1) {
  [0]=>
  string(13) "tao/taskQueue"
}
bool(true)
