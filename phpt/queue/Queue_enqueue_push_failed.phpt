--TEST--
Queue::enqueue(): a push that returns false removes the log row again and returns false
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\Queue;

$broker = new BrokerDouble();
$broker->pushReturns = false;
$log = new TaskLogDouble();
$logger = new LoggerDouble();
$q = new Queue('main', $broker);
$q->setTaskLog($log);
$q->setLogger($logger);
Journal::$calls = [];

var_dump($q->enqueue(new TaskDouble('id-1', 'owner'), 'lbl'));
Journal::dump();
var_dump($log->statuses, count($broker->messages));
$logger->dump();
echo "done\n";
?>
--EXPECT--
bool(false)
  log->add(task:id-1, 'enqueued', 'lbl')
  broker->push(task:id-1)
  log->getBroker()
  logBroker->deleteById('id-1')
array(0) {
}
int(0)
done
