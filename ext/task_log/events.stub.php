<?php

/** @generate-class-entries */

/*
 * The events TaskLog::archive() and TaskLog::cancel() trigger through generis' event manager
 * (service "generis/event") when the Task Log has a service locator that holds one.
 * generis' oat\oatbox\event\Event interface is a userland type: these classes have its
 * getName() but cannot declare it (doc/compatibility.md, "Interfaces we cannot extend").
 */

namespace oat\tao\model\taskQueue\Event {

    class TaskLogArchivedEvent
    {
        private \oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface $taskLogEntity;

        private bool $isForced = false;

        public function __construct(\oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface $taskLogEntity, mixed $isForced = false) {}

        /** @return \oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface */
        public function getTaskLogEntity() {}

        /** @return bool */
        public function isForced() {}

        /** @return string */
        public function getName() {}
    }

    class TaskLogCancelledEvent
    {
        private \oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface $taskLogEntity;

        private bool $isForced = false;

        public function __construct(\oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface $taskLogEntity, mixed $isForced = false) {}

        /** @return \oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface */
        public function getTaskLogEntity() {}

        /** @return bool */
        public function isForced() {}

        /** @return string */
        public function getName() {}
    }
}
