<?php

/** @generate-class-entries */

namespace oat\taoTaskQueue\scripts\tools {

    /**
     * php index.php 'oat\taoTaskQueue\scripts\tools\TaskLogUtility' --stats | --available [--limit=<n>] [--offset=<n>]
     *     | --get-task=<id> | --archive=<id> [--force] | --cancel=<id> [--force] | --help
     */
    class TaskLogUtility
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
