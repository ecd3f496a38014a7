--TEST--
RDS brokers: queue and container names must match [A-Za-z0-9_]+ and fit PostgreSQL; refused at construction, nothing sent
--FILE--
<?php
require __DIR__ . '/inc/rds.inc';
use oat\taoTaskQueue\model\QueueBroker\RdsQueueBroker;
use oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker;
use oat\tao\model\taskQueue\Queue;

foreach (["bad name", "x;DROP TABLE y", "q-1", "é", str_repeat('a', 61), ""] as $name) {
    try {
        if ($name === "") {
            (new RdsQueueBroker('nowhere'))->setQueueName('');
        } else {
            new Queue($name, new RdsQueueBroker('nowhere'));
        }
        echo "accepted $name\n";
    } catch (InvalidArgumentException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$q = new Queue(str_repeat('a', 60), new RdsQueueBroker('nowhere'));
echo "60 characters ok\n";
try { new RdsQueueBroker('nowhere', 1, 'x'); } catch (ArgumentCountError $e) { echo "3 args: ArgumentCountError\n"; }
try { (new RdsQueueBroker('nowhere'))->setQueueName(['a']); } catch (InvalidArgumentException $e) { echo $e->getMessage(), "\n"; }
foreach (['task log', 'tl;x', str_repeat('c', 61)] as $c) {
    try { new RdsTaskLogBroker('nowhere', $c); } catch (InvalidArgumentException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
try { new RdsTaskLogBroker(''); } catch (InvalidArgumentException $e) { echo $e->getMessage(), "\n"; }
$l = new RdsTaskLogBroker('nowhere', 'Mixed_Case1');
echo $l->getTableName(), ' ', $l->__toPhpCode(), "\n";
echo (new RdsTaskLogBroker('nowhere'))->getTableName(), "\n";
// nothing was resolved yet: the unknown persistence only matters on first use
try { $l->createContainer(); } catch (RuntimeException $e) { echo substr($e->getMessage(), 0, 45), "\n"; }
?>
--EXPECT--
InvalidArgumentException: RdsQueueBroker: invalid queue name "bad name": only letters, digits and _ are allowed ([A-Za-z0-9_]+)
InvalidArgumentException: RdsQueueBroker: invalid queue name "x;DROP TABLE y": only letters, digits and _ are allowed ([A-Za-z0-9_]+)
InvalidArgumentException: RdsQueueBroker: invalid queue name "q-1": only letters, digits and _ are allowed ([A-Za-z0-9_]+)
InvalidArgumentException: RdsQueueBroker: invalid queue name "é": only letters, digits and _ are allowed ([A-Za-z0-9_]+)
InvalidArgumentException: RdsQueueBroker: queue name "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" is too long: at most 60 characters (PostgreSQL identifiers are at most 63 bytes, "tq_" included)
InvalidArgumentException: RdsQueueBroker: queue name must not be empty (allowed: [A-Za-z0-9_]+)
60 characters ok
3 args: ArgumentCountError
RdsQueueBroker::setQueueName(): the queue name must be a string, array given
InvalidArgumentException: RdsTaskLogBroker: invalid task log container name "task log": only letters, digits and _ are allowed ([A-Za-z0-9_]+)
InvalidArgumentException: RdsTaskLogBroker: invalid task log container name "tl;x": only letters, digits and _ are allowed ([A-Za-z0-9_]+)
InvalidArgumentException: RdsTaskLogBroker: task log container name "ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc" is too long: at most 60 characters (PostgreSQL identifiers are at most 63 bytes, "tq_" included)
Persistence id needs to be set for RdsTaskLogBroker
tq_mixed_case1 new \oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker('nowhere', 'Mixed_Case1')
tq_task_log
Persistence "nowhere" is not configured. Look
