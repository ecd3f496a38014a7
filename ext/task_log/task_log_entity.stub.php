<?php

/** @generate-class-entries */

namespace oat\tao\model\taskQueue\TaskLog {

    class CategorizedStatus
    {
        /** @var string */
        const STATUS_CREATED = 'created';
        /** @var string */
        const STATUS_IN_PROGRESS = 'in_progress';
        /** @var string */
        const STATUS_COMPLETED = 'completed';
        /** @var string */
        const STATUS_FAILED = 'failed';
        /** @var string */
        const STATUS_ARCHIVED = 'archived';
        /** @var string */
        const STATUS_CANCELLED = 'cancelled';

        /** Filled in at module start-up: category => stored statuses. */
        public static array $categorizeMapping = [];

        private string $status = '';

        protected function __construct(string $status) {}

        /** @return static */
        public static function createFromString(mixed $status) {}

        /** @return static */
        public static function completed() {}

        /** @return static */
        public static function failed() {}

        /** @return static */
        public static function created() {}

        /** @return static */
        public static function inProgress() {}

        /** @return static */
        public static function archived() {}

        /** @return static */
        public static function cancelled() {}

        /** @return bool */
        public function isCreated() {}

        /** @return bool */
        public function isInProgress() {}

        /** @return bool */
        public function isCompleted() {}

        /** @return bool */
        public function isFailed() {}

        /** @return bool */
        public function isArchived() {}

        /** @return bool */
        public function isCancelled() {}

        /** @return bool */
        public function equals(\oat\tao\model\taskQueue\TaskLog\CategorizedStatus $logStatus) {}

        /** @return array */
        public static function getMappedStatuses(mixed $status) {}

        public function __toString(): string {}

        /** @return string */
        public function getLabel() {}
    }

    class TaskLogFilter
    {
        private array $filters = [];
        private ?int $limit = null;
        private ?int $offset = null;
        private ?string $sortBy = null;
        private ?string $sortOrder = null;
        private array $columns = [];
        private array $ignoredTasks = [];

        public function __construct() {}

        public function getColumns(): array {}

        public function deselect(string $column): static {}

        /** @return string|null */
        public function getSortBy() {}

        public function setSortBy(mixed $sortBy): static {}

        /** @return string|null */
        public function getSortOrder() {}

        public function setSortOrder(mixed $sortOrder): static {}

        public function getLimit(): ?int {}

        public function setLimit(int $limit): static {}

        public function getOffset(): ?int {}

        public function setOffset(int $offset): static {}

        public function getFilters(): array {}

        public function addFilter(string $field, string $operator, mixed $value): static {}

        public function addAvailableFilters(string $userId, bool $archivedAllowed = false, bool $cancelledAvailable = false): static {}

        public function availableForArchived(string $userId): static {}

        public function availableForCancelled(string $userId): static {}

        public function withIgnoredTasks(array $ignoredTasks): static {}

        public function eq(string $field, mixed $value): static {}

        public function neq(string $field, mixed $value): static {}

        public function lt(string $field, mixed $value): static {}

        public function lte(string $field, mixed $value): static {}

        public function gt(string $field, mixed $value): static {}

        public function gte(string $field, mixed $value): static {}

        public function like(string $field, mixed $value): static {}

        public function notLike(string $field, mixed $value): static {}

        public function in(string $field, array $value): static {}

        public function notIn(string $field, array $value): static {}
    }

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
        private mixed $numberOfTasksEnqueued = 0;

        public function __construct(mixed $numberOfTasksCompleted, mixed $numberOfTasksFailed, mixed $numberOfTasksInProgress, mixed $numberOfTasksEnqueued = 0) {}

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

namespace oat\tao\model\taskQueue\TaskLog\Entity {

    interface EntityInterface extends \JsonSerializable
    {
        /** @return string */
        public function getId();

        /** @return string|null */
        public function getParentId();

        /** @return string */
        public function getTaskName();

        /** @return array */
        public function getParameters();

        /** @return string */
        public function getLabel();

        /** @return string */
        public function getOwner();

        /** @return mixed */
        public function getReport();

        /** @return \DateTime|null */
        public function getCreatedAt();

        /** @return \DateTime|null */
        public function getUpdatedAt();

        /** @return \oat\tao\model\taskQueue\TaskLog\CategorizedStatus */
        public function getStatus();

        /** @return bool */
        public function isMasterStatus();

        /** @return string */
        public function getFileNameFromReport();

        /** @return string */
        public function getResourceUriFromReport();

        /** @return array */
        public function toArray();
    }

    class TaskLogEntity implements EntityInterface
    {
        private string $id = '';
        private ?string $parentId = null;
        private string $taskName = '';
        private ?\oat\tao\model\taskQueue\TaskLog\CategorizedStatus $status = null;
        private array $parameters = [];
        private string $label = '';
        private string $owner = '';
        private ?\DateTime $createdAt = null;
        private ?\DateTime $updatedAt = null;
        private mixed $report = null;
        private bool $masterStatus = false;

        public function __construct(mixed $id, mixed $parentId, mixed $taskName, \oat\tao\model\taskQueue\TaskLog\CategorizedStatus $status, array $parameters, mixed $label, mixed $owner, ?\DateTime $createdAt = null, ?\DateTime $updatedAt = null, mixed $report = null, mixed $masterStatus = false) {}

        /** @return static */
        public static function createFromArray(array $row, string $dateFormat = 'Y-m-d H:i:s') {}

        /** @return string */
        public function getId() {}

        /** @return string|null */
        public function getParentId() {}

        /** @return string */
        public function getTaskName() {}

        /** @return array */
        public function getParameters() {}

        /** @return string */
        public function getLabel() {}

        /** @return string */
        public function getOwner() {}

        /** @return mixed */
        public function getReport() {}

        /** @return \DateTime|null */
        public function getCreatedAt() {}

        /** @return \DateTime|null */
        public function getUpdatedAt() {}

        /** @return \oat\tao\model\taskQueue\TaskLog\CategorizedStatus */
        public function getStatus() {}

        /** @return bool */
        public function isMasterStatus() {}

        /** @return string */
        public function getFileNameFromReport() {}

        /** @return string */
        public function getResourceUriFromReport() {}

        /** @return array */
        public function toArray() {}

        public function jsonSerialize(): array {}
    }
}
