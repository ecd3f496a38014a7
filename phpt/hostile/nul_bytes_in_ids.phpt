--TEST--
A NUL byte in a task id, user id, queue name or task key given to any public method is an InvalidArgumentException naming the method and the argument (a C store would act on "victim"): TaskLog (not swallowed like a broker failure), both Task Log brokers, Task Log filters, tasks, queues and brokers, persistence ids and conninfos; task "victim" is untouched
--FILE--
<?php
use oat\tao\model\taskQueue\TaskLog;
use oat\tao\model\taskQueue\TaskLog\TaskLogFilter;
use oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker;
use oat\tao\model\taskQueue\TaskLog\Entity\TaskLogEntity;
use oat\tao\model\taskQueue\Task\CallbackTask;
use oat\tao\model\taskQueue\Queue;
use oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker;

$broker = new InMemoryTaskLogBroker();
$log = new TaskLog(['task_log_broker' => $broker]);
$victim = new CallbackTask('victim', 'owner');
$log->add($victim, 'enqueued');
$bad = "victim\0x";
$calls = [
    'TaskLog::setStatus' => fn() => $log->setStatus($bad, 'failed'),
    'TaskLog::getStatus' => fn() => $log->getStatus($bad),
    'TaskLog::setReport' => fn() => $log->setReport($bad, ['type' => 'error', 'message' => 'x', 'data' => null, 'children' => []], 'failed'),
    'TaskLog::getReport' => fn() => $log->getReport($bad),
    'TaskLog::updateParent' => fn() => $log->updateParent($bad),
    'TaskLog::getById' => fn() => $log->getById($bad),
    'TaskLog::getByIdAndUser (id)' => fn() => $log->getByIdAndUser($bad, 'owner'),
    'TaskLog::getByIdAndUser (user)' => fn() => $log->getByIdAndUser('victim', "owner\0x"),
    'TaskLog::findAvailableByUser' => fn() => $log->findAvailableByUser("owner\0x"),
    'TaskLog::getStats' => fn() => $log->getStats("owner\0x"),
    'broker updateStatus' => fn() => $broker->updateStatus($bad, 'failed'),
    'broker getStatus' => fn() => $broker->getStatus($bad),
    'broker addReport' => fn() => $broker->addReport($bad, ['type' => 'error', 'message' => 'x', 'data' => null, 'children' => []], 'failed'),
    'broker getReport' => fn() => $broker->getReport($bad),
    'broker deleteById' => fn() => $broker->deleteById($bad),
    'broker archive' => fn() => $broker->archive(TaskLogEntity::createFromArray(['id' => $bad, 'task_name' => 'x',
        'status' => 'failed', 'owner' => 'owner', 'created_at' => '2024-01-01 00:00:00', 'updated_at' => null,
        'label' => '', 'parameters' => '[]', 'report' => null, 'master_status' => false])),
    'filter value' => fn() => (new TaskLogFilter())->addFilter('id', '=', $bad),
    'filter IN list' => fn() => (new TaskLogFilter())->addFilter('id', 'IN', ['a', $bad]),
    'filter field' => fn() => (new TaskLogFilter())->addFilter("id\0x", '=', 'a'),
    'filter user' => fn() => (new TaskLogFilter())->addAvailableFilters("owner\0x"),
    'task id' => fn() => new CallbackTask($bad, 'owner'),
    'parameter key' => fn() => (new CallbackTask('t', 'o'))->setParameter("k\0x", 1),
    'metadata key' => fn() => (new CallbackTask('t', 'o'))->setMetadata("k\0x", 1),
    'queue name' => fn() => new Queue("q\0x", new InMemoryQueueBroker()),
    'broker queue name' => fn() => (new InMemoryQueueBroker())->setQueueName("q\0x"),
    'persistence id' => fn() => TaskQueue\PersistenceRegistry::register("pid\0x", 'host=/tmp dbname=x'),
    'conninfo (not quoted: may hold a password)' => fn() => TaskQueue\PersistenceRegistry::register('p2', "host=/tmp password=secret\0 dbname=x"),
];
foreach ($calls as $what => $call) {
    try {
        $r = $call();
        echo "$what: accepted (", var_export($r, true), ")\n";
    } catch (Throwable $e) {
        echo "$what: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
echo 'victim: ', $log->getStatus('victim'), ', report ', var_export($log->getReport('victim'), true), "\n";
?>
--EXPECT--
TaskLog::setStatus: InvalidArgumentException: oat\tao\model\taskQueue\TaskLog::setStatus(): the task id must not contain a NUL byte ("victim\0…")
TaskLog::getStatus: InvalidArgumentException: oat\tao\model\taskQueue\TaskLog::getStatus(): the task id must not contain a NUL byte ("victim\0…")
TaskLog::setReport: InvalidArgumentException: oat\tao\model\taskQueue\TaskLog::setReport(): the task id must not contain a NUL byte ("victim\0…")
TaskLog::getReport: InvalidArgumentException: oat\tao\model\taskQueue\TaskLog::getReport(): the task id must not contain a NUL byte ("victim\0…")
TaskLog::updateParent: InvalidArgumentException: oat\tao\model\taskQueue\TaskLog::updateParent(): the task id must not contain a NUL byte ("victim\0…")
TaskLog::getById: InvalidArgumentException: oat\tao\model\taskQueue\TaskLog::getById(): the task id must not contain a NUL byte ("victim\0…")
TaskLog::getByIdAndUser (id): InvalidArgumentException: oat\tao\model\taskQueue\TaskLog::getByIdAndUser(): the task id must not contain a NUL byte ("victim\0…")
TaskLog::getByIdAndUser (user): InvalidArgumentException: oat\tao\model\taskQueue\TaskLog::getByIdAndUser(): the user id must not contain a NUL byte ("owner\0…")
TaskLog::findAvailableByUser: InvalidArgumentException: oat\tao\model\taskQueue\TaskLog::findAvailableByUser(): the user id must not contain a NUL byte ("owner\0…")
TaskLog::getStats: InvalidArgumentException: oat\tao\model\taskQueue\TaskLog::getStats(): the user id must not contain a NUL byte ("owner\0…")
broker updateStatus: InvalidArgumentException: oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker::updateStatus(): the task id must not contain a NUL byte ("victim\0…")
broker getStatus: InvalidArgumentException: oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker::getStatus(): the task id must not contain a NUL byte ("victim\0…")
broker addReport: InvalidArgumentException: oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker::addReport(): the task id must not contain a NUL byte ("victim\0…")
broker getReport: InvalidArgumentException: oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker::getReport(): the task id must not contain a NUL byte ("victim\0…")
broker deleteById: InvalidArgumentException: oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker::deleteById(): the task id must not contain a NUL byte ("victim\0…")
broker archive: InvalidArgumentException: oat\tao\model\taskQueue\TaskLog\Broker\InMemoryTaskLogBroker::archive(): the task id must not contain a NUL byte ("victim\0…")
filter value: InvalidArgumentException: oat\tao\model\taskQueue\TaskLog\TaskLogFilter::addFilter(): the value must not contain a NUL byte ("victim\0…")
filter IN list: InvalidArgumentException: oat\tao\model\taskQueue\TaskLog\TaskLogFilter::addFilter(): the value must not contain a NUL byte ("victim\0…")
filter field: InvalidArgumentException: oat\tao\model\taskQueue\TaskLog\TaskLogFilter::addFilter(): the field must not contain a NUL byte ("id\0…")
filter user: InvalidArgumentException: oat\tao\model\taskQueue\TaskLog\TaskLogFilter::addAvailableFilters(): the user id must not contain a NUL byte ("owner\0…")
task id: InvalidArgumentException: oat\tao\model\taskQueue\Task\CallbackTask::__construct(): the task id must not contain a NUL byte ("victim\0…")
parameter key: InvalidArgumentException: oat\tao\model\taskQueue\Task\CallbackTask::setParameter(): the parameter key must not contain a NUL byte ("k\0…")
metadata key: InvalidArgumentException: oat\tao\model\taskQueue\Task\CallbackTask::setMetadata(): the metadata key must not contain a NUL byte ("k\0…")
queue name: InvalidArgumentException: oat\tao\model\taskQueue\Queue::__construct(): the queue name must not contain a NUL byte ("q\0…")
broker queue name: InvalidArgumentException: oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker::setQueueName(): the queue name must not contain a NUL byte ("q\0…")
persistence id: InvalidArgumentException: TaskQueue\PersistenceRegistry::register(): the persistence id must not contain a NUL byte ("pid\0…")
conninfo (not quoted: may hold a password): ValueError: TaskQueue\PersistenceRegistry::register(): Argument #2 ($conninfo) must not contain a NUL byte
victim: enqueued, report NULL
