--TEST--
SqsQueueBroker: releasePreFetchedMessages() sends the pending acknowledgements and gives buffered messages back at once (visibility 0); a broker freed with buffered messages gives them back too, but not the one it handed out
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/inc/sqs.inc';

$name = sqs_queue('release');
[$queue, $broker, $log, $logger] = sqs_setup($name, 5, 1);
$tasks = [];
for ($i = 0; $i < 5; $i++) {
    $tasks[] = sqs_task("rel-$i");
}
var_dump($broker->pushMany($tasks));
$t1 = $queue->dequeue();
$t2 = $queue->dequeue();
$before = $broker->getRequestCount();
$queue->acknowledge($t1);
echo "ack of a task whose batch is still buffered: ", $broker->getRequestCount() - $before, " requests\n";
var_dump($queue->count(), $broker->hasPreFetchedMessages());

$before = $broker->getRequestCount();
var_dump($broker->releasePreFetchedMessages());
echo "release: ", $broker->getRequestCount() - $before, " requests (the pending delete, three visibility changes)\n";
var_dump($broker->hasPreFetchedMessages(), $queue->count());
$before = $broker->getRequestCount();
$queue->acknowledge($t2);
echo "ack with nothing buffered: ", $broker->getRequestCount() - $before, " request\n";
var_dump($queue->count());

echo "a broker freed with two buffered tasks and one handed out:\n";
[$queue2, $broker2] = sqs_setup($name, 10, 1);
$handed = $queue2->dequeue();
var_dump($broker2->hasPreFetchedMessages());
unset($queue2, $broker2);
gc_collect_cycles();
var_dump($queue->count());
$ids = [];
while ($t = $queue->dequeue()) {
    $ids[] = $t->getId();
    $queue->acknowledge($t);
}
echo count($ids), " tasks again, not the handed-out one: ", var_export(!in_array($handed->getId(), $ids, true), true), "\n";
echo implode("\n", $logger->grep('/error|warning/')), "\n";
?>
--EXPECT--
int(5)
ack of a task whose batch is still buffered: 0 requests
int(0)
bool(true)
int(3)
release: 4 requests (the pending delete, three visibility changes)
bool(false)
int(3)
ack with nothing buffered: 1 request
int(3)
a broker freed with two buffered tasks and one handed out:
bool(true)
int(2)
2 tasks again, not the handed-out one: true
