<?php

/** @generate-class-entries */

namespace oat\taoTaskQueue\scripts\tools {

    /**
     * php index.php 'oat\taoTaskQueue\scripts\tools\MigrateQueueMessages': moves the tasks of the
     * pre-2017 queue (service generis/taskqueue) into the task queue.
     */
    class MigrateQueueMessages
    {
        protected mixed $serviceLocator = null;

        /** @return mixed a report (generis common_report_Report when loaded, else the report array) */
        public function __invoke(array $params = []) {}

        /** @return void */
        public function setServiceLocator(object $serviceLocator) {}

        /** @return object|null */
        public function getServiceLocator() {}
    }
}
