<?php

/** @generate-class-entries */

namespace oat\taoTaskQueue\scripts\tools {

    /**
     * php index.php 'oat\taoTaskQueue\scripts\tools\InitializeQueue' [--broker=memory|rds|newsql|sqs]
     *     [--persistence=<id>] [--receive=<n>] [--queue=<name>] [--strategy=<FQCN>]
     */
    class InitializeQueue
    {
        /** @var string */
        public const BROKER_MEMORY = 'memory';
        /** @var string */
        public const BROKER_RDS = 'rds';
        /** @var string */
        public const BROKER_SQS = 'sqs';

        protected mixed $serviceLocator = null;

        /** @return mixed a report (generis common_report_Report when loaded, else the report array) */
        public function __invoke(array $params = []) {}

        /** @return void */
        public function setServiceLocator(object $serviceLocator) {}

        /** @return object|null */
        public function getServiceLocator() {}
    }
}
