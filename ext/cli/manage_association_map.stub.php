<?php

/** @generate-class-entries */

namespace oat\taoTaskQueue\model\Service {

    /** Moves task classes to queues and saves the queue service (config/tao/taskQueue.conf.php). */
    class QueueAssociationService
    {
        private array $options = [];
        protected mixed $serviceLocator = null;

        public function __construct(array $options = []) {}

        public function associate(string $taskClass, string $queue): \oat\taoTaskQueue\scripts\tools\InitializeQueue {}

        public function associateBulk(string $newQueueName, array $newAssociations): ?\oat\tao\model\taskQueue\Queue {}

        public function guessDefaultBrokerType(): string {}

        public function deleteAndRemoveAssociations(string $queueNameForRemoval): void {}

        /** @return void */
        public function setServiceLocator(object $serviceLocator) {}

        /** @return object|null */
        public function getServiceLocator() {}
    }
}

namespace oat\taoTaskQueue\scripts\tools {

    /** php index.php 'oat\taoTaskQueue\scripts\tools\ManageAssociationMap' -t <task class> -q <queue> */
    class ManageAssociationMap
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
