<?php

/** @generate-class-entries */

/*
 * The rest of the legacy names on the task side: TAO's deprecated oat\taoTaskQueue\model\Task\*,
 * queue brokers, selectors and Worker, for old config files and code that still name them.
 * Each is a native subclass or sub-interface of the core type, so code typed against either
 * name accepts it (doc/compatibility.md, "Legacy names"). CallbackTask and Worker extend
 * classes that are final here: legacy_task.c lifts the flag while it registers them.
 */

namespace oat\taoTaskQueue\model\Task {

    /** @deprecated Use \oat\tao\model\taskQueue\Task\TaskInterface */
    interface TaskInterface extends \oat\tao\model\taskQueue\Task\TaskInterface {}

    /** @deprecated Use \oat\tao\model\taskQueue\Task\CallbackTaskInterface */
    interface CallbackTaskInterface extends TaskInterface, \oat\tao\model\taskQueue\Task\CallbackTaskInterface {}

    /** @deprecated Use \oat\tao\model\taskQueue\Task\ChildTaskAwareInterface */
    interface ChildTaskAwareInterface extends \oat\tao\model\taskQueue\Task\ChildTaskAwareInterface {}

    /** @deprecated Use \oat\tao\model\taskQueue\Task\WorkerContextAwareInterface */
    interface WorkerContextAwareInterface extends \oat\tao\model\taskQueue\Task\WorkerContextAwareInterface {}

    /** @deprecated Use \oat\tao\model\taskQueue\Task\TaskAwareInterface */
    interface TaskAwareInterface extends \oat\tao\model\taskQueue\Task\TaskAwareInterface {}

    /** @deprecated Use \oat\tao\model\taskQueue\Task\RemoteTaskSynchroniserInterface */
    interface RemoteTaskSynchroniserInterface extends \oat\tao\model\taskQueue\Task\RemoteTaskSynchroniserInterface {}

    /** @deprecated Use \oat\tao\model\taskQueue\Task\AbstractTask */
    abstract class AbstractTask extends \oat\tao\model\taskQueue\Task\AbstractTask implements TaskInterface {}

    /** @deprecated Use \oat\tao\model\taskQueue\Task\CallbackTask */
    final class CallbackTask extends \oat\tao\model\taskQueue\Task\CallbackTask implements CallbackTaskInterface {}

    /** @deprecated Use \oat\tao\model\taskQueue\Task\InvalidTaskException */
    class InvalidTaskException extends \oat\tao\model\taskQueue\Task\InvalidTaskException {}

    /** @deprecated Use \oat\tao\model\taskQueue\Task\TaskFactory */
    class TaskFactory extends \oat\tao\model\taskQueue\Task\TaskFactory {}
}

namespace oat\taoTaskQueue\model\QueueBroker {

    /** @deprecated Use \oat\tao\model\taskQueue\Queue\Broker\QueueBrokerInterface */
    interface QueueBrokerInterface extends \oat\tao\model\taskQueue\Queue\Broker\QueueBrokerInterface {}

    /** @deprecated Use \oat\tao\model\taskQueue\Queue\Broker\SyncQueueBrokerInterface */
    interface SyncQueueBrokerInterface extends \oat\tao\model\taskQueue\Queue\Broker\SyncQueueBrokerInterface {}

    /** @deprecated Use \oat\tao\model\taskQueue\Queue\Broker\AbstractQueueBroker */
    abstract class AbstractQueueBroker extends \oat\tao\model\taskQueue\Queue\Broker\AbstractQueueBroker implements QueueBrokerInterface {}

    /** @deprecated Use \oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker */
    class InMemoryQueueBroker extends \oat\tao\model\taskQueue\Queue\Broker\InMemoryQueueBroker implements QueueBrokerInterface, SyncQueueBrokerInterface {}
}

namespace oat\taoTaskQueue\model\TaskSelector {

    /** @deprecated Use \oat\tao\model\taskQueue\Queue\TaskSelector\SelectorStrategyInterface */
    interface SelectorStrategyInterface extends \oat\tao\model\taskQueue\Queue\TaskSelector\SelectorStrategyInterface {}

    /** @deprecated Use \oat\tao\model\taskQueue\Queue\TaskSelector\WeightStrategy */
    class WeightStrategy extends \oat\tao\model\taskQueue\Queue\TaskSelector\WeightStrategy implements SelectorStrategyInterface {}
}

namespace oat\taoTaskQueue\model {

    /** @deprecated Use \oat\tao\model\taskQueue\Worker\WorkerInterface */
    interface WorkerInterface extends \oat\tao\model\taskQueue\Worker\WorkerInterface {}

    /** @deprecated Use \oat\taoTaskQueue\model\LongRunningWorker */
    final class Worker extends LongRunningWorker implements WorkerInterface {}

    /** @deprecated Use \oat\tao\model\taskQueue\Task\QueueAssociableInterface */
    interface QueueAssociableInterface extends \oat\tao\model\taskQueue\Task\QueueAssociableInterface {}
}
