<?php

/** @generate-class-entries */

namespace oat\taoTaskQueue\scripts\tools {

    /**
     * php index.php 'oat\taoTaskQueue\scripts\tools\RunWorker' [--queue=<name>] [--limit=<tasks>]
     *     [--time-limit=<seconds>] [--memory-limit=<MB>] [--stop-when-empty] [--processes=<n>]
     * --processes (ours): n workers forked from this process after its start-up, supervised by it.
     */
    class RunWorker
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
