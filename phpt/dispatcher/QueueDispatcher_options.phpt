--TEST--
QueueDispatcher: option bag, logger and service locator accessors
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\QueueDispatcher;
use oat\tao\model\taskQueue\QueueDispatcherInterface as I;

$d = new QueueDispatcher([I::OPTION_QUEUES => [new FakeQueue('q1')], I::OPTION_TASK_LOG => 'tao/taskLog']);
var_dump($d->hasOption('task_log'), $d->getOption('task_log'), $d->getOption('nope', 'dflt'), $d->hasOption('nope'));
$d->setOption('custom', [1, 2]);
var_dump($d->getOption('custom'));
var_dump(array_keys($d->getOptions()));
var_dump($d->getLogger(), $d->getServiceLocator());
$logger = new ArrayLogger();
$locator = new ArrayLocator([]);
$d->setLogger($logger);
$d->setServiceLocator($locator);
var_dump($d->getLogger() === $logger, $d->getServiceLocator() === $locator);
var_dump(I::SERVICE_ID, I::QUEUE_PREFIX, I::FILE_SYSTEM_ID, I::OPTION_TASK_SELECTOR_STRATEGY);
// the owner: '' until set
var_dump($d->getOwner());
var_dump($d->setOwner('http://sample/user#1') === $d, $d->getOwner());
$d->setOwner(null);
var_dump($d->getOwner());
// QueueDispatcher is not final: a service may extend it
var_dump((new ReflectionClass(QueueDispatcher::class))->isFinal());
?>
--EXPECT--
bool(true)
string(11) "tao/taskLog"
string(4) "dflt"
bool(false)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(3) {
  [0]=>
  string(6) "queues"
  [1]=>
  string(8) "task_log"
  [2]=>
  string(6) "custom"
}
NULL
NULL
bool(true)
bool(true)
string(13) "tao/taskQueue"
string(2) "TQ"
string(16) "taskQueueStorage"
string(22) "task_selector_strategy"
string(0) ""
bool(true)
string(20) "http://sample/user#1"
string(0) ""
bool(false)
