<?php

/** @generate-class-entries */

namespace oat\tao\model\taskQueue\Task {

    interface WorkerContextAwareInterface
    {
        /** @return void */
        public function applyWorkerContext();

        /** @return bool */
        public function isWorkerContext();
    }

    interface ChildTaskAwareInterface
    {
        /** @return static */
        public function addChildId(mixed $taskId);

        /** @return bool */
        public function hasChildren();

        /** @return array */
        public function getChildren();
    }

    interface TaskInterface extends WorkerContextAwareInterface, ChildTaskAwareInterface, \JsonSerializable
    {
        /** @var string */
        const JSON_TASK_CLASS_NAME_KEY = 'taskFqcn';
        /** @var string */
        const JSON_METADATA_KEY = 'metadata';
        /** @var string */
        const JSON_METADATA_ID_KEY = '__id__';
        /** @var string */
        const JSON_METADATA_PARENT_ID_KEY = '__parent_id__';
        /** @var string */
        const JSON_METADATA_MASTER_STATUS_KEY = '__master_status__';
        /** @var string */
        const JSON_METADATA_OWNER_KEY = '__owner__';
        /** @var string */
        const JSON_METADATA_CREATED_AT_KEY = '__created_at__';
        /** @var string */
        const JSON_METADATA_LABEL_KEY = '__label__';
        /** @var string */
        const JSON_PARAMETERS_KEY = 'parameters';

        public function __construct(mixed $id, mixed $owner);

        /** @return mixed */
        public function __invoke();

        public function __toString(): string;

        /** @return string */
        public function getId();

        /** @return static */
        public function setParentId(mixed $taskId);

        /** @return static */
        public function setMasterStatus(mixed $masterStatus);

        /** @return bool */
        public function isMasterStatus();

        /** @return bool */
        public function hasParent();

        /** @return string|null */
        public function getParentId();

        /** @return static */
        public function setMetadata(mixed $spec, mixed $value = null);

        /** @return mixed */
        public function getMetadata(mixed $key, mixed $default = null);

        /** @return static */
        public function setParameter(mixed $spec, mixed $value = null);

        /** @return mixed */
        public function getParameter(mixed $key, mixed $default = null);

        /** @return array */
        public function getParameters();

        /** @return static */
        public function setCreatedAt(\DateTime $dateTime);

        /** @return \DateTime */
        public function getCreatedAt();

        /** @return static */
        public function setOwner(mixed $owner);

        /** @return string */
        public function getOwner();

        /** @return static */
        public function setLabel(mixed $label);

        /** @return string|null */
        public function getLabel();
    }

    interface CallbackTaskInterface extends TaskInterface
    {
        /** @return static */
        public function setCallable(callable $callable);

        /** @return callable|string|null */
        public function getCallable();

        /** @return static */
        public function markAsEnqueued();

        /** @return bool */
        public function isEnqueued();
    }

    interface TaskAwareInterface
    {
        /** @return void */
        public function setTask(TaskInterface $task);

        /** @return TaskInterface|null */
        public function getTask();
    }

    interface QueueAssociableInterface
    {
        /** @return string */
        public function getQueueName(array $params = []);
    }

    interface RemoteTaskSynchroniserInterface
    {
        /** @return string */
        public function getRemoteStatus();
    }

    /** TAO's worker loads the task extension's translations through the locator's
     * TaskLanguageLoader service before running a task; the worker does the same when the
     * locator has that service. */
    interface TaskLanguageLoaderInterface
    {
        public function loadTranslations(TaskInterface $task): void;
    }

    abstract class AbstractTask implements TaskInterface
    {
        private array $metadata = [];
        private array $parameters = [];
        private bool $workerContext = false;
        private array $children = [];

        /**
         * Our metadata keys (src/task/tq_message_key.h): the due time, ISO-8601 UTC with milliseconds
         * @var string
         */
        const JSON_METADATA_RUN_AT_KEY = '__run_at__';
        /**
         * the uniqueness key of a task
         * @var string
         */
        const JSON_METADATA_UNIQUE_KEY = '__unique_key__';

        public function __construct(mixed $id, mixed $owner) {}

        public function __toString(): string {}

        /** @return void */
        public function __clone() {}

        /** @return string */
        public function getId() {}

        /** @return static */
        public function setParentId(mixed $taskId) {}

        /** @return static */
        public function setMasterStatus(mixed $masterStatus) {}

        /** @return bool */
        public function isMasterStatus() {}

        /** @return bool */
        public function hasParent() {}

        /** @return string|null */
        public function getParentId() {}

        /** @return static */
        public function setMetadata(mixed $spec, mixed $value = null) {}

        /** @return mixed */
        public function getMetadata(mixed $key, mixed $default = null) {}

        /** @return static */
        public function setParameter(mixed $spec, mixed $value = null) {}

        /** @return mixed */
        public function getParameter(mixed $key, mixed $default = null) {}

        /** @return array */
        public function getParameters() {}

        /** @return static */
        public function setCreatedAt(\DateTime $dateTime) {}

        /** @return \DateTime */
        public function getCreatedAt() {}

        /** @return static */
        public function setOwner(mixed $owner) {}

        /** @return string */
        public function getOwner() {}

        /** @return static */
        public function setLabel(mixed $label) {}

        /** @return string|null */
        public function getLabel() {}

        /** Delayed task: runs no earlier than $seconds (0..31622400) after this call; 0 removes the delay. */
        public function setDelay(int $seconds): static {}

        /** Scheduled task: runs no earlier than $runAt (not in the past, at most 366 days ahead). */
        public function setRunAt(\DateTimeInterface $runAt): static {}

        /** The due time, or null when the task may run at once. */
        public function getRunAt(): ?\DateTimeImmutable {}

        /** Unique task: not queued again while a task with this key waits or runs (1..255 bytes, no NUL; null removes it). */
        public function setUniqueKey(?string $key): static {}

        public function getUniqueKey(): ?string {}

        /** Retried task: runs again after a failure as the policy says (metadata __retry__); null removes it. */
        public function setRetryPolicy(?\TaskQueue\RetryPolicy $policy): static {}

        public function getRetryPolicy(): ?\TaskQueue\RetryPolicy {}

        /** @return void */
        public function applyWorkerContext() {}

        /** @return bool */
        public function isWorkerContext() {}

        /** @return static */
        public function addChildId(mixed $taskId) {}

        /** @return bool */
        public function hasChildren() {}

        /** @return array */
        public function getChildren() {}

        public function jsonSerialize(): array {}
    }
}
