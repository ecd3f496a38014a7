<?php

/** @generate-class-entries */

namespace oat\tao\model\taskQueue {

    interface TaskLogInterface
    {
        /** @var string */
        const SERVICE_ID = 'tao/taskLog';
        /** @var string */
        const OPTION_TASK_LOG_BROKER = 'task_log_broker';
        /** @var string */
        const OPTION_TASK_TO_CATEGORY_ASSOCIATIONS = 'task_to_category_associations';
        /** @var string */
        const OPTION_TASK_IGNORE_LIST = 'task_ui_ignore_list';
        /** @var string */
        const OPTION_DEFAULT_BATCH_SIZE = 'default_batch_size';
        /** @var int */
        const DEFAULT_BATCH_SIZE = 1000;
        /** @var int */
        const DEFAULT_LIMIT = 20;

        /** @var string */
        const STATUS_ENQUEUED = 'enqueued';
        /** @var string */
        const STATUS_DEQUEUED = 'dequeued';
        /** @var string */
        const STATUS_RUNNING = 'running';
        /** @var string */
        const STATUS_CHILD_RUNNING = 'child_running';
        /** @var string */
        const STATUS_COMPLETED = 'completed';
        /** @var string */
        const STATUS_FAILED = 'failed';
        /** @var string */
        const STATUS_ARCHIVED = 'archived';
        /** @var string */
        const STATUS_CANCELLED = 'cancelled';
        /** @var string */
        const STATUS_UNKNOWN = 'unknown';

        /** @var string */
        const CATEGORY_UNKNOWN = 'unknown';
        /** @var string */
        const CATEGORY_IMPORT = 'import';
        /** @var string */
        const CATEGORY_EXPORT = 'export';
        /** @var string */
        const CATEGORY_DELIVERY_COMPILATION = 'delivery_comp';
        /** @var string */
        const CATEGORY_CREATE = 'create';
        /** @var string */
        const CATEGORY_UPDATE = 'update';
        /** @var string */
        const CATEGORY_DELETE = 'delete';
        /** @var string */
        const CATEGORY_COPY = 'copy';
        /** @var string */
        const CATEGORY_UNRELATED_RESOURCE = 'unrelated_resource';

        /** @var string */
        const SUPER_USER = 'cli-user';

        /** @return void */
        public function createContainer();

        /** @return static */
        public function add(Task\TaskInterface $task, mixed $status, mixed $label = null);

        /** @return int */
        public function setStatus(mixed $taskId, mixed $newStatus, mixed $prevStatus = null);

        /** @return string */
        public function getStatus(mixed $taskId);

        /** @return static */
        public function setReport(mixed $taskId, mixed $report, mixed $newStatus = null);

        /** @return mixed */
        public function getReport(mixed $taskId);

        /** @return static */
        public function updateParent(mixed $parentTaskId);

        /** @return TaskLog\CollectionInterface */
        public function search(TaskLog\TaskLogFilter $filter);

        /** @return TaskLog\DataTablePayload */
        public function getDataTablePayload(TaskLog\TaskLogFilter $filter, mixed $request);

        /** @return TaskLog\CollectionInterface */
        public function findAvailableByUser(mixed $userId, mixed $limit = null, mixed $offset = null);

        /** @return TaskLog\TasksLogsStats */
        public function getStats(mixed $userId);

        /** @return TaskLog\Entity\EntityInterface */
        public function getById(mixed $taskId);

        /** @return TaskLog\Entity\EntityInterface */
        public function getByIdAndUser(mixed $taskId, mixed $userId, mixed $archivedAllowed = false);

        /** @return bool */
        public function archive(TaskLog\Entity\EntityInterface $entity, mixed $forceArchive = false);

        /** @return bool */
        public function archiveCollection(TaskLog\CollectionInterface $collection, mixed $forceArchive = false);

        /** @return bool */
        public function cancel(TaskLog\Entity\EntityInterface $entity, mixed $forceCancel = false);

        /** @return bool */
        public function cancelCollection(TaskLog\CollectionInterface $collection, mixed $forceCancel = false);

        /** @return TaskLog\Broker\TaskLogBrokerInterface */
        public function getBroker();

        /** @return bool */
        public function isRds();

        /** @return static */
        public function linkTaskToCategory(mixed $taskName, mixed $category);

        /** @return string */
        public function getCategoryForTask(mixed $taskName);

        /** @return array */
        public function getTaskCategories();

        public function getTaskExecutionTimesByDateRange(\DateTime $from, \DateTime $to): array;
    }

    class TaskLog implements TaskLogInterface
    {
        private array $options = [];
        private ?TaskLog\Broker\TaskLogBrokerInterface $broker = null;
        protected mixed $logger = null;
        protected mixed $serviceLocator = null;

        public function __construct(array $options = []) {}

        /** @return string */
        public function __toPhpCode() {}

        /** @return void */
        public function createContainer() {}

        /** @return static */
        public function add(Task\TaskInterface $task, mixed $status, mixed $label = null) {}

        /** @return int */
        public function setStatus(mixed $taskId, mixed $newStatus, mixed $prevStatus = null) {}

        /** @return string */
        public function getStatus(mixed $taskId) {}

        /** @return static */
        public function setReport(mixed $taskId, mixed $report, mixed $newStatus = null) {}

        /** @return mixed */
        public function getReport(mixed $taskId) {}

        /** @return static */
        public function updateParent(mixed $parentTaskId) {}

        /** @return TaskLog\CollectionInterface */
        public function search(TaskLog\TaskLogFilter $filter) {}

        /** @return TaskLog\DataTablePayload */
        public function getDataTablePayload(TaskLog\TaskLogFilter $filter, mixed $request = null) {}

        /** @return TaskLog\CollectionInterface */
        public function findAvailableByUser(mixed $userId, mixed $limit = null, mixed $offset = null) {}

        /** @return TaskLog\TasksLogsStats */
        public function getStats(mixed $userId) {}

        /** @return TaskLog\Entity\EntityInterface */
        public function getById(mixed $taskId) {}

        /** @return TaskLog\Entity\EntityInterface */
        public function getByIdAndUser(mixed $taskId, mixed $userId, mixed $archivedAllowed = false) {}

        /** @return bool */
        public function archive(TaskLog\Entity\EntityInterface $entity, mixed $forceArchive = false) {}

        /** @return bool */
        public function archiveCollection(TaskLog\CollectionInterface $collection, mixed $forceArchive = false) {}

        /** @return bool */
        public function cancel(TaskLog\Entity\EntityInterface $entity, mixed $forceCancel = false) {}

        /** @return bool */
        public function cancelCollection(TaskLog\CollectionInterface $collection, mixed $forceCancel = false) {}

        /** @return TaskLog\Broker\TaskLogBrokerInterface */
        public function getBroker() {}

        /** @return bool */
        public function isRds() {}

        /** @return static */
        public function linkTaskToCategory(mixed $taskName, mixed $category) {}

        /** @return string */
        public function getCategoryForTask(mixed $taskName) {}

        /** @return array */
        public function getTaskCategories() {}

        public function getTaskExecutionTimesByDateRange(\DateTime $from, \DateTime $to): array {}

        /** @return void */
        protected function validateStatus(mixed $status) {}

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

namespace oat\tao\model\taskQueue\TaskLog {

    interface TaskLogAwareInterface
    {
        /** @return static */
        public function setTaskLog(\oat\tao\model\taskQueue\TaskLogInterface $taskLog);

        /** @return \oat\tao\model\taskQueue\TaskLogInterface|null */
        public function getTaskLog();
    }
}
