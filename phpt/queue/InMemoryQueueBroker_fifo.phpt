--TEST--
InMemoryQueueBroker: FIFO order, count(), pop() of an empty queue, sync marker, broker id
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker;
use oat\tao\model\taskQueue\Queue\Broker\SyncQueueBrokerInterface;

$b = new InMemoryQueueBroker();
var_dump($b instanceof SyncQueueBrokerInterface, $b->getBrokerId(), InMemoryQueueBroker::ID);
var_dump(count($b), $b->pop(), $b->hasPreFetchedMessages());

for ($i = 1; $i <= 40; $i++) {
    $b->push(new TaskDouble("t$i", ''));
}
var_dump($b->count());
$ids = [];
for ($i = 1; $i <= 25; $i++) {
    $ids[] = $b->pop()->getId();
}
$b->push(new TaskDouble('t41', ''));
while ($t = $b->pop()) {
    $ids[] = $t->getId();
}
echo implode(',', $ids), "\n";
var_dump(count($b), $b->pop());

// delete() is a no-op: pop() already removed the message
$b->push(new TaskDouble('x', ''));
$t = $b->pop();
var_dump($b->delete($t), count($b));
?>
--EXPECT--
bool(true)
string(6) "memory"
string(6) "memory"
int(0)
NULL
bool(false)
int(40)
t1,t2,t3,t4,t5,t6,t7,t8,t9,t10,t11,t12,t13,t14,t15,t16,t17,t18,t19,t20,t21,t22,t23,t24,t25,t26,t27,t28,t29,t30,t31,t32,t33,t34,t35,t36,t37,t38,t39,t40,t41
int(0)
NULL
NULL
int(0)
