<?php

/** @generate-class-entries */

namespace oat\tao\model\taskQueue\Queue\TaskSelector {

    interface SelectorStrategyInterface
    {
        /** @return \oat\tao\model\taskQueue\Task\TaskInterface|null */
        public function pickNextTask(array $queues);

        /** @return int */
        public function getWaitTime();
    }

    class WeightStrategy implements SelectorStrategyInterface
    {
        protected mixed $logger = null;

        /** @return \oat\tao\model\taskQueue\Task\TaskInterface|null */
        public function pickNextTask(array $queues) {}

        /** @return int */
        public function getWaitTime() {}

        /**
         * Seeds this strategy's own generator, so that picks can be replayed (tests, simulations).
         * Without a seed the generator is seeded from the OS.
         */
        public function setSeed(int $seed): static {}

        /** @return string */
        public function __toPhpCode() {}

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
    }
}

namespace oat\taoTaskQueue\model\TaskSelector {

    class StrictPriorityStrategy implements \oat\tao\model\taskQueue\Queue\TaskSelector\SelectorStrategyInterface
    {
        protected mixed $logger = null;

        /** @return \oat\tao\model\taskQueue\Task\TaskInterface|null */
        public function pickNextTask(array $queues) {}

        /** @return int */
        public function getWaitTime() {}

        /** @return string */
        public function __toPhpCode() {}

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
    }
}
