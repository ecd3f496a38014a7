<?php

/** @generate-class-entries */

namespace oat\tao\model\taskQueue\Task {

    class InvalidTaskException extends \Exception
    {
    }

    class TaskFactory
    {
        /** @return TaskInterface */
        public static function build(mixed $basicData) {}
    }

    class TaskSerializerService
    {
        /** @var string */
        const SERVICE_ID = 'tao/TaskSerializer';

        private array $options = [];
        private mixed $serviceLocator = null;
        private mixed $logger = null;

        public function __construct(array $options = []) {}

        /** @return TaskInterface */
        public function deserialize(mixed $taskJSON, array $logContext = []) {}

        /** @return string */
        public function serialize(TaskInterface $task) {}

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
