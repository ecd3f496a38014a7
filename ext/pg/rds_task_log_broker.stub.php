<?php

/** @generate-class-entries */

namespace oat\tao\model\taskQueue\TaskLog\Broker {

    /** TAO's SQL Task Log broker over libpq: table tq_<container> (default tq_task_log). */
    class RdsTaskLogBroker implements TaskLogBrokerInterface, RdsTaskLogBrokerInterface
    {
        private string $persistenceId;
        private string $containerName = 'task_log';
        protected mixed $logger = null;
        protected mixed $serviceLocator = null;

        public function __construct(string $persistenceId, ?string $containerName = null) {}

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

        /** Ours. */
        public function getPersistenceId(): string {}

        /**
         * Ours: deletes archived entries last changed before $before, $batchSize rows a statement
         * (each its own transaction: no long locks), at most $maxRows (0: all); returns how many.
         */
        public function pruneArchived(\DateTimeInterface $before, int $batchSize = 1000, int $maxRows = 0): int {}

        /**
         * TAO's: the generis persistence of the persistence id,
         * $this->getServiceLocator()->get('generis/persistences')->getPersistenceById(...).
         * The broker itself talks to PostgreSQL through libpq and never calls it.
         * @return object
         */
        protected function getPersistence() {}

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
