<?php

/** @generate-class-entries */

namespace oat\taoTaskQueue\model {

    /** A task that waits or runs for too long (README "Operator tools"). */
    class StuckTask
    {
        private mixed $taskLog;
        private string $queueName;
        private mixed $task = null;
        private ?string $taskId = null;

        public function __construct(\oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface $taskLog, string $queueName, ?\oat\tao\model\taskQueue\Task\TaskInterface $task = null, ?string $taskId = null) {}

        public function getTaskLog(): \oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface {}

        public function getTask(): ?\oat\tao\model\taskQueue\Task\TaskInterface {}

        /** the RDS row id of the queue message, null for an orphan */
        public function getTaskId(): ?string {}

        public function isOrphan(): bool {}

        public function getQueueName(): string {}
    }
}

namespace oat\taoTaskQueue\model\Repository {

    class StuckTaskQuery
    {
        private string $queryName;
        private array $whitelist = [];
        private array $statuses = [];
        private int $age = 0;
        private mixed $ageDateTime = null;

        public function __construct(string $queryName, array $whitelist, array $statuses, int $age) {}

        public function getQueryName(): string {}

        public function getWhitelist(): array {}

        public function getStatuses(): array {}

        /** @return int */
        public function getAge() {}

        public function getAgeDateTime(): \DateTimeImmutable {}
    }

    class StuckTaskCollection extends \ArrayIterator
    {
        public function __construct(\oat\taoTaskQueue\model\StuckTask ...$stuckTasks) {}

        public function add(\oat\taoTaskQueue\model\StuckTask $stuckTask): void {}
    }

    class StuckTaskRepository
    {
        /** @var int */
        public const MIN_AGE = 180;

        private array $options = [];
        protected mixed $serviceLocator = null;

        public function __construct(array $options = []) {}

        public function findAll(StuckTaskQuery $query): StuckTaskCollection {}

        /** @return void */
        public function setServiceLocator(object $serviceLocator) {}

        /** @return object|null */
        public function getServiceLocator() {}
    }
}

namespace oat\taoTaskQueue\model\Service {

    class RestartStuckTaskService
    {
        private array $options = [];
        protected mixed $serviceLocator = null;

        public function __construct(array $options = []) {}

        public function restart(\oat\taoTaskQueue\model\StuckTask $stuckTask): void {}

        /** @return void */
        public function setServiceLocator(object $serviceLocator) {}

        /** @return object|null */
        public function getServiceLocator() {}
    }
}
