<?php

/** @generate-class-entries */

namespace oat\tao\model\taskQueue\Queue\Broker {

    interface QueueBrokerInterface extends \Countable
    {
        /** @return static */
        public function setQueueName(mixed $name);

        public function getBrokerId(): string;

        /** @return mixed */
        public function createQueue();

        /** @return bool */
        public function push(\oat\tao\model\taskQueue\Task\TaskInterface $task);

        /** @return \oat\tao\model\taskQueue\Task\TaskInterface|null */
        public function pop();

        /** @return mixed */
        public function delete(\oat\tao\model\taskQueue\Task\TaskInterface $task);

        /** @return int */
        public function getNumberOfTasksToReceive();

        public function hasPreFetchedMessages(): bool;
    }

    interface SyncQueueBrokerInterface
    {
    }

    abstract class AbstractQueueBroker implements QueueBrokerInterface
    {
        private int $receiveTasks = 1;
        private ?string $queueName = null;
        private array $preFetchedQueue = [];
        protected mixed $logger = null;
        protected mixed $serviceLocator = null;

        public function __construct(mixed $receiveTasks = 1) {}

        /** @return string */
        public function __toPhpCode() {}

        /** @return static */
        public function setQueueName(mixed $name) {}

        public function getBrokerId(): string {}

        /** @return \oat\tao\model\taskQueue\Task\TaskInterface|null */
        public function pop() {}

        public function hasPreFetchedMessages(): bool {}

        /** @return int */
        public function getNumberOfTasksToReceive() {}

        /** @return mixed */
        public function delete(\oat\tao\model\taskQueue\Task\TaskInterface $task) {}

        /** @return void */
        public function setLogger(object $logger) {}

        /** @return object|null */
        public function getLogger() {}

        /* generis' LoggerAwareTrait helpers: $this->getLogger()-><level>(); native code logs through an override of them */
        /** @return void */
        public function logEmergency(mixed $message, mixed $context = []) {}

        /** @return void */
        public function logAlert(mixed $message, mixed $context = []) {}

        /** @return void */
        public function logCritical(mixed $message, mixed $context = []) {}

        /** @return void */
        public function logError(mixed $message, mixed $context = []) {}

        /** @return void */
        public function logWarning(mixed $message, mixed $context = []) {}

        /** @return void */
        public function logNotice(mixed $message, mixed $context = []) {}

        /** @return void */
        public function logInfo(mixed $message, mixed $context = []) {}

        /** @return void */
        public function logDebug(mixed $message, mixed $context = []) {}

        /** @return void */
        public function setServiceLocator(object $serviceLocator) {}

        /** @return object|null */
        public function getServiceLocator() {}

        /**
         * Ours: gives every buffered (claimed, not yet handed out) task back to the backend
         * through doRelease(), so a worker that stops early leaves nothing claimed.
         */
        public function releasePreFetchedMessages(): int {}

        /** Ours: makes one claimed task available again; false when the backend cannot. */
        protected function doRelease(\oat\tao\model\taskQueue\Task\TaskInterface $task): bool {}

        /** @return void */
        abstract protected function doPop();

        /** @return void */
        abstract protected function doDelete(mixed $id, array $logContext = []);

        /** @return string|null */
        protected function getQueueName() {}

        /** @return string */
        protected function getQueueNameWithPrefix() {}

        /** @return void */
        protected function pushPreFetchedMessage(\oat\tao\model\taskQueue\Task\TaskInterface $task) {}

        /** @return \oat\tao\model\taskQueue\Task\TaskInterface|null */
        protected function unserializeTask(mixed $taskJSON, mixed $idForDeletion, array $logContext = []) {}

        /** @return string */
        protected function serializeTask(\oat\tao\model\taskQueue\Task\TaskInterface $task) {}
    }

    class InMemoryQueueBroker extends AbstractQueueBroker implements SyncQueueBrokerInterface
    {
        /** @var string */
        const ID = 'memory';

        /** @return void */
        public function createQueue() {}

        /** @return bool */
        public function push(\oat\tao\model\taskQueue\Task\TaskInterface $task) {}

        /** @return \oat\tao\model\taskQueue\Task\TaskInterface|null */
        public function pop() {}

        /** @return void */
        public function delete(\oat\tao\model\taskQueue\Task\TaskInterface $task) {}

        public function count(): int {}

        /** @return void */
        protected function doPop() {}

        /** @return void */
        protected function doDelete(mixed $id, array $logContext = []) {}
    }
}
