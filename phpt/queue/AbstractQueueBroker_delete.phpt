--TEST--
AbstractQueueBroker::delete(): doDelete() with the id the broker kept in the task's metadata
--FILE--
<?php
require __DIR__ . '/inc/task_double.inc';
use oat\tao\model\taskQueue\Queue\Broker\AbstractQueueBroker;
use oat\tao\model\taskQueue\Task\TaskInterface;

abstract class RecordingBroker extends AbstractQueueBroker
{
    public function createQueue() {}
    public function push(TaskInterface $task) { return true; }
    public function count(): int { return 0; }
    protected function doPop() {}
    protected function doDelete(mixed $id, array $logContext = [])
    {
        echo static::ID, ': doDelete(', var_export($id, true), ', ', json_encode($logContext), ")\n";
    }
}
class Rds extends RecordingBroker { const ID = 'rds'; }
class NewSql extends RecordingBroker { const ID = 'newsql'; }
class Sqs extends RecordingBroker { const ID = 'sqs'; }
class Custom extends RecordingBroker { const ID = 'custom'; }

$t = (new TaskDouble('t', ''))->setMetadata([
    'RdsMessageId' => 12, 'NewSqlMessageId' => 'uuid-1', 'SqsMessageId' => 'm-1',
    'ReceiptHandle' => 'rh-1', 'CustomMessageId' => 'c-1',
]);
foreach ([new Rds(), new NewSql(), new Sqs(), new Custom()] as $b) {
    var_dump($b->delete($t));
}
(new Rds())->delete(new TaskDouble('never popped', ''));
?>
--EXPECT--
rds: doDelete(12, [])
NULL
newsql: doDelete('uuid-1', [])
NULL
sqs: doDelete('rh-1', [])
NULL
custom: doDelete('c-1', [])
NULL
rds: doDelete(NULL, [])
