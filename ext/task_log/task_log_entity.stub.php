<?php

/** @generate-class-entries */

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
