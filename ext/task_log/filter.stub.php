<?php

/** @generate-class-entries */

namespace oat\tao\model\taskQueue\TaskLog {

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
}
