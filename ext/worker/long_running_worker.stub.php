<?php

/** @generate-class-entries */

namespace oat\taoTaskQueue\model {

    /**
     * The worker a supervisor runs: its loop, its limits and its signal handling are native.
     * @strict-properties
     */
    final class LongRunningWorker extends \oat\tao\model\taskQueue\Worker\AbstractWorker
    {
        /** @var int */
        const WAIT_INTERVAL = 1;
        /** @var int */
        const MAX_SLEEPING_TIME_FOR_DEDICATED_QUEUE = 30;

        private bool $handleSignals = true;
        /** tasks to handle before run() returns; 0: no limit */
        private int $maxIterations = 0;
        /** polls made (the "Iteration" of log lines) */
        private int $iterations = 0;
        /** tasks handled by the last (or current) run() */
        private int $processed = 0;
        private int $timeLimit = 0;
        private int $memoryLimit = 0;
        private bool $stopWhenEmpty = false;

        public function __construct(\oat\tao\model\taskQueue\QueuerInterface $queuer, \oat\tao\model\taskQueue\TaskLogInterface $taskLog, mixed $handleSignals = true) {}

        /** @return mixed */
        public function run() {}

        /** @return static */
        public function setMaxIterations(mixed $maxIterations) {}

        /** @return static */
        public function setTimeLimit(int $seconds) {}

        /** @return static */
        public function setMemoryLimit(int $megabytes) {}

        /** @return static */
        public function stopWhenEmpty(bool $stop = true) {}

        public function getProcessedCount(): int {}

        /** @return void */
        public function shutdown() {}

        /** @return void */
        public function pauseProcessing() {}

        /** @return void */
        public function unPauseProcessing() {}

        /** @return array */
        protected function getLogContext() {}
    }
}

namespace oat\taoTaskQueue\model\Log {

    /**
     * A PSR-3-shaped logger writing "[taskqueue] <level> <message> {json context}" lines to
     * stderr: what a LongRunningWorker without a logger uses.
     * @strict-properties
     */
    final class StderrLogger
    {
        private int $threshold = 6;

        public function __construct(string $minLevel = "info") {}

        /** @return void */
        public function emergency(mixed $message, array $context = []) {}

        /** @return void */
        public function alert(mixed $message, array $context = []) {}

        /** @return void */
        public function critical(mixed $message, array $context = []) {}

        /** @return void */
        public function error(mixed $message, array $context = []) {}

        /** @return void */
        public function warning(mixed $message, array $context = []) {}

        /** @return void */
        public function notice(mixed $message, array $context = []) {}

        /** @return void */
        public function info(mixed $message, array $context = []) {}

        /** @return void */
        public function debug(mixed $message, array $context = []) {}

        /** @return void */
        public function log(mixed $level, mixed $message, array $context = []) {}
    }
}
