--TEST--
InMemoryTaskLogBroker: updateStatus() with and without the previous-status guard; getStatus()
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;

$b = new InMemoryTaskLogBroker();
$b->add(TaskLogTest\task('t1'), 'enqueued');

var_dump($b->updateStatus('t1', 'running', 'dequeued'));   // guard fails: still enqueued
var_dump($b->getStatus('t1'));
var_dump($b->updateStatus('t1', 'dequeued', 'enqueued'));
var_dump($b->updateStatus('t1', 'running', 'dequeued'));
var_dump($b->updateStatus('t1', 'running', 'dequeued'));   // a second worker loses the race
var_dump($b->getStatus('t1'));
var_dump($b->updateStatus('t1', 'completed'));             // unguarded
var_dump($b->updateStatus('t1', 'failed', ''));            // an empty guard is no guard (as TAO)
var_dump($b->getStatus('t1'));
var_dump($b->updateStatus('missing', 'completed'));
var_dump($b->getStatus('missing'));                         // quirk 13: unknown, not ''
try {
    $b->updateStatus('t1', 'finished');
} catch (\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
var_dump($b->getStatus('t1'));
?>
--EXPECT--
int(0)
string(8) "enqueued"
int(1)
int(1)
int(0)
string(7) "running"
int(1)
int(1)
string(6) "failed"
int(0)
string(7) "unknown"
Status "finished" is not a valid task queue status.
string(6) "failed"
