<?php

/** @generate-class-entries */

namespace oat\tao\model\taskQueue\TaskLog\Broker {

    interface TaskLogBrokerInterface
    {
        /** @var string */
        const DEFAULT_CONTAINER_NAME = 'task_log';
        /** @var string */
        const COLUMN_ID = 'id';
        /** @var string */
        const COLUMN_PARENT_ID = 'parent_id';
        /** @var string */
        const COLUMN_MASTER_STATUS = 'master_status';
        /** @var string */
        const COLUMN_TASK_NAME = 'task_name';
        /** @var string */
        const COLUMN_PARAMETERS = 'parameters';
        /** @var string */
        const COLUMN_LABEL = 'label';
        /** @var string */
        const COLUMN_STATUS = 'status';
        /** @var string */
        const COLUMN_OWNER = 'owner';
        /** @var string */
        const COLUMN_REPORT = 'report';
        /** @var string */
        const COLUMN_CREATED_AT = 'created_at';
        /** @var string */
        const COLUMN_UPDATED_AT = 'updated_at';

        public function createContainer(): void;

        public function getTableName(): string;

        public function add(\oat\tao\model\taskQueue\Task\TaskInterface $task, string $status, ?string $label = null): void;

        public function updateStatus(string $taskId, string $newStatus, ?string $prevStatus = null): int;

        public function getStatus(string $taskId): string;

        public function addReport(string $taskId, mixed $report, ?string $newStatus = null): int;

        /** @return mixed */
        public function getReport(string $taskId);

        public function search(\oat\tao\model\taskQueue\TaskLog\TaskLogFilter $filter): iterable;

        public function count(\oat\tao\model\taskQueue\TaskLog\TaskLogFilter $filter): int;

        public function getStats(\oat\tao\model\taskQueue\TaskLog\TaskLogFilter $filter): \oat\tao\model\taskQueue\TaskLog\TasksLogsStats;

        public function getTaskExecutionTimesByDateRange(\DateTime $from, \DateTime $to): array;

        public function archive(\oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface $entity): bool;

        public function cancel(\oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface $entity): bool;

        public function archiveCollection(\oat\tao\model\taskQueue\TaskLog\CollectionInterface $collection): int;

        public function cancelCollection(\oat\tao\model\taskQueue\TaskLog\CollectionInterface $collection): int;

        public function deleteById(string $taskId): bool;

        /**
         * TAO's interface extends Zend's ServiceLocatorAwareInterface; TaskLog hands every
         * broker its service locator through this method. Typed `object` as in every class
         * of ours: an internal interface cannot name Zend's userland type.
         * @return void
         */
        public function setServiceLocator(object $serviceLocator);
    }

    interface RdsTaskLogBrokerInterface
    {
    }

    class InMemoryTaskLogBroker implements TaskLogBrokerInterface
    {
        private string $containerName = 'task_log';
        protected mixed $logger = null;
        protected mixed $serviceLocator = null;

        public function __construct(?string $containerName = null) {}

        /** @return string */
        public function __toPhpCode() {}

        public function createContainer(): void {}

        public function getTableName(): string {}

        public function add(\oat\tao\model\taskQueue\Task\TaskInterface $task, string $status, ?string $label = null): void {}

        public function updateStatus(string $taskId, string $newStatus, ?string $prevStatus = null): int {}

        public function getStatus(string $taskId): string {}

        public function addReport(string $taskId, mixed $report, ?string $newStatus = null): int {}

        /** @return mixed */
        public function getReport(string $taskId) {}

        public function search(\oat\tao\model\taskQueue\TaskLog\TaskLogFilter $filter): iterable {}

        public function count(\oat\tao\model\taskQueue\TaskLog\TaskLogFilter $filter): int {}

        public function getStats(\oat\tao\model\taskQueue\TaskLog\TaskLogFilter $filter): \oat\tao\model\taskQueue\TaskLog\TasksLogsStats {}

        public function getTaskExecutionTimesByDateRange(\DateTime $from, \DateTime $to): array {}

        public function archive(\oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface $entity): bool {}

        public function cancel(\oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface $entity): bool {}

        public function archiveCollection(\oat\tao\model\taskQueue\TaskLog\CollectionInterface $collection): int {}

        public function cancelCollection(\oat\tao\model\taskQueue\TaskLog\CollectionInterface $collection): int {}

        public function deleteById(string $taskId): bool {}

        /** @return void */
        public function setLogger(object $logger) {}

        /** @return object|null */
        public function getLogger() {}

        /* generis' LoggerAwareTrait helpers: $this->getLogger()-><level>(); native code logs through an override of them */
        /** @return void */
        public function logEmergency(mixed $message, mixed $context = []) {}

        /** @return void */
        public function logAlert(mixed $message, mixed $context = []) {}

        /** @return void */
        public function logCritical(mixed $message, mixed $context = []) {}

        /** @return void */
        public function logError(mixed $message, mixed $context = []) {}

        /** @return void */
        public function logWarning(mixed $message, mixed $context = []) {}

        /** @return void */
        public function logNotice(mixed $message, mixed $context = []) {}

        /** @return void */
        public function logInfo(mixed $message, mixed $context = []) {}

        /** @return void */
        public function logDebug(mixed $message, mixed $context = []) {}

        /** @return void */
        public function setServiceLocator(object $serviceLocator) {}

        /** @return object|null */
        public function getServiceLocator() {}
    }
}
