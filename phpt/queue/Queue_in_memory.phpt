--TEST--
Queue over InMemoryQueueBroker: the live task comes back (closures and state survive), log row written first
--FILE--
<?php
require __DIR__ . '/inc/doubles.inc';
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker;

$log = new TaskLogDouble();
$q = new Queue('memory', new InMemoryQueueBroker());
$q->setTaskLog($log);

$counter = 0;
$task = new TaskDouble('id-1', 'me');
$task->callable = function (array $params) use (&$counter) {
    $counter += $params['n'];
    return "ran with n={$params['n']}";
};
$task->setParameter('n', 3);

var_dump($q->enqueue($task, 'closure task'), count($q), $log->statuses);
$got = $q->dequeue();
var_dump($got === $task, $got->getLabel(), $got(), $counter, $log->statuses, count($q));
var_dump($q->acknowledge($got), $q->dequeue());

// a task the serialiser refuses: enqueue() gives false, logs, and removes its log row
$logger = new LoggerDouble();
$q->setLogger($logger);
$bad = (new TaskDouble('id-2', ''))->setParameter('name', "caf\xe9");
var_dump($q->enqueue($bad), count($q), isset($log->statuses['id-2']));
echo substr($logger->lines[0], 0, 58), "\n";
Journal::$calls = [];
?>
--EXPECT--
bool(true)
int(1)
array(1) {
  ["id-1"]=>
  string(8) "enqueued"
}
bool(true)
string(12) "closure task"
string(12) "ran with n=3"
int(3)
array(1) {
  ["id-1"]=>
  string(8) "dequeued"
}
int(0)
NULL
NULL
bool(false)
int(0)
bool(false)
[error] Enqueueing TASK TaskDouble [id-2] failed with MSG:
