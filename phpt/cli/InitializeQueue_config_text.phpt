--TEST--
InitializeQueue writes taskQueue.conf.php by length (an option object with a private property, whose code holds NUL bytes, used to cut the file there: it did not parse), checks that it compiles before the rename (else an error report and the old file kept), and writes through a symlinked config file to its target
--FILE--
<?php
require __DIR__ . '/inc/root.inc';

class PrivateOpt
{
    private $secret = "kept\0whole";
    public function secret() { return $this->secret; }
}
class BadCodeBroker extends ArrayBroker
{
    public function __toPhpCode() { return 'new \ArrayBroker(('; }
}

$conf = <<<'PHP'
<?php
use oat\tao\model\taskQueue\{Queue, QueueDispatcher};
return new QueueDispatcher([
    'queues' => [new Queue('q', new ArrayBroker(2), 1)],
    'task_log' => 'tao/taskLog',
    'obj' => new PrivateOpt(),
]);
PHP;
$root = tq_root([
    'shared/taskQueue.conf.php' => $conf,
    'config/tao/taskLog.conf.php' => TQ_TASK_LOG_CONF,
]);
symlink('../../shared/taskQueue.conf.php', $root . 'config/tao/taskQueue.conf.php');
define('ROOT_PATH', $root);
$file = $root . 'config/tao/taskQueue.conf.php';

tq_cli(TQ_INIT_QUEUE, '--broker=memory', '--receive=3');
var_dump(is_link($file), readlink($file));
$back = require $file;
var_dump($back->getOption('obj')->secret() === "kept\0whole", $back->getQueue('q')->getNumberOfTasksToReceive());
var_dump(strpos(file_get_contents($root . 'shared/taskQueue.conf.php'), 'InMemoryQueueBroker(3)') !== false);

// a dispatcher whose code does not compile is not written
file_put_contents($root . 'shared/taskQueue.conf.php', str_replace('new ArrayBroker(2)', 'new BadCodeBroker(2)', $conf));
$before = file_get_contents($root . 'shared/taskQueue.conf.php');
tq_cli(TQ_INIT_QUEUE, '--strategy=\oat\taoTaskQueue\model\TaskSelector\StrictPriorityStrategy');
var_dump(file_get_contents($root . 'shared/taskQueue.conf.php') === $before, is_link($file));
var_dump(tq_files($root . 'shared/'), tq_files($root . 'config/tao/'));
?>
--EXPECTF--
Running command...
  Queue service re-registered.
  Task Log container created.
exit 0
bool(true)
string(31) "../../shared/taskQueue.conf.php"
bool(true)
int(3)
bool(true)
Cannot save the queue service: the generated configuration does not compile (%s), %s/config/tao/taskQueue.conf.php is left as it was
exit 1
bool(true)
bool(true)
array(1) {
  [0]=>
  string(18) "taskQueue.conf.php"
}
array(2) {
  [0]=>
  string(16) "taskLog.conf.php"
  [1]=>
  string(18) "taskQueue.conf.php"
}
