<?php

/** @generate-class-entries */

namespace oat\taoTaskQueue\scripts\tools {

    /**
     * Builds a queue broker from the CLI's words (InitializeQueue --broker=...). The
     * classes are looked up by name when called, so a broker this build lacks is a
     * clear error rather than a missing symbol.
     */
    class BrokerFactory
    {
        /** @var string */
        public const BROKER_MEMORY = 'memory';
        /** @var string */
        public const BROKER_RDS = 'rds';
        /** @var string */
        public const BROKER_NEW_SQL = 'newsql';
        /** @var string */
        public const BROKER_SQS = 'sqs';

        protected mixed $serviceLocator = null;

        /** @return \oat\tao\model\taskQueue\Queue\Broker\QueueBrokerInterface */
        public function create(string $brokerId, ?string $persistenceId = null, int $capacity = 1) {}

        /** @return void */
        public function setServiceLocator(object $serviceLocator) {}

        /** @return object|null */
        public function getServiceLocator() {}
    }
}
