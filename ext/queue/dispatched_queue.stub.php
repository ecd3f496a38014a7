<?php

/** @generate-class-entries */

namespace oat\tao\model\taskQueue\Queue {

    /**
     * What QueueDispatcher::dequeue() hands its selector strategy instead of each
     * registered queue: forwards every call to that queue and remembers the task it
     * dequeued, so that acknowledge() goes to the queue the task came from.
     * Only the dispatcher creates these.
     * @not-serializable
     */
    final class DispatchedQueue implements \oat\tao\model\taskQueue\QueueInterface
    {
        private ?\oat\tao\model\taskQueue\QueueInterface $queue = null;
        private mixed $dequeued = null;

        /** Always throws: a DispatchedQueue only comes from QueueDispatcher::dequeue(). */
        public function __construct(mixed $name, Broker\QueueBrokerInterface $broker, mixed $weight = 1) {}

        /** The registered queue behind this view. */
        public function getQueue(): \oat\tao\model\taskQueue\QueueInterface {}

        public function __toString(): string {}

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
        public function setBroker(Broker\QueueBrokerInterface $broker) {}

        public function getBroker(): Broker\QueueBrokerInterface {}

        /** @return bool */
        public function enqueue(\oat\tao\model\taskQueue\Task\TaskInterface $task, mixed $label = null) {}

        /** @return \oat\tao\model\taskQueue\Task\TaskInterface|null */
        public function dequeue() {}

        /** @return mixed */
        public function acknowledge(\oat\tao\model\taskQueue\Task\TaskInterface $task) {}

        public function count(): int {}

        public function hasPreFetchedMessages(): bool {}

        /** Any other method of the queue (getLogger(), getTaskLog(), ...). */
        public function __call(string $name, array $arguments): mixed {}
    }
}
