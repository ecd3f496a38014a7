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
}
