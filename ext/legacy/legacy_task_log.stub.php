<?php

/** @generate-class-entries */

/*
 * The rest of the legacy names on the Task Log side: TAO's deprecated broker, filter, collection,
 * entity, stats, status and event classes under oat\taoTaskQueue\model\..., as native
 * subclasses and sub-interfaces of the core types (doc/compatibility.md, "Legacy names").
 */

namespace oat\taoTaskQueue\model\TaskLogBroker {

    /** @deprecated Use \oat\tao\model\taskQueue\TaskLog\Broker\TaskLogBrokerInterface */
    interface TaskLogBrokerInterface extends \oat\tao\model\taskQueue\TaskLog\Broker\TaskLogBrokerInterface {}

    /** @deprecated Use \oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker */
    class RdsTaskLogBroker extends \oat\tao\model\taskQueue\TaskLog\Broker\RdsTaskLogBroker implements TaskLogBrokerInterface {}
}

namespace oat\taoTaskQueue\model\TaskLog {

    /** @deprecated Use \oat\tao\model\taskQueue\TaskLog\TaskLogFilter (its operators are private) */
    class TaskLogFilter extends \oat\tao\model\taskQueue\TaskLog\TaskLogFilter
    {
        /** @var string */
        const OP_EQ = '=';
        /** @var string */
        const OP_NEQ = '!=';
        /** @var string */
        const OP_LT = '<';
        /** @var string */
        const OP_LTE = '<=';
        /** @var string */
        const OP_GT = '>';
        /** @var string */
        const OP_GTE = '>=';
        /** @var string */
        const OP_LIKE = 'LIKE';
        /** @var string */
        const OP_NOT_LIKE = 'NOT LIKE';
        /** @var string */
        const OP_IN = 'IN';
        /** @var string */
        const OP_NOT_IN = 'NOT IN';

        /** taoTaskQueue's filter shows cancelled tasks unless asked not to (its availability
         * rule predates cancelling): the third argument defaults to true here. */
        public function addAvailableFilters(string $userId, bool $archivedAllowed = false, bool $cancelledAvailable = true): static {}
    }

    /** @deprecated Use \oat\tao\model\taskQueue\TaskLog\CollectionInterface */
    interface TaskLogCollectionInterface extends \oat\tao\model\taskQueue\TaskLog\CollectionInterface {}

    /** @deprecated Use \oat\tao\model\taskQueue\TaskLog\TaskLogCollection */
    class TaskLogCollection extends \oat\tao\model\taskQueue\TaskLog\TaskLogCollection implements TaskLogCollectionInterface {}
}

namespace oat\taoTaskQueue\model\Entity {

    /** @deprecated Use \oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface */
    interface TaskLogEntityInterface extends \oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface {}

    /** @deprecated Use \oat\tao\model\taskQueue\TaskLog\Entity\TaskLogEntity */
    class TaskLogEntity extends \oat\tao\model\taskQueue\TaskLog\Entity\TaskLogEntity implements TaskLogEntityInterface
    {
        /**
         * The legacy entity, its status a legacy TaskLogCategorizedStatus (taoTaskQueue's).
         * @return TaskLogEntity
         */
        public static function createFromArray(array $row, string $dateFormat = 'Y-m-d H:i:s') {}
    }

    /** @deprecated Use \oat\tao\model\taskQueue\TaskLog\TasksLogsStats */
    class TasksLogsStats extends \oat\tao\model\taskQueue\TaskLog\TasksLogsStats {}
}

namespace oat\taoTaskQueue\model\ValueObjects {

    /** @deprecated Use \oat\tao\model\taskQueue\TaskLog\CategorizedStatus */
    class TaskLogCategorizedStatus extends \oat\tao\model\taskQueue\TaskLog\CategorizedStatus {}
}

namespace oat\taoTaskQueue\model\Event {

    /** @deprecated Use \oat\tao\model\taskQueue\Event\TaskLogArchivedEvent */
    class TaskLogArchivedEvent extends \oat\tao\model\taskQueue\Event\TaskLogArchivedEvent {}
}

namespace oat\taoTaskQueue\model {

    /** @deprecated Use \oat\tao\model\taskQueue\TaskLog\TaskLogAwareInterface */
    interface TaskLogAwareInterface extends \oat\tao\model\taskQueue\TaskLog\TaskLogAwareInterface {}
}

namespace oat\taoTaskQueue\model\Entity\Decorator {

    /** @deprecated Use \oat\tao\model\taskQueue\TaskLog\Decorator\TaskLogEntityDecorator */
    abstract class TaskLogEntityDecorator extends \oat\tao\model\taskQueue\TaskLog\Decorator\TaskLogEntityDecorator {}

