<?php

/** @generate-class-entries */

namespace oat\tao\model\taskQueue\Worker {

    interface WorkerInterface
    {
        public function __construct(\oat\tao\model\taskQueue\QueuerInterface $queuer, \oat\tao\model\taskQueue\TaskLogInterface $taskLog);

        /** @return mixed */
        public function run();
    }

    abstract class AbstractWorker implements WorkerInterface
    {
        protected ?\oat\tao\model\taskQueue\QueuerInterface $queuer = null;
        protected ?\oat\tao\model\taskQueue\TaskLogInterface $taskLog = null;
        protected mixed $logger = null;
        protected mixed $serviceLocator = null;
        protected mixed $model = null;

        public function __construct(\oat\tao\model\taskQueue\QueuerInterface $queuer, \oat\tao\model\taskQueue\TaskLogInterface $taskLog) {}

        /** @return string */
        public function processTask(\oat\tao\model\taskQueue\Task\TaskInterface $task) {}

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

        /** @return void */
        public function setServiceLocator(object $serviceLocator) {}

        /** @return object|null */
        public function getServiceLocator() {}

        /* generis' ServiceManagerAwareTrait: the service locator */
        /** @return object|null */
        public function getServiceManager() {}

        /* generis' OntologyAwareTrait: the Ontology a TAO task reads resources from */
        /** @return void */
        public function setModel(object $model) {}

        /** @return object|null */
        public function getModel() {}

        /** @return string */
        protected function formatTaskLabel(\oat\tao\model\taskQueue\Task\TaskInterface $task) {}

        /** @return array */
        protected function getLogContext() {}
    }

    final class OneTimeWorker extends AbstractWorker
    {
        /** @return mixed */
        public function run() {}
    }

    /* Runs the one task it is given (the RunTask tool's worker). */
    final class OneTimeTask extends AbstractWorker
    {
        private mixed $task = null;

        /** @return string */
        public function run() {}

        /** @return void */
        public function setTask(mixed $task) {}
    }
}
