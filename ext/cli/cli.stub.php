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

    /**
     * php index.php 'oat\taoTaskQueue\scripts\tools\RunWorker' [--queue=<name>] [--limit=<tasks>]
     *     [--time-limit=<seconds>] [--memory-limit=<MB>] [--stop-when-empty]
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

namespace TaskQueue {

    /**
     * What a TAO-like root's index.php runs: `exit(\TaskQueue\Cli::run($argv));`
     * $argv[1] is the action (a class with __invoke, or a service id of the locator),
     * the rest its parameters. Prints the report as TAO's renderToCommandLine does and
     * returns the exit status: 1 when the report holds an error, else 0.
     */
    final class Cli
    {
        private function __construct() {}

        public static function run(array $argv, ?object $serviceLocator = null): int {}

        /** The report as lines, children indented by 2 spaces a level, ANSI colours if asked. */
        public static function renderReport(mixed $report, bool $colors = false): string {}
    }
}
