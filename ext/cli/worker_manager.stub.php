<?php

/** @generate-class-entries */

namespace oat\taoTaskQueue\model\Worker {

    /**
     * What WorkerManagerRunner asks before each task process: the limits, the system's load
     * and memory readings, and the command a task process runs (option task_command).
     */
    class WorkerProcessManager
    {
        /** @var string */
        const SERVICE_ID = 'taoTaskQueue/WorkerProcessManager';
        /** @var string */
        const OPTION_TASK_COMMAND = 'task_command';

        private array $options = [];
        private int $limitOfCpu = 0;
        private int $limitOfMemory = 0;
        private array $processes = [];
        protected mixed $serviceLocator = null;

        public function __construct(array $options = []) {}

        /** TAO's task_command, or php index.php "\oat\taoTaskQueue\scripts\tools\RunTask". */
        public function getCommand(): string {}

        /** The load average and the memory in use are both below their limits. */
        public function canRun(): bool {}

        /**
         * Memory in use, percent (/proc/meminfo). Untyped as TAO's: a subclass or double may
         * answer an int; canRun() uses an override.
         * @return float
         */
        public function getMemoryUsage() {}

        /**
         * The 1-minute load average (untyped, as getMemoryUsage()).
         * @return float
         */
        public function getCpuUsage() {}

        /**
         * TAO's: keeps a process a PHP caller runs (ReactPHP's Process, or any object with
         * getPid()) under its pid until its stdout emits 'close'. WorkerManagerRunner keeps its
         * own task processes in C and does not list them here.
         */
        public function addProcess(object $process): void {}

        /** The processes addProcess() keeps, by pid. */
        public function getProcesses(): array {}

        public function setLimitOfCpu(int $limitOfCpu): void {}

        public function getLimitOfCpu(): int {}

        public function setLimitOfMemory(int $limitOfMemory): void {}

        public function getLimitOfMemory(): int {}

        /** @return void */
        public function setOption(mixed $name, mixed $value) {}

        /** @return mixed */
        public function getOption(mixed $name, mixed $default = null) {}

        /** @return bool */
        public function hasOption(mixed $name) {}

        /** @return void */
        public function setOptions(array $options) {}

        /** @return array */
        public function getOptions() {}

        /** @return void */
        public function setServiceLocator(object $serviceLocator) {}

        /** @return object|null */
        public function getServiceLocator() {}
    }
}

namespace TaskQueue\Internal {

    /**
     * @internal What WorkerProcessManager::addProcess() hands a process's stdout as its
     * 'close' listener: it forgets the process. Built by the extension only.
     * @not-serializable
     */
    final class WorkerProcessCloseListener
    {
        private object $manager;
        private int|string $pid;

        private function __construct() {}

        public function __invoke(mixed ...$args): void {}
    }
}

namespace oat\taoTaskQueue\scripts\tools {

    /**
     * php index.php 'oat\taoTaskQueue\scripts\tools\WorkerManagerRunner' -i <seconds> -cpu <load> -m <memory %>:
     * dequeues one task per interval while the limits allow and runs it in its own RunTask process.
     */
    class WorkerManagerRunner
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
