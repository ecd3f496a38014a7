<?php

/** @generate-class-entries */

namespace oat\tao\model\taskQueue\Task {

    /**
     * TAO's service (the class name is its id): before a task runs, the worker asks it to load
     * the translations of the task's TAO extension (the second segment of the task class's
     * namespace) in the platform's default language. Through generis (its extension manager,
     * UserLanguageService and tao_helpers_I18n) when they are there; never throws; says what it
     * did as a notice on the locator's generis/log.
     */
    class TaskLanguageLoader implements TaskLanguageLoaderInterface
    {
        private array $options = [];
        protected mixed $serviceLocator = null;

        public function __construct(array $options = []) {}

        public function loadTranslations(TaskInterface $task): void {}

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
    }
}
