<?php

/** @generate-class-entries */

namespace oat\taoTaskQueue\scripts\tools {

    /** php index.php 'oat\taoTaskQueue\scripts\tools\RunTask' -t <base64 of a task's JSON>: runs that one task here. */
    class RunTask
    {
        protected mixed $serviceLocator = null;

        /** @return mixed a report (generis common_report_Report when loaded, else the report array) */
        public function __invoke(array $params = []) {}

        /** @return void */
        public function setServiceLocator(object $serviceLocator) {}

        /** @return object|null */
        public function getServiceLocator() {}
    }

    /** php index.php 'oat\taoTaskQueue\scripts\tools\ReRunTask' -t <task log id>: the task again, under a new id. */
    final class ReRunTask
    {
        protected mixed $serviceLocator = null;

        /** @return mixed a report (generis common_report_Report when loaded, else the report array) */
        public function __invoke(array $params = []) {}

        /** @return void */
        public function setServiceLocator(object $serviceLocator) {}

        /** @return object|null */
        public function getServiceLocator() {}
    }

    /** php index.php 'oat\taoTaskQueue\scripts\tools\AddTaskToQueue' <Action FQCN> [param ...]: enqueues that action. */
    class AddTaskToQueue
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
