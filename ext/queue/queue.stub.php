<?php

/** @generate-class-entries */

namespace oat\tao\model\taskQueue {

    interface QueuerInterface extends \Countable
    {
        /** @return bool */
        public function enqueue(Task\TaskInterface $task, mixed $label = null);

        /** @return Task\TaskInterface|null */
        public function dequeue();

        /** @return mixed */
        public function acknowledge(Task\TaskInterface $task);

        public function hasPreFetchedMessages(): bool;
    }

    interface QueueInterface extends QueuerInterface
    {
        public function __construct(mixed $name, Queue\Broker\QueueBrokerInterface $broker, mixed $weight = 1);

        public function __toString(): string;

        /** @return void */
        public function initialize();

        /** @return string */
        public function getName();

        /** @return int */
        public function getWeight();

        /** @return static */
        public function setWeight(mixed $weight);

        /** @return bool */
        public function isSync();

        /** @return int */
        public function getNumberOfTasksToReceive();

        /** @return static */
        public function setBroker(Queue\Broker\QueueBrokerInterface $broker);

        public function getBroker(): Queue\Broker\QueueBrokerInterface;
    }

    class Queue implements QueueInterface, TaskLog\TaskLogAwareInterface
    {
        /** @var string */
        const LOCK_PREFIX = 'taskqueue_lock_';

        private string $name = '';
        private int $weight = 1;
        private ?Queue\Broker\QueueBrokerInterface $broker = null;
        private ?TaskLogInterface $taskLog = null;
        protected mixed $logger = null;
        protected mixed $serviceLocator = null;

        public function __construct(mixed $name, Queue\Broker\QueueBrokerInterface $broker, mixed $weight = 1) {}

        public function __toString(): string {}

        /** @return string */
        public function __toPhpCode() {}

        /** @return void */
        public function initialize() {}

        /** @return string */
        public function getName() {}

        /** @return int */
        public function getWeight() {}

        /** @return static */
        public function setWeight(mixed $weight) {}

        /** @return bool */
        public function isSync() {}

        /** @return int */
        public function getNumberOfTasksToReceive() {}

        /** @return static */
        public function setBroker(Queue\Broker\QueueBrokerInterface $broker) {}

        public function getBroker(): Queue\Broker\QueueBrokerInterface {}

        /** @return bool */
        public function enqueue(Task\TaskInterface $task, mixed $label = null) {}

        /** @return Task\TaskInterface|null */
        public function dequeue() {}

        /** @return mixed */
        public function acknowledge(Task\TaskInterface $task) {}

        public function count(): int {}

        public function hasPreFetchedMessages(): bool {}

        /** @return static */
        public function setTaskLog(TaskLogInterface $taskLog) {}

        /** @return TaskLogInterface|null */
        public function getTaskLog() {}

        /**
         * generis' LockTrait::createLock(): a lock of the locator's generis/LockService.
         * The native enqueue()/dequeue() call it only when PHP code overrides it.
         * @return object
         */
        public function createLock(mixed $resource, mixed $ttl = 300.0, mixed $autoRelease = true) {}

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
    }
}
