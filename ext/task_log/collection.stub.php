<?php

/** @generate-class-entries */

namespace oat\tao\model\taskQueue\TaskLog {

    class TasksLogsStats implements \JsonSerializable
    {
        /** @var string */
        const COMPLETED_TASKS = 'completedtasks';
        /** @var string */
        const FAILED_TASKS = 'failedtasks';
        /** @var string */
        const IN_PROGRESS_TASKS = 'inprogresstasks';
        /* Not in TAO: the enqueued figure TAO never counts (quirk 10). */
        /** @var string */
        const ENQUEUED_TASKS = 'enqueuedtasks';

        private mixed $numberOfTasksCompleted = 0;
        private mixed $numberOfTasksFailed = 0;
        private mixed $numberOfTasksInProgress = 0;
        private mixed $numberOfTasksEnqueued = null;

        public function __construct(mixed $numberOfTasksCompleted, mixed $numberOfTasksFailed, mixed $numberOfTasksInProgress, mixed $numberOfTasksEnqueued = null) {}

        /** @return static */
        public static function buildFromArray(array $rawData) {}

        /** @return int */
        public function getNumberOfTasksCompleted() {}

        /** @return int */
        public function getNumberOfTasksFailed() {}

        /** @return int */
        public function getNumberOfTasksInProgress() {}

        /** @return int */
        public function getNumberOfTasksEnqueued() {}

        public function jsonSerialize(): array {}

        /** @return array */
        public function toArray() {}
    }

    interface CollectionInterface extends \JsonSerializable, \Countable, \IteratorAggregate
    {
        /** @return array */
        public function toArray();

        /** @return bool */
        public function isEmpty();

        /** @return Entity\EntityInterface|null */
        public function first();

        /** @return Entity\EntityInterface|null */
        public function last();

        /** @return array */
        public function getIds();
    }

    class TaskLogCollection implements CollectionInterface
    {
        private array $taskLogs = [];

        public function __construct(array $taskLogs) {}

        /** @return static */
        public static function createFromArray(array $rows, string $dateFormat = 'Y-m-d H:i:s') {}

        /** @return static */
        public static function createEmptyCollection() {}

        public function jsonSerialize(): array {}

        public function count(): int {}

        public function getIterator(): \Iterator {}

        /** @return array */
        public function toArray() {}

        /** @return bool */
        public function isEmpty() {}

        /** @return Entity\EntityInterface|null */
        public function first() {}

        /** @return Entity\EntityInterface|null */
        public function last() {}

        /** @return array */
        public function getIds() {}
    }
}