    /** @deprecated Use \oat\tao\model\taskQueue\TaskLog\Decorator\CategoryEntityDecorator */
    class CategoryEntityDecorator extends \oat\tao\model\taskQueue\TaskLog\Decorator\CategoryEntityDecorator {}

    /**
     * @deprecated Use \oat\tao\model\taskQueue\TaskLog\Decorator\HasFileEntityDecorator
     * TAO's took (entity, file system service) and looked in taskQueueStorage only: the core
     * constructor's third argument is simply not given.
     */
    class HasFileEntityDecorator extends \oat\tao\model\taskQueue\TaskLog\Decorator\HasFileEntityDecorator {}
}

namespace oat\taoTaskQueue\model\TaskLog {

    /** @deprecated Use \oat\tao\model\taskQueue\TaskLog\DataTablePayload (the request is read from the globals) */
    class DataTablePayload extends \oat\tao\model\taskQueue\TaskLog\DataTablePayload
    {
        public function __construct(\oat\tao\model\taskQueue\TaskLog\TaskLogFilter $filter, \oat\tao\model\taskQueue\TaskLog\Broker\TaskLogBrokerInterface $broker) {}
    }
}

namespace oat\taoTaskQueue\model\TaskLog\Decorator {

    /** @deprecated Use \oat\tao\model\taskQueue\TaskLog\Decorator\TaskLogCollectionDecorator */
    abstract class TaskLogCollectionDecorator extends \oat\tao\model\taskQueue\TaskLog\Decorator\TaskLogCollectionDecorator {}

    /** @deprecated Use \oat\tao\model\taskQueue\TaskLog\Decorator\SimpleManagementCollectionDecorator (no redirect URL, no file references, no processor) */
    class SimpleManagementCollectionDecorator extends TaskLogCollectionDecorator
    {
        private ?\oat\tao\model\taskQueue\TaskLogInterface $taskLogService = null;
        private ?object $fileSystemService = null;
        private bool $reportIncluded = false;

        public function __construct(\oat\tao\model\taskQueue\TaskLog\CollectionInterface $collection, \oat\tao\model\taskQueue\TaskLogInterface $taskLogService, ?object $fileSystemService, mixed $reportIncluded) {}

        /** @return array */
        public function toArray() {}

        public function jsonSerialize(): array {}
    }
}

namespace oat\taoTaskQueue\model {

    /**
     * @deprecated Use \oat\tao\model\taskQueue\TaskLogActionTrait
     * Not an alias of the core trait: TAO's reads the Task Log service under the legacy id
     * taoTaskQueue/taskLog. Its other methods are the core trait's.
     */
    trait TaskLogActionTrait
    {
        /** @return mixed */
        abstract protected function getServiceManager();

        /** @return mixed */
        abstract protected function returnJson(mixed $data, mixed $httpStatus = 200);

        /** @return \oat\tao\model\taskQueue\TaskLog\Entity\EntityInterface */
        protected function getTaskLogEntity(mixed $taskId, mixed $userId = null) {}

        /**
         * @return string
         * @implementation-alias oat\tao\model\taskQueue\TaskLogActionTrait::getUserId
         */
        protected function getUserId() {}

        /**
         * @return array
         * @implementation-alias oat\tao\model\taskQueue\TaskLogActionTrait::getTaskLogReturnData
         */
        protected function getTaskLogReturnData(mixed $taskId, mixed $forcedTaskType = null, mixed $userId = null) {}

        /**
         * @return mixed
         * @implementation-alias oat\tao\model\taskQueue\TaskLogActionTrait::returnTaskJson
         */
        protected function returnTaskJson(\oat\tao\model\taskQueue\Task\TaskInterface $task, array $extraData = []) {}

        /**
         * @return string
         * @implementation-alias oat\tao\model\taskQueue\TaskLogActionTrait::getTaskId
         */
        protected function getTaskId(mixed $taskLogEntity) {}

        /**
         * @return string
         * @implementation-alias oat\tao\model\taskQueue\TaskLogActionTrait::getTaskStatus
         */
        protected function getTaskStatus(mixed $taskLogEntity) {}

        /**
         * @return array
         * @implementation-alias oat\tao\model\taskQueue\TaskLogActionTrait::getTaskReport
         */
        protected function getTaskReport(mixed $taskLogEntity) {}

        /**
         * @return array
         * @implementation-alias oat\tao\model\taskQueue\TaskLogActionTrait::addExtraReturnData
         */
        protected function addExtraReturnData(mixed $taskLogEntity) {}

        /**
         * @return array
         * @implementation-alias oat\tao\model\taskQueue\TaskLogActionTrait::getPlainReport
         */
        protected function getPlainReport(object|array $report) {}

        /**
         * @return array
         * @implementation-alias oat\tao\model\taskQueue\TaskLogActionTrait::getReportAsAssociativeArray
         */
        protected function getReportAsAssociativeArray(object|array $report) {}
    }
}
