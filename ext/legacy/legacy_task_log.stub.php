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
    class TaskLogEntity extends \oat\tao\model\taskQueue\TaskLog\Entity\TaskLogEntity implements TaskLogEntityInterface {}

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
