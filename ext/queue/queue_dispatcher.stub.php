<?php

/** @generate-class-entries */

namespace oat\tao\model\taskQueue {

    interface QueueDispatcherInterface extends QueuerInterface
    {
        /** @var string */
        const SERVICE_ID = 'tao/taskQueue';
        /** @var string */
        const FILE_SYSTEM_ID = 'taskQueueStorage';
        /** @var string */
        const OPTION_QUEUES = 'queues';
        /** @var string */
        const OPTION_DEFAULT_QUEUE = 'default_queue';
        /** @var string */
        const OPTION_TASK_TO_QUEUE_ASSOCIATIONS = 'task_to_queue_associations';
        /** @var string */
        const OPTION_TASK_LOG = 'task_log';
        /** @var string */
        const OPTION_TASK_SELECTOR_STRATEGY = 'task_selector_strategy';
        /** @var string */
        const QUEUE_PREFIX = 'TQ';

        /** @return static */
        public function addQueue(QueueInterface $queue);

        /** @return static */
        public function setQueues(array $queues);

        /** @return QueueInterface */
        public function getQueue(mixed $queueName);

        /** @return array */
        public function getQueues();

        /** @return array */
        public function getQueueNames();

        /** @return bool */
        public function hasQueue(mixed $queueName);

        /** @return QueueInterface */
        public function getDefaultQueue();

        /** @return static */
        public function linkTaskToQueue(mixed $taskName, mixed $queueName);

        /** @return array */
        public function getLinkedTasks();

        /** @return void */
        public function initialize();

        /** @return Task\CallbackTaskInterface */
        public function createTask(callable $callable, array $parameters = [], mixed $label = null, ?Task\TaskInterface $parent = null, mixed $masterStatus = false);

        /** @return bool */
        public function isSync();

        /** @return static */
        public function setTaskSelector(Queue\TaskSelector\SelectorStrategyInterface $selectorStrategy);

        /** @return int */
        public function getWaitTime();
    }

    class QueueDispatcher implements QueueDispatcherInterface
    {
        /**
         * Ours: retry policies applied by enqueue() to a task without its own, as
         * ['tasks' => [action class => settings], 'queues' => [queue name => settings]]
         * (settings: RetryPolicy::toArray()'s keys); a task's entry wins over its queue's.
         * @var string
         */
        const OPTION_RETRY_POLICIES = 'retry_policies';

        private array $options = [];
        private ?array $queues = null;
        private bool $propagated = false;
        private ?Queue\TaskSelector\SelectorStrategyInterface $selectorStrategy = null;
        private ?string $owner = null;
        /** the resolved task_log service (getTaskLog()) */
        private ?TaskLogInterface $taskLog = null;
        /** task id => name of the queue dequeue() took it from, until acknowledge() */
        private array $dequeuedFrom = [];
        protected mixed $logger = null;
        protected mixed $serviceLocator = null;

        public function __construct(array $options = []) {}

        /** @return string */
        public function __toPhpCode() {}

        /** @return static */
        public function addQueue(QueueInterface $queue) {}

        /** @return static */
        public function setQueues(array $queues) {}

        /** @return static */
        public function removeQueue(string $queueName) {}

        /** @return QueueInterface */
        public function getQueue(mixed $queueName) {}

        /** @return array */
        public function getQueues() {}

        /** @return array */
        public function getQueueNames() {}

        /** @return bool */
        public function hasQueue(mixed $queueName) {}

        /** @return QueueInterface */
        public function getDefaultQueue() {}

        /** @return static */
        public function linkTaskToQueue(mixed $taskName, mixed $queueName) {}

        /** @return array */
        public function getLinkedTasks() {}

        /** @return void */
        public function initialize() {}

        /**
         * @param array $options ours: 'delay' (seconds), 'runAt' (\DateTimeInterface), 'uniqueKey' (string)
         * @return Task\CallbackTaskInterface
         */
        public function createTask(callable $callable, array $parameters = [], mixed $label = null, ?Task\TaskInterface $parent = null, mixed $masterStatus = false, array $options = []) {}

        /** @return bool */
        public function enqueue(Task\TaskInterface $task, mixed $label = null) {}

        /** The policy of tasks whose action is $taskName (a class name); null removes it. */
        public function setTaskRetryPolicy(string $taskName, ?\TaskQueue\RetryPolicy $policy): static {}

        /** The policy of tasks queued on $queueName without one of their own or of their action; null removes it. */
        public function setQueueRetryPolicy(string $queueName, ?\TaskQueue\RetryPolicy $policy): static {}

        /** The policy enqueue() would give $task on the queue named $queueName (its own first). */
        public function getRetryPolicyFor(Task\TaskInterface $task, string $queueName): ?\TaskQueue\RetryPolicy {}

        /** @return Task\TaskInterface|null */
        public function dequeue() {}

        /** @return mixed */
        public function acknowledge(Task\TaskInterface $task) {}

        public function count(): int {}

        public function hasPreFetchedMessages(): bool {}

        /** @return bool */
        public function isSync() {}

        /** @return static */
        public function setTaskSelector(Queue\TaskSelector\SelectorStrategyInterface $selectorStrategy) {}

        /** @return int */
        public function getWaitTime() {}

        /** @return static */
        public function setOwner(mixed $owner) {}

        /** @return string */
        public function getOwner() {}

        /** @return TaskLogInterface */
        public function getTaskLog() {}

        /** @return QueueInterface */
        protected function getQueueForTask(Task\TaskInterface $task) {}

        /** @return void */
        public function setOption(mixed $name, mixed $value) {}

        /** @return mixed */
        public function getOption(mixed $name, mixed $default = null) {}

        /** @return bool */
        public function hasOption(mixed $name) {}

        /** @return void */
        public function setOptions(array $options) {}

        /** @return array */
        public function getOptions() {}

        /** @return void */
        public function setServiceLocator(object $serviceLocator) {}

        /** @return object|null */
        public function getServiceLocator() {}

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
    }
}
