<?php

/** @generate-class-entries */

namespace oat\taoTaskQueue\model\QueueBroker {

    /**
     * TAO's RDS queue broker over libpq: table tq_<queue> (TAO's columns plus lease_until,
     * deliveries, task_id), claims in id order with FOR UPDATE SKIP LOCKED under a lease
     * that a heartbeat thread renews while the task waits or runs.
     */
    class RdsQueueBroker extends \oat\tao\model\taskQueue\Queue\Broker\AbstractQueueBroker
    {
        /** @var string */
        const ID = 'rds';

        private string $persistenceId;
        private int $leaseTime = 60;
        private ?\oat\tao\model\taskQueue\TaskLog\Broker\TaskLogBrokerInterface $taskLogBroker = null;

        public function __construct(mixed $persistenceId, mixed $receiveTasks = 1) {}

        /** @return string */
        public function __toPhpCode() {}

        /** @return static */
        public function setQueueName(mixed $name) {}

        /** @return void */
        public function createQueue() {}

        /** @return bool */
        public function push(\oat\tao\model\taskQueue\Task\TaskInterface $task) {}

        /**
         * Ours: enqueues every task in one statement (and their 'enqueued' Task Log rows in the
         * same statement when the broker knows an RdsTaskLogBroker on the same database, see
         * setTaskLogBroker()); all or nothing. Returns how many were queued.
         */
        public function pushMany(array $tasks): int {}

        /** @return void */
        public function delete(\oat\tao\model\taskQueue\Task\TaskInterface $task) {}

        public function count(): int {}

        public function getTaskByTaskLogId(string $taskLogId): ?\oat\taoTaskQueue\model\Task\CallbackTaskDecorator {}

        public function changeTaskVisibility(string $taskId, bool $visible): void {}

        /** Ours: seconds a claimed message stays hidden unless renewed, 1..43200 (default: ini taskqueue.lease_time). */
        public function setLeaseTime(int $seconds): static {}

        /** Ours. */
        public function getLeaseTime(): int {}

        /**
         * Ours: the Task Log broker the claims start tasks in (one statement for claim + start)
         * and pushMany() writes to. Queue sets it from its TaskLog on every enqueue/dequeue when
         * that TaskLog keeps its rows in an RdsTaskLogBroker; null forgets it.
         */
        public function setTaskLogBroker(?\oat\tao\model\taskQueue\TaskLog\Broker\TaskLogBrokerInterface $taskLogBroker): static {}

        /** Ours. */
        public function getPersistenceId(): string {}

        /** @return string */
        protected function getTableName() {}

        /** @return void */
        protected function doPop() {}

        /** @return void */
        protected function doDelete(mixed $id, array $logContext = []) {}

        protected function doRelease(\oat\tao\model\taskQueue\Task\TaskInterface $task): bool {}
    }
}

namespace oat\taoTaskQueue\model\QueueBroker {

    /**
     * TAO's NewSQL broker (ID 'newsql', configured as new NewSqlQueueBroker('<persistence>',
     * <receive>)) on the RDS engine: the same PostgreSQL table tq_<queue>, leases and claims.
     * createQueue() takes over a table TAO's NewSqlQueueBroker made (UUID keys): its waiting
     * messages keep their order and get integer keys (doc/compatibility.md, "newsql broker").
     */
    class NewSqlQueueBroker extends RdsQueueBroker
    {
        /* const ID = 'newsql': set in rds_queue_broker.c (an internal class cannot redeclare
         * the constant it inherits in its registration) */
    }
}

namespace oat\taoTaskQueue\model\Task {

    /** A task found in an RDS queue together with its row id. */
    final class CallbackTaskDecorator
    {
        private \oat\tao\model\taskQueue\Task\TaskInterface $task;
        private string $taskId;

        public function __construct(\oat\tao\model\taskQueue\Task\TaskInterface $task, string $taskId) {}

        public function getTask(): \oat\tao\model\taskQueue\Task\TaskInterface {}

        /** The RDS row id of the message, not the task id. */
        public function getTaskId(): string {}
    }
}
