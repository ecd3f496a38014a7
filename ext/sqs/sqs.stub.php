<?php

/** @generate-class-entries */

namespace oat\taoTaskQueue\model\QueueBroker {

    /**
     * TAO's SQS queue broker over the native SQS client (JSON 1.0 protocol, SigV4, libcurl):
     * queue TQ_<name>, long polls a worker's signal cuts short, batched sends and deletes,
     * claimed messages kept invisible by a heartbeat thread while their tasks wait or run,
     * messages that cannot be decoded set aside in TQ_<name>_poison.
     * Two constructor forms: ($cacheServiceId, $receiveTasks = 1) as TAO has it, and TAO's older
     * ($awsProfile, $cacheServiceId, $receiveTasks) that its README still shows.
     */
    class SqsQueueBroker extends \oat\tao\model\taskQueue\Queue\Broker\AbstractQueueBroker implements \oat\tao\model\taskQueue\TaskLog\TaskLogAwareInterface
    {
        /** @var string */
        const DEFAULT_AWS_CLIENT_KEY = 'generis/awsClient';
        /** @var string */
        const ID = 'sqs';

        private mixed $cacheServiceId = null;
        /** the profile of the old three-argument form; null for the current form */
        private ?string $awsProfile = null;
        private int $leaseTime = 600;
        private int $waitTime = 20;
        private ?\oat\tao\model\taskQueue\TaskLogInterface $taskLog = null;

        public function __construct(mixed $cacheServiceId, mixed $receiveTasks = 1, mixed $legacyReceiveTasks = null) {}

        /** @return string */
        public function __toPhpCode() {}

        /** @return int */
        public function getNumberOfTasksToReceive() {}

        /** @return void */
        public function createQueue() {}

        /** @return bool */
        public function push(\oat\tao\model\taskQueue\Task\TaskInterface $task) {}

        /**
         * Ours: sends the tasks with SendMessageBatch (ten per request). Returns how many were
         * queued; the others are logged.
         */
        public function pushMany(array $tasks): int {}

        /** @return \oat\tao\model\taskQueue\Task\TaskInterface|null */
        public function pop() {}

        public function count(): int {}

        public function releasePreFetchedMessages(): int {}

        /** Ours: seconds a claimed message stays invisible between renewals (1..43200). */
        public function setLeaseTime(int $seconds): static {}

        /** Ours. */
        public function getLeaseTime(): int {}

        /** Ours: the long poll of a receive, 0..20 s (default 20, as TAO). */
        public function setWaitTime(int $seconds): static {}

        /** Ours. */
        public function getWaitTime(): int {}

        /** Ours: HTTP requests this broker has sent (retries and visibility renewals included). */
        public function getRequestCount(): int {}

        /**
         * Where a message that cannot be decoded is reported as a failed task; without one, the
         * service tao/taskLog is looked up when needed.
         * @return static
         */
        public function setTaskLog(\oat\tao\model\taskQueue\TaskLogInterface $taskLog) {}

        /** @return \oat\tao\model\taskQueue\TaskLogInterface|null */
        public function getTaskLog() {}

        /**
         * Ours: up to $max (1..1000) messages kept in TQ_<name>_poison (undecodable, or dead
         * letters), left there: [['messageId' => ..., 'taskId' => ?string, 'body' => ...], ...].
         */
        public function getPoisonMessages(int $max = 100): array {}

        /**
         * Ours: kept messages sent back to the queue, bodies unchanged, and their tasks'
         * Task Log entries from failed to enqueued: those of $taskId (null: all), at most
         * $max. Returns how many went back.
         */
        public function redrivePoison(?string $taskId = null, int $max = 1000): int {}

        /** @return object|null */
        protected function getCache() {}

        /** @return bool */
        protected function queueExists() {}

        /** @return void */
        protected function doPop() {}

        /** @return void */
        protected function doDelete(mixed $id, array $logContext = []) {}

        protected function doRelease(\oat\tao\model\taskQueue\Task\TaskInterface $task): bool {}
    }
}
