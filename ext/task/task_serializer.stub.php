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
    }
}
