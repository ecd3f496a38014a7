--TEST--
Queue::enqueue(): an \Exception from the broker or the log gives false and an error log; an \Error goes up
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\Queue;

function setup(): array
{
    $broker = new BrokerDouble();
    $log = new TaskLogDouble();
    $logger = new LoggerDouble();
    $q = new Queue('main', $broker);
    $q->setTaskLog($log)->setLogger($logger);
    Journal::$calls = [];
    return [$q, $broker, $log, $logger];
}

echo "push throws \\RuntimeException:\n";
[$q, $broker, $log, $logger] = setup();
$broker->pushThrows = new \RuntimeException('broker down');
var_dump($q->enqueue(new TaskDouble('id-1', '')));
Journal::dump();
$logger->dump();
var_dump($log->statuses);

echo "log add throws \\Exception (nothing pushed):\n";
[$q, $broker, $log, $logger] = setup();
$log->addThrows = new \Exception('db down');
var_dump($q->enqueue(new TaskDouble('id-2', '')));
Journal::dump();
$logger->dump();
var_dump(count($broker->messages));

echo "push throws \\Error (row removed, Error propagates):\n";
[$q, $broker, $log, $logger] = setup();
$broker->pushThrows = new \TypeError('bad type');
try {
    $q->enqueue(new TaskDouble('id-3', ''));
} catch (\TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
Journal::dump();
var_dump($log->statuses);

echo "push throws and so does deleteById:\n";
[$q, $broker, $log, $logger] = setup();
$broker->pushThrows = new \RuntimeException('broker down');
$log2 = new class extends TaskLogDouble {
    public function getBroker() { throw new \RuntimeException('log broker gone'); }
};
$q->setTaskLog($log2);
var_dump($q->enqueue(new TaskDouble('id-4', '')));
Journal::dump();
$logger->dump();
?>
--EXPECT--
push throws \RuntimeException:
bool(false)
  log->add(task:id-1, 'enqueued', NULL)
  broker->push(task:id-1)
  log->getBroker()
  logBroker->deleteById('id-1')
  [error] Enqueueing TASK TaskDouble [id-1] failed with MSG: broker down
array(0) {
}
log add throws \Exception (nothing pushed):
bool(false)
  log->add(task:id-2, 'enqueued', NULL)
  [error] Enqueueing TASK TaskDouble [id-2] failed with MSG: db down
int(0)
push throws \Error (row removed, Error propagates):
TypeError: bad type
  log->add(task:id-3, 'enqueued', NULL)
  broker->push(task:id-3)
  log->getBroker()
  logBroker->deleteById('id-3')
array(0) {
}
push throws and so does deleteById:
bool(false)
  log->add(task:id-4, 'enqueued', NULL)
  broker->push(task:id-4)
  [error] Removing the task log entry of TASK TaskDouble [id-4] after its failed push failed with MSG: log broker gone
  [error] Enqueueing TASK TaskDouble [id-4] failed with MSG: broker down
